/* numeric.c: Numeric (the base of Integer and Float) and the kn_op_* operator fast paths. */
#include "internal.h"
#include <math.h>

kn_value kn_cNumeric;

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

kn_value kn_int_lt(kn_value a, kn_value b);
kn_value kn_int_le(kn_value a, kn_value b);
kn_value kn_int_gt(kn_value a, kn_value b);
kn_value kn_int_ge(kn_value a, kn_value b);
kn_value kn_flo_lt(kn_value a, kn_value b);
kn_value kn_flo_le(kn_value a, kn_value b);
kn_value kn_flo_gt(kn_value a, kn_value b);
kn_value kn_flo_ge(kn_value a, kn_value b);
bool kn_flo_equal(kn_value a, kn_value b);

/* ------------------------------------------------------------------------
 * Operators.  Fixnum and Float operands are handled inline; everything
 * else (including any error) goes through a cached send, so a redefined
 * operator or a raised error looks exactly as in Ruby.  The fast paths
 * assume Integer and Float operators are not redefined by the program.
 * ------------------------------------------------------------------------ */

/* The send out of line: taking the argument's address in the operator
 * itself would give every operator's fast path a stack frame (kn_op_lshift
 * spent more on its prologue and epilogue than on its tests). */
static __attribute__((noinline, cold)) kn_value send1(kn_callsite *cs, kn_value *sym, const char *name, kn_value a,
                                                      kn_value b) {
  if (!*sym) *sym = kn_intern(name);
  return kn_send_cached(cs, a, *sym, 1, &b, KN_NIL);
}
#define SEND1(name, a, b)                                                  \
  do {                                                                     \
    static kn_callsite cs;                                                 \
    static kn_value sym;                                                   \
    return send1(&cs, &sym, name, (a), (b));                               \
  } while (0)

bool kn_builtin_fill(kn_builtin_memo *m, kn_value recv, kn_value name, kn_value owner) {
  kn_class *c = kn_class_of(recv);
  const kn_method *me = kn_find_method(c, name);
  /* an alias keeps its original's name, so this also rejects another C method aliased to name */
  if (!me || !(me->flags & KN_METHOD_CFUNC) || me->name != name || me->owner != KN_CLASS(owner)) return false;
  m->klass = c;
  m->serial = kn_method_serial;
  return true;
}

/* Both plain Strings whose String#<=> is the runtime's: comparisons need no call. */
static bool str_pair_p(kn_value a, kn_value b) {
  static kn_builtin_memo cmp;
  return KN_TYPE_P(a, KN_T_STRING) && KN_TYPE_P(b, KN_T_STRING) && kn_builtin_p(&cmp, a, kn_s_cmp, kn_cString);
}

/* a OP b for Strings through Comparable's own OP over String#<=>; false when a call is needed. */
static bool str_compare(kn_builtin_memo *m, kn_value name, kn_value a, kn_value b, int *cmp) {
  if (!str_pair_p(a, b) || !kn_builtin_p(m, a, name, kn_mComparable)) return false;
  *cmp = kn_str_cmp(a, b);
  return true;
}

kn_value kn_op_plus_slow(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t r;
    if (!__builtin_add_overflow(KN_FIX2INT(a), KN_FIX2INT(b), &r)) return kn_int_new(r);
  }
  if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return kn_float_new(kn_float_value(a) + kn_float_value(b));
  SEND1("+", a, b);
}

kn_value kn_op_minus_slow(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t r;
    if (!__builtin_sub_overflow(KN_FIX2INT(a), KN_FIX2INT(b), &r)) return kn_int_new(r);
  }
  if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return kn_float_new(kn_float_value(a) - kn_float_value(b));
  SEND1("-", a, b);
}

kn_value kn_op_mul(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) {
    int64_t r;
    if (!__builtin_mul_overflow(KN_FIX2INT(a), KN_FIX2INT(b), &r)) return kn_int_new(r);
  }
  if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return kn_float_new(kn_float_value(a) * kn_float_value(b));
  SEND1("*", a, b);
}

kn_value kn_op_div(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b) && b != KN_INT2FIX(0)) return kn_int_div(a, b);
  if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return kn_float_new(kn_float_value(a) / kn_float_value(b));
  SEND1("/", a, b);
}

kn_value kn_op_mod(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b) && b != KN_INT2FIX(0)) return kn_int_mod(a, b);
  SEND1("%", a, b);
}

#define CMP_OP(fname, op, name)                                                            \
  kn_value fname(kn_value a, kn_value b) {                                                 \
    static kn_builtin_memo str_op;                                                         \
    static kn_value sym;                                                                   \
    int cmp;                                                                               \
    if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return KN_BOOL((int64_t)a op (int64_t)b);        \
    if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return KN_BOOL(kn_float_value(a) op kn_float_value(b)); \
    if (!sym) sym = kn_intern(name);                                                       \
    if (str_compare(&str_op, sym, a, b, &cmp)) return KN_BOOL(cmp op 0);                   \
    SEND1(name, a, b);                                                                     \
  }
CMP_OP(kn_op_lt_slow, <, "<")
CMP_OP(kn_op_le_slow, <=, "<=")
CMP_OP(kn_op_gt_slow, >, ">")
CMP_OP(kn_op_ge_slow, >=, ">=")

kn_value kn_op_eq_slow(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return KN_BOOL(a == b);
  if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return KN_BOOL(kn_float_value(a) == kn_float_value(b));
  if (KN_SYMBOL_P(a) && KN_SYMBOL_P(b)) return KN_BOOL(a == b);
  static kn_builtin_memo str_eq;
  if (KN_TYPE_P(a, KN_T_STRING) && KN_TYPE_P(b, KN_T_STRING) && kn_builtin_p(&str_eq, a, kn_s_eq, kn_cString))
    return KN_BOOL(kn_str_equal(a, b));
  SEND1("==", a, b);
}

kn_value kn_op_neq(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return KN_BOOL(a != b);
  if (KN_FLONUM_P(a) && KN_FLONUM_P(b)) return KN_BOOL(kn_float_value(a) != kn_float_value(b));
  if (KN_SYMBOL_P(a) && KN_SYMBOL_P(b)) return KN_BOOL(a != b);
  /* BasicObject#!= calls == itself, so a user-defined == is honoured. */
  SEND1("!=", a, b);
}

kn_value kn_op_cmp(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return KN_INT2FIX(((int64_t)a > (int64_t)b) - ((int64_t)a < (int64_t)b));
  if (str_pair_p(a, b)) return KN_INT2FIX(kn_str_cmp(a, b));
  SEND1("<=>", a, b);
}

kn_value kn_op_aref_slow(kn_value recv, kn_value idx) {
  static kn_builtin_memo hash_aref, str_aref;
  if (KN_TYPE_P(recv, KN_T_ARRAY) && KN_FIXNUM_P(idx) && KN_HDR(recv)->klass == KN_CLASS(kn_cArray))
    return kn_ary_entry(recv, KN_FIX2INT(idx));
  /* String#[] with an Integer cannot raise, so skipping its backtrace frame changes nothing */
  if (KN_FIXNUM_P(idx) && KN_TYPE_P(recv, KN_T_STRING) && kn_builtin_p(&str_aref, recv, kn_s_aref, kn_cString))
    return kn_str_aref_fix(recv, KN_FIX2INT(idx));
  if (KN_TYPE_P(recv, KN_T_HASH) && kn_builtin_p(&hash_aref, recv, kn_s_aref, kn_cHash))
    return kn_hash_aref(recv, idx);
  SEND1("[]", recv, idx);
}

kn_value kn_op_aset_slow(kn_value recv, kn_value idx, kn_value v) {
  static kn_builtin_memo hash_aset;
  if (KN_TYPE_P(recv, KN_T_HASH) && kn_builtin_p(&hash_aset, recv, kn_s_aset, kn_cHash))
    return kn_hash_aset(recv, idx, v);
  static kn_callsite cs;
  static kn_value sym;
  if (!sym) sym = kn_intern("[]=");
  kn_value args[2] = {idx, v};
  kn_send_cached(&cs, recv, sym, 2, args, KN_NIL);
  return v;
}

static kn_builtin_memo str_lshift;

kn_value kn_op_lshift(kn_value a, kn_value b) {
  if (KN_TYPE_P(a, KN_T_ARRAY) && KN_HDR(a)->klass == KN_CLASS(kn_cArray)) return kn_ary_push(a, b);
  /* an unfrozen String appending a String cannot raise */
  if (KN_TYPE_P(a, KN_T_STRING) && KN_TYPE_P(b, KN_T_STRING) && !KN_FROZEN_P(a) &&
      kn_builtin_p(&str_lshift, a, kn_s_lshift, kn_cString))
    return kn_str_concat(a, b);
  SEND1("<<", a, b);
}

/* a << "lit" with an ASCII literal (codegen_c.rb): a String appends the bytes without the literal's
 * String being made; anything else gets the literal as `<<` would. */
kn_value kn_op_lshift_lit(kn_value a, const char *p, int64_t n) {
  if (KN_TYPE_P(a, KN_T_STRING) && !KN_FROZEN_P(a) && kn_builtin_p(&str_lshift, a, kn_s_lshift, kn_cString))
    return kn_str_cat_ascii(a, p, n);
  return kn_op_lshift(a, kn_str_lit(p, n));
}

kn_value kn_op_not(kn_value v) {
  if (v == KN_NIL || v == KN_FALSE) return KN_TRUE;
  if (v == KN_TRUE || KN_FIXNUM_P(v) || KN_SYMBOL_P(v)) return KN_FALSE;
  static kn_callsite cs;
  return kn_send_cached(&cs, v, kn_s_not, 0, NULL, KN_NIL);
}

/* ------------------------------------------------------------------------
 * Numeric
 * ------------------------------------------------------------------------ */

static kn_value num_zero_p(ARGS) { return KN_BOOL(kn_equal(self, KN_INT2FIX(0))); }
static kn_value num_positive_p(ARGS) { return KN_BOOL(KN_TEST(kn_op_gt(self, KN_INT2FIX(0)))); }
static kn_value num_negative_p(ARGS) { return KN_BOOL(KN_TEST(kn_op_lt(self, KN_INT2FIX(0)))); }
static kn_value num_nonzero_p(ARGS) { return KN_TEST(kn_funcall0(self, "zero?")) ? KN_NIL : self; }
static kn_value num_uplus(ARGS) { return self; }
static kn_value num_uminus(ARGS) {
  kn_value zero = KN_INT2FIX(0);
  kn_value pair = kn_send(self, kn_s_coerce, 1, &zero, KN_NIL);
  return kn_op_minus(KN_ARY(pair)->ptr[0], KN_ARY(pair)->ptr[1]);
}
static kn_value num_abs(ARGS) { return KN_TEST(kn_op_lt(self, KN_INT2FIX(0))) ? kn_funcall0(self, "-@") : self; }
static kn_value num_abs2(ARGS) { return kn_op_mul(self, self); }
static kn_value num_integer_p(ARGS) { return KN_FALSE; }
static kn_value num_coerce(ARGS) {
  kn_value b = argv[0];
  if (kn_real_class(b) == kn_real_class(self)) {
    kn_value pair[2] = {b, self};
    return kn_ary_new_from(2, pair);
  }
  kn_value pair[2] = {kn_float_new(kn_num2dbl(b)), kn_float_new(kn_num2dbl(self))};
  return kn_ary_new_from(2, pair);
}

/* step(limit = nil, step = 1) with a block; also by:/to: keywords. */
static kn_value num_step(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "step", argc, argv); /* an ArithmeticSequence in ruby */
  kn_value limit = KN_NIL, step = KN_INT2FIX(1);
  int n = argc;
  if (n > 0 && KN_TYPE_P(argv[n - 1], KN_T_HASH)) {
    kn_value h = argv[--n];
    kn_value by = kn_hash_lookup(h, kn_intern("by"), KN_UNDEF), to = kn_hash_lookup(h, kn_intern("to"), KN_UNDEF);
    if (by != KN_UNDEF) step = by;
    if (to != KN_UNDEF) limit = to;
  }
  if (n > 0) limit = argv[0];
  if (n > 1) step = argv[1];
  if (kn_equal(step, KN_INT2FIX(0))) kn_raise_fmt(kn_eArgumentError, "step can't be 0");
  bool desc = KN_TEST(kn_op_lt(step, KN_INT2FIX(0)));
  if (KN_FLOAT_P(self) || KN_FLOAT_P(limit) || KN_FLOAT_P(step)) {
    /* ruby computes float steps as beg + i*unit to avoid drift */
    double beg = kn_num2dbl(self), unit = kn_num2dbl(step);
    double end = limit == KN_NIL ? (desc ? -HUGE_VAL : HUGE_VAL) : kn_num2dbl(limit);
    double err = (fabs(beg) + fabs(end) + fabs(end - beg)) / fabs(unit) * 2.220446049250313e-16;
    if (err > 0.5) err = 0.5;
    double nsteps = floor((end - beg) / unit + err);
    if (isinf(unit)) {
      if (unit > 0 ? beg <= end : beg >= end) kn_yield1(blk, kn_float_new(beg));
    } else if (limit == KN_NIL) {
      for (double i = 0;; i++) kn_yield1(blk, kn_float_new(beg + i * unit));
    } else {
      for (double i = 0; i <= nsteps; i++) {
        double d = i * unit + beg;
        if (unit >= 0 ? end < d : d < end) d = end;
        kn_yield1(blk, kn_float_new(d));
      }
    }
    return self;
  }
  for (kn_value i = self;; i = kn_op_plus(i, step)) {
    if (limit != KN_NIL && KN_TEST(desc ? kn_op_lt(i, limit) : kn_op_gt(i, limit))) break;
    kn_yield1(blk, i);
  }
  return self;
}

/* x.remainder(y): x % y moved to x's sign (CRuby's num_remainder, which Float and Rational use) */
static kn_value num_remainder(ARGS) {
  kn_value x = self, y = argv[0], zero = KN_INT2FIX(0);
  kn_value z = kn_send(x, kn_intern("%"), 1, &y, KN_NIL);
  if (KN_TEST(kn_send(z, kn_intern("=="), 1, &zero, KN_NIL))) return z;
  bool x_neg = KN_TEST(kn_op_lt(x, zero)), x_pos = KN_TEST(kn_op_gt(x, zero));
  bool y_neg = KN_TEST(kn_op_lt(y, zero)), y_pos = KN_TEST(kn_op_gt(y, zero));
  if (!((x_neg && y_pos) || (x_pos && y_neg))) return z;
  if (KN_FLOAT_P(y) && isinf(kn_float_value(y))) return x;
  return kn_send(z, kn_intern("-"), 1, &y, KN_NIL);
}

static const kn_method_def numeric_methods[] = {
    {"zero?", num_zero_p, 0, 0},         {"positive?", num_positive_p, 0, 0},
    {"negative?", num_negative_p, 0, 0}, {"nonzero?", num_nonzero_p, 0, 0},
    {"+@", num_uplus, 0, 0},             {"-@", num_uminus, 0, 0},
    {"abs", num_abs, 0, 0},              {"integer?", num_integer_p, 0, 0},
    {"coerce", num_coerce, 1, 1},        {"step", num_step, 0, 3},
    {"abs2", num_abs2, 0, 0},            {"remainder", num_remainder, 1, 1},
    {NULL, NULL, 0, 0}};

void kn_init_numeric(void) {
  kn_cNumeric = kn_define_class(kn_cObject, "Numeric", KN_NIL);
  kn_include_module(kn_cNumeric, kn_mComparable);
  kn_define_methods(kn_cNumeric, numeric_methods);
}
