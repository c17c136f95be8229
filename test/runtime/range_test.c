/* range_test.c: Range methods against ruby 3.1's results. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define RNG(a, b) kn_range_new((a), (b), false)
#define XRNG(a, b) kn_range_new((a), (b), true)
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))
#define BLK(fn, n) kn_proc_new(fn, KN_NIL, NULL, n, false)

static kn_value dbl(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mul(argv[0], I(2)); }
static kn_value is_even(kn_value p, int argc, const kn_value *argv, kn_value b) { return CALL0(argv[0], "even?"); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "range_test.c");
  CHECK_RAISES(RNG(I(1), S("a")), kn_eArgumentError, "bad value for range");
  CHECK_INSPECT(RNG(I(1), KN_NIL), "1..");
  CHECK_STR(CALL0(RNG(KN_NIL, I(1)), "to_s"), "..1");
  CHECK_INSPECT(XRNG(I(1), I(3)), "1...3");
  CHECK_INSPECT(RNG(S("a"), S("c")), "\"a\"..\"c\"");
  CHECK_INSPECT(CALL0(RNG(I(1), I(3)), "frozen?"), "true");

  CHECK_INSPECT(CALL0(RNG(I(1), I(5)), "to_a"), "[1, 2, 3, 4, 5]");
  CHECK_INSPECT(CALL0(RNG(I(1), I(0)), "to_a"), "[]");
  CHECK_INSPECT(CALL0(RNG(I(1), F(3.5)), "to_a"), "[1, 2, 3]");
  CHECK_RAISES(CALL0(RNG(I(1), KN_NIL), "to_a"), kn_eRangeError, "cannot convert endless range to an array");
  CHECK_RAISES(CALL0(RNG(F(1.5), I(3)), "to_a"), kn_eTypeError, "can't iterate from Float");
  CHECK_INSPECT(CALL0(RNG(S("a"), S("e")), "to_a"), "[\"a\", \"b\", \"c\", \"d\", \"e\"]");
  CHECK_INSPECT(CALL0(RNG(S("az"), S("bc")), "to_a"), "[\"az\", \"ba\", \"bb\", \"bc\"]");
  CHECK_INSPECT(CALL0(RNG(S("y"), S("ab")), "to_a"), "[]");

  CHECK_INSPECT(CALL0(CALL1(XRNG(I(1), I(10)), "step", I(3)), "to_a"), "[1, 4, 7]");
  CHECK_INSPECT(CALL0(CALL1(RNG(F(1.0), F(2.0)), "step", F(0.5)), "to_a"), "[1.0, 1.5, 2.0]");
  CHECK_INSPECT(CALL0(CALL1(XRNG(F(1.0), F(2.0)), "step", F(0.5)), "to_a"), "[1.0, 1.5]");
  CHECK_INSPECT(CALL0(CALL1(RNG(F(0.1), F(1.0)), "step", F(0.1)), "to_a"),
                "[0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6, 0.7000000000000001, 0.8, 0.9, 1.0]");
  CHECK_INSPECT(CALL0(CALL1(RNG(S("a"), S("e")), "step", I(2)), "to_a"), "[\"a\", \"c\", \"e\"]");
  CHECK_INSPECT(CALL0(CALL1(RNG(I(1), I(3)), "step", F(0.5)), "to_a"), "[1.0, 1.5, 2.0, 2.5, 3.0]");
  CHECK_RAISES(kn_send(RNG(I(1), I(2)), SYM("step"), 1, (kn_value[]){I(0)}, BLK(dbl, 1)), kn_eArgumentError, "step can't be 0");

  CHECK_INSPECT(CALL1(RNG(I(1), KN_NIL), "first", I(3)), "[1, 2, 3]");
  CHECK_RAISES(CALL0(RNG(KN_NIL, I(1)), "first"), kn_eRangeError, "cannot get the first element of beginless range");
  CHECK_RAISES(CALL0(RNG(I(1), KN_NIL), "last"), kn_eRangeError, "cannot get the last element of endless range");
  CHECK_INSPECT(CALL1(XRNG(I(1), I(10)), "last", I(3)), "[7, 8, 9]");
  CHECK_INSPECT(CALL0(XRNG(I(1), I(10)), "max"), "9");
  CHECK_RAISES(CALL0(XRNG(F(1.0), I(10)), "max"), kn_eTypeError, "cannot exclude end value with non Integer begin value");
  CHECK_RAISES(CALL0(XRNG(I(1), F(10.5)), "max"), kn_eTypeError, "cannot exclude non Integer end value");
  CHECK_RAISES(CALL0(RNG(I(1), KN_NIL), "max"), kn_eRangeError, "cannot get the maximum of endless range");
  CHECK_INSPECT(CALL0(RNG(I(5), I(1)), "min"), "nil");
  CHECK_INSPECT(CALL0(RNG(I(1), I(3)), "minmax"), "[1, 3]");

  CHECK_INSPECT(CALL0(RNG(I(1), I(10)), "sum"), "55");
  CHECK_INSPECT(CALL0(XRNG(I(1), I(10)), "sum"), "45");
  CHECK_INSPECT(CALL1(RNG(I(1), I(10)), "sum", F(0.0)), "55.0");
  CHECK_INSPECT(CALLB(RNG(I(1), I(10)), "sum", BLK(dbl, 1)), "110");
  CHECK_INSPECT(CALL0(RNG(I(3), I(1)), "sum"), "0");
  CHECK_INSPECT(CALL0(RNG(I(1), kn_int_from_str("18446744073709551616", 10)), "sum"), "170141183460469231740910675752738881536");

  CHECK_INSPECT(CALL0(RNG(I(1), I(10)), "size"), "10");
  CHECK_INSPECT(CALL0(RNG(I(1), KN_NIL), "size"), "Infinity");
  CHECK_INSPECT(CALL0(RNG(S("a"), S("z")), "size"), "nil");
  CHECK_INSPECT(CALL0(RNG(F(1.0), F(3.5)), "size"), "3");
  CHECK_INSPECT(CALL0(RNG(I(1), I(3)), "count"), "3");

  CHECK_INSPECT(CALL1(RNG(S("a"), S("e")), "include?", S("bb")), "false");
  CHECK_INSPECT(CALL1(RNG(S("a"), S("e")), "cover?", S("bb")), "true");
  CHECK_INSPECT(CALL1(RNG(S("a"), S("e")), "===", S("c")), "true");
  CHECK_INSPECT(CALL1(RNG(I(1), I(10)), "include?", F(5.5)), "true");
  CHECK_INSPECT(CALL1(XRNG(I(1), I(10)), "include?", I(10)), "false");
  CHECK_INSPECT(CALL1(RNG(I(1), KN_NIL), "===", I(100)), "true");

  CHECK_INSPECT(CALLB(RNG(I(1), I(10)), "select", BLK(is_even, 1)), "[2, 4, 6, 8, 10]");
  CHECK_INSPECT(CALLB(RNG(I(1), I(3)), "map", BLK(dbl, 1)), "[2, 4, 6]");
  CHECK_INSPECT(CALL0(CALL1(RNG(I(1), I(10)), "each_slice", I(3)), "to_a"), "[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]");
  CHECK_INSPECT(CALL0(CALL0(RNG(I(1), I(3)), "each_with_index"), "to_a"), "[[1, 0], [2, 1], [3, 2]]");
  CHECK_INSPECT(CALL0(CALL0(RNG(I(1), I(3)), "reverse_each"), "to_a"), "[3, 2, 1]");
  CHECK_INSPECT(CALL1(RNG(I(1), I(3)), "inject", SYM("*")), "6");
  CHECK_INSPECT(CALL0(RNG(I(1), I(3)), "tally"), "{1=>1, 2=>1, 3=>1}");
  CHECK_INSPECT(CALL1(RNG(I(1), I(3)), "==", RNG(I(1), I(3))), "true");
  CHECK_INSPECT(CALL1(RNG(I(1), I(3)), "==", XRNG(I(1), I(3))), "false");
  CHECK(kn_hash_of(RNG(I(1), I(3))) == kn_hash_of(RNG(I(1), I(3))));
  CHECK_INSPECT(kn_class_new_instance(kn_cRange, 3, (kn_value[]){I(1), I(3), KN_TRUE}, KN_NIL), "1...3");
  /* blockless step over numbers: an ArithmeticSequence that counts instead of iterating */
  kn_value seq = CALL1(XRNG(I(1), I(10)), "step", I(3));
  CHECK_INSPECT(CALL0(seq, "class"), "Enumerator::ArithmeticSequence");
  CHECK_INSPECT(seq, "((1...10).step(3))");
  CHECK_INSPECT(CALL0(seq, "size"), "3");
  CHECK_INSPECT(CALL0(seq, "last"), "7");
  CHECK_INSPECT(CALL0(seq, "to_a"), "[1, 4, 7]");
  CHECK_INSPECT(CALL1(seq, "==", CALL1(XRNG(I(1), I(10)), "%", I(3))), "true");
  CHECK_INSPECT(CALL0(CALL1(RNG(F(0.0), F(1.0)), "step", F(0.1)), "size"), "11");
  CHECK_INSPECT(CALL0(CALL1(RNG(I(1), KN_NIL), "step", I(2)), "size"), "Infinity");
  CHECK_INSPECT(CALL0(CALL1(RNG(S("a"), S("e")), "step", I(2)), "class"), "Enumerator");
  /* slicing through ranges */
  CHECK_INSPECT(CALL1(S("hello"), "[]", XRNG(I(1), I(-1))), "\"ell\"");
  return kn_test_finish();
}
