/* float.c: Float: flonum encoding (as CRuby), shortest round-trip printing, and Float's methods. */
#include "internal.h"
#include <float.h>
#include <math.h>
#include <stdlib.h>

kn_value kn_cFloat;

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* ------------------------------------------------------------------------
 * Representation.  A double whose exponent lies in a middle band is
 * stored in the word itself, rotated left by 3 with tag 0b10 (CRuby's
 * flonum); +0.0 has its own pattern; anything else lives on the heap.
 * ------------------------------------------------------------------------ */

#define FLONUM_ZERO ((kn_value)0x8000000000000002ull)

static inline uint64_t rotl3(uint64_t x) { return (x << 3) | (x >> 61); }
static inline uint64_t rotr3(uint64_t x) { return (x >> 3) | (x << 61); }

kn_value kn_float_new(double d) {
  union { double d; uint64_t u; } t = {.d = d};
  int bits = (int)((t.u >> 60) & 7);
  if (t.u != 0x3000000000000000ull && !((bits - 3) & ~1)) return (kn_value)((rotl3(t.u) & ~(uint64_t)1) | 2);
  if (t.u == 0) return FLONUM_ZERO;
  kn_float *f = kn_alloc_atomic(sizeof(kn_float));
  f->h.klass = KN_CLASS(kn_cFloat);
  f->h.type = KN_T_FLOAT;
  f->h.flags = KN_FL_FROZEN;
  f->d = d;
  return (kn_value)f;
}

double kn_float_value(kn_value v) {
  if (KN_FLONUM_P(v)) {
    if (v == FLONUM_ZERO) return 0.0;
    uint64_t b63 = (uint64_t)v >> 63;
    union { double d; uint64_t u; } t;
    t.u = rotr3((2 - b63) | ((uint64_t)v & ~(uint64_t)3));
    return t.d;
  }
  KN_ASSERT(KN_TYPE_P(v, KN_T_FLOAT), "kn_float_value of a non-Float");
  return ((kn_float *)v)->d;
}

double kn_num2dbl(kn_value v) {
  if (KN_FLOAT_P(v)) return kn_float_value(v);
  if (KN_FIXNUM_P(v)) return (double)KN_FIX2INT(v);
  if (KN_BIGNUM_P(v)) return kn_big2dbl(v);
  if (v == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert nil into Float");
  if (v == KN_TRUE || v == KN_FALSE) kn_raise_fmt(kn_eTypeError, "can't convert %s into Float", v == KN_TRUE ? "true" : "false");
  if (KN_TYPE_P(v, KN_T_STRING)) kn_raise_fmt(kn_eTypeError, "no implicit conversion to float from string");
  if (kn_respond_to(v, kn_s_to_f, true)) {
    kn_value f = kn_send_self(v, kn_s_to_f, 0, NULL, KN_NIL);
    if (KN_FLOAT_P(f)) return kn_float_value(f);
  }
  kn_raise_fmt(kn_eTypeError, "can't convert %s into Float", kn_class_name(kn_real_class(v)));
}

/* ------------------------------------------------------------------------
 * Printing: the shortest digit string that reads back as the same double,
 * the closest to it when several are that short (what CRuby's dtoa mode 0
 * produces), then Ruby's layout rules.  The digits come from Ulf Adams's
 * Ryu algorithm ("Ryu: fast float-to-string conversion", PLDI 2018): the
 * double and the halfway points to its neighbours are scaled by a power of
 * ten with 128-bit fixed-point multipliers, and digits are dropped while the
 * scaled bounds still differ.
 * ------------------------------------------------------------------------ */

#define POW5_BITS 125   /* bits in each multiplier */
#define POW5_COUNT 326  /* 5^0 .. 5^325: the most the smallest double needs */
#define POW5_INV_COUNT 342

typedef unsigned __int128 u128;

/* 5^i with its top bit at bit 124, and 2^(k)/5^i rounded up with k = bits of 5^i + 124. */
static u128 pow5_mul[POW5_COUNT], pow5_inv_mul[POW5_INV_COUNT];

static int32_t pow5_bits(int32_t e) { return (int32_t)(((uint32_t)e * 1217359) >> 19) + 1; } /* ceil(log2 5^e), 1 for 0 */
static int32_t log10_pow2(int32_t e) { return (int32_t)(((uint32_t)e * 78913) >> 18); }
static int32_t log10_pow5(int32_t e) { return (int32_t)(((uint32_t)e * 732923) >> 20); }

static u128 mpz_to_u128(mpz_srcptr z) {
  u128 r = 0;
  for (size_t i = mpz_size(z); i-- > 0;) r = (r << 64) | mpz_getlimbn(z, (mp_size_t)i);
  return r;
}

/* The multiplier tables, computed exactly with GMP on first use. */
static void pow5_tables_init(void) {
  mpz_t p, t;
  mpz_inits(p, t, NULL);
  mpz_set_ui(p, 1);
  for (int32_t i = 0; i < POW5_INV_COUNT; i++, mpz_mul_ui(p, p, 5)) {
    int32_t bits = pow5_bits(i);
    if (i < POW5_COUNT) {
      if (bits >= POW5_BITS) mpz_fdiv_q_2exp(t, p, (mp_bitcnt_t)(bits - POW5_BITS));
      else mpz_mul_2exp(t, p, (mp_bitcnt_t)(POW5_BITS - bits));
      pow5_mul[i] = mpz_to_u128(t);
    }
    mpz_set_ui(t, 1);
    mpz_mul_2exp(t, t, (mp_bitcnt_t)(bits - 1 + POW5_BITS));
    mpz_fdiv_q(t, t, p);
    mpz_add_ui(t, t, 1);
    pow5_inv_mul[i] = mpz_to_u128(t);
  }
  mpz_clears(p, t, NULL);
}

/* (m * mul) >> shift, for m < 2^55 and shift >= 64. */
static uint64_t mul_shift(uint64_t m, u128 mul, int32_t shift) {
  u128 lo = (u128)m * (uint64_t)mul, hi = (u128)m * (uint64_t)(mul >> 64);
  return (uint64_t)(((lo >> 64) + hi) >> (shift - 64));
}

static bool multiple_of_pow5(uint64_t v, int32_t p) {
  int32_t n = 0;
  for (; v % 5 == 0; v /= 5) n++;
  return n >= p;
}

static bool multiple_of_pow2(uint64_t v, int32_t p) { return (v & ((1ull << p) - 1)) == 0; }

/* The shortest decimal digits of a finite positive double: *out * 10^return. */
static int32_t shortest_decimal(uint64_t bits, uint64_t *out) {
  static bool tables_ready;
  if (!tables_ready) pow5_tables_init(), tables_ready = true;
  uint64_t frac = bits & ((1ull << 52) - 1);
  int32_t bexp = (int32_t)(bits >> 52);
  uint64_t m2 = bexp ? frac | (1ull << 52) : frac;
  int32_t e2 = (bexp ? bexp : 1) - 1023 - 52 - 2;
  /* mv, mp, mm: the double and the halfway points to its neighbours, times 4 (the gap below a power of 2 is half) */
  bool accept_bounds = (m2 & 1) == 0; /* round-half-even reading accepts an exact halfway point */
  uint64_t mv = 4 * m2;
  uint32_t mm_shift = frac != 0 || bexp <= 1;
  uint64_t vr, vp, vm;
  int32_t e10;
  bool vm_exact = false, vr_exact = false; /* no digits lost when scaling */
  if (e2 >= 0) {
    int32_t q = log10_pow2(e2) - (e2 > 3), shift = -e2 + q + POW5_BITS + pow5_bits(q) - 1;
    e10 = q;
    vr = mul_shift(mv, pow5_inv_mul[q], shift);
    vp = mul_shift(mv + 2, pow5_inv_mul[q], shift);
    vm = mul_shift(mv - 1 - mm_shift, pow5_inv_mul[q], shift);
    if (q <= 21) {
      if (mv % 5 == 0) vr_exact = multiple_of_pow5(mv, q);
      else if (accept_bounds) vm_exact = multiple_of_pow5(mv - 1 - mm_shift, q);
      else vp -= multiple_of_pow5(mv + 2, q);
    }
  } else {
    int32_t q = log10_pow5(-e2) - (-e2 > 1), i = -e2 - q, shift = q - (pow5_bits(i) - POW5_BITS);
    e10 = q + e2;
    vr = mul_shift(mv, pow5_mul[i], shift);
    vp = mul_shift(mv + 2, pow5_mul[i], shift);
    vm = mul_shift(mv - 1 - mm_shift, pow5_mul[i], shift);
    if (q <= 1) {
      vr_exact = true;
      if (accept_bounds) vm_exact = mm_shift == 1;
      else vp--;
    } else if (q < 63) {
      vr_exact = multiple_of_pow2(mv, q);
    }
  }
  /* drop digits while the bounds still differ; last: the latest digit dropped from vr */
  int32_t removed = 0;
  uint32_t last = 0;
  while (vp / 10 > vm / 10) {
    vm_exact &= vm % 10 == 0;
    vr_exact &= last == 0;
    last = (uint32_t)(vr % 10);
    vr /= 10, vp /= 10, vm /= 10, removed++;
  }
  if (vm_exact) /* the lower bound itself is allowed: keep dropping its trailing zeros */
    while (vm % 10 == 0) {
      vr_exact &= last == 0;
      last = (uint32_t)(vr % 10);
      vr /= 10, vp /= 10, vm /= 10, removed++;
    }
  if (vr_exact && last == 5 && vr % 2 == 0) last = 4; /* exactly halfway: round to even */
  *out = vr + ((vr == vm && (!accept_bounds || !vm_exact)) || last >= 5);
  return e10 + removed;
}

int kn_float_fmt_shortest(double d, char *digits, int *decpt, int *sign) {
  *sign = signbit(d) != 0;
  if (d == 0.0) {
    strcpy(digits, "0");
    *decpt = 1;
    return 1;
  }
  uint64_t bits, v;
  d = fabs(d);
  memcpy(&bits, &d, 8);
  int32_t e10 = shortest_decimal(bits, &v);
  for (; v % 10 == 0; v /= 10) e10++;
  char tmp[20];
  int n = 0;
  for (; v; v /= 10) tmp[n++] = (char)('0' + v % 10);
  for (int i = 0; i < n; i++) digits[i] = tmp[n - 1 - i];
  digits[n] = 0;
  *decpt = e10 + n;
  return n;
}

kn_value kn_float_to_s(double d) {
  if (isinf(d)) return kn_str_cstr(d > 0 ? "Infinity" : "-Infinity");
  if (isnan(d)) return kn_str_cstr("NaN");
  char digits[40], out[64];
  int decpt, sign;
  int n = kn_float_fmt_shortest(d, digits, &decpt, &sign);
  char *o = out;
  if (sign) *o++ = '-';
  /* As CRuby: fixed notation up to 15 integer digits, or 16 when digits follow the point. */
  if (decpt > 0 && (decpt <= DBL_DIG || (decpt == DBL_DIG + 1 && n > decpt))) {
    /* ddd.ddd, at least one digit after the point */
    for (int i = 0; i < decpt; i++) *o++ = i < n ? digits[i] : '0';
    *o++ = '.';
    if (n > decpt) for (int i = decpt; i < n; i++) *o++ = digits[i];
    else *o++ = '0';
  } else if (decpt <= 0 && decpt > -4) {
    *o++ = '0';
    *o++ = '.';
    for (int i = 0; i < -decpt; i++) *o++ = '0';
    for (int i = 0; i < n; i++) *o++ = digits[i];
  } else {
    *o++ = digits[0];
    *o++ = '.';
    if (n > 1) for (int i = 1; i < n; i++) *o++ = digits[i];
    else *o++ = '0';
    o += sprintf(o, "e%+03d", decpt - 1);
  }
  *o = 0;
  return kn_str_cstr(out);
}

/* ------------------------------------------------------------------------
 * Arithmetic
 * ------------------------------------------------------------------------ */

static bool num_p(kn_value b) { return KN_FLOAT_P(b) || KN_INTEGER_P(b); }

static double other(kn_value b) {
  if (KN_FLOAT_P(b)) return kn_float_value(b);
  if (KN_FIXNUM_P(b)) return (double)KN_FIX2INT(b);
  return kn_big2dbl(b);
}

kn_value kn_flo_plus(kn_value a, kn_value b) {
  if (!num_p(b)) return kn_num_coerce_bin(a, b, "+");
  return kn_float_new(kn_float_value(a) + other(b));
}
kn_value kn_flo_minus(kn_value a, kn_value b) {
  if (!num_p(b)) return kn_num_coerce_bin(a, b, "-");
  return kn_float_new(kn_float_value(a) - other(b));
}
kn_value kn_flo_mul(kn_value a, kn_value b) {
  if (!num_p(b)) return kn_num_coerce_bin(a, b, "*");
  return kn_float_new(kn_float_value(a) * other(b));
}
kn_value kn_flo_div(kn_value a, kn_value b) {
  if (!num_p(b)) return kn_num_coerce_bin(a, b, "/");
  return kn_float_new(kn_float_value(a) / other(b));
}

double kn_flo_mod_d(double x, double y) {
  if (isnan(y)) return y;
  if (y == 0.0) kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
  double mod;
  if (x == 0.0 || (isinf(y) && !isinf(x))) mod = x;
  else mod = fmod(x, y);
  if (y * mod < 0) mod += y;
  return mod;
}

kn_value kn_flo_mod(kn_value a, kn_value b) {
  if (!num_p(b)) return kn_num_coerce_bin(a, b, "%");
  return kn_float_new(kn_flo_mod_d(kn_float_value(a), other(b)));
}

static void flodivmod(double x, double y, double *divp, double *modp) {
  if (isnan(y)) {
    *divp = *modp = y;
    return;
  }
  if (y == 0.0) kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
  double mod = (x == 0.0 || (isinf(y) && !isinf(x))) ? x : fmod(x, y);
  double div = (isinf(x) && !isinf(y)) ? x : round((x - mod) / y);
  if (y * mod < 0) {
    mod += y;
    div -= 1.0;
  }
  *divp = div;
  *modp = mod;
}

static kn_value dbl2ival_checked(double d) {
  if (isnan(d)) kn_raise_fmt(kn_eFloatDomainError, "NaN");
  if (isinf(d)) kn_raise_fmt(kn_eFloatDomainError, d > 0 ? "Infinity" : "-Infinity");
  return kn_dbl2ival(d);
}

static int flo_cmp_int(double a, kn_value b) {
  /* exact: compare through Integer's exact comparison, reversed */
  kn_value r = kn_int_cmp(b, kn_float_new(a));
  return r == KN_NIL ? 2 : -(int)KN_FIX2INT(r);
}

kn_value kn_flo_cmp(kn_value a, kn_value b) {
  double x = kn_float_value(a);
  if (isnan(x)) return KN_NIL;
  if (KN_INTEGER_P(b)) {
    if (isinf(x)) return KN_INT2FIX(x > 0 ? 1 : -1);
    return KN_INT2FIX(flo_cmp_int(x, b));
  }
  if (KN_FLOAT_P(b)) {
    double y = kn_float_value(b);
    if (isnan(y)) return KN_NIL;
    return KN_INT2FIX(x < y ? -1 : x > y);
  }
  if (isinf(x) && kn_respond_to(b, kn_intern("infinite?"), false)) {
    kn_value i = kn_funcall0(b, "infinite?");
    if (i == KN_NIL) return KN_INT2FIX(x > 0 ? 1 : -1);
  }
  /* a Rational, or any Numeric of the program's with coerce */
  return kn_num_coerce_cmp_or_nil(a, b);
}

static int relop(kn_value a, kn_value b, const char *op) {
  double x = kn_float_value(a);
  if (KN_FLOAT_P(b)) {
    double y = kn_float_value(b);
    if (isnan(x) || isnan(y)) return 2;
    return x < y ? -1 : x > y;
  }
  if (KN_INTEGER_P(b)) {
    if (isnan(x)) return 2;
    if (isinf(x)) return x > 0 ? 1 : -1;
    return flo_cmp_int(x, b);
  }
  return KN_TEST(kn_num_coerce_cmp(a, b, op)) ? 3 : 4;
}

static kn_value flo_lt(ARGS) { int c = relop(self, argv[0], "<"); return KN_BOOL(c == -1 || c == 3); }
static kn_value flo_le(ARGS) { int c = relop(self, argv[0], "<="); return KN_BOOL(c == -1 || c == 0 || c == 3); }
static kn_value flo_gt(ARGS) { int c = relop(self, argv[0], ">"); return KN_BOOL(c == 1 || c == 3); }
static kn_value flo_ge(ARGS) { int c = relop(self, argv[0], ">="); return KN_BOOL(c == 1 || c == 0 || c == 3); }

kn_value kn_flo_lt(kn_value a, kn_value b) { return flo_lt(a, 1, &b, KN_NIL); }
kn_value kn_flo_le(kn_value a, kn_value b) { return flo_le(a, 1, &b, KN_NIL); }
kn_value kn_flo_gt(kn_value a, kn_value b) { return flo_gt(a, 1, &b, KN_NIL); }
kn_value kn_flo_ge(kn_value a, kn_value b) { return flo_ge(a, 1, &b, KN_NIL); }

bool kn_flo_equal(kn_value a, kn_value b) {
  if (KN_FLOAT_P(b)) return kn_float_value(a) == kn_float_value(b);
  if (KN_INTEGER_P(b)) return relop(a, b, "==") == 0;
  if (KN_SPECIAL_P(b)) return false;
  return kn_equal(b, a);
}

static kn_value flo_plus(ARGS) { return kn_flo_plus(self, argv[0]); }
static kn_value flo_minus(ARGS) { return kn_flo_minus(self, argv[0]); }
static kn_value flo_mul(ARGS) { return kn_flo_mul(self, argv[0]); }
static kn_value flo_div(ARGS) { return kn_flo_div(self, argv[0]); }
static kn_value flo_mod(ARGS) { return kn_flo_mod(self, argv[0]); }
static kn_value flo_cmp(ARGS) { return kn_flo_cmp(self, argv[0]); }
static kn_value flo_eq(ARGS) { return KN_BOOL(kn_flo_equal(self, argv[0])); }
static kn_value flo_eql(ARGS) { return KN_BOOL(KN_FLOAT_P(argv[0]) && kn_float_value(self) == kn_float_value(argv[0])); }

static kn_value flo_divmod(ARGS) {
  if (!num_p(argv[0])) return kn_num_coerce_bin(self, argv[0], "divmod");
  double div, mod;
  flodivmod(kn_float_value(self), other(argv[0]), &div, &mod);
  kn_value pair[2] = {dbl2ival_checked(div), kn_float_new(mod)};
  return kn_ary_new_from(2, pair);
}

static kn_value flo_idiv(ARGS) {
  if (!num_p(argv[0])) return kn_num_coerce_bin(self, argv[0], "div");
  double y = other(argv[0]);
  if (y == 0.0) kn_raise_fmt(kn_eZeroDivisionError, "divided by 0");
  return dbl2ival_checked(floor(kn_float_value(self) / y));
}

static kn_value flo_pow(ARGS) {
  kn_value b = argv[0];
  if (!num_p(b)) return kn_num_coerce_bin(self, b, "**");
  double x = kn_float_value(self), y = other(b);
  if (x < 0 && y != round(y))
    kn_raise_fmt(kn_eNotImplementedError, "kiln does not support Complex: a negative Float to a fractional power");
  return kn_float_new(pow(x, y));
}

static kn_value flo_uminus(ARGS) { return kn_float_new(-kn_float_value(self)); }
static kn_value flo_uplus(ARGS) { return self; }
static kn_value flo_abs(ARGS) { return kn_float_new(fabs(kn_float_value(self))); }
static kn_value flo_to_s(ARGS) { return kn_float_to_s(kn_float_value(self)); }
static kn_value flo_to_f(ARGS) { return self; }
static kn_value flo_to_i(ARGS) { return dbl2ival_checked(trunc(kn_float_value(self))); }
static kn_value flo_nan_p(ARGS) { return KN_BOOL(isnan(kn_float_value(self))); }
static kn_value flo_infinite_p(ARGS) {
  double d = kn_float_value(self);
  return isinf(d) ? KN_INT2FIX(d > 0 ? 1 : -1) : KN_NIL;
}
static kn_value flo_finite_p(ARGS) { return KN_BOOL(isfinite(kn_float_value(self))); }
static kn_value flo_zero_p(ARGS) { return KN_BOOL(kn_float_value(self) == 0.0); }
static kn_value flo_positive_p(ARGS) { return KN_BOOL(kn_float_value(self) > 0.0); }
static kn_value flo_negative_p(ARGS) { return KN_BOOL(kn_float_value(self) < 0.0); }
static kn_value flo_nonzero_p(ARGS) { return kn_float_value(self) == 0.0 ? KN_NIL : self; }
static kn_value flo_integer_p(ARGS) { return KN_FALSE; }
static kn_value flo_hash(ARGS) {
  double d = kn_float_value(self);
  if (d == 0.0) d = 0.0; /* -0.0 and 0.0 are eql?, so they hash alike */
  return KN_INT2FIX((int64_t)(kn_hash_bytes(&d, sizeof d) >> 2));
}
static kn_value flo_coerce(ARGS) {
  kn_value pair[2] = {kn_float_new(kn_num2dbl(kn_funcall1(kn_mKernel, "Float", argv[0]))), self};
  return kn_ary_new_from(2, pair);
}
static kn_value flo_fdiv(ARGS) { return kn_flo_div(self, argv[0]); }
static kn_value flo_next_float(ARGS) { return kn_float_new(nextafter(kn_float_value(self), HUGE_VAL)); }
static kn_value flo_prev_float(ARGS) { return kn_float_new(nextafter(kn_float_value(self), -HUGE_VAL)); }

/* ------------------------------------------------------------------------
 * Rounding, following CRuby's float_round_overflow/underflow guards
 * ------------------------------------------------------------------------ */

static bool round_overflow(int64_t ndigits, int binexp) {
  enum { float_dig = DBL_DIG + 2 };
  return ndigits >= float_dig - (binexp > 0 ? binexp / 4 : binexp / 3 - 1);
}
static bool round_underflow(int64_t ndigits, int binexp) {
  return ndigits < -(binexp > 0 ? binexp / 3 + 1 : binexp / 4);
}

static double round_half_up(double x, double s) {
  double f, xs = x * s;
  f = round(xs);
  if (s == 1.0) return f;
  if (x > 0) {
    if ((double)((f + 0.5) / s) <= x) f += 1;
    x = f;
  } else {
    if ((double)((f - 0.5) / s) >= x) f -= 1;
    x = f;
  }
  return x;
}

static double round_half_down(double x, double s) {
  double f, xs = x * s;
  f = round(xs);
  if (x > 0) {
    if ((double)((f - 0.5) / s) >= x) f -= 1;
    x = f;
  } else {
    if ((double)((f + 0.5) / s) <= x) f += 1;
    x = f;
  }
  return x;
}

static double round_half_even(double x, double s) {
  double u, v, us, vs, f, uf, xs = x * s;
  v = modf(xs, &u);
  us = u * s;
  vs = v * s;
  (void)us;
  (void)vs;
  if (v == 0.5 || v == -0.5) {
    f = fmod(u, 2.0) == 0.0 ? u : u + (x > 0 ? 1 : -1);
  } else {
    f = round(xs);
  }
  (void)uf;
  return f;
}

static double round_mode(double x, double s, char half) {
  return half == 'e' ? round_half_even(x, s) : half == 'd' ? round_half_down(x, s) : round_half_up(x, s);
}

char kn_round_half_mode(int argc, const kn_value *argv);

static kn_value flo_round(ARGS) {
  double number = kn_float_value(self);
  int64_t ndigits = argc > 0 && !KN_TYPE_P(argv[0], KN_T_HASH) ? kn_num2long(argv[0]) : 0;
  char half = kn_round_half_mode(argc, argv);
  if (number == 0.0) return ndigits > 0 ? self : KN_INT2FIX(0);
  if (ndigits > 0) {
    int binexp;
    frexp(number, &binexp);
    if (round_overflow(ndigits, binexp)) return self;
    if (number > 0.0 && round_underflow(ndigits, binexp)) return kn_float_new(0.0);
    if (ndigits > 14) {
      /* pow(10, ndigits) is inexact here: round through decimal text */
      char buf[64];
      snprintf(buf, sizeof buf, "%.*f", (int)ndigits, number);
      return kn_float_new(strtod(buf, NULL));
    }
    double f = pow(10, (double)ndigits);
    return kn_float_new(round_mode(number, f, half) / f);
  }
  if (ndigits == 0) return dbl2ival_checked(round_mode(number, 1.0, half));
  if (isfinite(number)) {
    int binexp;
    frexp(number, &binexp);
    if (round_overflow(ndigits, binexp)) return dbl2ival_checked(number);
    if (number > 0.0 && round_underflow(ndigits, binexp)) return KN_INT2FIX(0);
    double f = pow(10, (double)ndigits);
    return dbl2ival_checked(round_mode(number, f, half) / f);
  }
  return dbl2ival_checked(number);
}

static kn_value flo_floor_ceil(kn_value self, int argc, const kn_value *argv, bool ceil_p) {
  double number = kn_float_value(self);
  int64_t ndigits = argc > 0 ? kn_num2long(argv[0]) : 0;
  if (number == 0.0) return ndigits > 0 ? self : KN_INT2FIX(0);
  if (ndigits > 0) {
    int binexp;
    frexp(number, &binexp);
    if (round_overflow(ndigits, binexp)) return self;
    if (number > 0.0 && round_underflow(ndigits, binexp)) return kn_float_new(ceil_p ? pow(10, (double)-ndigits) : 0.0);
    double f = pow(10, (double)ndigits);
    if (ceil_p) {
      double mul = ceil(number * f);
      double res = (mul - 1) / f;
      if (res < number) res = mul / f;
      return kn_float_new(res);
    }
    double mul = floor(number * f);
    double res = (mul + 1) / f;
    if (res > number) res = mul / f;
    return kn_float_new(res);
  }
  kn_value i = dbl2ival_checked(ceil_p ? ceil(number) : floor(number));
  if (ndigits < 0) return kn_funcall1(i, ceil_p ? "ceil" : "floor", KN_INT2FIX(ndigits));
  return i;
}
static kn_value flo_floor(ARGS) { return flo_floor_ceil(self, argc, argv, false); }
static kn_value flo_ceil(ARGS) { return flo_floor_ceil(self, argc, argv, true); }
static kn_value flo_truncate(ARGS) {
  return kn_float_value(self) > 0 ? flo_floor(self, argc, argv, blk) : flo_ceil(self, argc, argv, blk);
}

static const kn_method_def float_methods[] = {
    {"+", flo_plus, 1, 1},
    {"-", flo_minus, 1, 1},
    {"*", flo_mul, 1, 1},
    {"/", flo_div, 1, 1},
    {"%", flo_mod, 1, 1},
    {"modulo", flo_mod, 1, 1},
    {"divmod", flo_divmod, 1, 1},
    {"div", flo_idiv, 1, 1},
    {"fdiv", flo_fdiv, 1, 1},
    {"quo", flo_fdiv, 1, 1},
    {"**", flo_pow, 1, 1},
    {"pow", flo_pow, 1, 1},
    {"-@", flo_uminus, 0, 0},
    {"+@", flo_uplus, 0, 0},
    {"abs", flo_abs, 0, 0},
    {"magnitude", flo_abs, 0, 0},
    {"<=>", flo_cmp, 1, 1},
    {"==", flo_eq, 1, 1},
    {"===", flo_eq, 1, 1},
    {"eql?", flo_eql, 1, 1},
    {"<", flo_lt, 1, 1},
    {"<=", flo_le, 1, 1},
    {">", flo_gt, 1, 1},
    {">=", flo_ge, 1, 1},
    {"to_s", flo_to_s, 0, 0},
    {"inspect", flo_to_s, 0, 0},
    {"to_f", flo_to_f, 0, 0},
    {"to_i", flo_to_i, 0, 0},
    {"to_int", flo_to_i, 0, 0},
    {"nan?", flo_nan_p, 0, 0},
    {"infinite?", flo_infinite_p, 0, 0},
    {"finite?", flo_finite_p, 0, 0},
    {"zero?", flo_zero_p, 0, 0},
    {"positive?", flo_positive_p, 0, 0},
    {"negative?", flo_negative_p, 0, 0},
    {"nonzero?", flo_nonzero_p, 0, 0},
    {"integer?", flo_integer_p, 0, 0},
    {"hash", flo_hash, 0, 0},
    {"coerce", flo_coerce, 1, 1},
    {"round", flo_round, 0, 2},
    {"floor", flo_floor, 0, 1},
    {"ceil", flo_ceil, 0, 1},
    {"truncate", flo_truncate, 0, 1},
    {"next_float", flo_next_float, 0, 0},
    {"prev_float", flo_prev_float, 0, 0},
    {NULL, NULL, 0, 0}};

void kn_init_float(void) {
  kn_cFloat = kn_define_class(kn_cObject, "Float", kn_cNumeric);
  KN_CLASS(kn_cFloat)->alloc = NULL;
  kn_undef_method(kn_singleton_class(kn_cFloat), kn_s_new);
  kn_define_methods(kn_cFloat, float_methods);
  kn_const_set(kn_cFloat, kn_intern("INFINITY"), kn_float_new(HUGE_VAL));
  kn_const_set(kn_cFloat, kn_intern("NAN"), kn_float_new(NAN));
  kn_const_set(kn_cFloat, kn_intern("EPSILON"), kn_float_new(DBL_EPSILON));
  kn_const_set(kn_cFloat, kn_intern("MAX"), kn_float_new(DBL_MAX));
  kn_const_set(kn_cFloat, kn_intern("MIN"), kn_float_new(DBL_MIN));
  kn_const_set(kn_cFloat, kn_intern("DIG"), KN_INT2FIX(DBL_DIG));
}
