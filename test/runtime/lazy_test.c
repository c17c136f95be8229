/* lazy_test.c: Enumerator::Lazy over infinite Ranges, Arrays and Enumerators; expectations from ruby 3.1. */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))
#define CALL1B(recv, name, a, blk) kn_send((recv), SYM(name), 1, (kn_value[]){(a)}, (blk))
#define BLK(fn) kn_proc_new(fn, KN_NIL, NULL, 1, false)

static int calls;
static kn_value sq(kn_value p, int argc, const kn_value *argv, kn_value b) { calls++; return kn_op_mul(argv[0], argv[0]); }
static kn_value even(kn_value p, int argc, const kn_value *argv, kn_value b) { return CALL0(argv[0], "even?"); }
static kn_value lt5(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_lt(argv[0], I(5)); }
static kn_value pair(kn_value p, int argc, const kn_value *argv, kn_value b) { return ARY(argv[0], kn_op_minus(I(0), argv[0])); }
static kn_value half_if_even(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return KN_TEST(CALL0(argv[0], "even?")) ? kn_op_div(argv[0], I(2)) : KN_NIL;
}
static kn_value mod3(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mod(argv[0], I(3)); }
static kn_value mul_idx(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return kn_op_mul(v[0], v[1]);
}

static kn_value consecutive(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return KN_BOOL(kn_op_plus(v[0], I(1)) == v[1]);
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "lazy_test.c");
  kn_value inf = kn_range_new(I(1), kn_float_new(1.0 / 0.0), false);
  kn_value endless = kn_range_new(I(1), KN_NIL, false);
  kn_value l = CALL0(inf, "lazy");

  /* (1..Float::INFINITY).lazy.map { |x| x * x }.select(&:even?).first(3): only what is needed runs */
  calls = 0;
  CHECK_INSPECT(CALL1(CALLB(CALLB(l, "map", BLK(sq)), "select", BLK(even)), "first", I(3)), "[4, 16, 36]");
  CHECK(calls == 6);
  CHECK_INSPECT(CALL0(CALL1(CALLB(CALL0(endless, "lazy"), "map", BLK(sq)), "take", I(3)), "to_a"), "[1, 4, 9]");
  CHECK_INSPECT(CALL0(CALLB(CALL0(kn_range_new(I(1), I(20), false), "lazy"), "take_while", BLK(lt5)), "force"), "[1, 2, 3, 4]");
  CHECK_INSPECT(CALL1(CALLB(CALL0(endless, "lazy"), "reject", BLK(even)), "first", I(2)), "[1, 3]");
  CHECK_INSPECT(CALL1(CALLB(CALL0(endless, "lazy"), "filter_map", BLK(half_if_even)), "first", I(3)), "[1, 2, 3]");
  CHECK_INSPECT(CALL1(CALLB(CALL0(endless, "lazy"), "flat_map", BLK(pair)), "first", I(5)), "[1, -1, 2, -2, 3]");
  CHECK_INSPECT(CALL1(CALL1(CALL0(endless, "lazy"), "each_slice", I(2)), "first", I(2)), "[[1, 2], [3, 4]]");
  CHECK_INSPECT(CALL1(CALLB(CALL0(CALL0(endless, "lazy"), "with_index"), "map", BLK(mul_idx)), "first", I(3)), "[0, 2, 6]");
  CHECK_INSPECT(CALL0(CALL0(ARY(I(3), I(1), I(3), I(2), I(1)), "lazy"), "uniq"), "#<Enumerator::Lazy: #<Enumerator::Lazy: [3, 1, 3, 2, 1]>:uniq>");
  CHECK_INSPECT(CALL0(CALL0(CALL0(ARY(I(3), I(1), I(3), I(2), I(1)), "lazy"), "uniq"), "to_a"), "[3, 1, 2]");
  CHECK_INSPECT(CALL1(CALLB(CALL0(endless, "lazy"), "uniq", BLK(mod3)), "first", I(3)), "[1, 2, 3]");
  CHECK_INSPECT(CALL0(CALL1(CALL1(CALL0(endless, "lazy"), "take", I(3)), "each_slice", I(2)), "to_a"), "[[1, 2], [3]]");
  CHECK_INSPECT(CALL1(CALL1(CALL0(endless, "lazy"), "drop", I(3)), "first", I(2)), "[4, 5]");
  CHECK_INSPECT(CALL0(l, "size"), "Infinity");
  CHECK_INSPECT(CALL0(CALL1(CALLB(l, "map", BLK(sq)), "take", I(3)), "size"), "3");
  CHECK_INSPECT(CALL0(CALL0(kn_range_new(I(1), I(3), false), "lazy"), "force"), "[1, 2, 3]");
  CHECK_INSPECT(CALLB(CALL0(kn_range_new(I(1), I(3), false), "lazy"), "map", BLK(sq)),
                "#<Enumerator::Lazy: #<Enumerator::Lazy: 1..3>:map>");
  CHECK_INSPECT(CALL0(CALL0(CALL0(ARY(I(1)), "lazy"), "eager"), "class"), "Enumerator");
  /* a Lazy is an Enumerator: next works, over an infinite chain */
  kn_value e = CALLB(CALL0(endless, "lazy"), "map", BLK(sq));
  CHECK_INSPECT(CALL0(e, "next"), "1");
  CHECK_INSPECT(CALL0(e, "next"), "4");
  CHECK_RAISES(CALL0(CALL0(endless, "lazy"), "map"), kn_eArgumentError, "tried to call lazy map without a block");
  /* each_cons, chunk_while, slice_when and zip stay lazy over an endless source */
  CHECK_INSPECT(CALL1(CALL1(CALL0(endless, "lazy"), "each_cons", I(3)), "first", I(2)), "[[1, 2, 3], [2, 3, 4]]");
  kn_value gaps = ARY(I(1), I(2), I(4), I(9), I(10), I(11), I(15));
  CHECK_INSPECT(CALL0(CALLB(CALL0(gaps, "lazy"), "chunk_while", BLK(consecutive)), "to_a"), "[[1, 2], [4], [9, 10, 11], [15]]");
  CHECK_INSPECT(CALL0(CALLB(CALL0(gaps, "lazy"), "slice_when", BLK(consecutive)), "to_a"), "[[1], [2, 4, 9], [10], [11, 15]]");
  CHECK_INSPECT(CALL1(CALL2(CALL0(endless, "lazy"), "zip", CALL0(endless, "lazy"), ARY(I(7))), "first", I(2)), "[[1, 1, 7], [2, 2, nil]]");
  CHECK_INSPECT(CALL0(CALL1(CALL0(ARY(I(1), I(2)), "lazy"), "each_cons", I(3)), "to_a"), "[]");
  CHECK_RAISES(CALL1(CALL0(endless, "lazy"), "zip", I(1)), kn_eTypeError, "wrong argument type Integer (must respond to :each)");
  return kn_test_finish();
}
