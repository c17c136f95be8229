/* math_test.c: the Math module (expected values recorded from ruby 3.1: ruby -e 'p <expr>'). */
#include "harness.h"

static kn_value math(void) { return kn_const_get(kn_cObject, SYM("Math")); }
#define CALL2(recv, name, a, b) kn_send((recv), SYM(name), 2, (kn_value[]){(a), (b)}, KN_NIL)

int main(int argc, char **argv) {
  kn_init(argc, argv, "math_test.c");
  CHECK_INSPECT(kn_const_get(math(), SYM("PI")), "3.141592653589793");
  CHECK_INSPECT(kn_const_get(math(), SYM("E")), "2.718281828459045");
  CHECK_INSPECT(CALL1(math(), "sqrt", I(16)), "4.0");                        /* Math.sqrt(16) */
  CHECK_INSPECT(CALL1(math(), "sqrt", kn_int_pow(I(10), I(40))), "1.0e+20"); /* Math.sqrt(10**40) */
  CHECK_INSPECT(CALL1(math(), "cbrt", I(27)), "3.0");                        /* Math.cbrt(27) */
  CHECK_INSPECT(CALL2(math(), "log", I(8), I(2)), "3.0");                    /* Math.log(8, 2) */
  CHECK_INSPECT(CALL1(math(), "log", I(0)), "-Infinity");                    /* Math.log(0) */
  CHECK_INSPECT(CALL2(math(), "hypot", I(3), I(4)), "5.0");                  /* Math.hypot(3, 4) */
  CHECK_INSPECT(CALL2(math(), "atan2", I(1), I(1)), "0.7853981633974483");   /* Math.atan2(1, 1) */
  CHECK_INSPECT(CALL1(math(), "sin", F(0.5)), "0.479425538604203");          /* Math.sin(0.5) */
  CHECK_INSPECT(CALL1(math(), "exp", I(1)), "2.718281828459045");            /* Math.exp(1) */
  CHECK_RAISES(CALL1(math(), "sqrt", I(-1)), kn_eMathDomainError, "Numerical argument is out of domain - sqrt");
  CHECK_RAISES(CALL1(math(), "log", I(-1)), kn_eMathDomainError, "Numerical argument is out of domain - log");
  CHECK_RAISES(CALL1(math(), "acos", I(2)), kn_eMathDomainError, "Numerical argument is out of domain - acos");
  CHECK_RAISES(CALL1(math(), "sqrt", STR("x")), kn_eTypeError, "can't convert String into Float");
  CHECK_RAISES(CALL1(math(), "sqrt", KN_NIL), kn_eTypeError, "can't convert nil into Float");
  return kn_test_finish();
}
