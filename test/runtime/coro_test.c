/* coro_test.c: Enumerator external iteration on coroutines (next/peek/rewind on infinite and
 * finite enumerators, errors, nesting, the collector running on both stacks), to_enum/enum_for
 * and Enumerator#size; expectations from ruby 3.1. */
#include "harness.h"
#include <gc.h>

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define NEXT(e) CALL0((e), "next")

/* Nat#each: yields "0", "1", ... forever, keeping fresh Strings alive only on its own stack */
static kn_value nat_each(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (blk == KN_NIL) return kn_send_self(self, SYM("to_enum"), 0, NULL, KN_NIL);
  kn_value held[8];
  for (int64_t i = 0;; i++) {
    held[i % 8] = kn_obj_to_s(I(i));
    if (i % 1000 == 0) GC_gcollect();
    kn_yield1(blk, held[i % 8]);
  }
}
/* Boom#each: yields 1, then raises */
static kn_value boom_each(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (blk == KN_NIL) return kn_send_self(self, SYM("to_enum"), 0, NULL, KN_NIL);
  kn_yield1(blk, I(1));
  kn_raise_fmt(kn_eRuntimeError, "boom");
}
static kn_value size_blk(kn_value p, int argc, const kn_value *argv, kn_value b) { return I(42); }
/* an Enumerator.new body: takes two values from another enumerator inside */
static kn_value nested_gen(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value inner = CALL0(ARY(I(10), I(20)), "each");
  CALL1(argv[0], "<<", NEXT(inner));
  CALL1(argv[0], "<<", NEXT(inner));
  return SYM("done");
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "coro_test.c");
  kn_value nat = kn_define_class(kn_cObject, "Nat", kn_cObject);
  kn_define_method(nat, "each", nat_each, 0, 0);
  kn_value boom = kn_define_class(kn_cObject, "Boom", kn_cObject);
  kn_define_method(boom, "each", boom_each, 0, 0);

  /* an infinite each, consumed lazily; collections run inside the coroutine and outside */
  kn_value e = CALL0(kn_class_new_instance(nat, 0, NULL, KN_NIL), "each");
  CHECK_INSPECT(NEXT(e), "\"0\"");
  CHECK_INSPECT(CALL0(e, "peek"), "\"1\"");
  CHECK_INSPECT(NEXT(e), "\"1\"");
  kn_value keep[64];
  for (int i = 0; i < 64; i++) keep[i] = CALL0(kn_class_new_instance(nat, 0, NULL, KN_NIL), "each");
  int64_t total = 0;
  for (int round = 0; round < 50; round++)
    for (int i = 0; i < 64; i++) total += KN_STR(NEXT(keep[i]))->len;
  GC_gcollect();
  CHECK(total == 64 * (10 * 1 + 40 * 2));
  CHECK_INSPECT(NEXT(keep[3]), "\"50\"");
  for (int i = 0; i < 5000; i++) NEXT(e);
  CHECK_INSPECT(NEXT(e), "\"5002\"");
  CALL0(e, "rewind");
  CHECK_INSPECT(NEXT(e), "\"0\"");

  /* finite: StopIteration with each's value as result; loop rescues it */
  kn_value a = CALL0(ARY(I(1), I(2)), "each");
  CHECK_INSPECT(NEXT(a), "1");
  CHECK_INSPECT(NEXT(a), "2");
  CHECK_RAISES(NEXT(a), kn_eStopIteration, "iteration reached an end");
  CHECK_RAISES(CALL0(a, "peek"), kn_eStopIteration, "iteration reached an end");
  CALL0(a, "rewind");
  CHECK_INSPECT(NEXT(a), "1");
  CHECK_INSPECT(NEXT(CALL0(ARY(I(5), I(6)), "each_with_index")), "[5, 0]");

  /* an exception in each reaches next, and the enumerator starts over */
  kn_value b = CALL0(kn_class_new_instance(boom, 0, NULL, KN_NIL), "each");
  CHECK_INSPECT(NEXT(b), "1");
  CHECK_RAISES(NEXT(b), kn_eRuntimeError, "boom");
  CHECK_INSPECT(NEXT(b), "1");

  /* next inside another enumerator's body */
  kn_value g = kn_send(kn_const_get(kn_cObject, SYM("Enumerator")), SYM("new"), 0, NULL, kn_proc_new(nested_gen, KN_NIL, NULL, 1, false));
  CHECK_INSPECT(NEXT(g), "10");
  CHECK_INSPECT(NEXT(g), "20");
  CHECK_INSPECT(CALL0(g, "to_a"), "[10, 20]");

  /* to_enum / enum_for and size */
  kn_value t = CALL1(ARY(I(1), I(2), I(3)), "to_enum", SYM("map"));
  CHECK_INSPECT(CALL0(t, "size"), "nil");
  CHECK_INSPECT(t, "#<Enumerator: [1, 2, 3]:map>");
  CHECK_INSPECT(CALL0(CALL0(ARY(I(1), I(2)), "each"), "size"), "2");
  kn_value sz = kn_send(ARY(I(1)), SYM("enum_for"), 0, NULL, kn_proc_new(size_blk, KN_NIL, NULL, 0, false));
  CHECK_INSPECT(CALL0(sz, "size"), "42");
  CHECK_INSPECT(CALL0(CALL1(S("abc"), "enum_for", SYM("each_char")), "to_a"), "[\"a\", \"b\", \"c\"]");
  return kn_test_finish();
}
