/* iter_test.c: blockless iterators return Enumerators (times, upto, downto, step, loop, each_line, Struct#each, then),
 * and loop returns a StopIteration's result.  Expectations recorded from ruby 3.1. */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define BLK(fn, n) kn_proc_new(fn, KN_NIL, NULL, n, false)

static kn_value dbl(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_mul(argv[0], I(2)); }
static kn_value next_of(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return CALL0(*(kn_value *)KN_PROC(p)->env, "next");
}

static kn_value kw(const char *k1, kn_value v1, const char *k2, kn_value v2) {
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SYM(k1), v1);
  kn_hash_aset(h, SYM(k2), v2);
  KN_HDR(h)->flags |= KN_FL_KWARGS;
  return h;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "iter_test.c");

  /* p 5.times; 3.times.to_a; 5.times.map { |i| i * 2 } */
  CHECK_INSPECT(CALL0(I(5), "times"), "#<Enumerator: 5:times>");
  CHECK_INSPECT(CALL0(CALL0(I(3), "times"), "to_a"), "[0, 1, 2]");
  CHECK_INSPECT(kn_send(CALL0(I(5), "times"), SYM("map"), 0, NULL, BLK(dbl, 1)), "[0, 2, 4, 6, 8]");
  CHECK_INSPECT(CALL0(CALL0(I(3), "times"), "size"), "3");
  /* upto / downto */
  CHECK_INSPECT(CALL1(I(1), "upto", I(4)), "#<Enumerator: 1:upto(4)>");
  CHECK_INSPECT(CALL0(CALL1(I(1), "upto", I(4)), "size"), "4");
  CHECK_INSPECT(CALL0(CALL1(I(4), "downto", I(1)), "to_a"), "[4, 3, 2, 1]");
  CHECK_INSPECT(CALL0(CALL0(CALL1(I(1), "upto", I(3)), "with_index"), "to_a"), "[[1, 0], [2, 1], [3, 2]]");
  /* step: an ArithmeticSequence in ruby */
  CHECK_INSPECT(CALL2(I(1), "step", I(10), I(3)), "(1.step(10, 3))");
  CHECK_INSPECT(CALL0(CALL2(I(1), "step", I(10), I(3)), "to_a"), "[1, 4, 7, 10]");
  CHECK_INSPECT(CALL0(CALL2(I(1), "step", I(10), I(3)), "size"), "4");
  CHECK_INSPECT(CALL0(CALL2(I(10), "step", I(1), I(-3)), "to_a"), "[10, 7, 4, 1]");
  CHECK_INSPECT(CALL0(CALL2(F(1.0), "step", F(2.0), F(0.5)), "to_a"), "[1.0, 1.5, 2.0]");
  CHECK_INSPECT(CALL1(I(1), "step", kw("by", I(2), "to", I(5))), "(1.step(by: 2, to: 5))");
  CHECK_INSPECT(CALL0(CALL1(I(1), "step", kw("by", I(2), "to", I(5))), "to_a"), "[1, 3, 5]");
  CHECK_INSPECT(CALL0(CALL0(I(1), "step"), "size"), "Infinity");
  CHECK_INSPECT(CALL1(CALL1(I(1), "step", I(3)), "first", I(2)), "[1, 2]");
  /* loop, then */
  CHECK_INSPECT(KCALL("loop"), "#<Enumerator: main:loop>");
  CHECK_INSPECT(CALL0(I(1), "then"), "#<Enumerator: 1:then>");
  CHECK_INSPECT(CALL0(CALL0(I(1), "then"), "to_a"), "[1]");
  CHECK_INSPECT(CALL0(I(1), "yield_self"), "#<Enumerator: 1:yield_self>");
  /* Struct#each / each_pair */
  kn_value st = kn_send(kn_cStruct, SYM("new"), 2, (kn_value[]){SYM("a"), SYM("b")}, KN_NIL);
  kn_const_set(kn_cObject, SYM("S"), st);
  kn_value s = CALL2(st, "new", I(1), I(2));
  CHECK_INSPECT(CALL0(s, "each"), "#<Enumerator: #<struct S a=1, b=2>:each>");
  CHECK_INSPECT(CALL0(CALL0(s, "each"), "to_a"), "[1, 2]");
  CHECK_INSPECT(CALL0(CALL0(s, "each_pair"), "to_a"), "[[:a, 1], [:b, 2]]");
  /* IO#each_line */
  CHECK_INSPECT(CALL0(kn_stdin, "each_line"), "#<Enumerator: #<IO:<STDIN>>:each_line>");

  /* e = [1, 2].each; loop { e.next } returns [1, 2] (StopIteration#result) */
  kn_value e = CALL0(ARY(I(1), I(2)), "each");
  kn_value *env = kn_alloc(sizeof(kn_value));
  *env = e;
  kn_value r = kn_send_self(kn_top_self, SYM("loop"), 0, NULL, kn_proc_new(next_of, KN_NIL, env, 0, false));
  CHECK_INSPECT(r, "[1, 2]");
  /* e.next past the end: StopIteration "iteration reached an end", result [1, 2] */
  CHECK_RAISES(CALL0(e, "next"), kn_eStopIteration, "iteration reached an end");
  {
    kn_jump j;
    kn_value res = KN_UNDEF;
    if (KN_PROTECT(j) == 0) {
      CALL0(e, "next");
      KN_UNPROTECT(j);
    } else res = CALL0(j.value, "result");
    CHECK_INSPECT(res, "[1, 2]");
  }
  return kn_test_finish();
}
