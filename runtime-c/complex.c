/* complex.c: Complex (Kernel#Complex, Complex.polar/rectangular, arithmetic with
 * Integer/Float/Rational parts kept exact as CRuby 3.1's complex.c does). */
#include "internal.h"
#include <ctype.h>
#include <math.h>
#include <string.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value kn_cComplex;

typedef struct kn_complex {
  kn_header h;
  kn_value re, im; /* real numbers (Integer, Float, Rational) */
} kn_complex;
#define CPX(v) ((kn_complex *)(v))
#define ZERO KN_INT2FIX(0)
#define ONE KN_INT2FIX(1)

bool kn_complex_p(kn_value v) { return KN_TYPE_P(v, KN_T_DATA) && KN_HDR(v)->klass == KN_CLASS(kn_cComplex); }

kn_value kn_complex_new(kn_value re, kn_value im) {
  kn_complex *c = kn_alloc(sizeof *c);
  c->h.klass = KN_CLASS(kn_cComplex);
  c->h.type = KN_T_DATA;
  c->h.flags = KN_FL_FROZEN;
  c->re = re;
  c->im = im;
  return (kn_value)c;
}
#define CNEW kn_complex_new

static bool real_p(kn_value v) { return KN_INTEGER_P(v) || KN_FLOAT_P(v) || kn_rational_p(v); }

static bool zero_p(kn_value v) {
  if (KN_INTEGER_P(v)) return v == ZERO;
  if (KN_FLOAT_P(v)) return kn_float_value(v) == 0.0;
  return KN_TEST(kn_funcall0(v, "zero?"));
}
static bool exact_zero_p(kn_value v) {
  if (KN_INTEGER_P(v)) return v == ZERO;
  if (kn_rational_p(v)) return zero_p(v);
  return false;
}

/* CRuby's f_add/f_sub/f_mul with their exact-zero and one shortcuts */
static kn_value f_add(kn_value x, kn_value y) {
  if (KN_INTEGER_P(x)) {
    if (x == ZERO) return y;
    if (y == ZERO) return x;
  } else if ((KN_FLOAT_P(x) || kn_rational_p(x)) && y == ZERO) {
    return x;
  }
  return kn_op_plus(x, y);
}
static kn_value f_sub(kn_value x, kn_value y) {
  if (y == ZERO) return x;
  return kn_op_minus(x, y);
}
static kn_value f_mul(kn_value x, kn_value y) {
  if (y == ZERO && KN_INTEGER_P(x)) return ZERO;
  if (y == ONE) return x;
  if (x == ZERO && KN_INTEGER_P(y)) return ZERO;
  if (x == ONE) return y;
  return kn_op_mul(x, y);
}
static kn_value f_quo(kn_value x, kn_value y) { return kn_funcall1(x, "quo", y); }
static kn_value f_negate(kn_value x) { return kn_funcall0(x, "-@"); }
static kn_value f_abs(kn_value x) { return kn_funcall0(x, "abs"); }
static double to_dbl(kn_value x) {
  if (KN_FLOAT_P(x)) return kn_float_value(x);
  if (KN_INTEGER_P(x)) return kn_num2dbl(x);
  return kn_float_value(kn_funcall0(x, "to_f"));
}
static kn_value canon(kn_value x) {
  if (kn_rational_p(x) && kn_funcall0(x, "denominator") == ONE) return kn_funcall0(x, "numerator");
  return x;
}
/* non-negative for the sign shown in to_s: Floats by their sign bit */
static bool tpositive_p(kn_value x) {
  if (KN_FLOAT_P(x)) return !signbit(kn_float_value(x));
  return !KN_TEST(kn_op_lt(x, ZERO));
}

static kn_value to_cpx(kn_value v) { return kn_complex_p(v) ? v : CNEW(v, ZERO); }

static void comp_mul(kn_value ar, kn_value ai, kn_value br, kn_value bi, kn_value *r, kn_value *i) {
  *r = f_sub(f_mul(ar, br), f_mul(ai, bi));
  *i = f_add(f_mul(ar, bi), f_mul(ai, br));
}

static kn_value cpx_add_sub(kn_value self, kn_value o, bool sub) {
  if (kn_complex_p(o)) {
    return sub ? CNEW(f_sub(CPX(self)->re, CPX(o)->re), f_sub(CPX(self)->im, CPX(o)->im))
               : CNEW(f_add(CPX(self)->re, CPX(o)->re), f_add(CPX(self)->im, CPX(o)->im));
  }
  if (real_p(o)) return CNEW(sub ? f_sub(CPX(self)->re, o) : f_add(CPX(self)->re, o), CPX(self)->im);
  return kn_num_coerce_bin(self, o, sub ? "-" : "+");
}
static kn_value cpx_plus(ARGS) { return cpx_add_sub(self, argv[0], false); }
static kn_value cpx_minus(ARGS) { return cpx_add_sub(self, argv[0], true); }

static kn_value cpx_mul_v(kn_value self, kn_value o) {
  if (kn_complex_p(o)) {
    kn_value r, i;
    comp_mul(CPX(self)->re, CPX(self)->im, CPX(o)->re, CPX(o)->im, &r, &i);
    return CNEW(r, i);
  }
  if (real_p(o)) return CNEW(f_mul(CPX(self)->re, o), f_mul(CPX(self)->im, o));
  return kn_num_coerce_bin(self, o, "*");
}
static kn_value cpx_mul(ARGS) { return cpx_mul_v(self, argv[0]); }

static kn_value cpx_div_v(kn_value self, kn_value o) {
  if (kn_complex_p(o)) {
    kn_value ar = CPX(self)->re, ai = CPX(self)->im, br = CPX(o)->re, bi = CPX(o)->im, r, n, x, y;
    bool flo = KN_FLOAT_P(ar) || KN_FLOAT_P(ai) || KN_FLOAT_P(br) || KN_FLOAT_P(bi);
    if (KN_TEST(kn_op_gt(f_abs(br), f_abs(bi)))) {
      r = f_quo(bi, br);
      n = f_mul(br, f_add(ONE, f_mul(r, r)));
      x = f_quo(f_add(ar, f_mul(ai, r)), n);
      y = f_quo(f_sub(ai, f_mul(ar, r)), n);
    } else {
      r = f_quo(br, bi);
      n = f_mul(bi, f_add(ONE, f_mul(r, r)));
      x = f_quo(f_add(f_mul(ar, r), ai), n);
      y = f_quo(f_sub(f_mul(ai, r), ar), n);
    }
    if (!flo) {
      x = canon(x);
      y = canon(y);
    }
    return CNEW(x, y);
  }
  if (real_p(o)) return CNEW(canon(f_quo(CPX(self)->re, o)), canon(f_quo(CPX(self)->im, o)));
  return kn_num_coerce_bin(self, o, "/");
}
static kn_value cpx_div(ARGS) { return cpx_div_v(self, argv[0]); }
static kn_value cpx_fdiv(ARGS) {
  kn_value o = argv[0];
  if (real_p(o)) return CNEW(kn_funcall1(CPX(self)->re, "fdiv", o), kn_funcall1(CPX(self)->im, "fdiv", o));
  return cpx_div_v(CNEW(kn_float_new(to_dbl(CPX(self)->re)), kn_float_new(to_dbl(CPX(self)->im))), o);
}

static kn_value cpx_uminus(ARGS) { return CNEW(f_negate(CPX(self)->re), f_negate(CPX(self)->im)); }
static kn_value cpx_conj(ARGS) { return CNEW(CPX(self)->re, f_negate(CPX(self)->im)); }
static kn_value cpx_real(ARGS) { return CPX(self)->re; }
static kn_value cpx_imag(ARGS) { return CPX(self)->im; }
static kn_value cpx_rect(ARGS) { return kn_ary_new_from(2, (kn_value[]){CPX(self)->re, CPX(self)->im}); }

static kn_value cpx_abs_v(kn_value self) {
  kn_value re = CPX(self)->re, im = CPX(self)->im;
  if (zero_p(re)) {
    kn_value a = f_abs(im);
    if (KN_FLOAT_P(re) && !KN_FLOAT_P(im)) a = kn_float_new(to_dbl(a));
    return a;
  }
  if (zero_p(im)) {
    kn_value a = f_abs(re);
    if (!KN_FLOAT_P(re) && KN_FLOAT_P(im)) a = kn_float_new(to_dbl(a));
    return a;
  }
  return kn_float_new(hypot(to_dbl(re), to_dbl(im)));
}
static kn_value cpx_abs(ARGS) { return cpx_abs_v(self); }
static kn_value cpx_abs2(ARGS) {
  return f_add(f_mul(CPX(self)->re, CPX(self)->re), f_mul(CPX(self)->im, CPX(self)->im));
}
static kn_value cpx_arg_v(kn_value self) { return kn_float_new(atan2(to_dbl(CPX(self)->im), to_dbl(CPX(self)->re))); }
static kn_value cpx_arg(ARGS) { return cpx_arg_v(self); }
static kn_value cpx_polar(ARGS) { return kn_ary_new_from(2, (kn_value[]){cpx_abs_v(self), cpx_arg_v(self)}); }

/* CRuby's f_complex_polar */
static kn_value polar_new(kn_value x, kn_value y) {
  if (zero_p(x) || zero_p(y)) return CNEW(x, kn_float_new(0.0));
  if (KN_FLOAT_P(y)) {
    double arg = kn_float_value(y);
    if (arg == M_PI) {
      x = f_negate(x);
      y = kn_float_new(0.0);
    } else if (arg == M_PI_2) {
      y = x;
      x = kn_float_new(0.0);
    } else if (arg == -M_PI_2) {
      y = f_negate(x);
      x = kn_float_new(0.0);
    } else if (KN_FLOAT_P(x)) {
      double abs = kn_float_value(x);
      y = kn_float_new(abs * sin(arg));
      x = kn_float_new(abs * cos(arg));
    } else {
      double ax = sin(arg), ay = cos(arg);
      y = f_mul(x, kn_float_new(ax));
      x = f_mul(x, kn_float_new(ay));
    }
    return CNEW(x, y);
  }
  double a = to_dbl(y);
  return CNEW(f_mul(x, kn_float_new(cos(a))), f_mul(x, kn_float_new(sin(a))));
}

static void real_check(kn_value v) {
  if (!real_p(v)) kn_raise_fmt(kn_eTypeError, "not a real");
}
static kn_value s_polar(ARGS) {
  real_check(argv[0]);
  if (argc < 2) return CNEW(argv[0], ZERO);
  real_check(argv[1]);
  return polar_new(argv[0], argv[1]);
}
static kn_value s_rect(ARGS) {
  real_check(argv[0]);
  if (argc > 1) real_check(argv[1]);
  return CNEW(argv[0], argc > 1 ? argv[1] : ZERO);
}

static kn_value cpx_pow(ARGS) {
  kn_value o = argv[0];
  if (exact_zero_p(o)) return CNEW(ONE, ZERO);
  if (kn_rational_p(o) && kn_funcall0(o, "denominator") == ONE) o = kn_funcall0(o, "numerator");
  if (kn_complex_p(o) && exact_zero_p(CPX(o)->im)) o = CPX(o)->re;
  if (o == ONE) return CNEW(CPX(self)->re, CPX(self)->im);
  if (KN_FIXNUM_P(o)) {
    int64_t n = KN_FIX2INT(o);
    if (n < 0) {
      self = cpx_div_v(CNEW(ONE, ZERO), self);
      n = -n;
      o = KN_INT2FIX(n);
    }
    kn_value xr = CPX(self)->re, xi = CPX(self)->im, zr = xr, zi = xi;
    if (zero_p(xi)) {
      zr = kn_funcall1(zr, "**", o);
    } else if (zero_p(xr)) {
      zi = kn_funcall1(zi, "**", o);
      if (n & 2) zi = f_negate(zi);
      if (!(n & 1)) {
        kn_value t = zr;
        zr = zi;
        zi = t;
      }
    } else {
      while (--n) {
        int64_t q, r;
        for (; q = n / 2, r = n % 2, r == 0; n = q) {
          kn_value t = f_sub(f_mul(xr, xr), f_mul(xi, xi));
          xi = f_mul(f_mul(KN_INT2FIX(2), xr), xi);
          xr = t;
        }
        comp_mul(zr, zi, xr, xi, &zr, &zi);
      }
    }
    return CNEW(zr, zi);
  }
  if (kn_complex_p(o)) {
    double r = to_dbl(cpx_abs_v(self)), theta = to_dbl(cpx_arg_v(self));
    double orr = to_dbl(CPX(o)->re), oi = to_dbl(CPX(o)->im);
    double nr = exp(orr * log(r) - oi * theta), nt = theta * orr + oi * log(r);
    return polar_new(kn_float_new(nr), kn_float_new(nt));
  }
  if (real_p(o)) {
    kn_value r = cpx_abs_v(self), theta = cpx_arg_v(self);
    return polar_new(kn_funcall1(r, "**", o), f_mul(theta, o));
  }
  return kn_num_coerce_bin(self, o, "**");
}

static kn_value cpx_eq(ARGS) {
  kn_value o = argv[0];
  if (kn_complex_p(o))
    return KN_BOOL(kn_equal(CPX(self)->re, CPX(o)->re) && kn_equal(CPX(self)->im, CPX(o)->im));
  if (real_p(o)) return KN_BOOL(kn_equal(CPX(self)->re, o) && zero_p(CPX(self)->im));
  return KN_BOOL(kn_equal(o, self));
}
static kn_value cpx_cmp(ARGS) {
  kn_value o = argv[0];
  if (!zero_p(CPX(self)->im)) return KN_NIL;
  if (kn_complex_p(o)) {
    if (!zero_p(CPX(o)->im)) return KN_NIL;
    return kn_funcall1(CPX(self)->re, "<=>", CPX(o)->re);
  }
  if (real_p(o)) return kn_funcall1(CPX(self)->re, "<=>", o);
  return KN_NIL;
}
static kn_value cpx_coerce(ARGS) {
  kn_value o = argv[0];
  if (kn_complex_p(o)) return kn_ary_new_from(2, (kn_value[]){o, self});
  if (real_p(o)) return kn_ary_new_from(2, (kn_value[]){CNEW(o, ZERO), self});
  kn_raise_fmt(kn_eTypeError, "%s can't be coerced into Complex", kn_class_name(kn_real_class(o)));
}

static kn_value format(kn_value self, bool inspect) {
  kn_buf b;
  kn_buf_init(&b);
  if (inspect) kn_buf_addc(&b, '(');
  kn_value im = CPX(self)->im;
  kn_buf_addv(&b, inspect ? kn_inspect(CPX(self)->re) : kn_obj_to_s(CPX(self)->re));
  kn_buf_addc(&b, tpositive_p(im) ? '+' : '-');
  kn_value a = f_abs(im);
  kn_buf_addv(&b, inspect ? kn_inspect(a) : kn_obj_to_s(a));
  if (b.len == 0 || !isdigit((unsigned char)b.ptr[b.len - 1])) kn_buf_addc(&b, '*');
  kn_buf_addc(&b, 'i');
  if (inspect) kn_buf_addc(&b, ')');
  return kn_buf_to_str(&b);
}
static kn_value cpx_to_s(ARGS) { return format(self, false); }
static kn_value cpx_inspect(ARGS) { return format(self, true); }
static kn_value cpx_hash(ARGS) {
  return KN_INT2FIX((int64_t)(kn_hash_mix(kn_hash_of(CPX(self)->re), kn_hash_of(CPX(self)->im) ^ 0x5bd1e995u) >> 2));
}
static kn_value cpx_eql(ARGS) {
  kn_value o = argv[0];
  return KN_BOOL(kn_complex_p(o) && kn_real_class(CPX(self)->re) == kn_real_class(CPX(o)->re) &&
                 kn_real_class(CPX(self)->im) == kn_real_class(CPX(o)->im) &&
                 kn_equal(CPX(self)->re, CPX(o)->re) && kn_equal(CPX(self)->im, CPX(o)->im));
}
static kn_value cpx_real_p(ARGS) { return KN_FALSE; }
static kn_value cpx_zero_p(ARGS) { return KN_BOOL(zero_p(CPX(self)->re) && zero_p(CPX(self)->im)); }
static bool part_finite(kn_value v) { return !KN_FLOAT_P(v) || isfinite(kn_float_value(v)); }
static kn_value cpx_finite_p(ARGS) { return KN_BOOL(part_finite(CPX(self)->re) && part_finite(CPX(self)->im)); }
static kn_value cpx_infinite_p(ARGS) {
  kn_value re = CPX(self)->re, im = CPX(self)->im;
  if ((KN_FLOAT_P(re) && isinf(kn_float_value(re))) || (KN_FLOAT_P(im) && isinf(kn_float_value(im)))) return ONE;
  return KN_NIL;
}
static kn_value cpx_to_c(ARGS) { return self; }
static kn_value cpx_to_real(kn_value self, const char *conv, const char *name) {
  if (!exact_zero_p(CPX(self)->im)) {
    kn_value s = format(self, false);
    kn_raise_fmt(kn_eRangeError, "can't convert %s into %s", KN_STR(s)->ptr, name);
  }
  return kn_funcall0(CPX(self)->re, conv);
}
static kn_value cpx_to_i(ARGS) { return cpx_to_real(self, "to_i", "Integer"); }
static kn_value cpx_to_f(ARGS) { return cpx_to_real(self, "to_f", "Float"); }
static kn_value cpx_to_r(ARGS) { return cpx_to_real(self, "to_r", "Rational"); }

/* ---- String parsing (CRuby's read_comp, simplified) ---- */

/* [sign]digits[.digits][e[sign]digits][/digits]; KN_UNDEF when nothing numeric */
static kn_value read_real(const char **sp, const char *e, bool sign_ok) {
  const char *p = *sp;
  kn_buf b;
  kn_buf_init(&b);
  bool flo = false, rat = false, any = false;
  if (sign_ok && p < e && (*p == '+' || *p == '-')) kn_buf_addc(&b, *p++);
#define DIGITS()                                                                                   \
  do {                                                                                             \
    while (p < e) {                                                                                \
      if (isdigit((unsigned char)*p)) kn_buf_addc(&b, *p++), any = true;                          \
      else if (*p == '_' && p + 1 < e && isdigit((unsigned char)p[1]) && p > *sp && isdigit((unsigned char)p[-1])) p++; \
      else break;                                                                                  \
    }                                                                                              \
  } while (0)
  DIGITS();
  if (!any) return KN_UNDEF;
  if (p + 1 < e && *p == '.' && isdigit((unsigned char)p[1])) {
    kn_buf_addc(&b, *p++);
    flo = true;
    DIGITS();
  }
  if (p < e && (*p == 'e' || *p == 'E')) {
    const char *q = p + 1;
    if (q < e && (*q == '+' || *q == '-')) q++;
    if (q < e && isdigit((unsigned char)*q)) {
      while (p < q) kn_buf_addc(&b, *p++);
      flo = true;
      DIGITS();
    }
  }
  if (!flo && p + 1 < e && *p == '/' && isdigit((unsigned char)p[1])) {
    kn_buf_addc(&b, *p++);
    rat = true;
    DIGITS();
  }
#undef DIGITS
  kn_buf_addc(&b, 0);
  *sp = p;
  kn_value s = kn_str_cstr(b.ptr);
  return kn_funcall0(s, rat ? "to_r" : flo ? "to_f" : "to_i");
}

static bool imag_unit(char c) { return c == 'i' || c == 'I' || c == 'j' || c == 'J'; }

/* *ok: the whole string (but spaces) was a complex number */
static kn_value parse_cpx(const char *s, const char *e, bool *ok) {
  while (s < e && isspace((unsigned char)*s)) s++;
  kn_value re = ZERO, im = ZERO;
  *ok = false;
  const char *p = s;
  kn_value a = read_real(&p, e, true);
  if (a == KN_UNDEF) {
    /* "i", "+i", "-i" */
    const char *q = s;
    bool neg = false;
    if (q < e && (*q == '+' || *q == '-')) neg = *q++ == '-';
    if (q < e && imag_unit(*q)) {
      im = neg ? KN_INT2FIX(-1) : ONE;
      p = q + 1;
    } else {
      return CNEW(ZERO, ZERO);
    }
  } else if (p < e && imag_unit(*p)) {
    im = a;
    p++;
  } else if (p < e && *p == '@') {
    const char *q = p + 1;
    kn_value b = read_real(&q, e, true);
    if (b == KN_UNDEF) {
      re = a;
    } else {
      p = q;
      kn_value c = polar_new(a, b);
      re = CPX(c)->re, im = CPX(c)->im;
    }
  } else {
    re = a;
    if (p < e && (*p == '+' || *p == '-')) {
      const char *q = p;
      bool neg = *q == '-';
      kn_value b = read_real(&q, e, true);
      if (b != KN_UNDEF && q < e && imag_unit(*q)) {
        im = b;
        p = q + 1;
      } else if (b == KN_UNDEF && q + 1 < e && imag_unit(q[1])) {
        im = neg ? KN_INT2FIX(-1) : ONE;
        p = q + 2;
      }
    }
  }
  while (p < e && isspace((unsigned char)*p)) p++;
  *ok = p == e;
  return CNEW(re, im);
}

static kn_value str_to_c(ARGS) {
  bool ok;
  return parse_cpx(KN_STR(self)->ptr, KN_STR(self)->ptr + KN_STR(self)->len, &ok);
}

static kn_value any_to_c(kn_value v) {
  if (kn_complex_p(v) || real_p(v)) return v;
  if (v == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert nil into Complex");
  if (KN_TYPE_P(v, KN_T_STRING)) {
    bool ok;
    kn_value c = parse_cpx(KN_STR(v)->ptr, KN_STR(v)->ptr + KN_STR(v)->len, &ok);
    if (!ok || memchr(KN_STR(v)->ptr, 0, KN_STR(v)->len))
      kn_raise_fmt(kn_eArgumentError, "invalid value for convert(): %s", KN_STR(kn_str_inspect(v))->ptr);
    return c;
  }
  if (kn_respond_to(v, kn_intern("to_c"), true)) return kn_send(v, kn_intern("to_c"), 0, NULL, KN_NIL);
  kn_raise_fmt(kn_eTypeError, "can't convert %s into Complex", kn_class_name(kn_real_class(v)));
}

static kn_value k_complex(ARGS) {
  kn_value a = any_to_c(argv[0]);
  if (argc < 2) return kn_complex_p(a) ? a : CNEW(a, ZERO);
  if (argv[1] == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't convert nil into Complex");
  kn_value b = any_to_c(argv[1]);
  if (kn_complex_p(a) && exact_zero_p(CPX(a)->im)) a = CPX(a)->re;
  if (kn_complex_p(b) && exact_zero_p(CPX(b)->im)) b = CPX(b)->re;
  if (real_p(a) && real_p(b)) return CNEW(a, b);
  /* a + b * i */
  kn_value bi = kn_complex_p(b) ? CNEW(f_negate(CPX(b)->im), CPX(b)->re) : CNEW(ZERO, b);
  return cpx_add_sub(to_cpx(a), bi, false);
}

/* ---- Numeric's complex side ---- */
static kn_value num_to_c(ARGS) { return CNEW(self, ZERO); }
static kn_value num_real_p(ARGS) { return KN_TRUE; }
static kn_value num_real(ARGS) { return self; }
static kn_value num_imag(ARGS) { return ZERO; }
static kn_value num_conj(ARGS) { return self; }
static kn_value num_rect(ARGS) { return kn_ary_new_from(2, (kn_value[]){self, ZERO}); }
static kn_value num_arg_v(kn_value self) {
  if (KN_FLOAT_P(self)) {
    double d = kn_float_value(self);
    if (isnan(d)) return self;
    return signbit(d) ? kn_float_new(M_PI) : ZERO;
  }
  return KN_TEST(kn_op_lt(self, ZERO)) ? kn_float_new(M_PI) : ZERO;
}
static kn_value num_arg(ARGS) { return num_arg_v(self); }
static kn_value num_polar(ARGS) { return kn_ary_new_from(2, (kn_value[]){f_abs(self), num_arg_v(self)}); }

static const kn_method_def cpx_methods[] = {
    {"+", cpx_plus, 1, 1},         {"-", cpx_minus, 1, 1},          {"*", cpx_mul, 1, 1},
    {"/", cpx_div, 1, 1},          {"quo", cpx_div, 1, 1},          {"fdiv", cpx_fdiv, 1, 1},
    {"**", cpx_pow, 1, 1},         {"-@", cpx_uminus, 0, 0},        {"==", cpx_eq, 1, 1},
    {"<=>", cpx_cmp, 1, 1},        {"coerce", cpx_coerce, 1, 1},    {"real", cpx_real, 0, 0},
    {"imaginary", cpx_imag, 0, 0}, {"imag", cpx_imag, 0, 0},        {"abs", cpx_abs, 0, 0},
    {"magnitude", cpx_abs, 0, 0},  {"abs2", cpx_abs2, 0, 0},        {"arg", cpx_arg, 0, 0},
    {"angle", cpx_arg, 0, 0},      {"phase", cpx_arg, 0, 0},        {"polar", cpx_polar, 0, 0},
    {"rectangular", cpx_rect, 0, 0}, {"rect", cpx_rect, 0, 0},      {"conjugate", cpx_conj, 0, 0},
    {"conj", cpx_conj, 0, 0},      {"to_s", cpx_to_s, 0, 0},        {"inspect", cpx_inspect, 0, 0},
    {"hash", cpx_hash, 0, 0},      {"eql?", cpx_eql, 1, 1},         {"real?", cpx_real_p, 0, 0},
    {"zero?", cpx_zero_p, 0, 0},   {"finite?", cpx_finite_p, 0, 0}, {"infinite?", cpx_infinite_p, 0, 0},
    {"to_c", cpx_to_c, 0, 0},      {"to_i", cpx_to_i, 0, 0},        {"to_f", cpx_to_f, 0, 0},
    {"to_r", cpx_to_r, 0, 0},      {NULL, NULL, 0, 0}};

static const kn_method_def num_methods[] = {
    {"to_c", num_to_c, 0, 0},        {"real?", num_real_p, 0, 0},  {"real", num_real, 0, 0},
    {"imaginary", num_imag, 0, 0},   {"imag", num_imag, 0, 0},     {"conjugate", num_conj, 0, 0},
    {"conj", num_conj, 0, 0},        {"rectangular", num_rect, 0, 0}, {"rect", num_rect, 0, 0},
    {"arg", num_arg, 0, 0},          {"angle", num_arg, 0, 0},     {"phase", num_arg, 0, 0},
    {"polar", num_polar, 0, 0},      {NULL, NULL, 0, 0}};

void kn_init_complex(void) {
  kn_cComplex = kn_define_class(kn_cObject, "Complex", kn_cNumeric);
  kn_define_methods(kn_cComplex, cpx_methods);
  kn_value meta = KN_CVAL(kn_singleton_class(kn_cComplex));
  kn_undef_method(meta, kn_intern("new"));
  kn_define_singleton_methods(kn_cComplex, (const kn_method_def[]){{"polar", s_polar, 1, 2},
                                                                   {"rectangular", s_rect, 1, 2},
                                                                   {"rect", s_rect, 1, 2},
                                                                   {NULL, NULL, 0, 0}});
  static const char *const undefs[] = {"%",     "<",        "<=",        ">",      ">=",    "between?", "clamp",
                                       "div",   "divmod",   "floor",     "ceil",   "modulo", "remainder",
                                       "round", "step",     "truncate",  "positive?", "negative?", NULL};
  for (int i = 0; undefs[i]; i++)
    if (kn_method_lookup(KN_CLASS(kn_cComplex), kn_intern(undefs[i]), NULL)) kn_undef_method(kn_cComplex, kn_intern(undefs[i]));
  kn_const_set(kn_cComplex, kn_intern("I"), CNEW(ZERO, ONE));
  kn_define_module_functions(kn_mKernel, (const kn_method_def[]){{"Complex", k_complex, 1, 2}, {NULL, NULL, 0, 0}});
  kn_define_methods(kn_cNumeric, num_methods);
  kn_define_method(kn_cString, "to_c", str_to_c, 0, 0);
}
