/* complex_test.c: Complex; expectations from ruby 3.1. */
#include "harness.h"

#define CPX(a, b) kn_send_self(kn_top_self, SYM("Complex"), 2, (kn_value[]){(a), (b)}, KN_NIL)

int main(int argc, char **argv) {
  kn_init(argc, argv, "complex_test.c");
  kn_value z = CPX(I(3), I(4)), w = CPX(I(1), I(-2));
  CHECK_INSPECT(z, "(3+4i)");
  CHECK_STR(kn_obj_to_s(w), "1-2i");
  CHECK_INSPECT(kn_op_plus(z, w), "(4+2i)");
  CHECK_INSPECT(kn_op_mul(z, w), "(11-2i)");
  CHECK_INSPECT(kn_op_div(z, w), "(-1+2i)");
  CHECK_INSPECT(kn_op_div(CPX(I(1), I(2)), I(2)), "((1/2)+1i)");
  CHECK_STR(kn_obj_to_s(kn_op_div(CPX(I(1), I(2)), I(2))), "1/2+1i");
  CHECK_INSPECT(CALL1(CPX(I(1), I(2)), "**", I(-1)), "((1/5)-(2/5)*i)");
  CHECK_INSPECT(CALL1(z, "**", I(2)), "(-7+24i)");
  CHECK_INSPECT(kn_op_plus(I(1), z), "(4+4i)");      /* Integer#+ via coerce */
  CHECK_INSPECT(kn_op_mul(F(1.5), w), "(1.5-3.0i)"); /* Float#* via coerce */
  CHECK_INSPECT(CALL0(z, "abs"), "5.0");
  CHECK_INSPECT(CALL0(z, "abs2"), "25");
  CHECK_INSPECT(CALL0(z, "conjugate"), "(3-4i)");
  CHECK_INSPECT(CALL0(z, "rectangular"), "[3, 4]");
  CHECK_INSPECT(CPX(F(0.0), F(-0.0)), "(0.0-0.0i)");
  CHECK(kn_op_eq(CPX(I(5), I(0)), I(5)) == KN_TRUE);
  CHECK(kn_op_eq(z, I(3)) == KN_FALSE);
  CHECK_INSPECT(kn_send_self(kn_top_self, SYM("Complex"), 1, (kn_value[]){STR("3-4.5i")}, KN_NIL), "(3-4.5i)");
  CHECK_INSPECT(CALL0(STR("2i"), "to_c"), "(0+2i)");
  CHECK_INSPECT(CALL0(I(7), "to_c"), "(7+0i)");
  CHECK_RAISES(kn_send_self(kn_top_self, SYM("Complex"), 1, (kn_value[]){STR("1+2ix")}, KN_NIL), kn_eArgumentError,
               "invalid value for convert(): \"1+2ix\"");
  kn_value h = kn_hash_new();
  kn_hash_aset(h, CPX(I(1), I(2)), I(1));
  CHECK_INSPECT(kn_hash_aref(h, CPX(I(1), I(2))), "1");
  CHECK_INSPECT(kn_hash_aref(h, CPX(F(1.0), I(2))), "nil"); /* eql? compares part classes */
  return kn_test_finish();
}
