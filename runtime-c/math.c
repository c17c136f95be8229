/* math.c: the Math module: constants and functions over Float, with Ruby's domain errors. */
#include "internal.h"
#include <math.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* An argument as a double: Integer and Float convert, anything else is a TypeError. */
static double arg_f(kn_value v) {
  if (KN_FIXNUM_P(v) || KN_FLONUM_P(v) || KN_TYPE_P(v, KN_T_FLOAT) || KN_TYPE_P(v, KN_T_BIGNUM)) return kn_num2dbl(v);
  if (v == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert nil into Float");
  kn_raise_fmt(kn_eTypeError, "can't convert %s into Float", kn_class_name(kn_real_class(v)));
}

static _Noreturn void domain_error(const char *fn) {
  kn_raise_fmt(kn_eMathDomainError, "Numerical argument is out of domain - %s", fn);
}

#define MATH1(name, expr)                                  \
  static kn_value math_##name(ARGS) {                      \
    double x = arg_f(argv[0]);                             \
    return kn_float_new(expr);                             \
  }

MATH1(sin, sin(x))
MATH1(cos, cos(x))
MATH1(tan, tan(x))
MATH1(atan, atan(x))
MATH1(sinh, sinh(x))
MATH1(cosh, cosh(x))
MATH1(tanh, tanh(x))
MATH1(asinh, asinh(x))
MATH1(exp, exp(x))
MATH1(erf, erf(x))
MATH1(erfc, erfc(x))

/* Functions defined on part of the line raise DomainError outside it. */
#define MATH1_DOMAIN(name, bad, expr)                      \
  static kn_value math_##name(ARGS) {                      \
    double x = arg_f(argv[0]);                             \
    if (bad) domain_error(#name);                          \
    return kn_float_new(expr);                             \
  }

MATH1_DOMAIN(sqrt, x < 0, x == 0 ? 0.0 : sqrt(x))
MATH1_DOMAIN(asin, x < -1 || x > 1, asin(x))
MATH1_DOMAIN(acos, x < -1 || x > 1, acos(x))
MATH1_DOMAIN(acosh, x < 1, acosh(x))
MATH1_DOMAIN(atanh, x < -1 || x > 1, atanh(x))
MATH1_DOMAIN(log2, x < 0, log2(x))
MATH1_DOMAIN(log10, x < 0, log10(x))

static kn_value math_log(ARGS) {
  double x = arg_f(argv[0]);
  if (x < 0) domain_error("log");
  double r = log(x);
  if (argc > 1) {
    double base = arg_f(argv[1]);
    if (base < 0) domain_error("log");
    r /= log(base);
  }
  return kn_float_new(r);
}

/* glibc's cbrt can be off by an ulp (cbrt(27.0) != 3.0); one Newton step, as CRuby takes. */
static kn_value math_cbrt(ARGS) {
  double x = arg_f(argv[0]);
  double r = cbrt(x);
  if (isfinite(r) && !(x == 0.0 && r == 0.0)) r = (2.0 * r + (x / r / r)) / 3.0;
  return kn_float_new(r);
}

static kn_value math_atan2(ARGS) { return kn_float_new(atan2(arg_f(argv[0]), arg_f(argv[1]))); }
static kn_value math_hypot(ARGS) { return kn_float_new(hypot(arg_f(argv[0]), arg_f(argv[1]))); }

static kn_value math_ldexp(ARGS) { return kn_float_new(ldexp(arg_f(argv[0]), (int)kn_num2long(argv[1]))); }

static kn_value math_frexp(ARGS) {
  int e;
  double m = frexp(arg_f(argv[0]), &e);
  kn_value pair[2] = {kn_float_new(m), KN_INT2FIX(e)};
  return kn_ary_new_from(2, pair);
}

static kn_value math_gamma(ARGS) {
  double x = arg_f(argv[0]);
  if (x < 0 && x == floor(x)) domain_error("gamma");
  return kn_float_new(tgamma(x));
}

static const kn_method_def math_functions[] = {
  {"sqrt", math_sqrt, 1, 1},   {"cbrt", math_cbrt, 1, 1},   {"sin", math_sin, 1, 1},
  {"cos", math_cos, 1, 1},     {"tan", math_tan, 1, 1},     {"asin", math_asin, 1, 1},
  {"acos", math_acos, 1, 1},   {"atan", math_atan, 1, 1},   {"atan2", math_atan2, 2, 2},
  {"sinh", math_sinh, 1, 1},   {"cosh", math_cosh, 1, 1},   {"tanh", math_tanh, 1, 1},
  {"asinh", math_asinh, 1, 1}, {"acosh", math_acosh, 1, 1}, {"atanh", math_atanh, 1, 1},
  {"exp", math_exp, 1, 1},     {"log", math_log, 1, 2},     {"log2", math_log2, 1, 1},
  {"log10", math_log10, 1, 1}, {"hypot", math_hypot, 2, 2}, {"erf", math_erf, 1, 1},
  {"erfc", math_erfc, 1, 1},   {"gamma", math_gamma, 1, 1}, {"ldexp", math_ldexp, 2, 2},
  {"frexp", math_frexp, 1, 1}, {NULL, NULL, 0, 0},
};

void kn_init_math(void) {
  kn_const_set(kn_mMath, kn_intern("PI"), kn_float_new(M_PI));
  kn_const_set(kn_mMath, kn_intern("E"), kn_float_new(M_E));
  kn_define_module_functions(kn_mMath, math_functions);
}
