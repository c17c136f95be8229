/* enum_test.c: Enumerable on a class that only defines each, and Enumerator. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))
#define CALL1B(recv, name, a, blk) kn_send((recv), SYM(name), 1, (kn_value[]){(a)}, (blk))
#define BLK(fn, n) kn_proc_new(fn, KN_NIL, NULL, n, false)

static int yielded;
/* Three.new.each yields 3, 1, 2 and counts how many it yielded */
static kn_value three_each(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value v[3] = {I(3), I(1), I(2)};
  for (int i = 0; i < 3; i++) {
    yielded++;
    kn_yield1(blk, v[i]);
  }
  return self;
}
/* Pairs#each yields two values per step */
static kn_value pairs_each(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_yield(blk, 2, (kn_value[]){SYM("a"), I(1)});
  kn_yield(blk, 2, (kn_value[]){SYM("b"), I(2)});
  return self;
}
static kn_value dbl(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mul(argv[0], I(2)); }
static kn_value is_one(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_eq(argv[0], I(1)); }
static kn_value neg(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_minus(I(0), argv[0]); }
static kn_value second(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return v[1];
}
static kn_value pair_with_index(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return ARY(v[0], v[1]);
}
static kn_value gen(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value y = argv[0];
  CALL1(y, "<<", I(10));
  CALL1(y, "<<", I(20));
  return KN_NIL;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "enum_test.c");
  kn_value three = kn_define_class(kn_cObject, "Three", kn_cObject);
  kn_include_module(three, kn_mEnumerable);
  kn_define_method(three, "each", three_each, 0, 0);
  kn_value t = kn_class_new_instance(three, 0, NULL, KN_NIL);

  CHECK_INSPECT(CALL0(t, "to_a"), "[3, 1, 2]");
  CHECK_INSPECT(CALL0(t, "sort"), "[1, 2, 3]");
  CHECK_INSPECT(CALLB(t, "map", BLK(dbl, 1)), "[6, 2, 4]");
  CHECK_INSPECT(CALLB(t, "select", BLK(is_one, 1)), "[1]");
  CHECK_INSPECT(CALLB(t, "reject", BLK(is_one, 1)), "[3, 2]");
  CHECK_INSPECT(CALL0(t, "min"), "1");
  CHECK_INSPECT(CALL0(t, "max"), "3");
  CHECK_INSPECT(CALLB(t, "min_by", BLK(neg, 1)), "3");
  CHECK_INSPECT(CALLB(t, "sort_by", BLK(neg, 1)), "[3, 2, 1]");
  CHECK_INSPECT(CALL0(t, "sum"), "6");
  CHECK_INSPECT(CALL1(t, "inject", SYM("+")), "6");
  CHECK_INSPECT(CALL0(t, "count"), "3");
  CHECK_INSPECT(CALL1(t, "include?", I(1)), "true");
  CHECK_INSPECT(CALL0(CALL1(t, "each_slice", I(2)), "to_a"), "[[3, 1], [2]]");
  CHECK_INSPECT(CALL0(CALL0(t, "each_with_index"), "to_a"), "[[3, 0], [1, 1], [2, 2]]");
  CHECK_INSPECT(CALLB(t, "partition", BLK(is_one, 1)), "[[1], [3, 2]]");
  CHECK_INSPECT(CALL0(t, "tally"), "{3=>1, 1=>1, 2=>1}");
  CHECK_INSPECT(CALL1(t, "zip", ARY(I(4), I(5), I(6))), "[[3, 4], [1, 5], [2, 6]]");
  CHECK_INSPECT(CALL0(t, "minmax"), "[1, 3]");

  /* early exit stops the underlying each */
  yielded = 0;
  CHECK_INSPECT(CALLB(t, "find", BLK(is_one, 1)), "1");
  CHECK(yielded == 2);
  yielded = 0;
  CHECK_INSPECT(CALL0(t, "first"), "3");
  CHECK(yielded == 1);
  CHECK_INSPECT(CALL1(t, "first", I(2)), "[3, 1]");
  CHECK_INSPECT(CALL1(t, "take", I(2)), "[3, 1]");

  /* each yielding two values: packed for map, spread for |k, v| */
  kn_value pairs = kn_define_class(kn_cObject, "Pairs", kn_cObject);
  kn_include_module(pairs, kn_mEnumerable);
  kn_define_method(pairs, "each", pairs_each, 0, 0);
  kn_value pr = kn_class_new_instance(pairs, 0, NULL, KN_NIL);
  CHECK_INSPECT(CALL0(pr, "to_a"), "[[:a, 1], [:b, 2]]");
  CHECK_INSPECT(CALLB(pr, "map", BLK(second, 2)), "[1, 2]");
  CHECK_INSPECT(CALL0(pr, "to_h"), "{:a=>1, :b=>2}");

  /* Enumerator: with_index, next, generators */
  kn_value e = CALL0(ARY(S("a"), S("b")), "map");
  CHECK_INSPECT(e, "#<Enumerator: [\"a\", \"b\"]:map>");
  CHECK_INSPECT(CALL1B(e, "with_index", I(1), BLK(pair_with_index, 2)), "[[\"a\", 1], [\"b\", 2]]");
  CHECK_INSPECT(CALLB(CALL0(ARY(S("a"), S("b")), "each_with_index"), "map", BLK(pair_with_index, 2)),
                "[[\"a\", 0], [\"b\", 1]]");
  kn_value en = CALL0(ARY(I(1), I(2)), "each");
  CHECK_INSPECT(CALL0(en, "next"), "1");
  CHECK_INSPECT(CALL0(en, "next"), "2");
  CHECK_RAISES(CALL0(en, "next"), kn_eStopIteration, "iteration reached an end");
  CHECK_INSPECT(CALL0(en, "size"), "2");
  kn_value g = kn_class_new_instance(kn_const_get(kn_cObject, SYM("Enumerator")), 0, NULL, BLK(gen, 1));
  CHECK_INSPECT(CALL0(g, "to_a"), "[10, 20]");
  CHECK_INSPECT(CALLB(g, "map", BLK(dbl, 1)), "[20, 40]");
  CHECK_INSPECT(CALL1(kn_ary_new_from(3, (kn_value[]){I(1), STR("a"), I(2)}), "grep", kn_cInteger), "[1, 2]"); /* [1, "a", 2].grep(Integer) */
  CHECK_INSPECT(CALL1(kn_range_new(I(1), I(6), false), "grep_v", kn_range_new(I(2), I(4), false)), "[1, 5, 6]"); /* (1..6).grep_v(2..4) */
  return kn_test_finish();
}
