/* hash_test.c: Hash methods against ruby 3.1's results. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))
#define BLK(fn, n) kn_proc_new(fn, KN_NIL, NULL, n, false)

static kn_value kv_map(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return ARY(v[0], kn_op_mul(v[1], I(2)));
}
static kn_value pair_id(kn_value p, int argc, const kn_value *argv, kn_value b) { return argv[0]; }
static kn_value val_gt1(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return kn_op_gt(v[1], I(1));
}
static kn_value neg_val(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return kn_op_minus(I(0), v[1]);
}
static kn_value default_blk(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value s = kn_obj_to_s(argv[1]);
  kn_hash_aset(argv[0], argv[1], s);
  return s;
}
static kn_value merge_blk(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_plus(argv[1], argv[2]); }
static kn_value adder(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_hash_aset((kn_value)KN_PROC(p)->env, S("new"), I(1));
  return KN_NIL;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "hash_test.c");
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SYM("a"), I(1));
  kn_hash_aset(h, SYM("b"), I(2));
  CHECK_INSPECT(h, "{:a=>1, :b=>2}");
  CHECK_INSPECT(kn_hash_new(), "{}");

  kn_value m = kn_hash_new();
  kn_hash_aset(m, S("a"), I(1));
  kn_hash_aset(m, KN_NIL, I(2));
  kn_hash_aset(m, F(1.5), ARY(I(1)));
  kn_hash_aset(m, ARY(I(1)), h);
  CHECK_INSPECT(m, "{\"a\"=>1, nil=>2, 1.5=>[1], [1]=>{:a=>1, :b=>2}}");
  CHECK_INSPECT(kn_hash_aref(m, ARY(I(1))), "{:a=>1, :b=>2}");
  CHECK_INSPECT(kn_hash_aref(m, S("a")), "1");

  /* recursion guard */
  kn_value r = kn_hash_new();
  kn_hash_aset(r, I(1), r);
  CHECK_INSPECT(r, "{1=>{...}}");

  /* string keys are copied and frozen */
  kn_value k = S("k");
  kn_value hs = kn_hash_new();
  kn_hash_aset(hs, k, I(1));
  kn_str_cat_cstr(k, "x");
  CHECK_INSPECT(hs, "{\"k\"=>1}");
  CHECK(KN_FROZEN_P(KN_ARY(CALL0(hs, "keys"))->ptr[0]));

  /* fetch, defaults */
  CHECK_RAISES(CALL1(h, "fetch", SYM("x")), kn_eKeyError, "key not found: :x");
  CHECK_RAISES(CALL1(m, "fetch", S("x")), kn_eKeyError, "key not found: \"x\"");
  CHECK_INSPECT(CALL2(h, "fetch", SYM("x"), I(4)), "4");
  kn_value d0 = kn_class_new_instance(kn_cHash, 1, (kn_value[]){I(5)}, KN_NIL);
  CHECK_INSPECT(kn_hash_aref(d0, SYM("zz")), "5");
  CHECK_INSPECT(d0, "{}");
  kn_value dp = kn_class_new_instance(kn_cHash, 0, NULL, BLK(default_blk, 2));
  CHECK_INSPECT(kn_hash_aref(dp, SYM("a")), "\"a\"");
  CHECK_INSPECT(dp, "{:a=>\"a\"}");
  CHECK_RAISES(kn_class_new_instance(kn_cHash, 1, (kn_value[]){I(1)}, BLK(default_blk, 2)), kn_eArgumentError,
               "wrong number of arguments (given 1, expected 0)");

  /* frozen */
  kn_value fz = kn_hash_new();
  kn_hash_aset(fz, SYM("a"), I(1));
  kn_obj_freeze(fz);
  CHECK_RAISES(kn_hash_aset(fz, SYM("b"), I(2)), kn_eFrozenError, "can't modify frozen Hash: {:a=>1}");

  /* iteration yields pairs: |k, v| and |pair| both work */
  CHECK_INSPECT(CALLB(h, "map", BLK(kv_map, 2)), "[[:a, 2], [:b, 4]]");
  CHECK_INSPECT(CALLB(h, "map", BLK(pair_id, 1)), "[[:a, 1], [:b, 2]]");
  CHECK_INSPECT(CALLB(h, "select", BLK(val_gt1, 2)), "{:b=>2}");
  CHECK_INSPECT(CALLB(h, "reject", BLK(val_gt1, 2)), "{:a=>1}");
  CHECK_INSPECT(CALLB(h, "min_by", BLK(neg_val, 2)), "[:b, 2]");
  CHECK_INSPECT(CALLB(h, "sort_by", BLK(neg_val, 2)), "[[:b, 2], [:a, 1]]");
  CHECK_INSPECT(CALLB(h, "count", BLK(val_gt1, 2)), "1");
  CHECK_INSPECT(CALLB(h, "find", BLK(val_gt1, 2)), "[:b, 2]");
  CHECK_INSPECT(CALLB(h, "partition", BLK(val_gt1, 2)), "[[[:b, 2]], [[:a, 1]]]");
  CHECK_INSPECT(CALL0(CALL0(h, "each_with_index"), "to_a"), "[[[:a, 1], 0], [[:b, 2], 1]]");
  CHECK_INSPECT(CALL0(h, "to_a"), "[[:a, 1], [:b, 2]]");
  CHECK_INSPECT(CALL0(h, "first"), "[:a, 1]");
  CHECK_INSPECT(CALL1(h, "first", I(1)), "[[:a, 1]]");
  CHECK_INSPECT(CALL0(h, "sort"), "[[:a, 1], [:b, 2]]");
  CHECK_INSPECT(CALL0(h, "max"), "[:b, 2]");
  CHECK_INSPECT(CALL1(h, "sum", kn_ary_new(0)), "[:a, 1, :b, 2]");
  CHECK_INSPECT(CALL0(h, "each"), "#<Enumerator: {:a=>1, :b=>2}:each>");

  /* adding a key during iteration */
  kn_value it = kn_hash_new();
  kn_hash_aset(it, I(1), I(2));
  CHECK_RAISES(CALLB(it, "each", kn_proc_new(adder, KN_NIL, (void *)it, 2, false)), kn_eRuntimeError,
               "can't add a new key into hash during iteration");
  kn_hash_aset(it, I(3), I(4)); /* the iteration level was restored */
  CHECK_INSPECT(it, "{1=>2, 3=>4}");

  /* merge, invert, transform, misc */
  kn_value o = kn_hash_new();
  kn_hash_aset(o, SYM("a"), I(2));
  kn_hash_aset(o, SYM("c"), I(3));
  CHECK_INSPECT(CALL1(h, "merge", o), "{:a=>2, :b=>2, :c=>3}");
  CHECK_INSPECT(kn_send(h, SYM("merge"), 1, &o, BLK(merge_blk, 3)), "{:a=>3, :b=>2, :c=>3}");
  CHECK_INSPECT(CALL0(h, "invert"), "{1=>:a, 2=>:b}");
  CHECK_INSPECT(CALL1(h, "key", I(2)), ":b");
  CHECK_INSPECT(CALL2(h, "values_at", SYM("a"), SYM("c")), "[1, nil]");
  CHECK_INSPECT(CALL1(h, "slice", SYM("a")), "{:a=>1}");
  CHECK_INSPECT(CALL1(h, "except", SYM("a")), "{:b=>2}");
  CHECK_INSPECT(CALL1(h, "==", CALL1(o, "merge", h)), "false");
  kn_value h2 = kn_hash_new();
  kn_hash_aset(h2, SYM("b"), I(2));
  kn_hash_aset(h2, SYM("a"), I(1));
  CHECK_INSPECT(CALL1(h, "==", h2), "true");
  CHECK(kn_hash_of(h) == kn_hash_of(h2));
  CHECK_INSPECT(CALL1(h, "dig", SYM("a")), "1");

  /* deletion, tombstones, growth and compaction */
  kn_value big = kn_hash_new();
  for (int i = 0; i < 10000; i++) kn_hash_aset(big, I(i), I(i * i));
  for (int i = 0; i < 10000; i += 2) kn_hash_delete_key(big, I(i));
  for (int i = 10000; i < 12000; i++) kn_hash_aset(big, I(i), I(i));
  CHECK_INSPECT(CALL0(big, "size"), "7000");
  CHECK_INSPECT(kn_hash_aref(big, I(9999)), "99980001");
  CHECK_INSPECT(kn_hash_aref(big, I(9998)), "nil");
  CHECK_INSPECT(CALL0(big, "first"), "[1, 1]");
  CHECK_INSPECT(CALL1(big, "delete", I(1)), "1");
  CHECK_INSPECT(CALL0(big, "first"), "[3, 9]");
  kn_value sk = kn_hash_new();
  for (int i = 0; i < 1000; i++) {
    char buf[16];
    snprintf(buf, sizeof buf, "k%d", i);
    kn_hash_aset(sk, kn_str_cstr(buf), I(i));
  }
  CHECK_INSPECT(kn_hash_aref(sk, S("k777")), "777");
  CHECK_INSPECT(CALL0(ARY(I(1), F(1.0), I(1)), "uniq"), "[1, 1.0]");

  /* subset comparisons: values compare with ==, sizes decide < and > */
  kn_value one = kn_hash_new();
  kn_hash_aset(one, SYM("a"), F(1.0));
  CHECK_INSPECT(CALL1(one, "<=", h), "true");
  CHECK_INSPECT(CALL1(one, "<", h), "true");
  CHECK_INSPECT(CALL1(h, "<", h), "false");
  CHECK_INSPECT(CALL1(h, ">=", h), "true");
  CHECK_INSPECT(CALL1(h, ">", one), "true");
  CHECK_INSPECT(CALL1(h, "<=", one), "false");
  CHECK_INSPECT(kn_check_hash(I(3)), "nil");
  return kn_test_finish();
}
