/* rational_test.c: Rational; expectations from ruby 3.1. */
#include "harness.h"

#define RAT(a, b) kn_send_self(kn_top_self, SYM("Rational"), 2, (kn_value[]){(a), (b)}, KN_NIL)

int main(int argc, char **argv) {
  kn_init(argc, argv, "rational_test.c");
  CHECK_INSPECT(kn_int_pow(I(2), I(-1)), "(1/2)");
  CHECK_STR(kn_obj_to_s(kn_int_pow(I(2), I(-1))), "1/2");
  CHECK_INSPECT(kn_int_pow(I(-2), I(-3)), "(-1/8)");
  kn_value r = RAT(I(1), I(3));
  CHECK_INSPECT(RAT(I(2), I(4)), "(1/2)");
  CHECK_INSPECT(RAT(I(1), I(-2)), "(-1/2)");
  CHECK_INSPECT(kn_op_plus(r, I(1)), "(4/3)");
  CHECK_INSPECT(kn_op_plus(I(1), r), "(4/3)");
  CHECK_INSPECT(kn_op_mul(r, I(3)), "(1/1)");
  CHECK_INSPECT(kn_op_div(I(2), r), "(6/1)");
  CHECK_INSPECT(CALL1(r, "**", I(-2)), "(9/1)");
  CHECK_INSPECT(kn_op_plus(r, kn_float_new(0.5)), "0.8333333333333333");
  CHECK(kn_op_lt(r, I(1)) == KN_TRUE);
  CHECK(kn_op_eq(r, RAT(I(2), I(6))) == KN_TRUE);
  CHECK_INSPECT(CALL0(r, "to_f"), "0.3333333333333333");
  CHECK_INSPECT(CALL0(kn_float_new(0.1), "to_r"), "(3602879701896397/36028797018963968)");
  CHECK_INSPECT(CALL0(I(3), "to_r"), "(3/1)");
  CHECK_INSPECT(CALL0(RAT(I(-7), I(2)), "round"), "-4");
  CHECK_INSPECT(CALL1(RAT(I(22), I(7)), "round", I(2)), "(157/50)");
  CHECK_INSPECT(CALL0(kn_ary_new_from(3, (kn_value[]){r, r, r}), "sum"), "(1/1)");
  CHECK_INSPECT(CALL1(I(7), "quo", I(2)), "(7/2)");
  CHECK_RAISES(RAT(I(1), I(0)), kn_eZeroDivisionError, "divided by 0");
  kn_value h = kn_hash_new();
  kn_hash_aset(h, RAT(I(1), I(2)), I(1));
  CHECK_INSPECT(kn_hash_aref(h, RAT(I(2), I(4))), "1");
  CHECK_INSPECT(CALL1(F(1.333), "rationalize", F(0.01)), "(4/3)"); /* 1.333.rationalize(0.01) */
  CHECK_INSPECT(CALL0(F(0.3), "rationalize"), "(3/10)"); /* 0.3.rationalize */
  CHECK_INSPECT(CALL0(STR("1.05"), "to_r"), "(21/20)"); /* "1.05".to_r */
  return kn_test_finish();
}
