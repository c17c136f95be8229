/* arith_seq.c: Enumerator::ArithmeticSequence, what Numeric#step and Range#step / Range#% over
 * numbers return without a block. It is an Enumerator over recv.meth(*args) that also knows its
 * begin, end, step and exclude_end?, so it computes its size, elements and last values instead
 * of iterating, and compares by those four values, as CRuby's arith_seq does. */
#include <math.h>
#include "internal.h"

#define SEQ_METHOD(name) static kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)

static kn_value cArithSeq, iv_begin, iv_end, iv_step, iv_excl, s_step, s_percent, s_by, s_to;

static bool numeric_p(kn_value v) { return KN_INTEGER_P(v) || KN_FLOAT_P(v) || kn_obj_is_kind_of(v, kn_cNumeric); }

static kn_value seq_new(kn_value recv, const char *meth, int argc, const kn_value *argv, kn_value beg, kn_value end,
                        kn_value step, bool excl) {
  kn_value seq = kn_enumerator_new(cArithSeq, recv, meth, argc, argv);
  kn_ivar_set(seq, iv_begin, beg);
  kn_ivar_set(seq, iv_end, end);
  kn_ivar_set(seq, iv_step, step);
  kn_ivar_set(seq, iv_excl, KN_BOOL(excl));
  return seq;
}

/* Numeric#step(limit = nil, step = 1) or step(by:, to:), as ruby reads them without a block. */
static kn_value num_step_seq(kn_value from, int argc, const kn_value *argv) {
  kn_value to = KN_NIL, step = KN_NIL;
  int n = argc;
  if (n > 0 && KN_TYPE_P(argv[n - 1], KN_T_HASH)) {
    kn_value by = kn_hash_lookup(argv[n - 1], s_by, KN_UNDEF);
    to = kn_hash_lookup(argv[n - 1], s_to, KN_NIL);
    if (by != KN_UNDEF) step = by;
    n--;
  }
  if (n > 0) to = argv[0];
  if (n > 1) step = argv[1];
  if (step == KN_NIL) step = KN_INT2FIX(1);
  else if (kn_equal(step, KN_INT2FIX(0))) kn_raise_fmt(kn_eArgumentError, "step can't be 0");
  if ((to != KN_NIL && !numeric_p(to)) || !numeric_p(step)) return KN_NIL;
  return seq_new(from, "step", argc, argv, from, to, step, false);
}

/* Range#step(n = 1) / Range#%(n) when the bounds are numbers (or nil on one side). */
static kn_value range_step_seq(kn_value range, const char *meth, int argc, const kn_value *argv) {
  kn_range *r = KN_RANGE(range);
  kn_value step = argc > 0 ? argv[0] : KN_INT2FIX(1);
  bool bounds = numeric_p(r->first) ? r->last == KN_NIL || numeric_p(r->last) : r->first == KN_NIL && numeric_p(r->last);
  if (!bounds || !numeric_p(step)) return KN_NIL;
  return seq_new(range, meth, argc, argv, r->first, r->last, step, kn_range_excl_p(range));
}

kn_value kn_arith_seq_for(kn_value recv, kn_value meth, int argc, const kn_value *argv) {
  if (meth == s_step && (KN_INTEGER_P(recv) || KN_FLOAT_P(recv))) return num_step_seq(recv, argc, argv);
  if ((meth == s_step || meth == s_percent) && KN_TYPE_P(recv, KN_T_RANGE))
    return range_step_seq(recv, kn_sym_name(meth), argc, argv);
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Elements
 * ------------------------------------------------------------------------ */

typedef struct seq {
  kn_value beg, end, step;
  bool excl, flo; /* flo: computed in doubles, as ruby does when any of the three is a Float */
} seq;

static seq seq_of(kn_value self) {
  seq s = {kn_ivar_get(self, iv_begin), kn_ivar_get(self, iv_end), kn_ivar_get(self, iv_step),
           kn_ivar_get(self, iv_excl) == KN_TRUE, false};
  s.flo = KN_FLOAT_P(s.beg) || KN_FLOAT_P(s.end) || KN_FLOAT_P(s.step);
  return s;
}

static double seq_float_end(const seq *s) {
  if (s->end != KN_NIL) return kn_num2dbl(s->end);
  return kn_num2dbl(s->step) < 0 ? -HUGE_VAL : HUGE_VAL;
}

/* The number of elements: an Integer, or Infinity when the sequence never ends. */
static kn_value seq_size(const seq *s) {
  if (s->flo) {
    double n = kn_float_step_size(kn_num2dbl(s->beg), seq_float_end(s), kn_num2dbl(s->step), s->excl);
    return isinf(n) ? kn_float_new(n) : kn_funcall0(kn_float_new(n), "to_i");
  }
  if (s->end == KN_NIL) return kn_float_new(HUGE_VAL);
  kn_value span = kn_op_minus(s->end, s->beg);
  kn_value len_1 = kn_op_div(span, s->step); /* floor division for Integers */
  if (!KN_INTEGER_P(len_1)) len_1 = kn_funcall0(len_1, "floor");
  if (KN_TEST(kn_op_lt(len_1, KN_INT2FIX(0)))) return KN_INT2FIX(0);
  kn_value last = kn_op_plus(s->beg, kn_op_mul(s->step, len_1));
  return s->excl && kn_equal(last, s->end) ? len_1 : kn_op_plus(len_1, KN_INT2FIX(1));
}

/* The i-th element (0-based). */
static kn_value seq_at(const seq *s, int64_t i) {
  if (s->flo)
    return kn_float_new(kn_float_step_at(kn_num2dbl(s->beg), seq_float_end(s), kn_num2dbl(s->step), (double)i));
  return kn_op_plus(s->beg, kn_op_mul(s->step, kn_int_new(i)));
}

/* The size as a C count; SIZE_MAX-like INT64_MAX for an endless sequence. */
static int64_t seq_count(const seq *s) {
  kn_value n = seq_size(s);
  if (KN_FLOAT_P(n)) return INT64_MAX;
  if (!KN_FIXNUM_P(n)) kn_raise_fmt(kn_eRangeError, "bignum too big to convert into `long'");
  return KN_FIX2INT(n);
}

/* Elements from..from+n-1 as an Array. */
static kn_value seq_slice(const seq *s, int64_t from, int64_t n) {
  kn_value r = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) kn_ary_push(r, seq_at(s, from + i));
  return r;
}

static int64_t take_count(kn_value n) {
  int64_t k = kn_num2long(n);
  if (k < 0) kn_raise_fmt(kn_eArgumentError, "negative array size");
  return k;
}

/* ------------------------------------------------------------------------
 * Methods
 * ------------------------------------------------------------------------ */

SEQ_METHOD(seq_begin) { return kn_ivar_get(self, iv_begin); }
SEQ_METHOD(seq_end) { return kn_ivar_get(self, iv_end); }
SEQ_METHOD(seq_step) { return kn_ivar_get(self, iv_step); }
SEQ_METHOD(seq_exclude_end_p) { return kn_ivar_get(self, iv_excl); }

SEQ_METHOD(seq_size_m) {
  seq s = seq_of(self);
  return seq_size(&s);
}

SEQ_METHOD(seq_each) {
  if (blk == KN_NIL) return self;
  seq s = seq_of(self);
  int64_t n = seq_count(&s);
  for (int64_t i = 0; i < n; i++) kn_yield1(blk, seq_at(&s, i));
  return self;
}

SEQ_METHOD(seq_first) {
  seq s = seq_of(self);
  int64_t n = seq_count(&s);
  if (argc == 0) return n > 0 ? seq_at(&s, 0) : KN_NIL;
  int64_t k = take_count(argv[0]);
  return seq_slice(&s, 0, k < n ? k : n);
}

SEQ_METHOD(seq_last) {
  seq s = seq_of(self);
  if (s.end == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot get the last element of endless arithmetic sequence");
  int64_t n = seq_count(&s);
  if (argc == 0) return n > 0 ? seq_at(&s, n - 1) : KN_NIL;
  int64_t k = take_count(argv[0]);
  if (k > n) k = n;
  return seq_slice(&s, n - k, k);
}

SEQ_METHOD(seq_to_a) {
  seq s = seq_of(self);
  if (s.end == KN_NIL) kn_raise_fmt(kn_eRangeError, "cannot convert endless range to an array");
  return seq_slice(&s, 0, seq_count(&s));
}

SEQ_METHOD(seq_eq) {
  kn_value o = argv[0];
  if (kn_real_class(o) != cArithSeq) return KN_FALSE;
  seq a = seq_of(self), b = seq_of(o);
  return KN_BOOL(a.excl == b.excl && kn_equal(a.beg, b.beg) && kn_equal(a.end, b.end) && kn_equal(a.step, b.step));
}

SEQ_METHOD(seq_hash) {
  seq s = seq_of(self);
  kn_value parts[4] = {KN_BOOL(s.excl), s.beg, s.end, s.step};
  return KN_INT2FIX((int64_t)(kn_ary_hash_value(kn_ary_new_from(4, parts)) >> 2));
}

/* A keyword Hash argument as ruby shows it in the call: `by: 2, to: 5`. */
static void add_kwargs(kn_buf *b, kn_value h) {
  kn_hash *t = KN_HASH(h);
  bool first = true;
  for (int64_t k = 0; k < t->ents_len; k++) {
    kn_value key = t->ents[k].key;
    if (key == KN_UNDEF) continue;
    if (!first) kn_buf_adds(b, ", ");
    first = false;
    if (KN_SYMBOL_P(key)) kn_buf_printf(b, "%s: ", kn_sym_name(key));
    else kn_buf_addv(b, kn_inspect(key)), kn_buf_adds(b, "=>");
    kn_buf_addv(b, kn_inspect(t->ents[k].val));
  }
}

/* The call that made it: ((1..10).step(3)), (1.step(10, 3)), (1.0.step(by: 0.5, to: 3)). */
SEQ_METHOD(seq_inspect) {
  kn_value recv = kn_enumerator_receiver(self), args = kn_enumerator_args(self);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addc(&b, '(');
  bool range = KN_TYPE_P(recv, KN_T_RANGE);
  if (range) kn_buf_addc(&b, '(');
  kn_buf_addv(&b, kn_inspect(recv));
  if (range) kn_buf_addc(&b, ')');
  kn_buf_addc(&b, '.');
  kn_buf_adds(&b, kn_sym_name(kn_enumerator_method(self)));
  int64_t n = KN_ARY(args)->len;
  if (n) {
    kn_buf_addc(&b, '(');
    for (int64_t i = 0; i < n; i++) {
      kn_value a = KN_ARY(args)->ptr[i];
      if (i) kn_buf_adds(&b, ", ");
      if (i == n - 1 && KN_TYPE_P(a, KN_T_HASH)) add_kwargs(&b, a);
      else kn_buf_addv(&b, kn_inspect(a));
    }
    kn_buf_addc(&b, ')');
  }
  kn_buf_addc(&b, ')');
  return kn_buf_to_str(&b);
}

void kn_init_arith_seq(kn_value enumerator) {
  iv_begin = kn_intern("@__begin");
  iv_end = kn_intern("@__end");
  iv_step = kn_intern("@__step");
  iv_excl = kn_intern("@__exclude_end");
  s_step = kn_intern("step");
  s_percent = kn_intern("%");
  s_by = kn_intern("by");
  s_to = kn_intern("to");
  cArithSeq = kn_define_class(enumerator, "ArithmeticSequence", enumerator);
  static const kn_method_def defs[] = {
      {"begin", seq_begin, 0, 0},
      {"end", seq_end, 0, 0},
      {"step", seq_step, 0, 0},
      {"exclude_end?", seq_exclude_end_p, 0, 0},
      {"size", seq_size_m, 0, 0},
      {"each", seq_each, 0, 0},
      {"first", seq_first, 0, 1},
      {"last", seq_last, 0, 1},
      {"to_a", seq_to_a, 0, 0},
      {"entries", seq_to_a, 0, 0},
      {"==", seq_eq, 1, 1},
      {"===", seq_eq, 1, 1},
      {"eql?", seq_eq, 1, 1},
      {"hash", seq_hash, 0, 0},
      {"inspect", seq_inspect, 0, 0},
      {"to_s", seq_inspect, 0, 0},
      {NULL, NULL, 0, 0}};
  kn_define_methods(cArithSeq, defs);
}
