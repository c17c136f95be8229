/* object_test.c: Kernel#dup/clone of C data and Numerics, respond_to_missing?, the method
 * listings (expected values recorded from ruby 3.1). */
#include "harness.h"

static kn_value nil_fn(kn_value self, int argc, const kn_value *argv, kn_value blk) { return KN_NIL; }
/* a program's respond_to_missing?: true for :x */
static kn_value only_x(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return KN_BOOL(argv[0] == SYM("x"));
}

/* class A; def a; end; protected def b; end; private def c; end; end; o = A.new; def o.d; end */
static void check_method_lists(void) {
  kn_value A = kn_define_class(kn_cObject, "A", KN_NIL);
  kn_define_method_sym(A, SYM("a"), nil_fn, 0, 0, KN_PUBLIC);
  kn_define_method_sym(A, SYM("b"), nil_fn, 0, 0, KN_PROTECTED);
  kn_define_method_sym(A, SYM("c"), nil_fn, 0, 0, KN_PRIVATE);
  kn_value o = CALL0(A, "new");
  kn_define_singleton_method(o, "d", nil_fn, 0, 0);
  CHECK_INSPECT(CALL0(A, "protected_instance_methods"), "[:b]");
  CHECK_INSPECT(CALL1(o, "methods", KN_FALSE), "[:d]");
  CHECK_INSPECT(CALL0(CALL1(o, "public_methods", KN_FALSE), "sort"), "[:a, :d]");
  CHECK_INSPECT(CALL1(o, "private_methods", KN_FALSE), "[:c]");
  kn_value own = CALL1(CALL0(o, "methods"), "-", CALL0(kn_cObject, "instance_methods"));
  CHECK_INSPECT(CALL0(own, "sort"), "[:a, :b, :d]");
  CHECK_INSPECT(CALL0(o, "singleton_methods"), "[:d]");
}

static void check_respond_to_missing(void) {
  kn_value o = CALL0(kn_cObject, "new");
  CHECK_INSPECT(CALL1(o, "respond_to?", SYM("zz")), "false");
  CHECK_INSPECT(kn_send_self(o, SYM("respond_to_missing?"), 2, (kn_value[]){SYM("zz"), KN_FALSE}, KN_NIL), "false");
  CHECK_INSPECT(CALL1(CALL0(kn_cObject, "private_instance_methods"), "include?", SYM("respond_to_missing?")), "true");
  kn_value Q = kn_define_class(kn_cObject, "Q", KN_NIL);
  kn_define_method(Q, "respond_to_missing?", only_x, 1, 2);
  kn_value q = CALL0(Q, "new");
  CHECK_INSPECT(CALL1(q, "respond_to?", SYM("x")), "true");
  CHECK_INSPECT(CALL1(q, "respond_to?", SYM("y")), "false");
}

static kn_value no_freeze(void) {
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SYM("freeze"), KN_FALSE);
  return h;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "object_test.c");

  /* Numerics are their own copies: r = Rational(1, 2); r.dup.equal?(r) => true */
  kn_value r = KCALL("Rational", I(1), I(2));
  CHECK(CALL0(r, "dup") == r);
  CHECK(CALL0(r, "clone") == r);
  CHECK_RAISES(CALL1(r, "clone", no_freeze()), kn_eArgumentError, "can't unfreeze Rational");
  CHECK_RAISES(CALL1(KN_NIL, "clone", no_freeze()), kn_eArgumentError, "can't unfreeze NilClass");

  /* C data: m = 1.method(:+); c = m.clone; [c.call(2), c == m, c.equal?(m)] => [3, true, false] */
  kn_value m = CALL1(I(1), "method", SYM("+"));
  kn_obj_freeze(m);
  kn_value c = CALL0(m, "clone");
  CHECK(c != m);
  CHECK_INSPECT(CALL1(c, "call", I(2)), "3");
  CHECK_INSPECT(CALL1(c, "==", m), "true");
  CHECK_INSPECT(CALL0(c, "frozen?"), "true");
  CHECK_INSPECT(CALL0(CALL0(m, "dup"), "frozen?"), "false");
  /* l = [1, 2].lazy; d = l.dup; [d.to_a, d.class, d.equal?(l)] => [[1, 2], Enumerator::Lazy, false] */
  kn_value l = CALL0(kn_ary_new_from(2, (kn_value[]){I(1), I(2)}), "lazy");
  kn_value d = CALL0(l, "dup");
  CHECK(d != l);
  CHECK_INSPECT(CALL0(d, "to_a"), "[1, 2]");
  CHECK_INSPECT(CALL0(d, "class"), "Enumerator::Lazy");
  check_method_lists();
  check_respond_to_missing();
  return kn_test_finish();
}
