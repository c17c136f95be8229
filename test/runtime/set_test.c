/* set_test.c: the built-in Set (require "set" succeeds); expectations from ruby 3.1. */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define SET(...) kn_send(kn_const_get(kn_cObject, SYM("Set")), SYM("[]"), sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__}, KN_NIL)
#define BLK(fn) kn_proc_new(fn, KN_NIL, NULL, 1, false)
static kn_value odd(kn_value p, int argc, const kn_value *argv, kn_value b) { return CALL0(argv[0], "odd?"); }
static kn_value even(kn_value p, int argc, const kn_value *argv, kn_value b) { return CALL0(argv[0], "even?"); }
/* |a, b| (a - b).abs == 1 */
static kn_value adjacent(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_op_eq(CALL0(kn_op_minus(argv[0], argv[1]), "abs"), I(1));
}
/* |a, b| b == a + 1: a directed chain, so every element is its own component */
static kn_value successor(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_op_eq(argv[1], kn_op_plus(argv[0], I(1)));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "set_test.c");
  CHECK(kn_send_self(kn_top_self, SYM("require"), 1, (kn_value[]){kn_str_cstr("set")}, KN_NIL) == KN_TRUE);
  kn_value cset = kn_const_get(kn_cObject, SYM("Set"));
  kn_value s = CALL1(cset, "new", ARY(I(1), I(2)));
  CALL1(s, "<<", I(3));
  CHECK_INSPECT(s, "#<Set: {1, 2, 3}>");
  CHECK_STR(kn_obj_to_s(s), "#<Set: {1, 2, 3}>");
  CHECK(CALL1(s, "include?", I(3)) == KN_TRUE);
  CHECK(CALL1(s, "add?", I(3)) == KN_NIL);
  CHECK_INSPECT(CALL0(cset, "new"), "#<Set: {}>");
  kn_value a = SET(I(1), I(2), I(3)), b = SET(I(2), I(3), I(4));
  CHECK_INSPECT(CALL1(a, "|", b), "#<Set: {1, 2, 3, 4}>");
  CHECK_INSPECT(CALL1(a, "&", b), "#<Set: {2, 3}>");
  CHECK_INSPECT(CALL1(a, "-", b), "#<Set: {1}>");
  CHECK_INSPECT(CALL1(a, "^", b), "#<Set: {4, 1}>");
  CHECK(CALL1(a, "subset?", SET(I(1), I(2), I(3), I(4))) == KN_TRUE);
  CHECK(CALL1(a, "<=", b) == KN_FALSE);
  CHECK(CALL1(a, ">=", SET(I(1), I(5))) == KN_FALSE);
  CHECK(CALL1(a, "disjoint?", SET(I(7))) == KN_TRUE);
  CHECK(CALL1(a, "intersect?", b) == KN_TRUE);
  CHECK(CALL1(a, "==", SET(I(3), I(2), I(1))) == KN_TRUE);
  /* sets as Hash keys: hash and eql? ignore order */
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SET(I(1), I(2)), SYM("x"));
  CHECK_INSPECT(kn_hash_aref(h, SET(I(2), I(1))), ":x");
  kn_value c = CALL0(a, "dup");
  CALL1(c, "<<", I(9));
  CHECK_INSPECT(a, "#<Set: {1, 2, 3}>");
  CHECK_INSPECT(CALL1(a, "merge", ARY(I(7), I(8))), "#<Set: {1, 2, 3, 7, 8}>");
  CHECK_INSPECT(CALL0(ARY(I(3), I(3), I(1)), "to_set"), "#<Set: {3, 1}>");
  CHECK_INSPECT(kn_send(a, SYM("partition"), 0, NULL, BLK(even)), "[[2, 8], [1, 3, 7]]");
  CHECK_INSPECT(kn_send(a, SYM("select"), 0, NULL, BLK(odd)), "[1, 3, 7]");
  CHECK_INSPECT(CALL0(a, "sum"), "21");
  CHECK_INSPECT(CALL0(a, "max"), "8");
  CALL0(a, "freeze");
  CHECK_RAISES(CALL1(a, "<<", I(1)), kn_eFrozenError, "can't modify frozen Hash: {1=>true, 2=>true, 3=>true, 7=>true, 8=>true}");
  CHECK_INSPECT(kn_send(SET(I(1), I(2), I(3)), SYM("classify"), 0, NULL, BLK(odd)), "{true=>#<Set: {1, 3}>, false=>#<Set: {2}>}");
  CHECK_RAISES(CALL1(cset, "new", I(1)), kn_eArgumentError, "value must be enumerable");
  CHECK_INSPECT(CALL1(SET(I(1), I(2), I(3)), "subtract", kn_ary_new_from(1, (kn_value[]){I(2)})), "#<Set: {1, 3}>"); /* Set[1,2,3].subtract([2]) */
  CHECK_INSPECT(CALL0(SET(I(1), SET(I(2))), "flatten"), "#<Set: {1, 2}>"); /* Set[1, Set[2]].flatten */
  /* divide with a two-argument block: TSort's strongly connected components, in its order */
  CHECK_INSPECT(kn_send(SET(I(1), I(3), I(4), I(6), I(9), I(10), I(11)), SYM("divide"), 0, NULL, kn_proc_new(adjacent, KN_NIL, NULL, 2, false)),
                "#<Set: {#<Set: {1}>, #<Set: {3, 4}>, #<Set: {6}>, #<Set: {9, 10, 11}>}>");
  CHECK_INSPECT(kn_send(SET(I(5), I(1), I(2), I(8), I(3)), SYM("divide"), 0, NULL, kn_proc_new(successor, KN_NIL, NULL, 2, false)),
                "#<Set: {#<Set: {5}>, #<Set: {3}>, #<Set: {2}>, #<Set: {1}>, #<Set: {8}>}>");
  return kn_test_finish();
}
