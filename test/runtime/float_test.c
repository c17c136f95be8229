/* float_test.c: flonum encoding, Float#to_s exactly as ruby prints, arithmetic and rounding (expected values recorded from ruby 3.1). */
#include "harness.h"
#include <math.h>

static kn_value kw(const char *k, kn_value v) {
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SYM(k), v);
  KN_HDR(h)->flags |= KN_FL_KWARGS;
  return h;
}

#define CASE(expr, want) CHECK_INSPECT(expr, want)

/* Float#to_s of each value, recorded with: ruby -e 'p <value>' */
static const struct {
  double d;
  const char *want;
} to_s_cases[] = {
  {0.1+0.2, "0.30000000000000004"},
  {1e16, "1.0e+16"},
  {1e15, "1.0e+15"},
  {123456789012345.6, "123456789012345.6"},
  {1e-5, "1.0e-05"},
  {5e-324, "5.0e-324"},
  {1.7976931348623157e308, "1.7976931348623157e+308"},
  {-0.0, "-0.0"},
  {0.0, "0.0"},
  {100.0, "100.0"},
  {1.0, "1.0"},
  {1e20, "1.0e+20"},
  {1e-4, "0.0001"},
  {0.0001234, "0.0001234"},
  {1234567.0, "1234567.0"},
  {9007199254740993.0, "9.007199254740992e+15"},
  {2.5, "2.5"},
  {-1.5e-10, "-1.5e-10"},
  {1.0/3, "0.3333333333333333"},
  {2.0/3, "0.6666666666666666"},
  {1e22, "1.0e+22"},
  {1e23, "1.0e+23"},
  {123e18, "1.23e+20"},
  {0.1, "0.1"},
  {0.5, "0.5"},
  {12345678901234567.0, "1.2345678901234568e+16"},
  {4.35, "4.35"},
  {1e100, "1.0e+100"},
  {3.0e-5, "3.0e-05"},
  {HUGE_VAL, "Infinity"},
  {-HUGE_VAL, "-Infinity"},
  {NAN, "NaN"},
  {9999999999999998.0, "9.999999999999998e+15"},
  {0.30000000000000004, "0.30000000000000004"},
  {1.1, "1.1"},
  {2.2e-308, "2.2e-308"},
  {100.0/3, "33.333333333333336"},
};

static void test_flonum_roundtrip(void) {
  double vals[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1e-300, 1e300, 5e-324, 1.7976931348623157e308, 1e-77, 1.72723e-77,
                   3.0e-77, 1e77, HUGE_VAL, -HUGE_VAL, 2.5, 123456.789};
  for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
    kn_value v = F(vals[i]);
    double back = kn_float_value(v);
    CHECK(memcmp(&back, &vals[i], sizeof back) == 0);
    CHECK(KN_FLOAT_P(v));
    CHECK(kn_class_of(v) == KN_CLASS(kn_cFloat));
  }
  CHECK(KN_FLONUM_P(F(1.0)));
  CHECK(KN_FLONUM_P(F(0.0)));
  CHECK(!KN_FLONUM_P(F(-0.0))); /* only +0.0 has its own flonum pattern */
  CHECK(!KN_FLONUM_P(F(1e-300)));
  CHECK(isnan(kn_float_value(F(NAN))));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "float_test.c");
  test_flonum_roundtrip();
  for (size_t i = 0; i < sizeof to_s_cases / sizeof to_s_cases[0]; i++) {
    CHECK_STR(kn_float_to_s(to_s_cases[i].d), to_s_cases[i].want);
    CHECK_INSPECT(F(to_s_cases[i].d), to_s_cases[i].want);
  }
  CASE(CALL1(F(7.0), "%", I(3)), "1.0"); /* 7.0 % 3 */
  CASE(CALL1(F(-7.0), "%", I(3)), "2.0"); /* -7.0 % 3 */
  CASE(CALL1(F(7.0), "%", I(-3)), "-2.0"); /* 7.0 % -3 */
  CASE(CALL1(F(7.5), "divmod", I(2)), "[3, 1.5]"); /* 7.5.divmod(2) */
  CASE(CALL1(F(-7.5), "divmod", I(2)), "[-4, 0.5]"); /* (-7.5).divmod(2) */
  CASE(CALL0(F(2.5), "round"), "3"); /* 2.5.round */
  CASE(CALL0(F(3.5), "round"), "4"); /* 3.5.round */
  CASE(CALL0(F(-2.5), "round"), "-3"); /* (-2.5).round */
  CASE(CALL1(F(2.5), "round", kw("half", SYM("even"))), "2"); /* 2.5.round(half: :even) */
  CASE(CALL1(F(3.5), "round", kw("half", SYM("even"))), "4"); /* 3.5.round(half: :even) */
  CASE(CALL1(F(2.5), "round", kw("half", SYM("down"))), "2"); /* 2.5.round(half: :down) */
  CASE(CALL1(F(1.15), "round", I(1)), "1.2"); /* 1.15.round(1) */
  CASE(CALL1(F(1.005), "round", I(2)), "1.01"); /* 1.005.round(2) */
  CASE(CALL1(F(12345.6), "round", I(-2)), "12300"); /* 12345.6.round(-2) */
  CASE(CALL1(F(15.0), "round", I(-1)), "20"); /* 15.0.round(-1) */
  CASE(CALL1(F(25.0), "round", I(-1)), "30"); /* 25.0.round(-1) */
  CASE(CALL1(F(1.23456), "floor", I(2)), "1.23"); /* 1.23456.floor(2) */
  CASE(CALL1(F(1.23456), "ceil", I(2)), "1.24"); /* 1.23456.ceil(2) */
  CASE(CALL1(F(-1.23456), "floor", I(2)), "-1.24"); /* (-1.23456).floor(2) */
  CASE(CALL1(F(10.0), "floor", I(-1)), "10"); /* 10.0.floor(-1) */
  CASE(CALL1(F(1.5), "floor", I(-1)), "0"); /* 1.5.floor(-1) */
  CASE(CALL1(F(1e300), "round", I(2)), "1.0e+300"); /* 1e300.round(2) */
  CASE(CALL1(F(0.1), "round", I(20)), "0.1"); /* 0.1.round(20) */
  CASE(CALL1(F(0.0), "round", I(2)), "0.0"); /* 0.0.round(2) */
  CASE(CALL0(F(0.0), "round"), "0"); /* 0.0.round */
  CASE(CALL0(F(3.7), "to_i"), "3"); /* 3.7.to_i */
  CASE(CALL0(F(-3.7), "to_i"), "-3"); /* (-3.7).to_i */
  CASE(CALL1(F(3.14), "truncate", I(1)), "3.1"); /* 3.14.truncate(1) */
  CASE(CALL1(F(2.0), "**", F(0.5)), "1.4142135623730951"); /* 2.0**0.5 */
  CASE(CALL1(F(10.0), "**", I(-2)), "0.01"); /* 10.0**-2 */
  CASE(CALL0(F(1180591620717411303424.0), "to_i"), "1180591620717411303424"); /* (2.0**70).to_i */
  CASE(CALL0(F(1e16), "to_i"), "10000000000000000"); /* 1e16.to_i */
  CASE(CALL0(F(3.7), "floor"), "3"); /* 3.7.floor */
  CASE(CALL0(F(-3.2), "ceil"), "-3"); /* -3.2.ceil */
  CASE(CALL1(F(1.0), "eql?", I(1)), "false"); /* 1.0.eql?(1) */
  CASE(CALL1(F(1.0), "==", I(1)), "true"); /* 1.0 == 1 */
  CASE(CALL0(F(-0.0), "abs"), "0.0"); /* (-0.0).abs */
  CASE(CALL0(F(1.0/0.0), "infinite?"), "1"); /* (1.0/0).infinite? */
  CASE(CALL0(F(-1.0/0.0), "infinite?"), "-1"); /* (-1.0/0).infinite? */
  CASE(CALL0(F(1.0), "infinite?"), "nil"); /* 1.0.infinite? */
  CASE(CALL1(F(1.0/0.0), ">", kn_int_pow(I(10), I(400))), "true"); /* 1.0/0 > 10**400 */
  CASE(CALL1(F(1.0), "<=>", I(2)), "-1"); /* 1.0 <=> 2 */
  CASE(CALL1(I(2), "<=>", F(1.5)), "1"); /* 2 <=> 1.5 */
  CASE(CALL1(F(0.0/0.0), "<=>", F(1.0)), "nil"); /* (0.0/0) <=> 1.0 */
  CASE(CALL1(kn_int_pow(I(10), I(20)), "==", F(1e20)), "true"); /* 10**20 == 1e20 */
  CASE(CALL1(kn_int_pow(I(2), I(53)), "+", F(1.0)), "9.007199254740992e+15"); /* 2**53 + 1.0 */
  CASE(CALL0(kn_int_pow(I(2), I(64)), "to_f"), "1.8446744073709552e+19"); /* (2**64).to_f */
  CASE(CALL1(F(7.0), "fdiv", I(2)), "3.5"); /* 7.0.fdiv(2) */
  CASE(CALL1(F(3.0), "div", I(2)), "1"); /* 3.0.div(2) */
  CASE(CALL1(F(1.0), "/", I(0)), "Infinity"); /* 1.0 / 0 */
  CASE(CALL1(F(-1.0), "/", F(0.0)), "-Infinity"); /* -1.0 / 0.0 */
  CASE(CALL1(I(1), "/", F(0.0)), "Infinity"); /* 1 / 0.0 */
  CASE(CALL1(I(3), "+", F(0.5)), "3.5"); /* 3 + 0.5 */
  CASE(CALL1(I(7), "%", F(2.5)), "2.0"); /* 7 % 2.5 */
  CASE(CALL1(I(1), "fdiv", I(3)), "0.3333333333333333"); /* 1.fdiv(3) */
  CASE(CALL1(kn_int_pow(I(10), I(30)), "fdiv", kn_int_pow(I(10), I(29))), "10.0"); /* (10**30).fdiv(10**29) */
  CASE(CALL1(F(1e308), "*", I(10)), "Infinity"); /* 1e308 * 10 */
  CASE(CALL0(F(4.35), "to_s"), "\"4.35\""); /* 4.35.to_s */
  CASE(CALL1(F(2.675), "round", I(2)), "2.68"); /* 2.675.round(2) */
  CASE(CALL1(F(0.5), "round", kw("half", SYM("even"))), "0"); /* 0.5.round(half: :even) */
  CASE(CALL1(F(-1.5), "round", kw("half", SYM("even"))), "-2"); /* (-1.5).round(half: :even) */
  CHECK_RAISES(CALL0(F(0.0/0.0), "to_i"), kn_eFloatDomainError, "NaN");  /* (0.0/0).to_i */
  CHECK_RAISES(CALL0(F(1.0/0.0), "to_i"), kn_eFloatDomainError, "Infinity");  /* (1.0/0).to_i */
  CHECK_RAISES(CALL0(F(-1.0/0.0), "round"), kn_eFloatDomainError, "-Infinity");  /* (-1.0/0).round */
  CHECK_RAISES(CALL1(F(1.0), "%", F(0.0)), kn_eZeroDivisionError, "divided by 0");  /* 1.0 % 0.0 */
  CHECK_RAISES(CALL1(F(1.0), "divmod", I(0)), kn_eZeroDivisionError, "divided by 0");  /* 1.0.divmod(0) */
  CHECK_RAISES(CALL1(F(1.0), "+", KN_NIL), kn_eTypeError, "nil can't be coerced into Float");  /* 1.0 + nil */
  CHECK_RAISES(CALL1(F(1.0), "<", STR("a")), kn_eArgumentError, "comparison of Float with String failed");  /* 1.0 < "a" */
  CHECK_RAISES(CALL1(F(1.0), "*", STR("a")), kn_eTypeError, "String can't be coerced into Float");  /* 1.0 * "a" */
  /* <=> with a Rational coerces (so max/sort mix them); with a non-Numeric it is nil */
  kn_value three_halves = CALL1(I(3), "quo", I(2));
  CHECK_INSPECT(CALL1(F(1.5), "<=>", three_halves), "0");
  CHECK_INSPECT(CALL1(F(2.5), "<=>", three_halves), "1");
  CHECK_INSPECT(CALL0(kn_ary_new_from(2, (kn_value[]){F(1.25), three_halves}), "max"), "(3/2)");
  CHECK_INSPECT(CALL1(F(1.0), "<=>", STR("a")), "nil");
  /* remainder: the sign of the receiver (Numeric#remainder) */
  CHECK_INSPECT(CALL1(F(-7.5), "remainder", I(2)), "-1.5");
  CHECK_INSPECT(CALL1(F(7.5), "remainder", I(-2)), "1.5");
  CHECK_INSPECT(CALL1(F(-5.0), "remainder", F(1.0 / 0.0)), "-5.0");
  CHECK_INSPECT(CALL1(F(0.0 / 0.0), "remainder", I(1)), "NaN");
  CHECK_RAISES(CALL1(F(5.0), "remainder", I(0)), kn_eZeroDivisionError, "divided by 0");
  return kn_test_finish();
}
