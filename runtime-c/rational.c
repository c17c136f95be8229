/* rational.c: Rational (Kernel#Rational, Integer#** with a negative exponent, to_r), exact over GMP. */
#include "internal.h"
#include <ctype.h>
#include <math.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value kn_cRational;

/* Always normalized: den > 0, gcd(num, den) == 1.  Immutable. */
typedef struct kn_rational {
  kn_header h;
  kn_value num, den; /* Integers */
} kn_rational;
#define RAT(v) ((kn_rational *)(v))

bool kn_rational_p(kn_value v) { return KN_TYPE_P(v, KN_T_DATA) && KN_HDR(v)->klass == KN_CLASS(kn_cRational); }

static kn_value rat_raw(kn_value num, kn_value den) {
  kn_rational *r = kn_alloc(sizeof *r);
  r->h.klass = KN_CLASS(kn_cRational);
  r->h.type = KN_T_DATA;
  r->h.flags = KN_FL_FROZEN;
  r->num = num;
  r->den = den;
  return (kn_value)r;
}

/* num/den reduced; ZeroDivisionError for a zero den. */
kn_value kn_rational_new(kn_value num, kn_value den) {
  mpz_t n, d, g;
  mpz_inits(n, d, g, NULL);
  kn_int_to_mpz(num, n);
  kn_int_to_mpz(den, d);
  if (mpz_sgn(d) == 0) {
    mpz_clears(n, d, g, NULL);
    kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
  }
  if (mpz_sgn(d) < 0) {
    mpz_neg(n, n);
    mpz_neg(d, d);
  }
  mpz_gcd(g, n, d);
  if (mpz_cmp_ui(g, 1) > 0) {
    mpz_divexact(n, n, g);
    mpz_divexact(d, d, g);
  }
  kn_value r = rat_raw(kn_big_norm(n), kn_big_norm(d));
  mpz_clears(n, d, g, NULL);
  return r;
}

/* A Float exactly: mantissa * 2**exp. */
static kn_value float_to_r(double x) {
  if (isnan(x) || isinf(x)) kn_raise_fmt(kn_eFloatDomainError, "%s", isnan(x) ? "NaN" : x < 0 ? "-Infinity" : "Infinity");
  int e;
  double m = frexp(x, &e);
  /* m * 2**53 is an integer */
  int64_t mi = (int64_t)ldexp(m, 53);
  e -= 53;
  kn_value num = kn_int_new(mi), den = KN_INT2FIX(1);
  if (e > 0) num = kn_int_lshift(num, e);
  else if (e < 0) den = kn_int_lshift(KN_INT2FIX(1), -e);
  return kn_rational_new(num, den);
}

/* Integer, Rational or Float (exact) as a Rational; other values: KN_UNDEF. */
static kn_value to_rat(kn_value v) {
  if (kn_rational_p(v)) return v;
  if (KN_INTEGER_P(v)) return rat_raw(v, KN_INT2FIX(1));
  return KN_UNDEF;
}

static kn_value rat_add_sub(kn_value a, kn_value b, bool sub) {
  kn_value an = RAT(a)->num, ad = RAT(a)->den, bn = RAT(b)->num, bd = RAT(b)->den;
  kn_value x = kn_int_mul(an, bd), y = kn_int_mul(bn, ad);
  return kn_rational_new(sub ? kn_int_minus(x, y) : kn_int_plus(x, y), kn_int_mul(ad, bd));
}

/* Numerator and denominator that doubles hold exactly divide correctly
 * rounded, as in ruby (mpq_get_d truncates: 5/3 gave 1.6666666666666665). */
static double rat_to_dbl(kn_value r) {
  kn_value num = RAT(r)->num, den = RAT(r)->den;
  const int64_t exact = (int64_t)1 << 53;
  if (KN_FIXNUM_P(num) && KN_FIXNUM_P(den) && KN_FIX2INT(num) <= exact && -exact <= KN_FIX2INT(num) &&
      KN_FIX2INT(den) <= exact)
    return (double)KN_FIX2INT(num) / (double)KN_FIX2INT(den);
  mpq_t q;
  mpq_init(q);
  kn_int_to_mpz(RAT(r)->num, mpq_numref(q));
  kn_int_to_mpz(RAT(r)->den, mpq_denref(q));
  double d = mpq_get_d(q);
  mpq_clear(q);
  return d;
}

static kn_value rat_binop(kn_value self, kn_value o, char op) {
  if (KN_FLOAT_P(o)) {
    double a = rat_to_dbl(self), b = kn_float_value(o);
    switch (op) {
    case '+': return kn_float_new(a + b);
    case '-': return kn_float_new(a - b);
    case '*': return kn_float_new(a * b);
    default: return kn_float_new(a / b);
    }
  }
  kn_value b = to_rat(o);
  const char name[2] = {op, 0};
  if (b == KN_UNDEF) return kn_num_coerce_bin(self, o, name);
  switch (op) {
  case '+': return rat_add_sub(self, b, false);
  case '-': return rat_add_sub(self, b, true);
  case '*': return kn_rational_new(kn_int_mul(RAT(self)->num, RAT(b)->num), kn_int_mul(RAT(self)->den, RAT(b)->den));
  default:
    if (RAT(b)->num == KN_INT2FIX(0)) kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
    return kn_rational_new(kn_int_mul(RAT(self)->num, RAT(b)->den), kn_int_mul(RAT(self)->den, RAT(b)->num));
  }
}
static kn_value rat_plus(ARGS) { return rat_binop(self, argv[0], '+'); }
static kn_value rat_minus(ARGS) { return rat_binop(self, argv[0], '-'); }
static kn_value rat_mul(ARGS) { return rat_binop(self, argv[0], '*'); }
static kn_value rat_div(ARGS) { return rat_binop(self, argv[0], '/'); }
static kn_value rat_uminus(ARGS) { return rat_raw(kn_int_minus(KN_INT2FIX(0), RAT(self)->num), RAT(self)->den); }

static kn_value rat_pow(ARGS) {
  kn_value e = argv[0];
  if (KN_INTEGER_P(e)) {
    if (KN_TEST(kn_op_ge(e, KN_INT2FIX(0))))
      return kn_rational_new(kn_int_pow(RAT(self)->num, e), kn_int_pow(RAT(self)->den, e));
    kn_value ne = kn_int_minus(KN_INT2FIX(0), e);
    if (RAT(self)->num == KN_INT2FIX(0)) kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
    return kn_rational_new(kn_int_pow(RAT(self)->den, ne), kn_int_pow(RAT(self)->num, ne));
  }
  if (KN_FLOAT_P(e)) return kn_float_new(pow(rat_to_dbl(self), kn_float_value(e)));
  if (kn_rational_p(e)) {
    if (RAT(e)->den == KN_INT2FIX(1)) return rat_pow(self, 1, &RAT(e)->num, KN_NIL);
    return kn_float_new(pow(rat_to_dbl(self), rat_to_dbl(e)));
  }
  return kn_num_coerce_bin(self, e, "**");
}

/* <=>: nil for non-numbers */
static kn_value rat_cmp_v(kn_value self, kn_value o) {
  if (KN_FLOAT_P(o)) {
    double a = rat_to_dbl(self), b = kn_float_value(o);
    if (isnan(b)) return KN_NIL;
    return KN_INT2FIX(a < b ? -1 : a > b ? 1 : 0);
  }
  kn_value b = to_rat(o);
  if (b == KN_UNDEF) return KN_NIL;
  return kn_int_cmp(kn_int_mul(RAT(self)->num, RAT(b)->den), kn_int_mul(RAT(b)->num, RAT(self)->den));
}
static kn_value rat_cmp(ARGS) {
  kn_value r = rat_cmp_v(self, argv[0]);
  if (r == KN_NIL && !KN_INTEGER_P(argv[0]) && !KN_FLOAT_P(argv[0]) && !kn_rational_p(argv[0]) &&
      kn_respond_to(argv[0], kn_s_coerce, false))
    return kn_num_coerce_cmp(self, argv[0], "<=>");
  return r;
}
static kn_value rat_eq(ARGS) {
  kn_value r = rat_cmp_v(self, argv[0]);
  if (r == KN_NIL) return KN_FALSE;
  return KN_BOOL(r == KN_INT2FIX(0));
}
static kn_value rat_coerce(ARGS) {
  kn_value o = argv[0];
  if (KN_INTEGER_P(o)) return kn_ary_new_from(2, (kn_value[]){rat_raw(o, KN_INT2FIX(1)), self});
  if (KN_FLOAT_P(o)) return kn_ary_new_from(2, (kn_value[]){o, kn_float_new(rat_to_dbl(self))});
  if (kn_rational_p(o)) return kn_ary_new_from(2, (kn_value[]){o, self});
  kn_raise_fmt(kn_eTypeError, "%s can't be coerced into Rational", kn_class_name(kn_real_class(o)));
}

static kn_value rat_numerator(ARGS) { return RAT(self)->num; }
static kn_value rat_denominator(ARGS) { return RAT(self)->den; }
static kn_value rat_to_f(ARGS) { return kn_float_new(rat_to_dbl(self)); }
static kn_value rat_to_r(ARGS) { return self; }
static kn_value rat_to_s(ARGS) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addv(&b, kn_int_to_s(RAT(self)->num, 10));
  kn_buf_addc(&b, '/');
  kn_buf_addv(&b, kn_int_to_s(RAT(self)->den, 10));
  return kn_buf_to_str(&b);
}
static kn_value rat_inspect(ARGS) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addc(&b, '(');
  kn_buf_addv(&b, rat_to_s(self, 0, NULL, KN_NIL));
  kn_buf_addc(&b, ')');
  return kn_buf_to_str(&b);
}
static kn_value rat_hash(ARGS) {
  return KN_INT2FIX((int64_t)(kn_hash_mix(kn_hash_of(RAT(self)->num), kn_hash_of(RAT(self)->den)) >> 2));
}
static kn_value rat_eql(ARGS) {
  return KN_BOOL(kn_rational_p(argv[0]) && kn_int_equal(RAT(self)->num, RAT(argv[0])->num) &&
                 kn_int_equal(RAT(self)->den, RAT(argv[0])->den));
}
static kn_value rat_zero_p(ARGS) { return KN_BOOL(RAT(self)->num == KN_INT2FIX(0)); }
static kn_value rat_negative_p(ARGS) { return kn_op_lt(RAT(self)->num, KN_INT2FIX(0)); }
static kn_value rat_positive_p(ARGS) { return kn_op_gt(RAT(self)->num, KN_INT2FIX(0)); }
static kn_value rat_abs(ARGS) {
  return KN_TEST(kn_op_lt(RAT(self)->num, KN_INT2FIX(0))) ? rat_uminus(self, 0, NULL, KN_NIL) : self;
}
static kn_value rat_integer_p(ARGS) { return KN_FALSE; }

/* Rounding: mode 'f' floor, 'c' ceil, 't' truncate, 'r' round half away from zero */
static kn_value rat_round_int(kn_value self, char mode) {
  mpz_t n, d, q;
  mpz_inits(n, d, q, NULL);
  kn_int_to_mpz(RAT(self)->num, n);
  kn_int_to_mpz(RAT(self)->den, d);
  switch (mode) {
  case 'f': mpz_fdiv_q(q, n, d); break;
  case 'c': mpz_cdiv_q(q, n, d); break;
  case 't': mpz_tdiv_q(q, n, d); break;
  default: { /* (2n + d) / 2d floored, mirrored for negatives */
    bool neg = mpz_sgn(n) < 0;
    if (neg) mpz_neg(n, n);
    mpz_mul_2exp(n, n, 1);
    mpz_add(n, n, d);
    mpz_mul_2exp(d, d, 1);
    mpz_fdiv_q(q, n, d);
    if (neg) mpz_neg(q, q);
  }
  }
  kn_value r = kn_big_norm(q);
  mpz_clears(n, d, q, NULL);
  return r;
}
/* With digits: (self * 10**k).round / 10**k as a Rational */
static kn_value rat_round_mode(kn_value self, int argc, const kn_value *argv, char mode) {
  int64_t k = argc > 0 && KN_INTEGER_P(argv[0]) ? kn_num2long(argv[0]) : 0;
  if (argc == 0 || !KN_INTEGER_P(argv[0])) return rat_round_int(self, mode);
  kn_value s = kn_int_pow(KN_INT2FIX(10), kn_int_new(k < 0 ? -k : k));
  kn_value scaled = k >= 0 ? rat_binop(self, s, '*') : rat_binop(self, s, '/');
  kn_value i = rat_round_int(to_rat(scaled), mode);
  if (k > 0) return kn_rational_new(i, s);
  return kn_int_mul(i, k < 0 ? s : KN_INT2FIX(1));
}
/* divmod(other): [(self / other).floor, self - other * that], as Numeric#divmod defines it. */
/* Floor division, as ruby's Numeric#div/#modulo/#divmod define it for
 * Rationals; with a Float the receiver becomes a Float first, as in ruby. */
static kn_value rat_idiv(ARGS) {
  if (KN_FLOAT_P(argv[0])) return kn_funcall1(kn_funcall0(self, "to_f"), "div", argv[0]);
  return kn_funcall0(kn_funcall1(self, "/", argv[0]), "floor");
}

static kn_value rat_modulo(ARGS) {
  if (KN_FLOAT_P(argv[0])) return kn_funcall1(kn_funcall0(self, "to_f"), "%", argv[0]);
  return kn_funcall1(self, "-", kn_funcall1(argv[0], "*", rat_idiv(self, argc, argv, blk)));
}

static kn_value rat_divmod(ARGS) {
  if (KN_FLOAT_P(argv[0])) return kn_funcall1(kn_funcall0(self, "to_f"), "divmod", argv[0]);
  kn_value q = rat_idiv(self, argc, argv, blk);
  kn_value pair[2] = {q, kn_funcall1(self, "-", kn_funcall1(argv[0], "*", q))};
  return kn_ary_new_from(2, pair);
}

static kn_value rat_floor(ARGS) { return rat_round_mode(self, argc, argv, 'f'); }
static kn_value rat_ceil(ARGS) { return rat_round_mode(self, argc, argv, 'c'); }
static kn_value rat_truncate(ARGS) { return rat_round_mode(self, argc, argv, 't'); }
static kn_value rat_round(ARGS) { return rat_round_mode(self, argc, argv, 'r'); }

/* ---- rationalize: the simplest rational within a tolerance ---- */

static kn_value reciprocal(kn_value x) {
  if (KN_FLOAT_P(x)) return kn_float_new(1.0 / kn_float_value(x));
  return rat_binop(rat_raw(KN_INT2FIX(1), KN_INT2FIX(1)), x, '/');
}

/* The simplest rational p/q with a <= p/q <= b, by continued fractions
 * (CRuby's nurat_rationalize_internal). a and b may be Rationals or Floats;
 * CRuby computes in whichever they are, so results match it bit for bit. */
static kn_value simplest_between(kn_value a, kn_value b) {
  kn_value p0 = KN_INT2FIX(0), p1 = KN_INT2FIX(1), q0 = KN_INT2FIX(1), q1 = KN_INT2FIX(0), c;
  for (;;) {
    c = kn_funcall0(a, "ceil");
    if (KN_TEST(kn_op_lt(c, b))) break;
    kn_value k = kn_int_minus(c, KN_INT2FIX(1));
    kn_value p2 = kn_int_plus(kn_int_mul(k, p1), p0), q2 = kn_int_plus(kn_int_mul(k, q1), q0);
    kn_value t = reciprocal(kn_op_minus(b, k));
    b = reciprocal(kn_op_minus(a, k));
    a = t;
    p0 = p1, q0 = q1, p1 = p2, q1 = q2;
  }
  return kn_rational_new(kn_int_plus(kn_int_mul(c, p1), p0), kn_int_plus(kn_int_mul(c, q1), q0));
}

static kn_value negate_rat(kn_value r) { return rat_raw(kn_int_minus(KN_INT2FIX(0), RAT(r)->num), RAT(r)->den); }

/* A Float without a tolerance: the simplest rational that rounds to it,
 * between the midpoints to its neighbours (CRuby's rb_flt_rationalize). */
static kn_value float_rationalize_auto(double x) {
  int n;
  double m = frexp(x, &n);
  kn_value f = kn_dbl2ival(ldexp(m, 53));
  n -= 53;
  if (f == KN_INT2FIX(0) || n >= 0) return rat_raw(kn_int_lshift(f, n), KN_INT2FIX(1));
  kn_value twice = kn_int_mul(KN_INT2FIX(2), f), den = kn_int_lshift(KN_INT2FIX(1), 1 - n);
  kn_value a = kn_rational_new(kn_int_minus(twice, KN_INT2FIX(1)), den);
  kn_value b = kn_rational_new(kn_int_plus(twice, KN_INT2FIX(1)), den);
  return simplest_between(a, b);
}

static kn_value flo_rationalize(ARGS) {
  double x = kn_float_value(self);
  if (isnan(x) || isinf(x)) kn_raise_fmt(kn_eFloatDomainError, "%s", isnan(x) ? "NaN" : x < 0 ? "-Infinity" : "Infinity");
  kn_value flt = kn_float_new(fabs(x)), r;
  if (argc == 0) {
    r = float_rationalize_auto(fabs(x));
  } else {
    kn_value e = kn_funcall0(argv[0], "abs");
    kn_value a = kn_op_minus(flt, e), b = kn_op_plus(flt, e);
    r = KN_TEST(kn_op_eq(a, b)) ? float_to_r(fabs(x)) : simplest_between(a, b);
  }
  return x < 0 ? negate_rat(r) : r;
}

static kn_value rat_rationalize(ARGS) {
  if (argc == 0) return self;
  kn_value e = kn_funcall0(argv[0], "abs");
  bool neg = KN_TEST(kn_op_lt(RAT(self)->num, KN_INT2FIX(0)));
  kn_value rat = neg ? negate_rat(self) : self;
  kn_value a = e == KN_INT2FIX(0) ? rat : kn_op_minus(rat, e), b = e == KN_INT2FIX(0) ? rat : kn_op_plus(rat, e);
  if (KN_TEST(kn_op_eq(a, b))) return self;
  kn_value r = simplest_between(a, b);
  return neg ? negate_rat(r) : r;
}

/* ---- String#to_r: the leading rational, lenient (CRuby's parse_rat) ---- */

/* Decimal digits with single underscores between them at *sp; false when
 * there are none. *ndigits counts the digits. */
static bool read_digits(const char **sp, const char *e, kn_value *out, int64_t *ndigits) {
  const char *p = *sp;
  if (p >= e || *p < '0' || *p > '9') return false;
  kn_buf b;
  kn_buf_init(&b);
  while (p < e) {
    if (*p >= '0' && *p <= '9') kn_buf_addc(&b, *p++);
    else if (*p == '_' && p + 1 < e && p[1] >= '0' && p[1] <= '9') p++;
    else break;
  }
  kn_buf_addc(&b, 0);
  *out = kn_int_from_str(b.ptr, 10);
  *ndigits = (int64_t)b.len - 1;
  *sp = p;
  return true;
}

/* digits[.digits][e[sign]digits] as num / 10**nexp; false when nothing numeric starts here */
static bool read_num(const char **sp, const char *e, kn_value *num, int64_t *nexp) {
  kn_value fp;
  int64_t count = 0, fn = 0;
  bool ok = false;
  *num = KN_INT2FIX(0);
  *nexp = 0;
  if (*sp < e && **sp != '.') {
    if (!read_digits(sp, e, num, &count)) return false;
    ok = true;
  }
  if (*sp < e && **sp == '.') {
    (*sp)++;
    if (!read_digits(sp, e, &fp, &count)) return true;
    *num = kn_int_plus(kn_int_mul(*num, kn_int_pow(KN_INT2FIX(10), KN_INT2FIX(count))), fp);
    *nexp = fn = count;
    ok = true;
  }
  if (ok && *sp + 1 < e && (**sp == 'e' || **sp == 'E')) {
    (*sp)++;
    bool minus = *sp < e && **sp == '-';
    if (*sp < e && (**sp == '-' || **sp == '+')) (*sp)++;
    kn_value ev;
    if (!read_digits(sp, e, &ev, &count)) return true;
    int64_t x = kn_num2long(ev);
    if (x != 0) *nexp = minus ? x + fn : fn - x;
  }
  return ok;
}

static const char *skip_space(const char *s, const char *e) {
  while (s < e && isspace((unsigned char)*s)) s++;
  return s;
}

/* CRuby's parse_rat: lenient (String#to_r: the leading rational, else 0) or
 * strict (Kernel#Rational: the whole string, else nil). */
static kn_value parse_rat(const char *s, const char *e, bool strict) {
  s = skip_space(s, e);
  bool minus = s < e && *s == '-';
  if (s < e && (*s == '-' || *s == '+')) s++;
  kn_value num, den = KN_INT2FIX(1);
  int64_t nexp, dexp;
  if (!read_num(&s, e, &num, &nexp)) return strict ? KN_NIL : rat_raw(KN_INT2FIX(0), KN_INT2FIX(1));
  if (s < e && *s == '/') {
    s++;
    if (!read_num(&s, e, &den, &dexp)) {
      if (strict) return KN_NIL;
      den = KN_INT2FIX(1);
    } else if (den == KN_INT2FIX(0)) {
      kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
    } else {
      nexp -= dexp;
    }
  }
  if (strict && skip_space(s, e) != e) return KN_NIL;
  kn_value scale = kn_int_pow(KN_INT2FIX(10), kn_int_new(nexp < 0 ? -nexp : nexp));
  if (nexp < 0) num = kn_int_mul(num, scale);
  else if (nexp > 0) den = kn_int_mul(den, scale);
  if (minus) num = kn_int_minus(KN_INT2FIX(0), num);
  return kn_rational_new(num, den);
}

static kn_value str_to_r(ARGS) { return parse_rat(KN_STR(self)->ptr, KN_STR(self)->ptr + KN_STR(self)->len, false); }

/* ---- Kernel#Rational, conversions on Integer and Float ---- */

static kn_value any_to_r(kn_value v) {
  kn_value r = to_rat(v);
  if (r != KN_UNDEF) return r;
  if (KN_FLOAT_P(v)) return float_to_r(kn_float_value(v));
  if (v == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert nil into Rational");
  if (KN_TYPE_P(v, KN_T_STRING)) {
    kn_value r = parse_rat(KN_STR(v)->ptr, KN_STR(v)->ptr + KN_STR(v)->len, true);
    if (r == KN_NIL) kn_raise_fmt(kn_eArgumentError, "invalid value for convert(): %s", KN_STR(kn_str_inspect(v))->ptr);
    return r;
  }
  if (kn_respond_to(v, kn_intern("to_r"), true)) return kn_send(v, kn_intern("to_r"), 0, NULL, KN_NIL);
  kn_raise_fmt(kn_eTypeError, "can't convert %s into Rational", kn_class_name(kn_real_class(v)));
}

static kn_value k_rational(ARGS) {
  kn_value a = any_to_r(argv[0]);
  if (argc < 2) return a;
  return rat_binop(a, any_to_r(argv[1]), '/');
}
static kn_value int_to_r(ARGS) { return rat_raw(self, KN_INT2FIX(1)); }
static kn_value int_rationalize(ARGS) { return rat_raw(self, KN_INT2FIX(1)); }
static kn_value flo_to_r(ARGS) { return float_to_r(kn_float_value(self)); }
static kn_value int_numerator(ARGS) { return self; }
/* Integer#quo: a Rational (a Float for a Float argument) */
static kn_value int_quo(ARGS) {
  if (KN_FLOAT_P(argv[0])) return kn_float_new(kn_num2dbl(self) / kn_float_value(argv[0]));
  return rat_binop(rat_raw(self, KN_INT2FIX(1)), argv[0], '/');
}
static kn_value int_denominator(ARGS) { return KN_INT2FIX(1); }

/* Integer#** with a negative exponent: Rational(1, a ** -b) */
kn_value kn_int_pow_negative(kn_value a, kn_value b) {
  return kn_rational_new(KN_INT2FIX(1), kn_int_pow(a, kn_int_minus(KN_INT2FIX(0), b)));
}

static const kn_method_def rat_methods[] = {
    {"+", rat_plus, 1, 1},           {"-", rat_minus, 1, 1},         {"*", rat_mul, 1, 1},
    {"/", rat_div, 1, 1},            {"quo", rat_div, 1, 1},         {"**", rat_pow, 1, 1},
    {"-@", rat_uminus, 0, 0},        {"<=>", rat_cmp, 1, 1},         {"==", rat_eq, 1, 1},
    {"coerce", rat_coerce, 1, 1},    {"numerator", rat_numerator, 0, 0},
    {"denominator", rat_denominator, 0, 0},                          {"to_f", rat_to_f, 0, 0},
    {"to_r", rat_to_r, 0, 0},        {"rationalize", rat_rationalize, 0, 1}, {"to_s", rat_to_s, 0, 0},
    {"inspect", rat_inspect, 0, 0},  {"hash", rat_hash, 0, 0},       {"eql?", rat_eql, 1, 1},
    {"zero?", rat_zero_p, 0, 0},     {"negative?", rat_negative_p, 0, 0},
    {"positive?", rat_positive_p, 0, 0},                             {"abs", rat_abs, 0, 0},
    {"magnitude", rat_abs, 0, 0},    {"integer?", rat_integer_p, 0, 0},
    {"divmod", rat_divmod, 1, 1},    {"div", rat_idiv, 1, 1},        {"%", rat_modulo, 1, 1},        {"modulo", rat_modulo, 1, 1},    {"floor", rat_floor, 0, 1},      {"ceil", rat_ceil, 0, 1},       {"truncate", rat_truncate, 0, 1},
    {"to_i", rat_truncate, 0, 0},    {"round", rat_round, 0, 1},     {NULL, NULL, 0, 0}};

void kn_init_rational(void) {
  kn_cRational = kn_define_class(kn_cObject, "Rational", kn_cNumeric);
  kn_define_methods(kn_cRational, rat_methods);
  kn_undef_method(KN_CVAL(kn_singleton_class(kn_cRational)), kn_intern("new"));
  kn_define_module_functions(kn_mKernel, (const kn_method_def[]){{"Rational", k_rational, 1, 2}, {NULL, NULL, 0, 0}});
  kn_define_method(kn_cInteger, "to_r", int_to_r, 0, 0);
  kn_define_method(kn_cInteger, "rationalize", int_rationalize, 0, 1);
  kn_define_method(kn_cInteger, "numerator", int_numerator, 0, 0);
  kn_define_method(kn_cInteger, "quo", int_quo, 1, 1);
  kn_define_method(kn_cInteger, "denominator", int_denominator, 0, 0);
  kn_define_method(kn_cFloat, "to_r", flo_to_r, 0, 0);
  kn_define_method(kn_cFloat, "rationalize", flo_rationalize, 0, 1);
  kn_define_method(kn_cString, "to_r", str_to_r, 0, 0);
}
