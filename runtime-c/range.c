/* range.c: Range (Integer, String, Float and generic succ ranges; exclusive, beginless and endless). */
#include <math.h>
#include <float.h>
#include <string.h>
#include "internal.h"

#define RANGE_METHOD(name) kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)
#define R(v) KN_RANGE(v)
#define EXCL(v) ((KN_HDR(v)->flags & KN_FL_EXCL) != 0)

static kn_value s_succ, s_cmp;

static kn_range *range_alloc(kn_value klass) {
  kn_range *r = kn_alloc(sizeof *r);
  r->h.klass = (kn_class *)klass;
  r->h.type = KN_T_RANGE;
  r->first = r->last = KN_NIL;
  return r;
}

static kn_value range_allocate(kn_class *klass) { return (kn_value)range_alloc((kn_value)klass); }

static void range_init(kn_value self, kn_value first, kn_value last, bool excl) {
  if (!(KN_FIXNUM_P(first) && KN_FIXNUM_P(last)) && first != KN_NIL && last != KN_NIL) {
    if (kn_op_cmp(first, last) == KN_NIL) kn_raise_fmt(kn_eArgumentError, "bad value for range");
  }
  R(self)->first = first;
  R(self)->last = last;
  if (excl) KN_HDR(self)->flags |= KN_FL_EXCL;
  KN_HDR(self)->flags |= KN_FL_FROZEN; /* ranges are frozen since Ruby 3.0 */
}

kn_value kn_range_new(kn_value first, kn_value last, bool exclusive) {
  kn_value r = (kn_value)range_alloc(kn_cRange);
  range_init(r, first, last, exclusive);
  return r;
}

bool kn_range_excl_p(kn_value r) { return EXCL(r); }

bool kn_range_beg_len(kn_value r, int64_t len, int64_t *begp, int64_t *lenp, int err) {
  kn_value b = R(r)->first, e = R(r)->last;
  int64_t beg = b == KN_NIL ? 0 : kn_num2long(b);
  int64_t end = e == KN_NIL ? len : kn_num2long(e);
  bool excl = e == KN_NIL ? true : EXCL(r);
  int64_t origbeg = beg, origend = end;
  (void)origbeg;
  (void)origend;
  if (beg < 0) {
    beg += len;
    if (beg < 0) goto out_of_range;
  }
  if (end < 0) end += len;
  if (!excl) end++;
  if (err == 0 || err == 2) {
    if (beg > len) goto out_of_range;
    if (end > len) end = len;
  }
  *begp = beg;
  *lenp = end - beg < 0 ? 0 : end - beg;
  return true;
out_of_range:
  if (err) {
    kn_value s = kn_inspect(r);
    kn_raise_fmt(kn_eRangeError, "%s out of range", KN_STR(s)->ptr);
  }
  return false;
}

RANGE_METHOD(kn_range_initialize) {
  if (R(self)->first != KN_NIL || R(self)->last != KN_NIL || (KN_HDR(self)->flags & KN_FL_FROZEN))
    kn_raise_fmt(kn_eFrozenError, "can't modify frozen Range: %s", KN_STR(kn_inspect(self))->ptr);
  range_init(self, argv[0], argv[1], argc > 2 && KN_TEST(argv[2]));
  return KN_NIL;
}

RANGE_METHOD(kn_range_begin) { return R(self)->first; }
RANGE_METHOD(kn_range_end) { return R(self)->last; }
RANGE_METHOD(kn_range_exclude_end_p) { return KN_BOOL(EXCL(self)); }

/* ------------------------------------------------------------------------
 * Iteration
 * ------------------------------------------------------------------------ */

/* Calls fn for each element; fn returns false to stop.  Raises as ruby does for
 * ranges that cannot be iterated. */
typedef bool (*range_fn)(kn_value v, void *arg);

static void range_each_fn(kn_value self, range_fn fn, void *arg) {
  kn_value b = R(self)->first, e = R(self)->last;
  bool excl = EXCL(self);
  if (KN_FIXNUM_P(b) && (KN_FIXNUM_P(e) || e == KN_NIL || KN_FLOAT_P(e))) {
    int64_t i = KN_FIX2INT(b);
    if (e == KN_NIL) {
      for (;; i++) {
        if (i > KN_FIXNUM_MAX) {
          /* continue in Bignum territory */
          for (kn_value v = kn_int_new(i);; v = kn_op_plus(v, KN_INT2FIX(1)))
            if (!fn(v, arg)) return;
        }
        if (!fn(KN_INT2FIX(i), arg)) return;
      }
    }
    int64_t last;
    if (KN_FLOAT_P(e)) {
      double d = kn_float_value(e);
      if (isinf(d) && d > 0) {
        for (;; i++)
          if (!fn(KN_INT2FIX(i), arg)) return;
      }
      double f = floor(d);
      if (f < (double)KN_FIXNUM_MIN) return;
      last = (int64_t)f;
      if (excl && f == d) last--;
    } else {
      last = KN_FIX2INT(e);
      if (excl) last--;
    }
    for (; i <= last; i++)
      if (!fn(KN_INT2FIX(i), arg)) return;
    return;
  }
  if (KN_INTEGER_P(b) && (KN_INTEGER_P(e) || e == KN_NIL)) {
    for (kn_value v = b;; v = kn_op_plus(v, KN_INT2FIX(1))) {
      if (e != KN_NIL) {
        kn_value c = kn_op_cmp(v, e);
        if (KN_FIX2INT(c) > 0 || (excl && KN_FIX2INT(c) == 0)) return;
      }
      if (!fn(v, arg)) return;
    }
  }
  if (KN_TYPE_P(b, KN_T_STRING) && (KN_TYPE_P(e, KN_T_STRING) || e == KN_NIL)) {
    if (e == KN_NIL) {
      for (kn_value v = b;; v = kn_str_succ(v))
        if (!fn(v, arg)) return;
    }
    /* String#upto's rules */
    if (KN_STR(b)->len == 1 && KN_STR(e)->len == 1 && (unsigned char)KN_STR(b)->ptr[0] < 0x80 &&
        (unsigned char)KN_STR(e)->ptr[0] < 0x80) {
      int a = KN_STR(b)->ptr[0], z = KN_STR(e)->ptr[0];
      for (int c = a; c < z || (!excl && c == z); c++) {
        char ch = (char)c;
        if (!fn(kn_str_new(&ch, 1), arg)) return;
      }
      return;
    }
    int c0 = kn_str_cmp(b, e);
    if (c0 > 0 || (excl && c0 == 0)) return;
    int64_t maxlen = KN_STR(e)->len;
    kn_value cur = kn_str_dup(b);
    for (;;) {
      bool at_end = kn_str_equal(cur, e);
      if (at_end && excl) return;
      if (!fn(cur, arg)) return;
      if (at_end) return;
      cur = kn_str_succ(cur);
      if (KN_STR(cur)->len > maxlen || KN_STR(cur)->len == 0) return;
    }
  }
  if (b == KN_NIL || KN_SPECIAL_P(b) || KN_FLOAT_P(b) || !kn_respond_to(b, s_succ, false))
    kn_raise_fmt(kn_eTypeError, "can't iterate from %s", kn_class_name(kn_real_class(b)));
  for (kn_value v = b;; v = kn_send(v, s_succ, 0, NULL, KN_NIL)) {
    if (e != KN_NIL) {
      int c = kn_cmpint(kn_send(v, s_cmp, 1, &e, KN_NIL), v, e);
      if (c > 0 || (excl && c == 0)) return;
    }
    if (!fn(v, arg)) return;
  }
}

static bool yield_i(kn_value v, void *arg) {
  kn_yield1(*(kn_value *)arg, v);
  return true;
}

RANGE_METHOD(kn_range_each) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each", argc, argv);
  kn_value b = R(self)->first, e = R(self)->last;
  if (KN_FIXNUM_P(b) && KN_FIXNUM_P(e)) {
    /* the hot loop */
    int64_t last = KN_FIX2INT(e) - (EXCL(self) ? 1 : 0);
    for (int64_t i = KN_FIX2INT(b); i <= last; i++) kn_yield1(blk, KN_INT2FIX(i));
    return self;
  }
  range_each_fn(self, yield_i, &blk);
  return self;
}

static bool push_i(kn_value v, void *arg) {
  kn_ary_push(*(kn_value *)arg, v);
  return true;
}

static void check_endless(kn_value self) {
  if (R(self)->last == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot convert endless range to an array");
}

RANGE_METHOD(kn_range_to_a) {
  check_endless(self);
  kn_value b = R(self)->first, e = R(self)->last;
  if (KN_FIXNUM_P(b) && KN_FIXNUM_P(e)) {
    int64_t lo = KN_FIX2INT(b), hi = KN_FIX2INT(e) - (EXCL(self) ? 1 : 0);
    int64_t n = hi >= lo ? hi - lo + 1 : 0;
    kn_value r = kn_ary_new(n);
    for (int64_t i = 0; i < n; i++) KN_ARY(r)->ptr[i] = KN_INT2FIX(lo + i);
    KN_ARY(r)->len = n;
    return r;
  }
  kn_value r = kn_ary_new(0);
  range_each_fn(self, push_i, &r);
  return r;
}

RANGE_METHOD(kn_range_reverse_each) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "reverse_each", argc, argv);
  kn_value b = R(self)->first, e = R(self)->last;
  if (KN_FIXNUM_P(b) && KN_FIXNUM_P(e)) {
    int64_t lo = KN_FIX2INT(b);
    for (int64_t i = KN_FIX2INT(e) - (EXCL(self) ? 1 : 0); i >= lo; i--) kn_yield1(blk, KN_INT2FIX(i));
    return self;
  }
  if (e == KN_NIL) kn_raise_fmt(kn_eTypeError, "can't iterate from %s", kn_class_name(kn_real_class(e)));
  kn_value a = kn_range_to_a(self, 0, NULL, KN_NIL);
  for (int64_t i = KN_ARY(a)->len - 1; i >= 0; i--) kn_yield1(blk, KN_ARY(a)->ptr[i]);
  return self;
}

typedef struct map_arg {
  kn_value out, blk;
  int mode; /* 0 map, 1 select, 2 reject, 3 filter_map */
} map_arg;

static bool map_i(kn_value v, void *arg) {
  map_arg *m = arg;
  kn_value r = kn_yield1(m->blk, v);
  switch (m->mode) {
  case 0: kn_ary_push(m->out, r); break;
  case 1: if (KN_TEST(r)) kn_ary_push(m->out, v); break;
  case 2: if (!KN_TEST(r)) kn_ary_push(m->out, v); break;
  default: if (KN_TEST(r)) kn_ary_push(m->out, r); break;
  }
  return true;
}

static kn_value range_map_mode(kn_value self, kn_value blk, int mode, const char *name) {
  if (blk == KN_NIL) return kn_enumerator_for(self, name, 0, NULL);
  kn_value b = R(self)->first, e = R(self)->last;
  map_arg m = {kn_ary_new(0), blk, mode};
  if (KN_FIXNUM_P(b) && KN_FIXNUM_P(e)) {
    int64_t last = KN_FIX2INT(e) - (EXCL(self) ? 1 : 0);
    for (int64_t i = KN_FIX2INT(b); i <= last; i++) map_i(KN_INT2FIX(i), &m);
    return m.out;
  }
  range_each_fn(self, map_i, &m);
  return m.out;
}

RANGE_METHOD(kn_range_map) { return range_map_mode(self, blk, 0, "map"); }
RANGE_METHOD(kn_range_select) { return range_map_mode(self, blk, 1, "select"); }
RANGE_METHOD(kn_range_reject) { return range_map_mode(self, blk, 2, "reject"); }
RANGE_METHOD(kn_range_filter_map) { return range_map_mode(self, blk, 3, "filter_map"); }

/* How many Floats beg, beg+unit, ... up to end (excluded if excl): CRuby's ruby_float_step_size,
 * which allows a rounding error so that (1.0..2.0).step(0.1) includes 2.0. */
double kn_float_step_size(double beg, double end, double unit, bool excl) {
  if (unit == 0) return HUGE_VAL;
  if (isinf(unit)) return unit > 0 ? beg <= end : beg >= end;
  double n = (end - beg) / unit;
  double err = (fabs(beg) + fabs(end) + fabs(end - beg)) / fabs(unit) * DBL_EPSILON;
  if (err > 0.5) err = 0.5;
  if (!excl) return n < 0 ? 0 : floor(n + err) + 1;
  if (n <= 0) return 0;
  n = n < 1 ? 0 : floor(n - err);
  double d = (n + 1) * unit + beg;
  if (beg < end ? d < end : beg > end && d > end) n++;
  return n + 1;
}

/* The i-th of those Floats, computed from beg (no accumulated drift) and never past end. */
double kn_float_step_at(double beg, double end, double unit, double i) {
  double d = i == 0 ? beg : i * unit + beg; /* 0 * Infinity would be NaN */
  return (unit >= 0 ? end < d : d < end) ? end : d;
}

/* step(n) and %(n): Integer, Float (as ruby_float_step) and succ-based ranges */
static kn_value range_step_impl(kn_value self, int argc, const kn_value *argv, kn_value blk, const char *name) {
  kn_value b = R(self)->first, e = R(self)->last;
  kn_value step = argc > 0 ? argv[0] : KN_INT2FIX(1);
  bool excl = EXCL(self);
  bool num = KN_INTEGER_P(step) || KN_FLOAT_P(step) || kn_obj_is_kind_of(step, kn_cNumeric);
  if (num && KN_TEST(kn_op_eq(step, KN_INT2FIX(0)))) kn_raise_fmt(kn_eArgumentError, "step can't be 0");
  if (!num && !KN_TYPE_P(b, KN_T_STRING))
    kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Integer", kn_conv_name(step));
  /* an ArithmeticSequence over numbers (it may step down), else an Enumerator */
  if (blk == KN_NIL) return kn_enumerator_for(self, name, argc, argv);
  if (num && !KN_TYPE_P(b, KN_T_STRING) && KN_TEST(kn_op_lt(step, KN_INT2FIX(0))))
    kn_raise_fmt(kn_eArgumentError, "step can't be negative");
  if (KN_FIXNUM_P(b) && KN_FIXNUM_P(step) && (KN_FIXNUM_P(e) || e == KN_NIL)) {
    int64_t s = KN_FIX2INT(step), i = KN_FIX2INT(b);
    if (e == KN_NIL) {
      for (kn_value v = b;; v = kn_op_plus(v, step)) kn_yield1(blk, v);
    }
    int64_t last = KN_FIX2INT(e);
    for (; excl ? i < last : i <= last; i += s) {
      kn_yield1(blk, KN_INT2FIX(i));
      if (i > KN_FIXNUM_MAX - s) break;
    }
    return self;
  }
  if ((KN_FLOAT_P(b) || KN_FLOAT_P(e) || KN_FLOAT_P(step)) && e != KN_NIL) {
    double beg = kn_num2dbl(b), end = kn_num2dbl(e), unit = kn_num2dbl(step);
    double n = kn_float_step_size(beg, end, unit, excl);
    for (int64_t i = 0; i < (int64_t)n; i++) kn_yield1(blk, kn_float_new(kn_float_step_at(beg, end, unit, (double)i)));
    return self;
  }
  if (KN_INTEGER_P(b) || KN_FLOAT_P(b) || kn_obj_is_kind_of(b, kn_cNumeric)) {
    for (kn_value v = b;; v = kn_op_plus(v, step)) {
      if (e != KN_NIL) {
        int c = kn_cmpint(kn_op_cmp(v, e), v, e);
        if (c > 0 || (excl && c == 0)) break;
      }
      kn_yield1(blk, v);
    }
    return self;
  }
  /* succ-based: every n-th element */
  int64_t every = kn_num2long(step);
  if (every < 0) kn_raise_fmt(kn_eArgumentError, "step can't be negative");
  if (every == 0) kn_raise_fmt(kn_eArgumentError, "step can't be 0");
  kn_value all = kn_range_to_a(self, 0, NULL, KN_NIL);
  for (int64_t i = 0; i < KN_ARY(all)->len; i += every) kn_yield1(blk, KN_ARY(all)->ptr[i]);
  return self;
}

RANGE_METHOD(kn_range_step) { return range_step_impl(self, argc, argv, blk, "step"); }
RANGE_METHOD(kn_range_percent) { return range_step_impl(self, argc, argv, blk, "%"); }

/* ------------------------------------------------------------------------
 * Queries
 * ------------------------------------------------------------------------ */

typedef struct take_state {
  kn_value out;
  int64_t n;
} take_state;

static bool take_i(kn_value v, void *arg) {
  take_state *st = arg;
  kn_ary_push(st->out, v);
  return KN_ARY(st->out)->len < st->n;
}

RANGE_METHOD(kn_range_first) {
  if (argc == 0) {
    if (R(self)->first == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the first element of beginless range");
    return R(self)->first;
  }
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative array size (or size too big)");
  kn_value b = R(self)->first, e = R(self)->last;
  if (KN_FIXNUM_P(b) && (KN_FIXNUM_P(e) || e == KN_NIL)) {
    int64_t lo = KN_FIX2INT(b);
    int64_t hi = e == KN_NIL ? KN_FIXNUM_MAX : KN_FIX2INT(e) - (EXCL(self) ? 1 : 0);
    kn_value r = kn_ary_new(n < 1024 ? n : 1024);
    for (int64_t i = lo; i <= hi && KN_ARY(r)->len < n; i++) kn_ary_push(r, KN_INT2FIX(i));
    return r;
  }
  kn_value r = kn_ary_new(0);
  if (n == 0) return r;
  take_state st = {r, n};
  range_each_fn(self, take_i, &st);
  return r;
}

RANGE_METHOD(kn_range_last) {
  if (argc == 0) {
    if (R(self)->last == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the last element of endless range");
    return R(self)->last;
  }
  if (R(self)->last == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the last element of endless range");
  kn_value a = kn_range_to_a(self, 0, NULL, KN_NIL);
  return kn_send(a, kn_intern("last"), argc, argv, KN_NIL);
}

static kn_value range_size_value(kn_value self) {
  kn_value b = R(self)->first, e = R(self)->last;
  if (KN_INTEGER_P(b) || KN_FLOAT_P(b)) {
    if (e == KN_NIL) return kn_float_new(INFINITY);
    if (!(KN_INTEGER_P(e) || KN_FLOAT_P(e))) return KN_NIL;
    if (KN_FIXNUM_P(b) && KN_FIXNUM_P(e)) {
      int64_t n = KN_FIX2INT(e) - KN_FIX2INT(b) + (EXCL(self) ? 0 : 1);
      return KN_INT2FIX(n < 0 ? 0 : n);
    }
    if (KN_INTEGER_P(b) && KN_INTEGER_P(e)) {
      kn_value n = kn_op_minus(e, b);
      if (!EXCL(self)) n = kn_op_plus(n, KN_INT2FIX(1));
      return KN_TEST(kn_op_lt(n, KN_INT2FIX(0))) ? KN_INT2FIX(0) : n;
    }
    double db = kn_num2dbl(b), de = kn_num2dbl(e);
    if (isinf(de) && de > 0) return kn_float_new(INFINITY);
    double n = floor(de - db + DBL_EPSILON * fabs(de));
    if (n < 0) return KN_INT2FIX(0);
    double k = floor((de - db));
    bool exact = (db + k) == de;
    int64_t cnt = (int64_t)k + 1;
    if (EXCL(self) && exact) cnt--;
    return KN_INT2FIX(cnt < 0 ? 0 : cnt);
  }
  return KN_NIL;
}

RANGE_METHOD(kn_range_size) { return range_size_value(self); }

RANGE_METHOD(kn_range_count) {
  if (argc == 0 && blk == KN_NIL) {
    kn_value b = R(self)->first, e = R(self)->last;
    if (KN_INTEGER_P(b) && (KN_INTEGER_P(e) || e == KN_NIL)) return range_size_value(self);
    if (e == KN_NIL) return kn_float_new(INFINITY);
  }
  kn_value a = kn_range_to_a(self, 0, NULL, KN_NIL);
  return kn_send(a, kn_intern("count"), argc, argv, blk);
}

/* b <= v (< or <=) e, with nil ends open; non-comparable gives false */
static bool range_cover(kn_value self, kn_value v) {
  kn_value b = R(self)->first, e = R(self)->last;
  if (b != KN_NIL) {
    kn_value c = kn_op_cmp(b, v);
    if (c == KN_NIL || kn_cmpint(c, b, v) > 0) return false;
  }
  if (e != KN_NIL) {
    kn_value c = kn_op_cmp(v, e);
    if (c == KN_NIL) return false;
    int k = kn_cmpint(c, v, e);
    if (EXCL(self) ? k >= 0 : k > 0) return false;
  }
  return true;
}

RANGE_METHOD(kn_range_cover_p) {
  kn_value v = argv[0];
  if (KN_TYPE_P(v, KN_T_RANGE)) {
    /* cover?(range): both ends inside */
    kn_value vb = R(v)->first, ve = R(v)->last;
    if (vb == KN_NIL && R(self)->first != KN_NIL) return KN_FALSE;
    if (ve == KN_NIL && R(self)->last != KN_NIL) return KN_FALSE;
    if (vb != KN_NIL && !range_cover(self, vb)) return KN_FALSE;
    if (ve == KN_NIL) return KN_TRUE;
    if (R(self)->last == KN_NIL) return KN_TRUE;
    int c = kn_cmpint(kn_op_cmp(ve, R(self)->last), ve, R(self)->last);
    if (c < 0) return KN_TRUE;
    if (c == 0) return KN_BOOL(!EXCL(self) || EXCL(v));
    return KN_FALSE;
  }
  return KN_BOOL(range_cover(self, v));
}

RANGE_METHOD(kn_range_eqq) { return KN_BOOL(range_cover(self, argv[0])); }

/* ------------------------------------------------------------------------
 * bsearch: CRuby's range_bsearch (fixnums, Floats by their bit patterns,
 * any Integers, endless and beginless Integer ranges by doubling probes)
 * ------------------------------------------------------------------------ */

typedef struct bsearch_state {
  kn_value blk, satisfied;
  bool found; /* the block returned 0: satisfied holds the value */
} bsearch_state;

/* One probe: 1 smaller, 0 not; sets st->found when the block says 0. */
static int bsearch_probe(bsearch_state *st, kn_value val) {
  bool sat = false;
  int r = kn_bsearch_check(kn_yield1(st->blk, val), &sat);
  if (r == 2) {
    st->found = true;
    st->satisfied = val;
    return 1;
  }
  if (sat) st->satisfied = val;
  return r;
}

static int64_t dbl_as_i64(double d) {
  union { double d; int64_t i; } c;
  if (d == 0.0) d = 0.0;
  c.d = fabs(d);
  return d < 0 ? -c.i : c.i;
}
static kn_value i64_as_dbl(int64_t i) {
  union { double d; int64_t i; } c;
  if (i < 0) {
    c.i = -i;
    return kn_float_new(-c.d);
  }
  c.i = i;
  return kn_float_new(c.d);
}

/* The BSEARCH loop over int64 positions, conv turning a position into the value yielded. */
static kn_value bsearch_i64(bsearch_state *st, int64_t low, int64_t high, bool excl, kn_value (*conv)(int64_t)) {
  if (excl) high--;
  int64_t org_high = high;
  while (low < high) {
    int64_t mid = ((high < 0) == (low < 0)) ? low + ((high - low) / 2)
                  : (low < -high)            ? -((-1 - low - high) / 2 + 1)
                                             : (low + high) / 2;
    int smaller = bsearch_probe(st, conv(mid));
    if (st->found) return st->satisfied;
    if (smaller) high = mid;
    else low = mid + 1;
  }
  if (low == org_high) {
    int smaller = bsearch_probe(st, conv(low));
    if (st->found) return st->satisfied;
    if (!smaller) return KN_NIL;
  }
  return st->satisfied;
}

static kn_value fix_conv(int64_t i) { return KN_INT2FIX(i); }

static kn_value bsearch_integer_range(bsearch_state *st, kn_value low, kn_value high, bool excl) {
  if (excl) high = kn_op_minus(high, KN_INT2FIX(1));
  kn_value org_high = high;
  while (kn_cmpint(kn_op_cmp(low, high), low, high) < 0) {
    kn_value mid = kn_send(kn_op_plus(high, low), kn_intern("div"), 1, (kn_value[]){KN_INT2FIX(2)}, KN_NIL);
    int smaller = bsearch_probe(st, mid);
    if (st->found) return st->satisfied;
    if (smaller) high = mid;
    else low = kn_op_plus(mid, KN_INT2FIX(1));
  }
  if (kn_equal(low, org_high)) {
    int smaller = bsearch_probe(st, low);
    if (st->found) return st->satisfied;
    if (!smaller) return KN_NIL;
  }
  return st->satisfied;
}

RANGE_METHOD(kn_range_bsearch) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "bsearch", 0, NULL);
  kn_value beg = R(self)->first, end = R(self)->last;
  bsearch_state st = {blk, KN_NIL, false};
  if (KN_FIXNUM_P(beg) && KN_FIXNUM_P(end))
    return bsearch_i64(&st, KN_FIX2INT(beg), KN_FIX2INT(end), EXCL(self), fix_conv);
  if (KN_FLOAT_P(beg) || KN_FLOAT_P(end)) {
    double lo = beg == KN_NIL ? -HUGE_VAL : kn_float_value(kn_send(kn_mKernel, kn_intern("Float"), 1, &beg, KN_NIL));
    double hi = end == KN_NIL ? HUGE_VAL : kn_float_value(kn_send(kn_mKernel, kn_intern("Float"), 1, &end, KN_NIL));
    return bsearch_i64(&st, dbl_as_i64(lo), dbl_as_i64(hi), EXCL(self), i64_as_dbl);
  }
  if (KN_INTEGER_P(beg) && KN_INTEGER_P(end)) return bsearch_integer_range(&st, beg, end, EXCL(self));
  if (KN_INTEGER_P(beg) && end == KN_NIL) {
    kn_value diff = KN_INT2FIX(1);
    for (;;) {
      kn_value mid = kn_op_plus(beg, diff);
      int smaller = bsearch_probe(&st, mid);
      if (st.found) return st.satisfied;
      if (smaller) return bsearch_integer_range(&st, beg, mid, false);
      diff = kn_op_mul(diff, KN_INT2FIX(2));
    }
  }
  if (beg == KN_NIL && KN_INTEGER_P(end)) {
    kn_value diff = KN_INT2FIX(-1);
    for (;;) {
      kn_value mid = kn_op_plus(end, diff);
      int smaller = bsearch_probe(&st, mid);
      if (st.found) return st.satisfied;
      if (!smaller) return bsearch_integer_range(&st, mid, end, false);
      diff = kn_op_mul(diff, KN_INT2FIX(2));
    }
  }
  kn_raise_fmt(kn_eTypeError, "can't do binary search for %s", kn_class_name(kn_real_class(beg)));
}

static bool include_i(kn_value v, void *arg) {
  kn_value *a = arg;
  if (kn_equal(v, a[0])) {
    a[1] = KN_TRUE;
    return false;
  }
  return true;
}

RANGE_METHOD(kn_range_include_p) {
  kn_value b = R(self)->first, e = R(self)->last, v = argv[0];
  bool numeric = (b == KN_NIL || KN_INTEGER_P(b) || KN_FLOAT_P(b)) && (e == KN_NIL || KN_INTEGER_P(e) || KN_FLOAT_P(e));
  if (numeric || b == KN_NIL || e == KN_NIL) return KN_BOOL(range_cover(self, v));
  if (KN_TYPE_P(b, KN_T_STRING) && KN_TYPE_P(e, KN_T_STRING)) {
    if (!KN_TYPE_P(v, KN_T_STRING)) return KN_FALSE;
    if (KN_STR(b)->len == 1 && KN_STR(e)->len == 1 && KN_STR(v)->len == 1 && (unsigned char)KN_STR(b)->ptr[0] < 0x80 &&
        (unsigned char)KN_STR(e)->ptr[0] < 0x80 && (unsigned char)KN_STR(v)->ptr[0] < 0x80) {
      return KN_BOOL(range_cover(self, v));
    }
  }
  kn_value a[2] = {v, KN_FALSE};
  range_each_fn(self, include_i, a);
  return a[1];
}

/* min/max without block or count: the ends; otherwise the Enumerable way */
RANGE_METHOD(kn_range_min) {
  kn_value b = R(self)->first, e = R(self)->last;
  if (blk != KN_NIL || argc > 0) {
    if (e == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the minimum of endless range with custom comparison method");
    kn_value a = kn_range_to_a(self, 0, NULL, KN_NIL);
    return kn_minmax_values(KN_ARY(a)->len, KN_ARY(a)->ptr, -1, argc, argv, blk);
  }
  if (b == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the minimum of beginless range");
  if (e == KN_NIL) return b;
  int c = kn_cmpint(kn_op_cmp(b, e), b, e);
  if (c > 0 || (c == 0 && EXCL(self))) return KN_NIL;
  return b;
}

RANGE_METHOD(kn_range_max) {
  kn_value b = R(self)->first, e = R(self)->last;
  if (e == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the maximum of endless range");
  if (blk != KN_NIL || argc > 0) {
    kn_value a = kn_range_to_a(self, 0, NULL, KN_NIL);
    return kn_minmax_values(KN_ARY(a)->len, KN_ARY(a)->ptr, 1, argc, argv, blk);
  }
  if (EXCL(self)) {
    if (!KN_INTEGER_P(e)) kn_raise_fmt(kn_eTypeError, "cannot exclude non Integer end value");
    if (b != KN_NIL && !KN_INTEGER_P(b)) kn_raise_fmt(kn_eTypeError, "cannot exclude end value with non Integer begin value");
  }
  if (b == KN_NIL) return EXCL(self) ? kn_op_minus(e, KN_INT2FIX(1)) : e;
  int c = kn_cmpint(kn_op_cmp(b, e), b, e);
  if (c > 0 || (c == 0 && EXCL(self))) return KN_NIL;
  if (EXCL(self)) return kn_op_minus(e, KN_INT2FIX(1));
  if (KN_INTEGER_P(b) && KN_FLOAT_P(e)) {
    /* (1..3.5).max is 3.5 in ruby: the end itself */
    return e;
  }
  return e;
}

RANGE_METHOD(kn_range_minmax) {
  kn_value r[2] = {kn_range_min(self, 0, NULL, blk), kn_range_max(self, 0, NULL, blk)};
  return kn_ary_new_from(2, r);
}

RANGE_METHOD(kn_range_sum) {
  kn_value init = argc ? argv[0] : KN_INT2FIX(0);
  kn_value b = R(self)->first, e = R(self)->last;
  if (blk == KN_NIL && KN_INTEGER_P(init) && KN_INTEGER_P(b) && KN_INTEGER_P(e)) {
    kn_value end = EXCL(self) ? kn_op_minus(e, KN_INT2FIX(1)) : e;
    if (KN_TEST(kn_op_lt(end, b))) return init;
    kn_value n = kn_op_plus(kn_op_minus(end, b), KN_INT2FIX(1));
    kn_value s = kn_op_div(kn_op_mul(n, kn_op_plus(end, b)), KN_INT2FIX(2));
    return kn_op_plus(init, s);
  }
  check_endless(self);
  kn_value a = kn_range_to_a(self, 0, NULL, KN_NIL);
  return kn_sum_values(KN_ARY(a)->len, KN_ARY(a)->ptr, init, blk);
}

/* ------------------------------------------------------------------------
 * Equality and printing
 * ------------------------------------------------------------------------ */

RANGE_METHOD(kn_range_eq) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (!KN_TYPE_P(o, KN_T_RANGE) || EXCL(o) != EXCL(self)) return KN_FALSE;
  return KN_BOOL(kn_equal(R(self)->first, R(o)->first) && kn_equal(R(self)->last, R(o)->last));
}

RANGE_METHOD(kn_range_eql) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (!KN_TYPE_P(o, KN_T_RANGE) || EXCL(o) != EXCL(self)) return KN_FALSE;
  return KN_BOOL(kn_eql(R(self)->first, R(o)->first) && kn_eql(R(self)->last, R(o)->last));
}

RANGE_METHOD(kn_range_hash) {
  uint64_t h = kn_hash_mix(kn_hash_of(R(self)->first), kn_hash_of(R(self)->last));
  h = kn_hash_mix(h, EXCL(self) ? 1 : 0);
  return KN_INT2FIX((int64_t)(h >> 2));
}

static kn_value range_print(kn_value self, bool inspect) {
  kn_value b = R(self)->first, e = R(self)->last;
  kn_value buf = kn_str_buf_new(16);
  if (b != KN_NIL || !inspect || e == KN_NIL) {
    kn_value s = inspect ? kn_inspect(b) : kn_obj_to_s(b);
    kn_str_cat(buf, KN_STR(s)->ptr, KN_STR(s)->len);
  }
  kn_str_cat_cstr(buf, EXCL(self) ? "..." : "..");
  if (e != KN_NIL || !inspect || b == KN_NIL) {
    if (!(inspect && e == KN_NIL && b != KN_NIL)) {
      kn_value s = inspect ? kn_inspect(e) : kn_obj_to_s(e);
      kn_str_cat(buf, KN_STR(s)->ptr, KN_STR(s)->len);
    }
  }
  return buf;
}

RANGE_METHOD(kn_range_inspect) { return range_print(self, true); }
RANGE_METHOD(kn_range_to_s) { return range_print(self, false); }
RANGE_METHOD(kn_range_dup) { return kn_range_new(R(self)->first, R(self)->last, EXCL(self)); }

void kn_init_range(void) {
  s_succ = kn_intern("succ");
  s_cmp = kn_intern("<=>");
  kn_value c = kn_cRange;
  KN_CLASS(c)->alloc = range_allocate;
  kn_include_module(c, kn_mEnumerable);
  static const kn_method_def defs[] = {
      {"initialize", kn_range_initialize, 2, 3},
      {"begin", kn_range_begin, 0, 0},
      {"end", kn_range_end, 0, 0},
      {"first", kn_range_first, 0, 1},
      {"last", kn_range_last, 0, 1},
      {"min", kn_range_min, 0, 1},
      {"max", kn_range_max, 0, 1},
      {"minmax", kn_range_minmax, 0, 0},
      {"exclude_end?", kn_range_exclude_end_p, 0, 0},
      {"each", kn_range_each, 0, 0},
      {"reverse_each", kn_range_reverse_each, 0, 0},
      {"to_a", kn_range_to_a, 0, 0},
      {"entries", kn_range_to_a, 0, 0},
      {"map", kn_range_map, 0, 0},
      {"collect", kn_range_map, 0, 0},
      {"select", kn_range_select, 0, 0},
      {"filter", kn_range_select, 0, 0},
      {"reject", kn_range_reject, 0, 0},
      {"filter_map", kn_range_filter_map, 0, 0},
      {"step", kn_range_step, 0, 1},
      {"%", kn_range_percent, 1, 1},
      {"size", kn_range_size, 0, 0},
      {"count", kn_range_count, 0, 1},
      {"include?", kn_range_include_p, 1, 1},
      {"member?", kn_range_include_p, 1, 1},
      {"cover?", kn_range_cover_p, 1, 1},
      {"===", kn_range_eqq, 1, 1},
      {"bsearch", kn_range_bsearch, 0, 0},
      {"sum", kn_range_sum, 0, 1},
      {"==", kn_range_eq, 1, 1},
      {"eql?", kn_range_eql, 1, 1},
      {"hash", kn_range_hash, 0, 0},
      {"inspect", kn_range_inspect, 0, 0},
      {"to_s", kn_range_to_s, 0, 0},
      {"dup", kn_range_dup, 0, 0},
      {"clone", kn_range_dup, 0, 0},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs);
}
