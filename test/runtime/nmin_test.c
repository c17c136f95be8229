/* nmin_test.c: min(n)/max(n)/min_by(n)/max_by(n) give ties in ruby 3.1's order (its nmin quickselect). */
#include "harness.h"

#define BLK(fn) kn_proc_new(fn, KN_NIL, NULL, 1, false)
static kn_value second(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return v[1];
}
static kn_value mod5(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mod(argv[0], I(5)); }
static kn_value cmp_mod4(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_op_cmp(kn_op_mod(argv[0], I(4)), kn_op_mod(argv[1], I(4)));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "nmin_test.c");
  /* c = { "l" => 15, "i" => 11, "s" => 15, "t" => 12, "e" => 24, "n" => 11, "g" => 4 } */
  kn_value c = kn_hash_new();
  const char *k[] = {"l", "i", "s", "t", "e", "n", "g"};
  int v[] = {15, 11, 15, 12, 24, 11, 4};
  for (int i = 0; i < 7; i++) kn_hash_aset(c, kn_str_cstr(k[i]), I(v[i]));
  CHECK_INSPECT(kn_send(c, SYM("max_by"), 1, (kn_value[]){I(3)}, BLK(second)), "[[\"e\", 24], [\"s\", 15], [\"l\", 15]]");
  CHECK_INSPECT(kn_send(c, SYM("min_by"), 1, (kn_value[]){I(3)}, BLK(second)), "[[\"g\", 4], [\"i\", 11], [\"n\", 11]]");
  CHECK_INSPECT(kn_send(c, SYM("min_by"), 1, (kn_value[]){I(5)}, BLK(second)),
                "[[\"g\", 4], [\"i\", 11], [\"n\", 11], [\"t\", 12], [\"s\", 15]]");
  kn_value r = kn_range_new(I(1), I(30), false);
  CHECK_INSPECT(kn_send(r, SYM("max_by"), 1, (kn_value[]){I(4)}, BLK(mod5)), "[29, 19, 4, 14]");
  CHECK_INSPECT(kn_send(r, SYM("min"), 1, (kn_value[]){I(3)}, kn_proc_new(cmp_mod4, KN_NIL, NULL, 2, false)), "[16, 8, 24]");
  CHECK_RAISES(kn_send(kn_ary_new_from(1, (kn_value[]){I(1)}), SYM("max"), 1, (kn_value[]){I(-1)}, KN_NIL), kn_eArgumentError,
               "negative size (-1)");
  return kn_test_finish();
}
