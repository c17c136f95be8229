/* struct_test.c: Struct#values_at, #deconstruct_keys, recursive inspect (expected values recorded from ruby 3.1). */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})

int main(int argc, char **argv) {
  kn_init(argc, argv, "struct_test.c");
  kn_value kn_cStruct = kn_const_get(kn_cObject, SYM("Struct"));
  /* S = Struct.new(:a, :b); s = S.new(1, 2) */
  kn_value S = CALL2(kn_cStruct, "new", SYM("a"), SYM("b"));
  kn_const_set(kn_cObject, SYM("S"), S);
  kn_value s = CALL2(S, "new", I(1), I(2));

  /* s.values_at(1, 0), s.values_at(1..3) => [2, 1], [2, nil, nil] */
  CHECK_INSPECT(CALL2(s, "values_at", I(1), I(0)), "[2, 1]");
  CHECK_INSPECT(CALL1(s, "values_at", kn_range_new(I(1), I(3), false)), "[2, nil, nil]");
  CHECK_RAISES(CALL1(s, "values_at", I(2)), kn_eIndexError, "offset 2 too large for struct(size:2)");
  CHECK_RAISES(CALL1(s, "values_at", I(-3)), kn_eIndexError, "offset -3 too small for struct(size:2)");
  CHECK_RAISES(CALL1(s, "values_at", kn_range_new(I(-5), I(1), false)), kn_eRangeError, "-5..1 out of range");

  /* s.deconstruct_keys([:b, :zz]), s.deconstruct_keys([:a, "b"]), s.deconstruct_keys([:b, :zz, :a])
   * => {:b=>2}, {:a=>1, "b"=>2}, {} (more keys than members) */
  CHECK_INSPECT(CALL1(s, "deconstruct_keys", ARY(SYM("b"), SYM("zz"))), "{:b=>2}");
  CHECK_INSPECT(CALL1(s, "deconstruct_keys", ARY(SYM("a"), STR("b"))), "{:a=>1, \"b\"=>2}");
  CHECK_INSPECT(CALL1(s, "deconstruct_keys", ARY(SYM("b"), SYM("zz"), SYM("a"))), "{}");
  CHECK_INSPECT(CALL1(s, "deconstruct_keys", KN_NIL), "{:a=>1, :b=>2}");
  CHECK_RAISES(CALL1(s, "deconstruct_keys", I(1)), kn_eTypeError, "wrong argument type Integer (expected Array or nil)");

  /* s.a = s; p s => #<struct S a=#<struct S:...>, b=2> */
  CALL1(s, "a=", s);
  CHECK_INSPECT(s, "#<struct S a=#<struct S:...>, b=2>");

  /* keyword_init? is nil unless Struct.new was given keyword_init:, and subclasses inherit it */
  kn_value opts = kn_hash_new();
  CHECK_INSPECT(CALL0(S, "keyword_init?"), "nil");
  kn_hash_aset(opts, SYM("keyword_init"), I(1));
  kn_value K = CALL2(kn_cStruct, "new", SYM("a"), opts);
  CHECK_INSPECT(CALL0(K, "keyword_init?"), "true");
  CHECK_INSPECT(CALL0(kn_class_new(K), "keyword_init?"), "true");
  kn_hash_aset(opts, SYM("keyword_init"), KN_FALSE);
  CHECK_INSPECT(CALL0(CALL2(kn_cStruct, "new", SYM("a"), opts), "keyword_init?"), "false");
  return kn_test_finish();
}
