/* smoke_test.c: the runtime boots, dispatches and prints. */
#include "harness.h"

int main(int argc, char **argv) {
  kn_init(argc, argv, "smoke_test.c");
  CHECK_INSPECT(I(42), "42");
  CHECK_INSPECT(kn_op_plus(I(1), I(2)), "3");
  CHECK_INSPECT(kn_op_mul(I(1L << 40), I(1L << 40)), "1208925819614629174706176");
  CHECK_INSPECT(F(0.1 + 0.2), "0.30000000000000004");
  CHECK_INSPECT(KN_NIL, "nil");
  CHECK_INSPECT(STR("a\"b"), "\"a\\\"b\"");
  CHECK_INSPECT(SYM("foo"), ":foo");
  CHECK_RAISES(kn_op_div(I(1), I(0)), kn_eZeroDivisionError, "divided by 0");
  CHECK_RAISES(CALL0(KN_NIL, "foo"), kn_eNoMethodError, "undefined method `foo' for nil:NilClass");
  return kn_test_finish();
}
