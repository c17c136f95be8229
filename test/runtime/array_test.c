/* array_test.c: Array methods against ruby 3.1's results. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))
#define CALL1B(recv, name, a, blk) kn_send((recv), SYM(name), 1, (kn_value[]){(a)}, (blk))

static kn_value dbl(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mul(argv[0], I(2)); }
static kn_value is_even(kn_value p, int argc, const kn_value *argv, kn_value b) { return CALL0(argv[0], "even?"); }
static kn_value first_of(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_ary_entry(argv[0], 0); }
static kn_value cmp_rev(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_cmp(argv[1], argv[0]); }
static kn_value sum2(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return kn_op_plus(v[0], v[1]);
}
static kn_value consecutive(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_op_neq(argv[1], kn_op_plus(argv[0], I(1)));
}
static kn_value mod3(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mod(argv[0], I(3)); }
/* a block that breaks out with 99 on 3 */
static kn_value break_on3(kn_value p, int argc, const kn_value *argv, kn_value b) {
  if (argv[0] == I(3)) kn_break(p, I(99));
  return KN_NIL;
}
/* the options Hash {random: Random.new(seed)} */
static kn_value with_random(int seed) {
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SYM("random"), CALL1(kn_const_get(kn_cObject, SYM("Random")), "new", I(seed)));
  return h;
}
#define BLK(fn, n) kn_proc_new(fn, KN_NIL, NULL, n, false)

/* What generated code does for a call with a block that may `break`. */
static kn_value call_breakable(kn_value recv, const char *name, kn_value blk) {
  kn_jump j;
  kn_value r;
  KN_PROC(blk)->break_to = &j;
  if (KN_PROTECT(j) == 0) {
    r = kn_send(recv, SYM(name), 0, NULL, blk);
    KN_UNPROTECT(j);
  } else if (j.kind == KN_JUMP_BREAK && j.target == &j) {
    r = j.value;
  } else {
    kn_rethrow(&j);
  }
  KN_PROC(blk)->break_to = NULL;
  return r;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "array_test.c");
  kn_value a = ARY(I(1), I(2), I(3));

  CHECK_INSPECT(a, "[1, 2, 3]");
  CHECK_INSPECT(ARY(F(1.0), S("a"), SYM("b"), KN_NIL, KN_TRUE), "[1.0, \"a\", :b, nil, true]");
  kn_value rec = ARY(I(1));
  kn_ary_push(rec, rec);
  CHECK_INSPECT(rec, "[1, [...]]");
  CHECK_RAISES(kn_ary_join(rec, KN_NIL), kn_eArgumentError, "recursive array join");
  CHECK_RAISES(CALL0(rec, "flatten"), kn_eArgumentError, "tried to flatten recursive array");
  CHECK(kn_hash_of(rec) == kn_hash_of(rec));

  /* indexing */
  CHECK_INSPECT(CALL1(a, "[]", I(-1)), "3");
  CHECK_INSPECT(CALL2(a, "[]", I(1), I(5)), "[2, 3]");
  CHECK_INSPECT(CALL2(a, "[]", I(3), I(1)), "[]");
  CHECK_INSPECT(CALL2(a, "[]", I(4), I(1)), "nil");
  CHECK_INSPECT(CALL1(a, "[]", kn_range_new(I(1), KN_NIL, false)), "[2, 3]");
  CHECK_INSPECT(CALL1(a, "[]", kn_range_new(I(-2), I(-1), true)), "[2]");
  CHECK_RAISES(CALL1(a, "fetch", I(10)), kn_eIndexError, "index 10 outside of array bounds: -3...3");
  CHECK_RAISES(CALL1(a, "fetch", I(-10)), kn_eIndexError, "index -10 outside of array bounds: -3...3");
  CHECK_INSPECT(CALL2(a, "fetch", I(10), S("d")), "\"d\"");
  CHECK_INSPECT(CALL1(a, "first", I(2)), "[1, 2]");
  CHECK_INSPECT(CALL1(a, "last", I(5)), "[1, 2, 3]");
  CHECK_RAISES(CALL1(a, "first", I(-1)), kn_eArgumentError, "negative array size");
  CHECK_INSPECT(kn_send(a, SYM("values_at"), 4, (kn_value[]){I(0), I(5), I(-1), kn_range_new(I(1), I(4), false)}, KN_NIL),
                "[1, nil, 3, 2, 3, nil, nil]");
  CHECK_INSPECT(CALL2(ARY(ARY(I(1), ARY(I(2)))), "dig", I(0), I(1)), "[2]");
  CHECK_RAISES(CALL2(a, "dig", I(0), I(1)), kn_eTypeError, "Integer does not have #dig method");

  /* []= */
  kn_value b = ARY(I(1), I(2), I(3));
  CALL2(b, "[]=", I(5), I(1));
  CHECK_INSPECT(b, "[1, 2, 3, nil, nil, 1]");
  CHECK_RAISES(CALL2(ARY(I(1), I(2), I(3)), "[]=", I(-5), I(1)), kn_eIndexError, "index -5 too small for array; minimum: -3");
  b = ARY(I(1), I(2), I(3));
  kn_send(b, SYM("[]="), 3, (kn_value[]){I(1), I(0), ARY(I(7), I(8))}, KN_NIL);
  CHECK_INSPECT(b, "[1, 7, 8, 2, 3]");
  CHECK_RAISES(kn_send(b, SYM("[]="), 3, (kn_value[]){I(1), I(-1), I(1)}, KN_NIL), kn_eIndexError, "negative length (-1)");
  CHECK_RAISES(CALL2(b, "[]=", kn_range_new(I(-9), I(1), false), I(9)), kn_eRangeError, "-9..1 out of range");

  /* frozen */
  kn_value fz = kn_obj_freeze(ARY(I(1), I(2)));
  CHECK_RAISES(kn_ary_push(fz, I(3)), kn_eFrozenError, "can't modify frozen Array: [1, 2]");
  CHECK_RAISES(CALLB(fz, "map!", BLK(dbl, 1)), kn_eFrozenError, "can't modify frozen Array: [1, 2]");

  /* adding/removing */
  b = ARY(I(1), I(2), I(3));
  CHECK_INSPECT(CALL1(b, "pop", I(2)), "[2, 3]");
  CHECK_INSPECT(CALL0(ARY(I(1), I(2)), "shift"), "1");
  b = ARY(I(1), I(2), I(3));
  kn_send(b, SYM("insert"), 3, (kn_value[]){I(-2), S("a"), S("b")}, KN_NIL);
  CHECK_INSPECT(b, "[1, 2, \"a\", \"b\", 3]");
  b = ARY(I(1), I(2), I(3), I(2));
  CHECK_INSPECT(CALL1(b, "delete", I(2)), "2");
  CHECK_INSPECT(b, "[1, 3]");
  CHECK_INSPECT(CALL0(ARY(I(1), KN_NIL, I(2), KN_NIL), "compact"), "[1, 2]");
  CHECK_INSPECT(CALL1(ARY(I(1), ARY(I(2), ARY(I(3), ARY(I(4))))), "flatten", I(1)), "[1, 2, [3, [4]]]");
  CHECK_INSPECT(CALL0(ARY(I(1), ARY(I(2), ARY(I(3), ARY(I(4))))), "flatten"), "[1, 2, 3, 4]");

  /* set operations */
  CHECK_INSPECT(CALL1(ARY(I(1), I(2), I(2), I(3)), "-", ARY(I(2))), "[1, 3]");
  CHECK_INSPECT(CALL1(ARY(I(1), I(2), I(2)), "|", ARY(I(3), I(1))), "[1, 2, 3]");
  CHECK_INSPECT(CALL1(ARY(I(1), I(2), I(2), I(3)), "&", ARY(I(3), I(2))), "[2, 3]");
  CHECK_INSPECT(CALL0(ARY(S("a"), S("b"), S("a")), "uniq"), "[\"a\", \"b\"]");
  CHECK_INSPECT(CALL1(a, "*", S(",")), "\"1,2,3\"");
  CHECK_INSPECT(CALL1(a, "*", I(2)), "[1, 2, 3, 1, 2, 3]");
  CHECK_RAISES(CALL1(a, "+", KN_NIL), kn_eTypeError, "no implicit conversion of nil into Array");
  CHECK_INSPECT(kn_ary_join(ARY(I(1), ARY(I(2), ARY(I(3), KN_NIL))), S("-")), "\"1-2-3-\"");

  /* comparison */
  CHECK_INSPECT(CALL1(a, "<=>", ARY(I(1), I(2))), "1");
  CHECK_INSPECT(CALL1(a, "<=>", I(3)), "nil");
  CHECK_INSPECT(CALL1(a, "==", ARY(I(1), I(2), I(3))), "true");
  CHECK_INSPECT(CALL1(ARY(I(1)), "eql?", ARY(F(1.0))), "false");
  CHECK_INSPECT(CALL1(ARY(I(1)), "==", ARY(F(1.0))), "true");

  /* sorting */
  CHECK_INSPECT(CALL0(ARY(I(3), I(1), I(2)), "sort"), "[1, 2, 3]");
  CHECK_INSPECT(CALL0(ARY(S("b"), S("a"), S("c")), "sort"), "[\"a\", \"b\", \"c\"]");
  CHECK_INSPECT(CALLB(ARY(I(3), I(1), I(2)), "sort", BLK(cmp_rev, 2)), "[3, 2, 1]");
  CHECK_RAISES(CALL0(ARY(I(1), S("a")), "sort"), kn_eArgumentError, "comparison of Integer with String failed");
  CHECK_RAISES(CALL0(ARY(S("a"), I(1)), "sort"), kn_eArgumentError, "comparison of String with 1 failed");
  CHECK_RAISES(CALL0(ARY(I(1), KN_NIL), "sort"), kn_eArgumentError, "comparison of Integer with nil failed");
  kn_value pairs = ARY(ARY(I(1), SYM("a")), ARY(I(1), SYM("b")), ARY(I(0), SYM("c")));
  CHECK_INSPECT(CALLB(pairs, "sort_by", BLK(first_of, 1)), "[[0, :c], [1, :a], [1, :b]]");
  CHECK_INSPECT(CALL1(ARY(I(3), I(1), I(2)), "min", I(2)), "[1, 2]");
  CHECK_INSPECT(CALL1(ARY(I(3), I(1), I(2)), "max", I(2)), "[3, 2]");
  CHECK_INSPECT(CALL0(kn_ary_new(0), "max"), "nil");
  CHECK_INSPECT(CALL0(ARY(I(3), I(1), I(2)), "minmax"), "[1, 3]");

  /* sum: exact integers, Kahan-Babuska floats, + for others */
  CHECK_INSPECT(CALL0(kn_ary_new(0), "sum"), "0");
  CHECK_INSPECT(CALL0(ARY(F(0.1), F(0.2), F(0.3)), "sum"), "0.6");
  CHECK_INSPECT(CALL0(ARY(I(1), F(0.1), F(0.2)), "sum"), "1.3");
  CHECK_INSPECT(CALL0(ARY(F(1e100), F(1.0), F(-1e100)), "sum"), "1.0");
  CHECK_INSPECT(CALL0(ARY(F(3.0), I(5)), "sum"), "8.0");
  CHECK_INSPECT(CALL0(ARY(I(1), kn_int_from_str("18446744073709551616", 10)), "sum"), "18446744073709551617");
  CHECK_INSPECT(CALL1(ARY(S("a"), S("b")), "sum", S("")), "\"ab\"");
  CHECK_RAISES(CALL0(ARY(I(1), F(2.5), S("a")), "sum"), kn_eTypeError, "String can't be coerced into Float");
  CHECK_INSPECT(CALLB(a, "sum", BLK(dbl, 1)), "12");

  /* iteration */
  CHECK_INSPECT(CALLB(a, "map", BLK(dbl, 1)), "[2, 4, 6]");
  CHECK_INSPECT(CALLB(a, "select", BLK(is_even, 1)), "[2]");
  CHECK_INSPECT(CALLB(a, "reject", BLK(is_even, 1)), "[1, 3]");
  CHECK_INSPECT(CALLB(a, "partition", BLK(is_even, 1)), "[[2], [1, 3]]");
  CHECK_INSPECT(CALLB(a, "inject", BLK(sum2, 2)), "6");
  CHECK_INSPECT(CALL1(a, "inject", SYM("+")), "6");
  CHECK_INSPECT(CALL2(a, "inject", I(10), SYM("*")), "60");
  CHECK_INSPECT(CALL1(kn_ary_new(0), "inject", SYM("+")), "nil");
  CHECK_INSPECT(CALLB(ARY(ARY(I(1), I(2)), ARY(I(3), I(4))), "map", BLK(sum2, 2)), "[3, 7]");
  CHECK_INSPECT(call_breakable(a, "each", BLK(break_on3, 1)), "99");
  CHECK_RAISES(CALLB(a, "each", BLK(break_on3, 1)), kn_eLocalJumpError, "break from proc-closure");
  CHECK_INSPECT(CALLB(a, "group_by", BLK(mod3, 1)), "{1=>[1], 2=>[2], 0=>[3]}");
  CHECK_INSPECT(CALL0(ARY(I(1), I(2), I(2), I(3), I(3), I(3)), "tally"), "{1=>1, 2=>2, 3=>3}");
  kn_value runs = ARY(I(1), I(2), I(4), I(9), I(10), I(11), I(12), I(15));
  CHECK_INSPECT(CALL0(CALLB(runs, "slice_when", BLK(consecutive, 2)), "to_a"), "[[1, 2], [4], [9, 10, 11, 12], [15]]");
  CHECK_INSPECT(CALL0(CALL1(a, "each_slice", I(2)), "to_a"), "[[1, 2], [3]]");
  CHECK_INSPECT(CALL0(CALL1(a, "each_cons", I(2)), "to_a"), "[[1, 2], [2, 3]]");
  CHECK_RAISES(CALL1(a, "each_slice", I(0)), kn_eArgumentError, "invalid slice size");
  CHECK_INSPECT(CALL1(a, "each_slice", I(2)), "#<Enumerator: [1, 2, 3]:each_slice(2)>");
  CHECK_INSPECT(CALL0(CALL1(a, "combination", I(2)), "to_a"), "[[1, 2], [1, 3], [2, 3]]");
  CHECK_INSPECT(CALL0(CALL1(a, "permutation", I(2)), "to_a"), "[[1, 2], [1, 3], [2, 1], [2, 3], [3, 1], [3, 2]]");
  CHECK_INSPECT(CALL1(ARY(I(1), I(2)), "product", ARY(I(3), I(4))), "[[1, 3], [1, 4], [2, 3], [2, 4]]");
  CHECK_INSPECT(CALL2(a, "zip", ARY(I(4), I(5)), ARY(I(6))), "[[1, 4, 6], [2, 5, nil], [3, nil, nil]]");
  /* a non-Array argument is walked with each only as far as self is long */
  CHECK_INSPECT(CALL1(a, "zip", kn_range_new(I(10), KN_NIL, false)), "[[1, 10], [2, 11], [3, 12]]");
  CHECK_INSPECT(CALL1(kn_ary_new(0), "zip", kn_range_new(I(1), KN_NIL, false)), "[]");
  CHECK_RAISES(CALL1(a, "zip", I(1)), kn_eTypeError, "wrong argument type Integer (must respond to :each)");
  /* join keeps the first piece's encoding until a non-ASCII piece meets an all-ASCII result */
  kn_value bin = CALL1(ARY(I(1)), "pack", S("N")), hi = CALL1(ARY(I(200)), "pack", S("C"));
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(bin, bin), KN_NIL), "encoding"), "#<Encoding:ASCII-8BIT>");
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(bin, S("x")), S(",")), "encoding"), "#<Encoding:ASCII-8BIT>");
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(S("x"), bin), KN_NIL), "encoding"), "#<Encoding:UTF-8>");
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(bin, S("\xC3\xA9")), KN_NIL), "encoding"), "#<Encoding:UTF-8>");
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(S("x"), hi), KN_NIL), "encoding"), "#<Encoding:ASCII-8BIT>");
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(ARY(hi), bin), KN_NIL), "encoding"), "#<Encoding:ASCII-8BIT>");
  CHECK_INSPECT(CALL0(kn_ary_join(ARY(bin, ARY(bin)), KN_NIL), "encoding"), "#<Encoding:ASCII-8BIT>");
  CHECK_INSPECT(CALL0(ARY(ARY(I(1), I(2)), ARY(I(3), I(4))), "transpose"), "[[1, 3], [2, 4]]");
  CHECK_RAISES(CALL0(ARY(ARY(I(1), I(2)), ARY(I(1))), "transpose"), kn_eIndexError, "element size differs (1 should be 2)");
  CHECK_INSPECT(CALL0(ARY(ARY(I(1), I(2)), ARY(I(3), I(4))), "to_h"), "{1=>2, 3=>4}");
  CHECK_RAISES(CALL0(ARY(I(1), I(2)), "to_h"), kn_eTypeError, "wrong element type Integer at 0 (expected array)");
  CHECK_INSPECT(CALL1(a, "rotate", I(4)), "[2, 3, 1]");
  CHECK_INSPECT(CALL1(a, "count", I(2)), "1");
  CHECK_INSPECT(CALL1(ARY(I(1), S("a"), SYM("b")), "any?", kn_cInteger), "true");
  CHECK_INSPECT(CALL1(a, "fill", I(0)), "[0, 0, 0]");
  CHECK_INSPECT(CALL1(kn_ary_new(0), "cycle", I(2)), "#<Enumerator: []:cycle(2)>");

  /* Array.new */
  CHECK_INSPECT(kn_class_new_instance(kn_cArray, 2, (kn_value[]){I(2), S("x")}, KN_NIL), "[\"x\", \"x\"]");
  CHECK_INSPECT(kn_class_new_instance(kn_cArray, 1, (kn_value[]){I(3)}, BLK(dbl, 1)), "[0, 2, 4]");
  CHECK_RAISES(kn_class_new_instance(kn_cArray, 1, (kn_value[]){I(-1)}, KN_NIL), kn_eArgumentError, "negative array size");

  /* shuffle/sample draw from Random as ruby 3.1 does (values recorded from ruby) */
  kn_value five = ARY(I(1), I(2), I(3), I(4), I(5));
  CHECK_INSPECT(CALL1(five, "shuffle", with_random(3)), "[4, 5, 2, 1, 3]");
  CHECK_INSPECT(CALL1(five, "sample", with_random(3)), "3");
  CHECK_INSPECT(kn_send(five, SYM("sample"), 2, (kn_value[]){I(3), with_random(3)}, KN_NIL), "[3, 1, 4]");
  kn_value forty = CALL0(kn_range_new(I(1), I(40), false), "to_a");
  CHECK_INSPECT(kn_send(forty, SYM("sample"), 2, (kn_value[]){I(12), with_random(3)}, KN_NIL),
                "[25, 5, 11, 4, 26, 1, 17, 18, 30, 33, 7, 12]");
  KCALL("srand", I(7));
  CHECK_INSPECT(CALL0(five, "shuffle"), "[1, 4, 3, 2, 5]");
  KCALL("srand", I(7));
  CHECK_INSPECT(CALL1(five, "sample", I(2)), "[5, 2]");
  CHECK_RAISES(CALL1(five, "sample", I(-1)), kn_eArgumentError, "negative sample number");

  /* a big array: growth and sort */
  kn_value big = kn_ary_new(0);
  for (int i = 0; i < 100000; i++) kn_ary_push(big, I((i * 7919) % 100003));
  kn_value sorted = CALL0(big, "sort");
  bool ok = true;
  for (int i = 1; i < 100000; i++)
    if (KN_FIX2INT(KN_ARY(sorted)->ptr[i - 1]) > KN_FIX2INT(KN_ARY(sorted)->ptr[i])) ok = false;
  CHECK(ok);
  CHECK_INSPECT(CALL0(CALL0(big, "uniq"), "size"), "100000");
  return kn_test_finish();
}
