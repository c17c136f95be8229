/* integer.c: Integer: fixnums with overflow checks, Bignums on GMP, and Integer's methods. */
#include "internal.h"
#include <math.h>
#include <stdlib.h>

kn_value kn_cInteger;

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk
#define FIX(v) KN_FIX2INT(v)

/* ------------------------------------------------------------------------
 * Representation
 * ------------------------------------------------------------------------ */

/* Bignum arithmetic avoids copying digits: a Bignum operand is read in
 * place, a fixnum operand is viewed as a one-limb mpz on the caller's stack
 * (kn_int_view), and a result computed into a fresh mpz becomes the new
 * Bignum's own digits (kn_big_take). mpz_init allocates nothing (GMP >= 6.2),
 * so a result that fits a fixnum costs no allocation either. */
_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "a fixnum's magnitude must fit one limb");

static kn_value big_alloc(void) {
  kn_bignum *b = kn_alloc(sizeof(kn_bignum));
  b->h.klass = KN_CLASS(kn_cInteger);
  b->h.type = KN_T_BIGNUM;
  b->h.flags = KN_FL_FROZEN;
  return (kn_value)b;
}

mpz_srcptr kn_int_view(kn_value v, kn_mpz_view *tmp) {
  if (!KN_FIXNUM_P(v)) return KN_BIG(v)->z;
  int64_t n = FIX(v);
  tmp->limb = n < 0 ? -(uint64_t)n : (uint64_t)n;
  return mpz_roinit_n(tmp->z, &tmp->limb, n < 0 ? -1 : n > 0);
}

kn_value kn_big_take(mpz_ptr z) {
  if (mpz_fits_slong_p(z)) {
    long n = mpz_get_si(z);
    if (KN_FIXABLE(n)) {
      mpz_clear(z);
      return KN_INT2FIX(n);
    }
  }
  kn_value b = big_alloc();
  *KN_BIG(b)->z = *z; /* the Bignum owns the limbs from now on */
  return b;
}

kn_value kn_big_norm(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) {
    long n = mpz_get_si(z);
    if (KN_FIXABLE(n)) return KN_INT2FIX(n);
  }
  kn_value b = big_alloc();
  mpz_init_set(KN_BIG(b)->z, z);
  return b;
}

kn_value kn_int_new(int64_t i) {
  if (KN_FIXABLE(i)) return KN_INT2FIX(i);
  kn_value b = big_alloc();
  mpz_init_set_si(KN_BIG(b)->z, (long)i);
  return b;
}

void kn_int_to_mpz(kn_value v, mpz_ptr out) {
  if (KN_FIXNUM_P(v)) mpz_set_si(out, (long)FIX(v));
  else mpz_set(out, KN_BIG(v)->z);
}

kn_value kn_int_from_str(const char *digits, int base) {
  mpz_t z;
  const char *p = digits;
  bool neg = false;
  if (*p == '-' || *p == '+') neg = *p++ == '-';
  char *clean = kn_alloc_atomic(strlen(p) + 1), *q = clean;
  for (; *p; p++)
    if (*p != '_') *q++ = *p;
  *q = 0;
  if (mpz_init_set_str(z, clean, base) != 0) kn_bug(__FILE__, __LINE__, "bad integer literal");
  if (neg) mpz_neg(z, z);
  return kn_big_take(z);
}

int64_t kn_num2long(kn_value v) {
  if (KN_FIXNUM_P(v)) return FIX(v);
  if (KN_BIGNUM_P(v)) {
    if (mpz_fits_slong_p(KN_BIG(v)->z)) return mpz_get_si(KN_BIG(v)->z);
    kn_raise_fmt(kn_eRangeError, "bignum too big to convert into `long'");
  }
  if (KN_FLOAT_P(v)) {
    double d = kn_float_value(v);
    if (d < 9.2233720368547758e18 && d >= -9.2233720368547758e18) return (int64_t)d;
    kn_value s = kn_float_to_s(d);
    kn_raise_fmt(kn_eRangeError, "float %s out of range of integer", KN_STR(s)->ptr);
  }
  if (v == KN_NIL) kn_raise_fmt(kn_eTypeError, "no implicit conversion from nil to integer");
  if (v == KN_TRUE || v == KN_FALSE)
    kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Integer", v == KN_TRUE ? "true" : "false");
  if (kn_respond_to(v, kn_s_to_int, true)) {
    kn_value i = kn_send_self(v, kn_s_to_int, 0, NULL, KN_NIL);
    if (KN_INTEGER_P(i)) return kn_num2long(i);
  }
  kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Integer", kn_class_name(kn_real_class(v)));
}

double kn_big2dbl(kn_value v) {
  /* mpz_get_d truncates; ruby rounds to nearest, so go through a string
   * when the value has more bits than a double holds. */
  mpz_srcptr z = KN_BIG(v)->z;
  if (mpz_sizeinbase(z, 2) <= 53) return mpz_get_d(z);
  if (mpz_sizeinbase(z, 2) > 1100) return mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
  char *s = mpz_get_str(NULL, 10, z);
  return strtod(s, NULL);
}

static double int2dbl(kn_value v) { return KN_FIXNUM_P(v) ? (double)FIX(v) : kn_big2dbl(v); }

kn_value kn_dbl2ival(double d) {
  if (d < 4611686018427387904.0 && d >= -4611686018427387904.0) return KN_INT2FIX((int64_t)d);
  mpz_t z;
  mpz_init_set_d(z, d);
  return kn_big_take(z);
}

/* ------------------------------------------------------------------------
 * Errors shared by the numeric classes
 * ------------------------------------------------------------------------ */

/* ruby names special constants (nil, 1, :a, flonums) by inspect, others by class */
static kn_value desc_for_error(kn_value b) {
  if (KN_SPECIAL_P(b)) return kn_inspect(b);
  return kn_class_path(kn_real_class(b));
}

_Noreturn void kn_coerce_fail(kn_value b, const char *target) {
  kn_value d = desc_for_error(b);
  kn_raise_fmt(kn_eTypeError, "%s can't be coerced into %s", KN_STR(d)->ptr, target);
}

_Noreturn void kn_cmp_fail(kn_value a, kn_value b) {
  kn_value d = (KN_SPECIAL_P(b) || KN_FLOAT_P(b)) ? kn_inspect(b) : kn_class_path(kn_real_class(b));
  kn_raise_fmt(kn_eArgumentError, "comparison of %s with %s failed", kn_class_name(kn_real_class(a)), KN_STR(d)->ptr);
}

static kn_value do_coerce(kn_value a, kn_value b, bool err_is_cmp) {
  if (!KN_SPECIAL_P(b) || KN_SYMBOL_P(b)) {
    if (kn_respond_to(b, kn_s_coerce, true)) {
      kn_value pair = kn_send(b, kn_s_coerce, 1, &a, KN_NIL);
      if (!KN_TYPE_P(pair, KN_T_ARRAY) || KN_ARY(pair)->len != 2)
        kn_raise_fmt(kn_eTypeError, "coerce must return [x, y]");
      return pair;
    }
  }
  if (err_is_cmp) kn_cmp_fail(a, b);
  kn_coerce_fail(b, kn_class_name(kn_real_class(a)));
}

kn_value kn_num_coerce_bin(kn_value a, kn_value b, const char *op) {
  kn_value pair = do_coerce(a, b, false);
  return kn_send(KN_ARY(pair)->ptr[0], kn_intern(op), 1, &KN_ARY(pair)->ptr[1], KN_NIL);
}

kn_value kn_num_coerce_cmp(kn_value a, kn_value b, const char *op) {
  kn_value pair = do_coerce(a, b, true);
  return kn_send(KN_ARY(pair)->ptr[0], kn_intern(op), 1, &KN_ARY(pair)->ptr[1], KN_NIL);
}

/* a <=> b through b.coerce(a) for Integer#<=> and Float#<=>: nil when b cannot coerce
 * or its coerce raises a StandardError (a comparison answers nil, it does not raise) */
kn_value kn_num_coerce_cmp_or_nil(kn_value a, kn_value b) {
  if (KN_SPECIAL_P(b) || !kn_respond_to(b, kn_s_coerce, true)) return KN_NIL;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    kn_value r = kn_num_coerce_cmp(a, b, "<=>");
    KN_UNPROTECT(j);
    return r;
  }
  if (j.kind != KN_JUMP_RAISE || !kn_obj_is_kind_of(j.value, kn_eStandardError)) kn_rethrow(&j);
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Arithmetic
 * ------------------------------------------------------------------------ */

typedef void (*mpz_op)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static kn_value big_op(kn_value a, kn_value b, mpz_op op) {
  kn_mpz_view ta, tb;
  mpz_t r;
  mpz_init(r);
  op(r, kn_int_view(a, &ta), kn_int_view(b, &tb));
  return kn_big_take(r);
}

static _Noreturn void zero_div(void) { kn_raise_fmt(kn_eZeroDivisionError, "divided by 0"); }

kn_value kn_int_plus(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t r;
    if (!__builtin_add_overflow(FIX(a), FIX(b), &r)) return kn_int_new(r);
  }
  if (KN_INTEGER_P(b)) return big_op(a, b, mpz_add);
  if (KN_FLOAT_P(b)) return kn_float_new(int2dbl(a) + kn_float_value(b));
  return kn_num_coerce_bin(a, b, "+");
}

kn_value kn_int_minus(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t r;
    if (!__builtin_sub_overflow(FIX(a), FIX(b), &r)) return kn_int_new(r);
  }
  if (KN_INTEGER_P(b)) return big_op(a, b, mpz_sub);
  if (KN_FLOAT_P(b)) return kn_float_new(int2dbl(a) - kn_float_value(b));
  return kn_num_coerce_bin(a, b, "-");
}

kn_value kn_int_mul(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t r;
    if (!__builtin_mul_overflow(FIX(a), FIX(b), &r)) return kn_int_new(r);
  }
  if (KN_INTEGER_P(b)) return big_op(a, b, mpz_mul);
  if (KN_FLOAT_P(b)) return kn_float_new(int2dbl(a) * kn_float_value(b));
  return kn_num_coerce_bin(a, b, "*");
}

static bool int_zero_p(kn_value v) { return v == KN_INT2FIX(0); }

kn_value kn_int_div(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t x = FIX(a), y = FIX(b);
    if (y == 0) zero_div();
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return kn_int_new(q);
  }
  if (KN_INTEGER_P(b)) {
    if (int_zero_p(b)) zero_div();
    return big_op(a, b, mpz_fdiv_q);
  }
  if (KN_FLOAT_P(b)) return kn_float_new(int2dbl(a) / kn_float_value(b));
  return kn_num_coerce_bin(a, b, "/");
}

kn_value kn_int_mod(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t x = FIX(a), y = FIX(b);
    if (y == 0) zero_div();
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return KN_INT2FIX(r);
  }
  if (KN_INTEGER_P(b)) {
    if (int_zero_p(b)) zero_div();
    return big_op(a, b, mpz_fdiv_r);
  }
  if (KN_FLOAT_P(b)) return kn_float_new(kn_flo_mod_d(int2dbl(a), kn_float_value(b)));
  return kn_num_coerce_bin(a, b, "%");
}

static int int_sign(kn_value v) {
  if (KN_FIXNUM_P(v)) return FIX(v) < 0 ? -1 : FIX(v) > 0;
  return mpz_sgn(KN_BIG(v)->z);
}

/* Exact comparison of an Integer with a double: -1, 0, 1, or 2 for NaN. */
static int int_cmp_dbl(kn_value a, double d) {
  if (isnan(d)) return 2;
  if (isinf(d)) return d > 0 ? -1 : 1;
  if (KN_FIXNUM_P(a) && FIX(a) < (1LL << 53) && FIX(a) > -(1LL << 53)) {
    double x = (double)FIX(a);
    return x < d ? -1 : x > d;
  }
  kn_mpz_view t;
  int c = mpz_cmp_d(kn_int_view(a, &t), d);
  return c < 0 ? -1 : c > 0;
}

static int int_cmp_int(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return FIX(a) < FIX(b) ? -1 : FIX(a) > FIX(b);
  kn_mpz_view ta, tb;
  int c = mpz_cmp(kn_int_view(a, &ta), kn_int_view(b, &tb));
  return c < 0 ? -1 : c > 0;
}

kn_value kn_int_cmp(kn_value a, kn_value b) {
  if (KN_INTEGER_P(b)) return KN_INT2FIX(int_cmp_int(a, b));
  if (KN_FLOAT_P(b)) {
    int c = int_cmp_dbl(a, kn_float_value(b));
    return c == 2 ? KN_NIL : KN_INT2FIX(c);
  }
  return kn_num_coerce_cmp_or_nil(a, b);
}

bool kn_int_equal(kn_value a, kn_value b) {
  if (KN_INTEGER_P(b)) return int_cmp_int(a, b) == 0;
  if (KN_FLOAT_P(b)) return int_cmp_dbl(a, kn_float_value(b)) == 0;
  if (KN_SPECIAL_P(b)) return false;
  return kn_equal(b, a);
}

/* <, <=, >, >= share this: raise as ruby does for non-numbers. */
static int relop(kn_value a, kn_value b, const char *op) {
  if (KN_INTEGER_P(b)) return int_cmp_int(a, b);
  if (KN_FLOAT_P(b)) return int_cmp_dbl(a, kn_float_value(b));
  kn_value r = kn_num_coerce_cmp(a, b, op);
  return KN_TEST(r) ? 3 : 4; /* 3: true, 4: false, decided by the coerced call */
}

static kn_value int_lt(ARGS) { int c = relop(self, argv[0], "<"); return KN_BOOL(c == -1 || c == 3); }
static kn_value int_le(ARGS) { int c = relop(self, argv[0], "<="); return KN_BOOL(c == -1 || c == 0 || c == 3); }
static kn_value int_gt(ARGS) { int c = relop(self, argv[0], ">"); return KN_BOOL(c == 1 || c == 3); }
static kn_value int_ge(ARGS) { int c = relop(self, argv[0], ">="); return KN_BOOL(c == 1 || c == 0 || c == 3); }

kn_value kn_int_lt(kn_value a, kn_value b) { return int_lt(a, 1, &b, KN_NIL); }
kn_value kn_int_le(kn_value a, kn_value b) { return int_le(a, 1, &b, KN_NIL); }
kn_value kn_int_gt(kn_value a, kn_value b) { return int_gt(a, 1, &b, KN_NIL); }
kn_value kn_int_ge(kn_value a, kn_value b) { return int_ge(a, 1, &b, KN_NIL); }

static kn_value int_plus(ARGS) { return kn_int_plus(self, argv[0]); }
static kn_value int_minus(ARGS) { return kn_int_minus(self, argv[0]); }
static kn_value int_mul(ARGS) { return kn_int_mul(self, argv[0]); }
static kn_value int_div(ARGS) { return kn_int_div(self, argv[0]); }
static kn_value int_mod(ARGS) { return kn_int_mod(self, argv[0]); }
static kn_value int_cmp(ARGS) { return kn_int_cmp(self, argv[0]); }
static kn_value int_eq(ARGS) { return KN_BOOL(kn_int_equal(self, argv[0])); }
static kn_value int_eql(ARGS) { return KN_BOOL(KN_INTEGER_P(argv[0]) && int_cmp_int(self, argv[0]) == 0); }

static kn_value int_idiv(ARGS) {
  kn_value b = argv[0];
  if (KN_FLOAT_P(b)) {
    if (kn_float_value(b) == 0.0) zero_div();
    return kn_funcall0(kn_float_new(floor(int2dbl(self) / kn_float_value(b))), "to_i");
  }
  kn_value q = kn_int_div(self, b);
  return KN_FLOAT_P(q) ? kn_funcall0(q, "floor") : q;
}

static kn_value int_remainder(ARGS) {
  kn_value b = argv[0];
  if (KN_FIXNUM_P(self) && KN_FIXNUM_P(b)) {
    if (FIX(b) == 0) zero_div();
    return KN_INT2FIX(FIX(self) % FIX(b));
  }
  if (KN_INTEGER_P(b)) {
    if (int_zero_p(b)) zero_div();
    return big_op(self, b, mpz_tdiv_r);
  }
  if (KN_FLOAT_P(b)) return kn_float_new(fmod(int2dbl(self), kn_float_value(b)));
  return kn_num_coerce_bin(self, b, "remainder");
}

static kn_value int_divmod(ARGS) {
  kn_value b = argv[0];
  if (KN_FLOAT_P(b)) return kn_funcall1(kn_float_new(int2dbl(self)), "divmod", b);
  if (!KN_INTEGER_P(b)) return kn_num_coerce_bin(self, b, "divmod");
  kn_value pair[2] = {kn_int_div(self, b), kn_int_mod(self, b)};
  return kn_ary_new_from(2, pair);
}

static kn_value int_fdiv(ARGS) {
  kn_value b = argv[0];
  if (KN_INTEGER_P(b)) {
    if (KN_BIGNUM_P(self) || KN_BIGNUM_P(b)) {
      /* exact quotient rounded once */
      kn_mpz_view tx, ty;
      mpz_srcptr x = kn_int_view(self, &tx), y = kn_int_view(b, &ty);
      if (mpz_sgn(y) == 0) return kn_float_new(int2dbl(self) / 0.0);
      mpf_t fx, fy;
      mpf_init2(fx, 256);
      mpf_init2(fy, 256);
      mpf_set_z(fx, x);
      mpf_set_z(fy, y);
      mpf_div(fx, fx, fy);
      double d = mpf_get_d(fx);
      mpf_clear(fx);
      mpf_clear(fy);
      return kn_float_new(d);
    }
    return kn_float_new((double)FIX(self) / (double)FIX(b));
  }
  if (KN_FLOAT_P(b)) return kn_float_new(int2dbl(self) / kn_float_value(b));
  return kn_num_coerce_bin(self, b, "fdiv");
}

kn_value kn_int_pow(kn_value a, kn_value b) {
  if (KN_FLOAT_P(b)) {
    double x = int2dbl(a), y = kn_float_value(b);
    if (x < 0 && y != round(y)) return kn_funcall1(kn_funcall0(a, "to_c"), "**", b); /* Complex: unsupported */
    return kn_float_new(pow(x, y));
  }
  if (!KN_INTEGER_P(b)) return kn_num_coerce_bin(a, b, "**");
  if (int_sign(b) < 0) {
    if (a == KN_INT2FIX(1)) return a;
    if (a == KN_INT2FIX(-1)) return KN_INT2FIX(int_cmp_int(kn_int_mod(b, KN_INT2FIX(2)), KN_INT2FIX(0)) ? -1 : 1);
    if (a == KN_INT2FIX(0)) zero_div();
    return kn_int_pow_negative(a, b);
  }
  if (!KN_FIXNUM_P(b)) {
    if (a == KN_INT2FIX(0) || a == KN_INT2FIX(1)) return a;
    if (a == KN_INT2FIX(-1)) return KN_INT2FIX(mpz_even_p(KN_BIG(b)->z) ? 1 : -1);
    return kn_float_new(HUGE_VAL);
  }
  int64_t e = FIX(b);
  if (KN_FIXNUM_P(a)) {
    int64_t base = FIX(a), r = 1;
    bool ok = true;
    for (int64_t i = 0; i < e && ok; i++) ok = !__builtin_mul_overflow(r, base, &r);
    if (ok && e < 64) return kn_int_new(r);
  }
  kn_mpz_view ta;
  mpz_srcptr x = kn_int_view(a, &ta);
  if ((double)mpz_sizeinbase(x, 2) * (double)e > 32.0 * 1024 * 1024 * 8) {
    fprintf(stderr, "warning: in a**b, b may be too big\n");
    return kn_float_new(pow(int2dbl(a), (double)e));
  }
  mpz_t r;
  mpz_init(r);
  mpz_pow_ui(r, x, (unsigned long)e);
  return kn_big_take(r);
}

static kn_value int_pow(ARGS) {
  if (argc == 2) {
    kn_value b = argv[0], m = argv[1];
    if (!KN_INTEGER_P(b) || !KN_INTEGER_P(m))
      kn_raise_fmt(kn_eTypeError, "Integer#pow() 2nd argument not allowed unless all arguments are integers");
    if (int_sign(b) < 0) kn_raise_fmt(kn_eRangeError, "Integer#pow() 1st argument cannot be negative when 2nd argument specified");
    if (int_zero_p(m)) zero_div();
    kn_mpz_view tx, ty, tz;
    mpz_srcptr z = kn_int_view(m, &tz);
    mpz_t az, r;
    mpz_init(r);
    mpz_roinit_n(az, mpz_limbs_read(z), (mp_size_t)mpz_size(z)); /* |m|, sharing m's limbs */
    mpz_powm(r, kn_int_view(self, &tx), kn_int_view(b, &ty), az);
    if (mpz_sgn(z) < 0 && mpz_sgn(r) > 0) mpz_add(r, r, z);
    return kn_big_take(r);
  }
  return kn_int_pow(self, argv[0]);
}

static kn_value int_uminus(ARGS) {
  if (KN_FIXNUM_P(self)) return kn_int_new(-FIX(self));
  mpz_t r;
  mpz_init(r);
  mpz_neg(r, KN_BIG(self)->z);
  return kn_big_take(r);
}

static kn_value int_uplus(ARGS) { return self; }

static kn_value int_invert(ARGS) {
  if (KN_FIXNUM_P(self)) return KN_INT2FIX(~FIX(self));
  mpz_t r;
  mpz_init(r);
  mpz_com(r, KN_BIG(self)->z);
  return kn_big_take(r);
}

static kn_value bit_arg(kn_value self, kn_value b, const char *op) {
  if (KN_INTEGER_P(b)) return b;
  if (KN_FLOAT_P(b)) kn_coerce_fail(b, "Integer");
  return kn_num_coerce_bin(self, b, op);
}

static kn_value int_and(ARGS) {
  kn_value b = argv[0];
  if (KN_FIXNUM_P(self) && KN_FIXNUM_P(b)) return KN_INT2FIX(FIX(self) & FIX(b));
  if (!KN_INTEGER_P(b)) return bit_arg(self, b, "&");
  return big_op(self, b, mpz_and);
}
static kn_value int_or(ARGS) {
  kn_value b = argv[0];
  if (KN_FIXNUM_P(self) && KN_FIXNUM_P(b)) return KN_INT2FIX(FIX(self) | FIX(b));
  if (!KN_INTEGER_P(b)) return bit_arg(self, b, "|");
  return big_op(self, b, mpz_ior);
}
static kn_value int_xor(ARGS) {
  kn_value b = argv[0];
  if (KN_FIXNUM_P(self) && KN_FIXNUM_P(b)) return KN_INT2FIX(FIX(self) ^ FIX(b));
  if (!KN_INTEGER_P(b)) return bit_arg(self, b, "^");
  return big_op(self, b, mpz_xor);
}

kn_value kn_int_lshift(kn_value a, int64_t n) {
  kn_mpz_view ta;
  mpz_t r;
  if (n < 0) {
    mpz_init(r);
    mpz_fdiv_q_2exp(r, kn_int_view(a, &ta), (mp_bitcnt_t)(n == INT64_MIN ? INT64_MAX : -n));
    return kn_big_take(r);
  }
  if (KN_FIXNUM_P(a) && n < 62) {
    int64_t x = FIX(a);
    if (x == 0) return a;
    if ((x > 0 ? x : -x) < (INT64_C(1) << (62 - n))) return kn_int_new(x * (INT64_C(1) << n));
  }
  if (n > (INT64_C(1) << 31)) kn_raise_fmt(kn_eRangeError, "shift width too big");
  mpz_init(r);
  mpz_mul_2exp(r, kn_int_view(a, &ta), (mp_bitcnt_t)n);
  return kn_big_take(r);
}

static kn_value int_lshift(ARGS) {
  kn_value b = argv[0];
  if (!KN_INTEGER_P(b)) b = KN_INT2FIX(kn_num2long(b));
  if (KN_BIGNUM_P(b)) {
    if (mpz_sgn(KN_BIG(b)->z) < 0) return KN_INT2FIX(int_sign(self) < 0 ? -1 : 0);
    kn_raise_fmt(kn_eRangeError, "shift width too big");
  }
  return kn_int_lshift(self, FIX(b));
}
static kn_value int_rshift(ARGS) {
  kn_value b = argv[0];
  if (!KN_INTEGER_P(b)) b = KN_INT2FIX(kn_num2long(b));
  if (KN_BIGNUM_P(b)) {
    if (mpz_sgn(KN_BIG(b)->z) > 0) return KN_INT2FIX(int_sign(self) < 0 ? -1 : 0);
    kn_raise_fmt(kn_eRangeError, "shift width too big");
  }
  int64_t n = FIX(b);
  if (KN_FIXNUM_P(self) && n >= 0) return KN_INT2FIX(n >= 63 ? (FIX(self) < 0 ? -1 : 0) : FIX(self) >> n);
  return kn_int_lshift(self, -n);
}

static kn_value int_aref(ARGS) {
  kn_value b = argv[0];
  if (!KN_INTEGER_P(b)) b = KN_INT2FIX(kn_num2long(b));
  if (KN_BIGNUM_P(b)) return KN_INT2FIX(mpz_sgn(KN_BIG(b)->z) < 0 ? 0 : int_sign(self) < 0 ? 1 : 0);
  int64_t n = FIX(b);
  if (n < 0) return KN_INT2FIX(0);
  if (KN_FIXNUM_P(self)) return KN_INT2FIX(n >= 63 ? FIX(self) < 0 : (FIX(self) >> n) & 1);
  return KN_INT2FIX(mpz_tstbit(KN_BIG(self)->z, (mp_bitcnt_t)n));
}

/* ------------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------------ */

kn_value kn_int_to_s(kn_value v, int base) {
  if (base < 2 || base > 36) kn_raise_fmt(kn_eArgumentError, "invalid radix %d", base);
  if (KN_FIXNUM_P(v) && base == 10) return kn_obj_to_s(v);
  kn_mpz_view t;
  mpz_srcptr z = kn_int_view(v, &t);
  /* digits straight into the String: sizeinbase may overshoot by one, plus sign */
  kn_value s = kn_str_buf_new((int64_t)mpz_sizeinbase(z, base) + 2);
  kn_string *str = KN_STR(s);
  mpz_get_str(str->ptr, base, z);
  str->len = (int64_t)strlen(str->ptr);
  return s;
}

static kn_value int_to_s(ARGS) {
  int base = argc > 0 ? (int)kn_num2long(argv[0]) : 10;
  return kn_int_to_s(self, base);
}
static kn_value int_to_i(ARGS) { return self; }
static kn_value int_to_f(ARGS) { return kn_float_new(int2dbl(self)); }

static kn_value int_chr(ARGS) {
  int64_t c = KN_FIXNUM_P(self) ? FIX(self) : -1;
  if (argc == 0) {
    if (c < 0 || c > 255) {
      kn_value s = kn_int_to_s(self, 10);
      kn_raise_fmt(kn_eRangeError, "%s out of char range", KN_STR(s)->ptr);
    }
    char ch = (char)c;
    kn_value s = kn_str_new(&ch, 1);
    if (c > 127) KN_HDR(s)->flags |= KN_FL_BINARY;
    return s;
  }
  /* With an encoding: UTF-8 is the one kiln knows. */
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
    if (c >= 0 && c <= 0xffffffffLL) kn_raise_fmt(kn_eRangeError, "invalid codepoint 0x%llX in UTF-8", (long long)c);
    kn_value s = kn_int_to_s(self, 10);
    kn_raise_fmt(kn_eRangeError, "%s out of char range", KN_STR(s)->ptr);
  }
  char buf[4];
  int n;
  if (c < 0x80) buf[0] = (char)c, n = 1;
  else if (c < 0x800) buf[0] = (char)(0xc0 | (c >> 6)), buf[1] = (char)(0x80 | (c & 0x3f)), n = 2;
  else if (c < 0x10000)
    buf[0] = (char)(0xe0 | (c >> 12)), buf[1] = (char)(0x80 | ((c >> 6) & 0x3f)), buf[2] = (char)(0x80 | (c & 0x3f)), n = 3;
  else
    buf[0] = (char)(0xf0 | (c >> 18)), buf[1] = (char)(0x80 | ((c >> 12) & 0x3f)),
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3f)), buf[3] = (char)(0x80 | (c & 0x3f)), n = 4;
  return kn_str_new(buf, n);
}

static kn_value int_ord(ARGS) { return self; }
static kn_value int_hash(ARGS) {
  if (KN_FIXNUM_P(self)) return kn_obj_hash_value(self);
  char *s = mpz_get_str(NULL, 16, KN_BIG(self)->z);
  return KN_INT2FIX((int64_t)(kn_hash_bytes(s, strlen(s)) >> 2));
}

/* ------------------------------------------------------------------------
 * Iteration
 * ------------------------------------------------------------------------ */

#define RETURN_ENUM(name) do { if (blk == KN_NIL) return kn_enumerator_for(self, name, argc, argv); } while (0)

static kn_value int_times(ARGS) {
  RETURN_ENUM("times");
  if (KN_FIXNUM_P(self)) {
    int64_t n = FIX(self);
    for (int64_t i = 0; i < n; i++) kn_yield1(blk, KN_INT2FIX(i));
    return self;
  }
  for (kn_value i = KN_INT2FIX(0); int_cmp_int(i, self) < 0; i = kn_int_plus(i, KN_INT2FIX(1))) kn_yield1(blk, i);
  return self;
}

static kn_value int_upto(ARGS) {
  RETURN_ENUM("upto");
  kn_value to = argv[0];
  if (KN_FIXNUM_P(self) && KN_FIXNUM_P(to)) {
    for (int64_t i = FIX(self), e = FIX(to); i <= e; i++) kn_yield1(blk, KN_INT2FIX(i));
    return self;
  }
  for (kn_value i = self; !KN_TEST(kn_op_gt(i, to)); i = kn_op_plus(i, KN_INT2FIX(1))) kn_yield1(blk, i);
  return self;
}

static kn_value int_downto(ARGS) {
  RETURN_ENUM("downto");
  kn_value to = argv[0];
  if (KN_FIXNUM_P(self) && KN_FIXNUM_P(to)) {
    for (int64_t i = FIX(self), e = FIX(to); i >= e; i--) kn_yield1(blk, KN_INT2FIX(i));
    return self;
  }
  for (kn_value i = self; !KN_TEST(kn_op_lt(i, to)); i = kn_op_minus(i, KN_INT2FIX(1))) kn_yield1(blk, i);
  return self;
}

static kn_value int_succ(ARGS) { return kn_int_plus(self, KN_INT2FIX(1)); }
static kn_value int_pred(ARGS) { return kn_int_minus(self, KN_INT2FIX(1)); }
static kn_value int_even_p(ARGS) {
  return KN_BOOL(KN_FIXNUM_P(self) ? (FIX(self) & 1) == 0 : mpz_even_p(KN_BIG(self)->z));
}
static kn_value int_odd_p(ARGS) {
  return KN_BOOL(KN_FIXNUM_P(self) ? (FIX(self) & 1) != 0 : mpz_odd_p(KN_BIG(self)->z));
}
static kn_value int_zero_p_m(ARGS) { return KN_BOOL(self == KN_INT2FIX(0)); }
static kn_value int_positive_p(ARGS) { return KN_BOOL(int_sign(self) > 0); }
static kn_value int_negative_p(ARGS) { return KN_BOOL(int_sign(self) < 0); }
static kn_value int_nonzero_p(ARGS) { return self == KN_INT2FIX(0) ? KN_NIL : self; }
static kn_value int_abs(ARGS) { return int_sign(self) < 0 ? int_uminus(self, 0, NULL, KN_NIL) : self; }
static kn_value int_integer_p(ARGS) { return KN_TRUE; }
static kn_value int_finite_p(ARGS) { return KN_TRUE; }
static kn_value int_infinite_p(ARGS) { return KN_NIL; }

static kn_value int_digits(ARGS) {
  kn_value base = argc > 0 ? argv[0] : KN_INT2FIX(10);
  if (!KN_INTEGER_P(base)) kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Integer)", kn_class_name(kn_real_class(base)));
  if (int_sign(base) < 0) kn_raise_fmt(kn_eArgumentError, "negative radix");
  if (KN_FIXNUM_P(base) && FIX(base) < 2) kn_raise_fmt(kn_eArgumentError, "invalid radix %lld", (long long)FIX(base));
  if (int_sign(self) < 0) kn_raise_fmt(kn_eMathDomainError, "out of domain");
  kn_value ary = kn_ary_new(8);
  if (self == KN_INT2FIX(0)) return kn_ary_push(ary, self);
  for (kn_value n = self; int_sign(n) > 0; n = kn_int_div(n, base)) kn_ary_push(ary, kn_int_mod(n, base));
  return ary;
}

static kn_value int_gcd(ARGS) {
  if (!KN_INTEGER_P(argv[0])) kn_raise_fmt(kn_eTypeError, "not an integer");
  return big_op(self, argv[0], mpz_gcd);
}
static kn_value int_lcm(ARGS) {
  if (!KN_INTEGER_P(argv[0])) kn_raise_fmt(kn_eTypeError, "not an integer");
  return big_op(self, argv[0], mpz_lcm);
}

static kn_value int_gcdlcm(ARGS) {
  kn_value pair[2] = {int_gcd(self, argc, argv, blk), int_lcm(self, argc, argv, blk)};
  return kn_ary_new_from(2, pair);
}

static kn_value int_bit_length(ARGS) {
  if (KN_FIXNUM_P(self)) {
    int64_t x = FIX(self);
    uint64_t u = (uint64_t)(x < 0 ? ~x : x);
    return KN_INT2FIX(u == 0 ? 0 : 64 - __builtin_clzll(u));
  }
  /* bits of ~x for negative x: one less than |x|'s when |x| is a power of two */
  mpz_srcptr z = KN_BIG(self)->z;
  int64_t n = (int64_t)mpz_sizeinbase(z, 2);
  if (mpz_sgn(z) < 0 && mpz_scan1(z, 0) == (mp_bitcnt_t)(n - 1)) n--;
  return KN_INT2FIX(n);
}

static kn_value int_size(ARGS) {
  if (KN_FIXNUM_P(self)) return KN_INT2FIX(8);
  return KN_INT2FIX((int64_t)(mpz_size(KN_BIG(self)->z) * sizeof(mp_limb_t)));
}

/* 10**n as an Integer. */
static kn_value pow10_int(int64_t n) { return kn_int_pow(KN_INT2FIX(10), KN_INT2FIX(n)); }

/* floor/ceil/round/truncate with negative digits. mode: 'f' 'c' 'r' 't'; half: 'u' up, 'e' even, 'd' down */
static kn_value int_round_to(kn_value self, int64_t ndigits, char mode, char half) {
  if (ndigits >= 0) return self;
  if (ndigits < -4000) return KN_INT2FIX(0);
  kn_value p = pow10_int(-ndigits);
  kn_value r = kn_int_mod(self, p);          /* 0 <= r < p */
  kn_value down = kn_int_minus(self, r);     /* floor */
  if (r == KN_INT2FIX(0)) return self;
  kn_value up = kn_int_plus(down, p);
  switch (mode) {
  case 'f': return down;
  case 'c': return up;
  case 't': return int_sign(self) < 0 ? up : down;
  default: {
    int c = int_cmp_int(kn_int_mul(r, KN_INT2FIX(2)), p);
    if (c < 0) return down;
    if (c > 0) return up;
    if (half == 'e') return int_sign(kn_int_mod(kn_int_div(down, p), KN_INT2FIX(2))) == 0 ? down : up;
    if (half == 'd') return int_sign(self) < 0 ? up : down;
    return int_sign(self) < 0 ? down : up;
  }
  }
}

char kn_round_half_mode(int argc, const kn_value *argv) {
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    kn_value h = kn_hash_lookup(argv[argc - 1], kn_intern("half"), KN_NIL);
    if (h == KN_NIL || h == kn_intern("up")) return 'u';
    if (h == kn_intern("even")) return 'e';
    if (h == kn_intern("down")) return 'd';
    kn_value s = kn_obj_to_s(h);
    kn_raise_fmt(kn_eArgumentError, "invalid rounding mode: %s", KN_STR(s)->ptr);
  }
  return 'u';
}

static int64_t ndigits_arg(int argc, const kn_value *argv) {
  if (argc > 0 && !KN_TYPE_P(argv[0], KN_T_HASH)) return kn_num2long(argv[0]);
  return 0;
}

static kn_value int_floor(ARGS) { return int_round_to(self, ndigits_arg(argc, argv), 'f', 'u'); }
static kn_value int_ceil(ARGS) { return int_round_to(self, ndigits_arg(argc, argv), 'c', 'u'); }
static kn_value int_truncate(ARGS) { return int_round_to(self, ndigits_arg(argc, argv), 't', 'u'); }
static kn_value int_round(ARGS) {
  return int_round_to(self, ndigits_arg(argc, argv), 'r', kn_round_half_mode(argc, argv));
}

static kn_value int_s_sqrt(ARGS) {
  kn_value n = argv[0];
  if (KN_FLOAT_P(n)) n = kn_dbl2ival(kn_float_value(n));
  if (!KN_INTEGER_P(n)) kn_raise_fmt(kn_eTypeError, "can't convert %s into Integer", kn_class_name(kn_real_class(n)));
  if (int_sign(n) < 0) kn_raise_fmt(kn_eMathDomainError, "Numerical argument is out of domain - \"isqrt\"");
  kn_mpz_view t;
  mpz_t r;
  mpz_init(r);
  mpz_sqrt(r, kn_int_view(n, &t));
  return kn_big_take(r);
}

static kn_value int_coerce(ARGS) {
  kn_value b = argv[0];
  if (KN_INTEGER_P(b)) {
    kn_value pair[2] = {b, self};
    return kn_ary_new_from(2, pair);
  }
  kn_value pair[2] = {kn_float_new(kn_num2dbl(kn_funcall1(kn_mKernel, "Float", b))), kn_float_new(int2dbl(self))};
  return kn_ary_new_from(2, pair);
}

static kn_value int_allbits(ARGS) { return KN_BOOL(kn_int_equal(int_and(self, 1, argv, KN_NIL), argv[0])); }
static kn_value int_anybits(ARGS) { return KN_BOOL(int_and(self, 1, argv, KN_NIL) != KN_INT2FIX(0)); }
static kn_value int_nobits(ARGS) { return KN_BOOL(int_and(self, 1, argv, KN_NIL) == KN_INT2FIX(0)); }

static const kn_method_def integer_methods[] = {
    {"+", int_plus, 1, 1},
    {"-", int_minus, 1, 1},
    {"*", int_mul, 1, 1},
    {"/", int_div, 1, 1},
    {"%", int_mod, 1, 1},
    {"modulo", int_mod, 1, 1},
    {"div", int_idiv, 1, 1},
    {"remainder", int_remainder, 1, 1},
    {"divmod", int_divmod, 1, 1},
    {"fdiv", int_fdiv, 1, 1},
    {"**", int_pow, 1, 1},
    {"pow", int_pow, 1, 2},
    {"-@", int_uminus, 0, 0},
    {"+@", int_uplus, 0, 0},
    {"~", int_invert, 0, 0},
    {"&", int_and, 1, 1},
    {"|", int_or, 1, 1},
    {"^", int_xor, 1, 1},
    {"<<", int_lshift, 1, 1},
    {">>", int_rshift, 1, 1},
    {"[]", int_aref, 1, 1},
    {"<=>", int_cmp, 1, 1},
    {"==", int_eq, 1, 1},
    {"===", int_eq, 1, 1},
    {"eql?", int_eql, 1, 1},
    {"equal?", int_eql, 1, 1},
    {"<", int_lt, 1, 1},
    {"<=", int_le, 1, 1},
    {">", int_gt, 1, 1},
    {">=", int_ge, 1, 1},
    {"abs", int_abs, 0, 0},
    {"magnitude", int_abs, 0, 0},
    {"to_s", int_to_s, 0, 1},
    {"inspect", int_to_s, 0, 1},
    {"to_i", int_to_i, 0, 0},
    {"to_int", int_to_i, 0, 0},
    {"to_f", int_to_f, 0, 0},
    {"chr", int_chr, 0, 1},
    {"ord", int_ord, 0, 0},
    {"hash", int_hash, 0, 0},
    {"times", int_times, 0, 0},
    {"upto", int_upto, 1, 1},
    {"downto", int_downto, 1, 1},
    {"succ", int_succ, 0, 0},
    {"next", int_succ, 0, 0},
    {"pred", int_pred, 0, 0},
    {"even?", int_even_p, 0, 0},
    {"odd?", int_odd_p, 0, 0},
    {"zero?", int_zero_p_m, 0, 0},
    {"positive?", int_positive_p, 0, 0},
    {"negative?", int_negative_p, 0, 0},
    {"nonzero?", int_nonzero_p, 0, 0},
    {"integer?", int_integer_p, 0, 0},
    {"finite?", int_finite_p, 0, 0},
    {"infinite?", int_infinite_p, 0, 0},
    {"digits", int_digits, 0, 1},
    {"gcd", int_gcd, 1, 1},
    {"lcm", int_lcm, 1, 1},
    {"gcdlcm", int_gcdlcm, 1, 1},
    {"bit_length", int_bit_length, 0, 0},
    {"size", int_size, 0, 0},
    {"floor", int_floor, 0, 1},
    {"ceil", int_ceil, 0, 1},
    {"round", int_round, 0, 2},
    {"truncate", int_truncate, 0, 1},
    {"coerce", int_coerce, 1, 1},
    {"allbits?", int_allbits, 1, 1},
    {"anybits?", int_anybits, 1, 1},
    {"nobits?", int_nobits, 1, 1},
    {NULL, NULL, 0, 0}};

void kn_init_integer(void) {
  kn_cInteger = kn_define_class(kn_cObject, "Integer", kn_cNumeric);
  KN_CLASS(kn_cInteger)->alloc = NULL;
  kn_undef_method(kn_singleton_class(kn_cInteger), kn_s_new);
  kn_define_methods(kn_cInteger, integer_methods);
  kn_define_singleton_method(kn_cInteger, "sqrt", int_s_sqrt, 1, 1);
}
