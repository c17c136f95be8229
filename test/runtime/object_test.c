/* object_test.c: Kernel#dup/clone of C data and Numerics (expected values recorded from ruby 3.1). */
#include "harness.h"

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
  return kn_test_finish();
}
