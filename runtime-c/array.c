/* array.c: Array (a growable vector of values), the sort used by every collection, and the recursion guard. */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "internal.h"

#define ARY_METHOD(name) kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)
#define A(v) KN_ARY(v)
#define LEN(v) (KN_ARY(v)->len)
#define PTR(v) (KN_ARY(v)->ptr)

/* memmove of n values that tolerates n == 0 with NULL pointers (empty arrays have no buffer) */
static inline void vcopy(kn_value *d, const kn_value *src, int64_t n) {
  if (n > 0) memmove(d, src, sizeof(kn_value) * (size_t)n);
}

static kn_value s_cmp, s_plus, s_to_ary, s_to_a, s_to_h, s_call, s_eqq;

/* ------------------------------------------------------------------------
 * Allocation and growth
 * ------------------------------------------------------------------------ */

/* An Array made for up to ARY_EMBED_MAX elements keeps them right after its
 * header: one allocation instead of two (the small Arrays of slices, pairs,
 * dups and literals are most of them).  ptr then points into the Array
 * itself, which the collector accepts as any interior pointer; an Array
 * that outgrows the room moves its elements to a buffer of their own
 * (ary_reserve) and the room stays unused.  An empty Array (`[]`,
 * Array.new) gets room for ARY_EMPTY_ROOM: pushing its first elements then
 * allocates nothing (80 bytes instead of 48 for one that stays empty, and
 * one 48-byte buffer fewer for one that does not).  Measured on the native
 * compiler (analyze of codegen.ast): 227,623 -> 69,030 buffer growths,
 * 2.363G -> 2.337G instructions, peak memory a little lower. */
#define ARY_EMBED_MAX 16
#define ARY_EMPTY_ROOM 4

static kn_array *ary_alloc(kn_value klass, int64_t capa) {
  kn_array *a;
  if (capa == 0) capa = ARY_EMPTY_ROOM;
  if (capa > 0 && capa <= ARY_EMBED_MAX) {
    /* the whole of the collector's size class is room; elements are whole
     * words before the collector's byte, so none lands in the last word,
     * the one word of an object the collector does not scan */
    size_t size = KN_ALLOC_ROOM(sizeof *a + sizeof(kn_value) * (size_t)capa);
    a = kn_alloc(size);
    a->ptr = (kn_value *)(a + 1);
    a->capa = (int64_t)((size - sizeof *a) / sizeof(kn_value));
  } else {
    a = kn_alloc(sizeof *a);
    if (capa > 0) {
      a->ptr = kn_alloc(sizeof(kn_value) * (size_t)capa);
      a->capa = capa;
    }
  }
  a->h.klass = (kn_class *)klass;
  a->h.type = KN_T_ARRAY;
  return a;
}

static kn_value ary_allocate(kn_class *klass) { return (kn_value)ary_alloc((kn_value)klass, 0); }

kn_value kn_ary_new(int64_t capa) { return (kn_value)ary_alloc(kn_cArray, capa); }

kn_value kn_ary_new_from(int64_t n, const kn_value *elts) {
  kn_array *a = ary_alloc(kn_cArray, n);
  if (n) vcopy(a->ptr, elts, n);
  a->len = n;
  return (kn_value)a;
}

static void ary_reserve(kn_array *a, int64_t need) {
  if (need <= a->capa) return;
  int64_t c = a->capa < 4 ? 4 : a->capa * 2;
  if (c < need) c = need;
  kn_value *p = kn_alloc(sizeof(kn_value) * (size_t)c);
  if (a->len) vcopy(p, a->ptr, a->len);
  a->ptr = p;
  a->capa = c;
}

void kn_ary_modify(kn_value ary) {
  if (KN_HDR(ary)->flags & KN_FL_FROZEN) kn_frozen_error(ary);
}

kn_value kn_ary_push(kn_value ary, kn_value v) {
  kn_array *a = A(ary);
  if (a->h.flags & KN_FL_FROZEN) kn_frozen_error(ary);
  if (a->len == a->capa) ary_reserve(a, a->len + 1);
  a->ptr[a->len++] = v;
  return ary;
}

/* push without the frozen check, for arrays this file just created */
static inline void ary_push_fast(kn_value ary, kn_value v) {
  kn_array *a = A(ary);
  if (a->len == a->capa) ary_reserve(a, a->len + 1);
  a->ptr[a->len++] = v;
}

kn_value kn_ary_entry(kn_value ary, int64_t i) {
  int64_t n = LEN(ary);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return KN_NIL;
  return PTR(ary)[i];
}

kn_value kn_ary_dup(kn_value ary) { return kn_ary_new_from(LEN(ary), PTR(ary)); }

static kn_value ary_subseq(kn_value ary, int64_t beg, int64_t n) {
  return kn_ary_new_from(n, PTR(ary) + beg);
}

/* Implicit conversion to Array (to_ary), as for a + b. */
kn_value kn_check_array(kn_value v) {
  if (KN_TYPE_P(v, KN_T_ARRAY)) return v;
  if (KN_SPECIAL_P(v) || KN_TYPE_P(v, KN_T_STRING) || !kn_respond_to(v, s_to_ary, true)) return KN_NIL;
  kn_value r = kn_send(v, s_to_ary, 0, NULL, KN_NIL);
  if (r == KN_NIL) return KN_NIL;
  if (!KN_TYPE_P(r, KN_T_ARRAY))
    kn_conversion_gave(v, "Array", "to_ary", r);
  return r;
}

kn_value kn_to_ary(kn_value v) {
  kn_value r = kn_check_array(v);
  if (r == KN_NIL) kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Array", kn_conv_name(v));
  return r;
}

kn_value kn_splat(kn_value v) {
  if (KN_TYPE_P(v, KN_T_ARRAY)) return v;
  if (v == KN_NIL) return kn_ary_new(0);
  if (KN_TYPE_P(v, KN_T_HASH) || KN_TYPE_P(v, KN_T_RANGE) || (!KN_SPECIAL_P(v) && kn_respond_to(v, s_to_a, true))) {
    kn_value r = kn_send(v, s_to_a, 0, NULL, KN_NIL);
    if (KN_TYPE_P(r, KN_T_ARRAY)) return r;
    if (r != KN_NIL)
      kn_conversion_gave(v, "Array", "to_a", r);
  }
  return kn_ary_new_from(1, &v);
}

kn_value kn_ary_concat(kn_value ary, kn_value other) {
  kn_value o = kn_splat(other);
  int64_t n = LEN(o);
  kn_ary_modify(ary);
  ary_reserve(A(ary), LEN(ary) + n);
  vcopy(PTR(ary) + LEN(ary), PTR(o), n);
  A(ary)->len += n;
  return ary;
}

static void ary_append_n(kn_value ary, int64_t n, const kn_value *p) {
  ary_reserve(A(ary), LEN(ary) + n);
  vcopy(PTR(ary) + LEN(ary), p, n);
  A(ary)->len += n;
}

static int64_t num_arg(kn_value v) { return kn_num2long(v); }

/* ------------------------------------------------------------------------
 * Recursion guard (inspect, join, ==, hash, flatten of self-containing structures)
 * ------------------------------------------------------------------------ */

static kn_value *rec_stack;
static int64_t rec_len, rec_capa;

bool kn_recursion_enter(kn_value obj) {
  for (int64_t i = 0; i < rec_len; i++)
    if (rec_stack[i] == obj) return false;
  if (rec_len == rec_capa) {
    int64_t c = rec_capa ? rec_capa * 2 : 16;
    kn_value *p = kn_alloc(sizeof(kn_value) * (size_t)c);
    if (rec_len) vcopy(p, rec_stack, rec_len);
    rec_stack = p;
    rec_capa = c;
  }
  rec_stack[rec_len++] = obj;
  return true;
}

void kn_recursion_leave(kn_value obj) {
  /* pop obj and anything above it a non-local exit left behind */
  for (int64_t i = rec_len - 1; i >= 0; i--)
    if (rec_stack[i] == obj) {
      rec_len = i;
      return;
    }
}

/* Run fn(obj, arg) with obj marked as being walked; returns rec_value if it already is. The mark is
 * removed even when fn exits by an exception or a break. */
kn_value kn_exec_recursive(kn_value (*fn)(kn_value obj, void *arg), kn_value obj, void *arg, kn_value rec_value) {
  if (!kn_recursion_enter(obj)) return rec_value;
  kn_jump j;
  kn_value r;
  if (KN_PROTECT(j) == 0) {
    r = fn(obj, arg);
    KN_UNPROTECT(j);
  } else {
    kn_recursion_leave(obj);
    kn_rethrow(&j);
  }
  kn_recursion_leave(obj);
  return r;
}

/* ------------------------------------------------------------------------
 * Comparison used by sort/min/max: fast paths, else <=> with Ruby's rb_cmpint rules
 * ------------------------------------------------------------------------ */

int kn_cmpint(kn_value r, kn_value a, kn_value b) {
  if (r == KN_NIL) kn_cmp_fail(a, b);
  if (KN_FIXNUM_P(r)) {
    int64_t i = KN_FIX2INT(r);
    return i > 0 ? 1 : i < 0 ? -1 : 0;
  }
  if (KN_TEST(kn_op_gt(r, KN_INT2FIX(0)))) return 1;
  if (KN_TEST(kn_op_lt(r, KN_INT2FIX(0)))) return -1;
  return 0;
}

/* Elements Array#<=> compares without a call: Integers, or Strings whose <=> is the runtime's.
 * Sets *c to the comparison; false when a call is needed. */
static inline bool elem_cmp_direct(kn_value x, kn_value y, int *c) {
  static kn_builtin_memo str_cmp;
  if (KN_FIXNUM_P(x) && KN_FIXNUM_P(y)) {
    *c = (int64_t)x < (int64_t)y ? -1 : (int64_t)x > (int64_t)y;
    return true;
  }
  if (KN_TYPE_P(x, KN_T_STRING) && KN_TYPE_P(y, KN_T_STRING) && kn_builtin_p(&str_cmp, x, kn_s_cmp, kn_cString)) {
    *c = kn_str_cmp(x, y);
    return true;
  }
  return false;
}

/* a <=> b for Arrays (sort_by { [k1, k2] } keys) when the runtime's Array#<=> would call nothing:
 * no recursion guard is needed for elements that are not containers.  false when a call is needed. */
static bool ary_cmp_direct(kn_value a, kn_value b, int *c) {
  static kn_builtin_memo ary_cmp;
  if (!KN_TYPE_P(b, KN_T_ARRAY) || !kn_builtin_p(&ary_cmp, a, kn_s_cmp, kn_cArray)) return false;
  int64_t n = LEN(a) < LEN(b) ? LEN(a) : LEN(b);
  for (int64_t i = 0; i < n; i++) {
    if (!elem_cmp_direct(PTR(a)[i], PTR(b)[i], c)) return false;
    if (*c) return true;
  }
  *c = LEN(a) < LEN(b) ? -1 : LEN(a) > LEN(b);
  return true;
}

int kn_sort_cmp(kn_value a, kn_value b) {
  int c;
  if (elem_cmp_direct(a, b, &c)) return c;
  if (KN_TYPE_P(a, KN_T_ARRAY) && ary_cmp_direct(a, b, &c)) return c;
  if (KN_FLOAT_P(a) && KN_FLOAT_P(b)) {
    double x = kn_float_value(a), y = kn_float_value(b);
    if (x < y) return -1;
    if (x > y) return 1;
    if (x == y) return 0;
    kn_cmp_fail(a, b);
  }
  return kn_cmpint(kn_send(a, s_cmp, 1, &b, KN_NIL), a, b);
}

typedef int (*cmp_fn)(kn_value a, kn_value b, void *ctx);

/* Top-down stable merge sort, splitting as glibc's qsort_r (which CRuby uses on Linux) does, so
 * ties come out in the same order as in ruby. */
static void msort_rec(kn_value *b, kn_value *t, int64_t n, cmp_fn cmp, void *ctx) {
  if (n <= 1) return;
  int64_t n1 = n / 2, n2 = n - n1;
  kn_value *b1 = b, *b2 = b + n1;
  msort_rec(b1, t, n1, cmp, ctx);
  msort_rec(b2, t, n2, cmp, ctx);
  kn_value *tp = t;
  while (n1 > 0 && n2 > 0) {
    if (cmp(*b1, *b2, ctx) <= 0) {
      *tp++ = *b1++;
      n1--;
    } else {
      *tp++ = *b2++;
      n2--;
    }
  }
  if (n1 > 0) vcopy(tp, b1, n1);
  vcopy(b, t, n - n2);
}

void kn_msort(kn_value *base, int64_t n, cmp_fn cmp, void *ctx) {
  if (n <= 1) return;
  kn_value *tmp = kn_alloc(sizeof(kn_value) * (size_t)n);
  msort_rec(base, tmp, n, cmp, ctx);
}

static int cmp_default(kn_value a, kn_value b, void *ctx) {
  (void)ctx;
  return kn_sort_cmp(a, b);
}

static int cmp_block(kn_value a, kn_value b, void *ctx) {
  kn_value args[2] = {a, b};
  kn_value r = kn_yield(*(kn_value *)ctx, 2, args);
  return kn_cmpint(r, a, b);
}

/* sort_by: elements are indices into keys, compared by key. */
typedef struct keyed_ctx {
  kn_value *keys;
} keyed_ctx;
static int cmp_keyed(kn_value a, kn_value b, void *ctx) {
  kn_value *keys = ((keyed_ctx *)ctx)->keys;
  return kn_sort_cmp(keys[KN_FIX2INT(a)], keys[KN_FIX2INT(b)]);
}

/* Sorted copy of n values (block: the comparison). */
static kn_value sorted_values(int64_t n, const kn_value *src, kn_value blk) {
  kn_value r = kn_ary_new_from(n, src);
  if (blk == KN_NIL) kn_msort(PTR(r), n, cmp_default, NULL);
  else kn_msort(PTR(r), n, cmp_block, &blk);
  return r;
}

/* Values of src sorted by the block's key for each: keys computed first, then one sort. */
kn_value kn_sort_by_values(int64_t n, const kn_value *src, kn_value blk) {
  kn_value *keys = kn_alloc(sizeof(kn_value) * (size_t)(n ? n : 1));
  kn_value vals = kn_ary_new_from(n, src);
  for (int64_t i = 0; i < n; i++) keys[i] = kn_yield1(blk, PTR(vals)[i]);
  kn_value idx = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) PTR(idx)[i] = KN_INT2FIX(i);
  A(idx)->len = n;
  keyed_ctx ctx = {keys};
  kn_msort(PTR(idx), n, cmp_keyed, &ctx);
  for (int64_t i = 0; i < n; i++) PTR(idx)[i] = PTR(vals)[KN_FIX2INT(PTR(idx)[i])];
  return idx;
}

/* ------------------------------------------------------------------------
 * Construction
 * ------------------------------------------------------------------------ */


#define RETURN_ENUM(name) do { if (blk == KN_NIL) return kn_enumerator_for(self, name, argc, argv); } while (0)

ARY_METHOD(kn_ary_initialize) {
  kn_ary_modify(self);
  A(self)->len = 0;
  if (argc == 0) return self;
  if (argc == 1 && !KN_FIXNUM_P(argv[0])) {
    kn_value a = kn_check_array(argv[0]);
    if (a != KN_NIL) {
      ary_append_n(self, LEN(a), PTR(a));
      return self;
    }
  }
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative array size");
  if (n > (int64_t)1 << 40) kn_raise_fmt(kn_eArgumentError, "array size too big");
  ary_reserve(A(self), n);
  if (blk != KN_NIL) {
    for (int64_t i = 0; i < n; i++) {
      kn_value v = kn_yield1(blk, KN_INT2FIX(i));
      kn_ary_push(self, v);
    }
  } else {
    kn_value v = argc > 1 ? argv[1] : KN_NIL;
    for (int64_t i = 0; i < n; i++) PTR(self)[i] = v;
    A(self)->len = n;
  }
  return self;
}

static ARY_METHOD(ary_s_aref) {
  kn_value r = (kn_value)ary_alloc(self, argc);
  vcopy(PTR(r), argv, argc);
  A(r)->len = argc;
  return r;
}

static ARY_METHOD(ary_s_try_convert) { return kn_check_array(argv[0]); }

/* ------------------------------------------------------------------------
 * Element access
 * ------------------------------------------------------------------------ */

/* beg/len resolution for ary[beg, len] */
static kn_value ary_aref2(kn_value self, int64_t beg, int64_t n) {
  int64_t len = LEN(self);
  if (beg < 0) {
    beg += len;
    if (beg < 0) return KN_NIL;
  }
  if (beg > len || n < 0) return KN_NIL;
  if (n > len - beg) n = len - beg;
  return ary_subseq(self, beg, n);
}

kn_value kn_ary_aref1(kn_value self, kn_value a) {
  if (KN_FIXNUM_P(a)) return kn_ary_entry(self, KN_FIX2INT(a));
  if (KN_TYPE_P(a, KN_T_RANGE)) {
    int64_t beg, n;
    if (!kn_range_beg_len(a, LEN(self), &beg, &n, 0)) return KN_NIL;
    return ary_subseq(self, beg, n);
  }
  return kn_ary_entry(self, num_arg(a));
}

ARY_METHOD(kn_ary_aref) {
  if (argc == 2) return ary_aref2(self, num_arg(argv[0]), num_arg(argv[1]));
  return kn_ary_aref1(self, argv[0]);
}

ARY_METHOD(kn_ary_at) { return kn_ary_entry(self, num_arg(argv[0])); }

/* Replace [beg, beg+n) with the n2 values at p (beg <= len; n clamped by the caller). */
static void ary_splice(kn_value self, int64_t beg, int64_t n, int64_t n2, const kn_value *p) {
  kn_array *a = A(self);
  kn_value *src = (kn_value *)p;
  if (p >= a->ptr && p < a->ptr + a->len) { /* replacing with a slice of ourselves */
    src = kn_alloc(sizeof(kn_value) * (size_t)(n2 ? n2 : 1));
    vcopy(src, p, n2);
  }
  if (beg > a->len) {
    ary_reserve(a, beg + n2);
    for (int64_t i = a->len; i < beg; i++) a->ptr[i] = KN_NIL;
    vcopy(a->ptr + beg, src, n2);
    a->len = beg + n2;
    return;
  }
  if (beg + n > a->len) n = a->len - beg;
  int64_t newlen = a->len - n + n2;
  ary_reserve(a, newlen);
  vcopy(a->ptr + beg + n2, a->ptr + beg + n, a->len - beg - n);
  if (n2) vcopy(a->ptr + beg, src, n2);
  a->len = newlen;
}

static void ary_store(kn_value self, int64_t i, kn_value v) {
  kn_array *a = A(self);
  if (i < 0) {
    if (i + a->len < 0)
      kn_raise_fmt(kn_eIndexError, "index %lld too small for array; minimum: -%lld", (long long)i, (long long)a->len);
    i += a->len;
  }
  if (i >= a->len) {
    ary_reserve(a, i + 1);
    for (int64_t k = a->len; k < i; k++) a->ptr[k] = KN_NIL;
    a->len = i + 1;
  }
  a->ptr[i] = v;
}

static void ary_aset_range(kn_value self, int64_t beg, int64_t n, kn_value v) {
  int64_t len = LEN(self);
  if (n < 0) kn_raise_fmt(kn_eIndexError, "negative length (%lld)", (long long)n);
  if (beg < 0) {
    if (beg + len < 0)
      kn_raise_fmt(kn_eIndexError, "index %lld too small for array; minimum: -%lld", (long long)beg, (long long)len);
    beg += len;
  }
  kn_value rpl = kn_check_array(v);
  if (rpl == KN_NIL) ary_splice(self, beg, n, 1, &v);
  else ary_splice(self, beg, n, LEN(rpl), PTR(rpl));
}

kn_value kn_ary_store(kn_value self, kn_value idx, kn_value v) {
  kn_ary_modify(self);
  if (KN_FIXNUM_P(idx)) {
    ary_store(self, KN_FIX2INT(idx), v);
    return v;
  }
  if (KN_TYPE_P(idx, KN_T_RANGE)) {
    int64_t beg, n;
    kn_range_beg_len(idx, LEN(self), &beg, &n, 1);
    ary_aset_range(self, beg, n, v);
    return v;
  }
  ary_store(self, num_arg(idx), v);
  return v;
}

ARY_METHOD(kn_ary_aset) {
  if (argc == 3) {
    kn_ary_modify(self);
    ary_aset_range(self, num_arg(argv[0]), num_arg(argv[1]), argv[2]);
    return argv[2];
  }
  return kn_ary_store(self, argv[0], argv[1]);
}

ARY_METHOD(kn_ary_fetch) {
  int64_t i = num_arg(argv[0]), n = LEN(self);
  int64_t k = i < 0 ? i + n : i;
  if (k >= 0 && k < n) return PTR(self)[k];
  if (blk != KN_NIL) return kn_yield1(blk, argv[0]);
  if (argc > 1) return argv[1];
  kn_raise_fmt(kn_eIndexError, "index %lld outside of array bounds: %lld...%lld", (long long)i, (long long)-n, (long long)n);
}

ARY_METHOD(kn_ary_dig) {
  kn_value v = kn_ary_aref1(self, argv[0]);
  if (argc == 1 || v == KN_NIL) return v;
  if (!kn_respond_to(v, kn_intern("dig"), true))
    kn_raise_fmt(kn_eTypeError, "%s does not have #dig method", kn_class_name(kn_real_class(v)));
  return kn_send(v, kn_intern("dig"), argc - 1, argv + 1, KN_NIL);
}

ARY_METHOD(kn_ary_first) {
  if (argc == 0) return LEN(self) ? PTR(self)[0] : KN_NIL;
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative array size");
  if (n > LEN(self)) n = LEN(self);
  return ary_subseq(self, 0, n);
}

ARY_METHOD(kn_ary_last) {
  if (argc == 0) return LEN(self) ? PTR(self)[LEN(self) - 1] : KN_NIL;
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative array size");
  if (n > LEN(self)) n = LEN(self);
  return ary_subseq(self, LEN(self) - n, n);
}

/* values_at for Array and Struct (CRuby's rb_get_values_at): an index gives entry(obj, i); a
 * Range, resolved against len (RangeError when it starts before 0), its entries, with nils for
 * the part past the end. */
kn_value kn_values_at(kn_value obj, int64_t len, int argc, const kn_value *argv, kn_value (*entry)(kn_value, int64_t)) {
  kn_value r = kn_ary_new(argc);
  for (int i = 0; i < argc; i++) {
    int64_t beg, n;
    if (KN_TYPE_P(argv[i], KN_T_RANGE)) {
      kn_range_beg_len(argv[i], len, &beg, &n, 1);
      for (int64_t j = beg; j < beg + n; j++) ary_push_fast(r, j < len ? entry(obj, j) : KN_NIL);
    } else {
      ary_push_fast(r, entry(obj, num_arg(argv[i])));
    }
  }
  return r;
}

ARY_METHOD(kn_ary_values_at) { return kn_values_at(self, LEN(self), argc, argv, kn_ary_entry); }

/* ------------------------------------------------------------------------
 * Adding and removing
 * ------------------------------------------------------------------------ */

ARY_METHOD(kn_ary_push_m) {
  kn_ary_modify(self);
  ary_append_n(self, argc, argv);
  return self;
}

ARY_METHOD(kn_ary_lshift) { return kn_ary_push(self, argv[0]); }

kn_value kn_ary_pop(kn_value ary) {
  kn_ary_modify(ary);
  if (LEN(ary) == 0) return KN_NIL;
  return PTR(ary)[--A(ary)->len];
}

ARY_METHOD(kn_ary_pop_m) {
  if (argc == 0) return kn_ary_pop(self);
  kn_ary_modify(self);
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative array size");
  if (n > LEN(self)) n = LEN(self);
  kn_value r = ary_subseq(self, LEN(self) - n, n);
  A(self)->len -= n;
  return r;
}

ARY_METHOD(kn_ary_shift) {
  kn_ary_modify(self);
  kn_array *a = A(self);
  if (argc == 0) {
    if (a->len == 0) return KN_NIL;
    kn_value v = a->ptr[0];
    /* advance the pointer instead of moving: shift in a loop stays O(1) */
    a->ptr++;
    a->len--;
    a->capa--;
    return v;
  }
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative array size");
  if (n > a->len) n = a->len;
  kn_value r = ary_subseq(self, 0, n);
  a->ptr += n;
  a->len -= n;
  a->capa -= n;
  return r;
}

ARY_METHOD(kn_ary_unshift) {
  kn_ary_modify(self);
  if (argc == 0) return self;
  ary_splice(self, 0, 0, argc, argv);
  return self;
}

ARY_METHOD(kn_ary_insert) {
  kn_ary_modify(self);
  int64_t i = num_arg(argv[0]);
  if (argc == 1) return self;
  int64_t len = LEN(self);
  if (i < 0) {
    i += len + 1;
    if (i < 0) kn_raise_fmt(kn_eIndexError, "index %lld too small for array; minimum: -%lld", (long long)(i - len - 1), (long long)(len + 1));
  }
  ary_splice(self, i, 0, argc - 1, argv + 1);
  return self;
}

ARY_METHOD(kn_ary_concat_m) {
  kn_ary_modify(self);
  /* concat(a, a) with self as an argument uses its original contents */
  kn_value *srcs = kn_alloc(sizeof(kn_value) * (size_t)(argc ? argc : 1));
  for (int i = 0; i < argc; i++) {
    srcs[i] = kn_to_ary(argv[i]);
    if (srcs[i] == self) srcs[i] = kn_ary_dup(self);
  }
  for (int i = 0; i < argc; i++) ary_append_n(self, LEN(srcs[i]), PTR(srcs[i]));
  return self;
}

ARY_METHOD(kn_ary_delete) {
  kn_value found = KN_UNDEF;
  int64_t j = 0;
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (kn_equal(e, argv[0])) {
      found = e;
      continue;
    }
    if (j != i) {
      kn_ary_modify(self);
      PTR(self)[j] = e;
    }
    j++;
  }
  if (found == KN_UNDEF) return blk != KN_NIL ? kn_yield1(blk, argv[0]) : KN_NIL;
  kn_ary_modify(self);
  A(self)->len = j;
  return found;
}

ARY_METHOD(kn_ary_delete_at) {
  kn_ary_modify(self);
  int64_t i = num_arg(argv[0]), n = LEN(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return KN_NIL;
  kn_value v = PTR(self)[i];
  vcopy(PTR(self) + i, PTR(self) + i + 1, n - i - 1);
  A(self)->len--;
  return v;
}

/* Keep elements for which the block's truth equals keep; returns whether anything was removed.
 * Elements are compacted as we go so a break leaves a consistent array. */
static bool ary_filter_bang(kn_value self, kn_value blk, bool keep) {
  kn_ary_modify(self);
  int64_t i = 0, j = 0;
  kn_jump jb;
  if (KN_PROTECT(jb) == 0) {
    for (; i < LEN(self); i++) {
      kn_value e = PTR(self)[i];
      bool t = KN_TEST(kn_yield1(blk, e));
      if (t == keep) {
        if (i != j) PTR(self)[j] = e;
        j++;
      }
    }
    KN_UNPROTECT(jb);
  } else {
    /* keep the unvisited tail on a non-local exit, as ruby does */
    if (i < LEN(self) && i != j) {
      vcopy(PTR(self) + j, PTR(self) + i, LEN(self) - i);
    }
    if (i < LEN(self)) A(self)->len = j + (LEN(self) - i);
    else A(self)->len = j;
    kn_rethrow(&jb);
  }
  bool changed = j != LEN(self);
  A(self)->len = j;
  return changed;
}

ARY_METHOD(kn_ary_delete_if) { RETURN_ENUM("delete_if"); ary_filter_bang(self, blk, false); return self; }
ARY_METHOD(kn_ary_reject_bang) { RETURN_ENUM("reject!"); return ary_filter_bang(self, blk, false) ? self : KN_NIL; }
ARY_METHOD(kn_ary_select_bang) { RETURN_ENUM("select!"); return ary_filter_bang(self, blk, true) ? self : KN_NIL; }
ARY_METHOD(kn_ary_keep_if) { RETURN_ENUM("keep_if"); ary_filter_bang(self, blk, true); return self; }

ARY_METHOD(kn_ary_compact) {
  kn_value r = kn_ary_new(LEN(self));
  for (int64_t i = 0; i < LEN(self); i++)
    if (PTR(self)[i] != KN_NIL) ary_push_fast(r, PTR(self)[i]);
  return r;
}

ARY_METHOD(kn_ary_compact_bang) {
  kn_ary_modify(self);
  int64_t j = 0;
  for (int64_t i = 0; i < LEN(self); i++)
    if (PTR(self)[i] != KN_NIL) PTR(self)[j++] = PTR(self)[i];
  if (j == LEN(self)) return KN_NIL;
  A(self)->len = j;
  return self;
}

ARY_METHOD(kn_ary_clear) {
  kn_ary_modify(self);
  A(self)->len = 0;
  return self;
}

ARY_METHOD(kn_ary_replace) {
  kn_value o = kn_to_ary(argv[0]);
  kn_ary_modify(self);
  if (o == self) return self;
  kn_value c = kn_ary_dup(o);
  A(self)->ptr = PTR(c);
  A(self)->len = LEN(c);
  A(self)->capa = A(c)->capa;
  return self;
}

ARY_METHOD(kn_ary_fill) {
  kn_ary_modify(self);
  int64_t beg = 0, end = LEN(self);
  int ai = blk == KN_NIL ? 1 : 0;
  kn_value v = blk == KN_NIL ? argv[0] : KN_NIL;
  if (blk == KN_NIL && argc == 0) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given 0, expected 1..3)");
  if (argc > ai) {
    kn_value a = argv[ai];
    if (KN_TYPE_P(a, KN_T_RANGE)) {
      int64_t n;
      kn_range_beg_len(a, LEN(self), &beg, &n, 1);
      end = beg + n;
    } else {
      beg = a == KN_NIL ? 0 : num_arg(a);
      if (beg < 0) {
        beg += LEN(self);
        if (beg < 0) beg = 0;
      }
      end = (argc > ai + 1 && argv[ai + 1] != KN_NIL) ? beg + num_arg(argv[ai + 1]) : LEN(self);
      if (argc > ai + 1 && argv[ai + 1] == KN_NIL) end = LEN(self);
    }
  }
  if (end > LEN(self)) {
    ary_reserve(A(self), end);
    for (int64_t i = LEN(self); i < end; i++) PTR(self)[i] = KN_NIL;
    A(self)->len = end;
  }
  for (int64_t i = beg; i < end; i++) {
    kn_value x = blk == KN_NIL ? v : kn_yield1(blk, KN_INT2FIX(i));
    if (i >= LEN(self)) ary_store(self, i, x);
    else PTR(self)[i] = x;
  }
  return self;
}

ARY_METHOD(kn_ary_slice_bang) {
  kn_ary_modify(self);
  int64_t len = LEN(self), beg, n;
  if (argc == 2) {
    beg = num_arg(argv[0]);
    n = num_arg(argv[1]);
    if (beg < 0) beg += len;
    if (beg < 0 || beg > len || n < 0) return KN_NIL;
    if (n > len - beg) n = len - beg;
  } else if (KN_TYPE_P(argv[0], KN_T_RANGE)) {
    if (!kn_range_beg_len(argv[0], len, &beg, &n, 0)) return KN_NIL;
  } else {
    return kn_ary_delete_at(self, 1, argv, KN_NIL);
  }
  kn_value r = ary_subseq(self, beg, n);
  ary_splice(self, beg, n, 0, NULL);
  return r;
}

/* ------------------------------------------------------------------------
 * Set-like operations (hash-based above a small size, as ruby does)
 * ------------------------------------------------------------------------ */

#define SMALL_ARRAY 16

static bool ary_includes_eql(kn_value ary, kn_value v) {
  for (int64_t i = 0; i < LEN(ary); i++)
    if (kn_eql(PTR(ary)[i], v)) return true;
  return false;
}

/* A Hash whose keys are the elements (first occurrence wins). */
static kn_value ary_to_set(kn_value ary) {
  kn_value h = kn_hash_new();
  for (int64_t i = 0; i < LEN(ary); i++)
    if (kn_hash_lookup(h, PTR(ary)[i], KN_UNDEF) == KN_UNDEF) kn_hash_aset(h, PTR(ary)[i], KN_TRUE);
  return h;
}

static bool set_has(kn_value set, kn_value ary, kn_value v) {
  if (set == KN_NIL) return ary_includes_eql(ary, v);
  return kn_hash_lookup(set, v, KN_UNDEF) != KN_UNDEF;
}

ARY_METHOD(kn_ary_plus) {
  kn_value o = kn_to_ary(argv[0]);
  kn_value r = kn_ary_new(LEN(self) + LEN(o));
  ary_append_n(r, LEN(self), PTR(self));
  ary_append_n(r, LEN(o), PTR(o));
  return r;
}

ARY_METHOD(kn_ary_minus) {
  kn_value o = kn_to_ary(argv[0]);
  kn_value set = LEN(o) > SMALL_ARRAY ? ary_to_set(o) : KN_NIL;
  kn_value r = kn_ary_new(0);
  for (int64_t i = 0; i < LEN(self); i++)
    if (!set_has(set, o, PTR(self)[i])) ary_push_fast(r, PTR(self)[i]);
  return r;
}

ARY_METHOD(kn_ary_difference) {
  kn_value r = kn_ary_dup(self);
  for (int i = 0; i < argc; i++) r = kn_ary_minus(r, 1, &argv[i], KN_NIL);
  return r;
}

/* Unique elements of the arrays, in order; block: uniqueness by the block's value. */
static kn_value ary_union_into(kn_value r, kn_value seen, kn_value src, kn_value blk) {
  for (int64_t i = 0; i < LEN(src); i++) {
    kn_value e = PTR(src)[i];
    kn_value k = blk == KN_NIL ? e : kn_yield1(blk, e);
    if (kn_hash_lookup(seen, k, KN_UNDEF) == KN_UNDEF) {
      kn_hash_aset(seen, k, KN_TRUE);
      ary_push_fast(r, e);
    }
  }
  return r;
}

ARY_METHOD(kn_ary_or) {
  kn_value o = kn_to_ary(argv[0]);
  kn_value r = kn_ary_new(0), seen = kn_hash_new();
  ary_union_into(r, seen, self, KN_NIL);
  ary_union_into(r, seen, o, KN_NIL);
  return r;
}

ARY_METHOD(kn_ary_union) {
  kn_value r = kn_ary_new(0), seen = kn_hash_new();
  ary_union_into(r, seen, self, KN_NIL);
  for (int i = 0; i < argc; i++) ary_union_into(r, seen, kn_to_ary(argv[i]), KN_NIL);
  return r;
}

ARY_METHOD(kn_ary_and) {
  kn_value o = kn_to_ary(argv[0]);
  kn_value set = ary_to_set(o), seen = kn_hash_new();
  kn_value r = kn_ary_new(0);
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (kn_hash_lookup(set, e, KN_UNDEF) != KN_UNDEF && kn_hash_lookup(seen, e, KN_UNDEF) == KN_UNDEF) {
      kn_hash_aset(seen, e, KN_TRUE);
      ary_push_fast(r, e);
    }
  }
  return r;
}

ARY_METHOD(kn_ary_intersection) {
  kn_value r = kn_ary_or(self, 1, &self, KN_NIL);
  for (int i = 0; i < argc; i++) r = kn_ary_and(r, 1, &argv[i], KN_NIL);
  return r;
}

ARY_METHOD(kn_ary_intersect_p) {
  kn_value r = kn_ary_and(self, 1, argv, KN_NIL);
  return KN_BOOL(LEN(r) > 0);
}

ARY_METHOD(kn_ary_uniq) {
  kn_value r = kn_ary_new(0), seen = kn_hash_new();
  return ary_union_into(r, seen, self, blk);
}

ARY_METHOD(kn_ary_uniq_bang) {
  kn_ary_modify(self);
  kn_value r = kn_ary_uniq(self, 0, NULL, blk);
  if (LEN(r) == LEN(self)) return KN_NIL;
  A(self)->ptr = PTR(r);
  A(self)->len = LEN(r);
  A(self)->capa = A(r)->capa;
  return self;
}

ARY_METHOD(kn_ary_times) {
  if (KN_TYPE_P(argv[0], KN_T_STRING)) return kn_ary_join(self, argv[0]);
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative argument");
  int64_t len = LEN(self);
  if (len && n > ((int64_t)1 << 40) / len) kn_raise_fmt(kn_eArgumentError, "argument too big");
  kn_value r = kn_ary_new(len * n);
  for (int64_t i = 0; i < n; i++) vcopy(PTR(r) + i * len, PTR(self), len);
  A(r)->len = len * n;
  return r;
}

/* ------------------------------------------------------------------------
 * Equality, ordering, hashing
 * ------------------------------------------------------------------------ */

typedef struct pair_arg {
  kn_value other;
  bool eql;
} pair_arg;

static kn_value ary_eq_body(kn_value self, void *arg) {
  pair_arg *p = arg;
  kn_value o = p->other;
  for (int64_t i = 0; i < LEN(self) && i < LEN(o); i++) {
    kn_value a = PTR(self)[i], b = PTR(o)[i];
    if (a == b) continue;
    if (p->eql ? !kn_eql(a, b) : !kn_equal(a, b)) return KN_FALSE;
  }
  return KN_BOOL(LEN(self) == LEN(o));
}

ARY_METHOD(kn_ary_eq) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (!KN_TYPE_P(o, KN_T_ARRAY)) {
    if (!KN_SPECIAL_P(o) && kn_respond_to(o, s_to_ary, false)) return KN_BOOL(kn_equal(o, self));
    return KN_FALSE;
  }
  if (LEN(self) != LEN(o)) return KN_FALSE;
  pair_arg p = {o, false};
  return kn_exec_recursive(ary_eq_body, self, &p, KN_TRUE);
}

ARY_METHOD(kn_ary_eql) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (!KN_TYPE_P(o, KN_T_ARRAY) || LEN(self) != LEN(o)) return KN_FALSE;
  pair_arg p = {o, true};
  return kn_exec_recursive(ary_eq_body, self, &p, KN_TRUE);
}

static kn_value ary_cmp_body(kn_value self, void *arg) {
  kn_value o = *(kn_value *)arg;
  for (int64_t i = 0; i < LEN(self) && i < LEN(o); i++) {
    kn_value r = kn_op_cmp(PTR(self)[i], PTR(o)[i]);
    if (r != KN_INT2FIX(0)) return r;
  }
  return KN_UNDEF;
}

ARY_METHOD(kn_ary_cmp) {
  kn_value o = kn_check_array(argv[0]);
  if (o == KN_NIL) return KN_NIL;
  if (o == self) return KN_INT2FIX(0);
  kn_value r = kn_exec_recursive(ary_cmp_body, self, &o, KN_UNDEF);
  if (r != KN_UNDEF) return r;
  int64_t d = LEN(self) - LEN(o);
  return KN_INT2FIX(d == 0 ? 0 : d > 0 ? 1 : -1);
}

static kn_value ary_hash_body(kn_value self, void *arg) {
  uint64_t *h = arg;
  for (int64_t i = 0; i < LEN(self); i++) *h = kn_hash_mix(*h, kn_hash_of(PTR(self)[i]));
  return KN_TRUE;
}

uint64_t kn_ary_hash_value(kn_value self) {
  uint64_t h = 0xA11A7ull ^ (uint64_t)LEN(self);
  if (kn_exec_recursive(ary_hash_body, self, &h, KN_FALSE) == KN_FALSE) h = kn_hash_mix(h, 0x5EC);
  return h;
}

ARY_METHOD(kn_ary_hash) { return KN_INT2FIX((int64_t)(kn_ary_hash_value(self) >> 2)); }

/* ------------------------------------------------------------------------
 * inspect, join, conversions
 * ------------------------------------------------------------------------ */

static kn_value ary_inspect_body(kn_value self, void *arg) {
  (void)arg;
  kn_value buf = kn_str_buf_new(LEN(self) * 4 + 2);
  kn_str_cat(buf, "[", 1);
  for (int64_t i = 0; i < LEN(self); i++) {
    if (i) kn_str_cat(buf, ", ", 2);
    kn_value s = kn_inspect(PTR(self)[i]);
    kn_str_cat(buf, KN_STR(s)->ptr, KN_STR(s)->len);
  }
  kn_str_cat(buf, "]", 1);
  return buf;
}

kn_value kn_ary_inspect(kn_value ary) {
  if (LEN(ary) == 0) return kn_str_new("[]", 2);
  kn_value r = kn_exec_recursive(ary_inspect_body, ary, NULL, KN_UNDEF);
  return r == KN_UNDEF ? kn_str_new("[...]", 5) : r;
}

ARY_METHOD(kn_ary_inspect_m) { return kn_ary_inspect(self); }

typedef struct join_arg {
  kn_value buf, sep;
  bool started;  /* a piece has been appended (the first one sets the encoding) */
  bool binary;   /* the result is ASCII-8BIT */
  bool ascii;    /* every piece so far was 7-bit */
} join_arg;

static kn_value ary_join_body(kn_value self, void *arg);

/* Appends one String piece, choosing the result's encoding as CRuby's
 * rb_str_buf_append does: the first piece's, until a piece with non-ASCII
 * bytes meets an all-ASCII result and brings its own (so joining packed,
 * binary Strings gives ASCII-8BIT and a UTF-8 piece wins over 7-bit binary). */
static void join_cat(join_arg *j, kn_value str) {
  bool binary = (KN_HDR(str)->flags & KN_FL_BINARY) != 0;
  bool ascii = kn_str_ascii_p(str);
  if (!j->started || (j->ascii && !ascii)) j->binary = binary;
  j->started = true;
  j->ascii = j->ascii && ascii;
  kn_str_cat(j->buf, KN_STR(str)->ptr, KN_STR(str)->len);
}

static void join_elem(join_arg *j, kn_value e) {
  if (KN_TYPE_P(e, KN_T_STRING)) {
    join_cat(j, e);
    return;
  }
  if (KN_TYPE_P(e, KN_T_ARRAY)) {
    j->started = true; /* a nested Array's first String does not set the encoding (CRuby's US-ASCII start) */
    if (kn_exec_recursive(ary_join_body, e, j, KN_UNDEF) == KN_UNDEF) kn_raise_fmt(kn_eArgumentError, "recursive array join");
    return;
  }
  if (!KN_SPECIAL_P(e)) {
    if (kn_respond_to(e, kn_s_to_str, true)) {
      join_cat(j, kn_to_str(e));
      return;
    }
    kn_value a = kn_check_array(e);
    if (a != KN_NIL) {
      join_elem(j, a);
      return;
    }
  }
  join_cat(j, kn_obj_to_s(e));
}

static kn_value ary_join_body(kn_value self, void *arg) {
  join_arg *j = arg;
  for (int64_t i = 0; i < LEN(self); i++) {
    if (i && j->sep != KN_NIL) join_cat(j, j->sep);
    join_elem(j, PTR(self)[i]);
  }
  return KN_TRUE;
}

kn_value kn_ary_join(kn_value ary, kn_value sep) {
  if (sep != KN_NIL) sep = kn_to_str(sep);
  join_arg j = {kn_str_buf_new(LEN(ary) * 4), sep, false, false, true};
  if (kn_exec_recursive(ary_join_body, ary, &j, KN_UNDEF) == KN_UNDEF) kn_raise_fmt(kn_eArgumentError, "recursive array join");
  if (j.binary) KN_HDR(j.buf)->flags |= KN_FL_BINARY;
  return j.buf;
}

ARY_METHOD(kn_ary_join_m) {
  kn_value sep = argc > 0 ? argv[0] : kn_gvar_get(kn_intern("$,"));
  return kn_ary_join(self, sep);
}

ARY_METHOD(kn_ary_to_a) {
  if (kn_real_class(self) == kn_cArray) return self;
  return kn_ary_dup(self);
}
ARY_METHOD(kn_ary_to_ary) { return self; }
ARY_METHOD(kn_ary_dup_m) {
  kn_value r = kn_ary_dup(self);
  KN_HDR(r)->klass = (kn_class *)kn_real_class(self);
  return r;
}
ARY_METHOD(kn_ary_clone) {
  kn_value r = kn_ary_dup_m(self, 0, NULL, KN_NIL);
  bool freeze = true;
  if (argc == 1 && KN_TYPE_P(argv[0], KN_T_HASH) && kn_hash_lookup(argv[0], kn_intern("freeze"), KN_UNDEF) == KN_FALSE)
    freeze = false;
  if (freeze) KN_HDR(r)->flags |= KN_HDR(self)->flags & KN_FL_FROZEN;
  return r;
}

ARY_METHOD(kn_ary_to_h) {
  kn_value h = kn_hash_new();
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (blk != KN_NIL) e = kn_yield1(blk, e);
    kn_value p = kn_check_array(e);
    if (p == KN_NIL)
      kn_raise_fmt(kn_eTypeError, "wrong element type %s at %lld (expected array)", kn_class_name(kn_real_class(e)), (long long)i);
    if (LEN(p) != 2) kn_raise_fmt(kn_eArgumentError, "wrong array length at %lld (expected 2, was %lld)", (long long)i, (long long)LEN(p));
    kn_hash_aset(h, PTR(p)[0], PTR(p)[1]);
  }
  return h;
}

ARY_METHOD(kn_ary_length) { return KN_INT2FIX(LEN(self)); }
ARY_METHOD(kn_ary_empty_p) { return KN_BOOL(LEN(self) == 0); }

ARY_METHOD(kn_ary_include_p) {
  for (int64_t i = 0; i < LEN(self); i++)
    if (kn_equal(PTR(self)[i], argv[0])) return KN_TRUE;
  return KN_FALSE;
}

ARY_METHOD(kn_ary_index) {
  if (argc == 0) {
    RETURN_ENUM("index");
    for (int64_t i = 0; i < LEN(self); i++)
      if (KN_TEST(kn_yield1(blk, PTR(self)[i]))) return KN_INT2FIX(i);
    return KN_NIL;
  }
  for (int64_t i = 0; i < LEN(self); i++)
    if (kn_equal(PTR(self)[i], argv[0])) return KN_INT2FIX(i);
  return KN_NIL;
}

ARY_METHOD(kn_ary_rindex) {
  for (int64_t i = LEN(self) - 1; i >= 0; i--) {
    if (i >= LEN(self)) { i = LEN(self); continue; }
    if (argc == 0 ? KN_TEST(kn_yield1(blk, PTR(self)[i])) : kn_equal(PTR(self)[i], argv[0])) return KN_INT2FIX(i);
  }
  return KN_NIL;
}

ARY_METHOD(kn_ary_assoc) {
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (KN_TYPE_P(e, KN_T_ARRAY) && LEN(e) > 0 && kn_equal(PTR(e)[0], argv[0])) return e;
  }
  return KN_NIL;
}

ARY_METHOD(kn_ary_rassoc) {
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (KN_TYPE_P(e, KN_T_ARRAY) && LEN(e) > 1 && kn_equal(PTR(e)[1], argv[0])) return e;
  }
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Reordering
 * ------------------------------------------------------------------------ */

ARY_METHOD(kn_ary_reverse) {
  int64_t n = LEN(self);
  kn_value r = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) PTR(r)[i] = PTR(self)[n - 1 - i];
  A(r)->len = n;
  return r;
}

ARY_METHOD(kn_ary_reverse_bang) {
  kn_ary_modify(self);
  int64_t n = LEN(self);
  for (int64_t i = 0; i < n / 2; i++) {
    kn_value t = PTR(self)[i];
    PTR(self)[i] = PTR(self)[n - 1 - i];
    PTR(self)[n - 1 - i] = t;
  }
  return self;
}

static kn_value ary_rotated(kn_value self, int64_t k) {
  int64_t n = LEN(self);
  kn_value r = kn_ary_new(n);
  if (n) {
    k %= n;
    if (k < 0) k += n;
    for (int64_t i = 0; i < n; i++) PTR(r)[i] = PTR(self)[(i + k) % n];
  }
  A(r)->len = n;
  return r;
}

ARY_METHOD(kn_ary_rotate) { return ary_rotated(self, argc ? num_arg(argv[0]) : 1); }
ARY_METHOD(kn_ary_rotate_bang) {
  kn_ary_modify(self);
  kn_value r = ary_rotated(self, argc ? num_arg(argv[0]) : 1);
  vcopy(PTR(self), PTR(r), LEN(r));
  return self;
}

ARY_METHOD(kn_ary_sort) { return sorted_values(LEN(self), PTR(self), blk); }

ARY_METHOD(kn_ary_sort_bang) {
  kn_ary_modify(self);
  kn_value r = sorted_values(LEN(self), PTR(self), blk);
  kn_ary_modify(self);
  A(self)->ptr = PTR(r);
  A(self)->len = LEN(r);
  A(self)->capa = A(r)->capa;
  return self;
}

ARY_METHOD(kn_ary_sort_by) {
  RETURN_ENUM("sort_by");
  return kn_sort_by_values(LEN(self), PTR(self), blk);
}

ARY_METHOD(kn_ary_sort_by_bang) {
  RETURN_ENUM("sort_by!");
  kn_ary_modify(self);
  kn_value r = kn_sort_by_values(LEN(self), PTR(self), blk);
  A(self)->ptr = PTR(r);
  A(self)->len = LEN(r);
  A(self)->capa = A(r)->capa;
  return self;
}

/* The generator a trailing `random:` keyword names, taking the options Hash off
 * argc; KN_UNDEF (the default generator) without one. */
static kn_value random_opt(int *argc, const kn_value *argv) {
  if (*argc == 0 || !KN_TYPE_P(argv[*argc - 1], KN_T_HASH)) return KN_UNDEF;
  (*argc)--;
  return kn_hash_lookup(argv[*argc], kn_intern("random"), KN_UNDEF);
}

/* A uniform index in [0, n) (CRuby's RAND_UPTO) */
static int64_t rand_upto(kn_value gen, int64_t n) { return (int64_t)kn_random_ulong_limited(gen, (uint64_t)(n - 1)); }

/* Fisher-Yates from the top, as CRuby draws it, so a seeded shuffle matches ruby's.
 * A program's generator runs Ruby code, which may resize the array under us. */
static void shuffle_in_place(kn_value ary, kn_value gen) {
  int64_t len = LEN(ary), i = len;
  while (i) {
    int64_t j = rand_upto(gen, i--);
    if (LEN(ary) != len) kn_raise_fmt(kn_eRuntimeError, "modified during shuffle");
    kn_value t = PTR(ary)[i];
    PTR(ary)[i] = PTR(ary)[j];
    PTR(ary)[j] = t;
  }
}

ARY_METHOD(kn_ary_shuffle_bang) {
  kn_value gen = random_opt(&argc, argv);
  kn_ary_modify(self);
  shuffle_in_place(self, gen);
  return self;
}

ARY_METHOD(kn_ary_shuffle) {
  kn_value r = kn_ary_dup(self);
  shuffle_in_place(r, random_opt(&argc, argv));
  return r;
}

/* Up to SAMPLE_SMALL picks draw all their indices first, each from a range one
 * smaller than the last, and map them to distinct positions (CRuby's order of
 * draws, which seeded programs observe). */
#define SAMPLE_SMALL 10

/* Index k drawn from the len-i positions not yet taken becomes a position of the
 * whole array: step over every taken position at or below it, in ascending order. */
static kn_value sample_small(kn_value self, int64_t n, const int64_t *rnds) {
  int64_t sorted[SAMPLE_SMALL];
  kn_value r = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) {
    int64_t k = rnds[i], j = 0;
    for (; j < i && k >= sorted[j]; j++) k++;
    memmove(&sorted[j + 1], &sorted[j], sizeof sorted[0] * (size_t)(i - j));
    sorted[j] = k;
    ary_push_fast(r, PTR(self)[k]);
  }
  return r;
}

/* n picks from a partial Fisher-Yates on a copy (swap position i with a random one
 * at or after it). CRuby swaps through a sparse table when n is small against the
 * length; the draws and the result are the same. */
static kn_value sample_large(kn_value self, int64_t n, kn_value gen) {
  int64_t len = LEN(self);
  kn_value r = kn_ary_dup(self);
  for (int64_t i = 0; i < n; i++) {
    int64_t j = rand_upto(gen, len - i) + i;
    kn_value t = PTR(r)[j];
    PTR(r)[j] = PTR(r)[i];
    PTR(r)[i] = t;
  }
  A(r)->len = n;
  return r;
}

static kn_value sample_one(kn_value self, kn_value gen) {
  int64_t len = LEN(self);
  return kn_ary_entry(self, len < 2 ? 0 : rand_upto(gen, len));
}

ARY_METHOD(kn_ary_sample) {
  kn_value gen = random_opt(&argc, argv);
  if (argc == 0) return sample_one(self, gen);
  int64_t n = num_arg(argv[0]), len = LEN(self);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "negative sample number");
  if (n > len) n = len;
  if (n > SAMPLE_SMALL) return sample_large(self, n, gen);
  int64_t rnds[SAMPLE_SMALL];
  for (int64_t i = 0; i < n; i++) rnds[i] = rand_upto(gen, len - i);
  /* a program's generator may have shrunk the array */
  for (int64_t i = 0; i < n; i++)
    if (rnds[i] >= LEN(self)) return kn_ary_new(0);
  return sample_small(self, n, rnds);
}

/* ------------------------------------------------------------------------
 * flatten, transpose, zip, product, combination, permutation
 * ------------------------------------------------------------------------ */

/* The arrays being flattened, innermost first: a nested array that is already on it is recursive. */
typedef struct flat_frame {
  kn_value ary;
  struct flat_frame *prev;
} flat_frame;

static bool flatten_into(kn_value r, kn_value ary, int64_t depth, flat_frame *up) {
  bool changed = false;
  for (int64_t i = 0; i < LEN(ary); i++) {
    kn_value e = PTR(ary)[i];
    kn_value sub = depth == 0 ? KN_NIL : kn_check_array(e);
    if (sub == KN_NIL) {
      ary_push_fast(r, e);
      continue;
    }
    for (flat_frame *f = up; f; f = f->prev)
      if (f->ary == sub) kn_raise_fmt(kn_eArgumentError, "tried to flatten recursive array");
    flat_frame fr = {sub, up};
    changed = true;
    flatten_into(r, sub, depth - 1, &fr);
  }
  return changed;
}

/* Returns KN_NIL when nothing was nested. */
static kn_value ary_flatten(kn_value self, int64_t depth) {
  kn_value r = kn_ary_new(LEN(self));
  flat_frame top = {self, NULL};
  return flatten_into(r, self, depth, &top) ? r : KN_NIL;
}

ARY_METHOD(kn_ary_flatten) {
  int64_t depth = (argc && argv[0] != KN_NIL) ? num_arg(argv[0]) : -1;
  kn_value r = ary_flatten(self, depth);
  return r == KN_NIL ? kn_ary_dup(self) : r;
}

ARY_METHOD(kn_ary_flatten_bang) {
  kn_ary_modify(self);
  int64_t depth = (argc && argv[0] != KN_NIL) ? num_arg(argv[0]) : -1;
  if (depth == 0) return KN_NIL;
  kn_value r = ary_flatten(self, depth);
  if (r == KN_NIL) return KN_NIL;
  A(self)->ptr = PTR(r);
  A(self)->len = LEN(r);
  A(self)->capa = A(r)->capa;
  return self;
}

ARY_METHOD(kn_ary_transpose) {
  int64_t n = LEN(self);
  if (n == 0) return kn_ary_new(0);
  int64_t w = -1;
  kn_value *rows = kn_alloc(sizeof(kn_value) * (size_t)n);
  for (int64_t i = 0; i < n; i++) {
    rows[i] = kn_to_ary(PTR(self)[i]);
    if (w < 0) w = LEN(rows[i]);
    else if (LEN(rows[i]) != w)
      kn_raise_fmt(kn_eIndexError, "element size differs (%lld should be %lld)", (long long)LEN(rows[i]), (long long)w);
  }
  kn_value r = kn_ary_new(w);
  for (int64_t j = 0; j < w; j++) {
    kn_value col = kn_ary_new(n);
    for (int64_t i = 0; i < n; i++) PTR(col)[i] = PTR(rows[i])[j];
    A(col)->len = n;
    ary_push_fast(r, col);
  }
  return r;
}

typedef struct take_st {
  kn_value out;
  int64_t left;
} take_st;

static kn_value take_cb(void *arg, int argc, const kn_value *argv) {
  take_st *t = arg;
  kn_ary_push(t->out, kn_enum_pack(argc, argv));
  return --t->left == 0 ? KN_UNDEF : KN_NIL;
}

/* CRuby's take_items: zip walks a non-Array argument with each and stops
 * after n elements, so an endless Range or an infinite Enumerator works. */
static kn_value zip_take_items(kn_value obj, int64_t n) {
  kn_value a = kn_check_array(obj);
  if (a != KN_NIL) return a;
  if (KN_SPECIAL_P(obj) || !kn_respond_to(obj, kn_s_each, true))
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (must respond to :each)", kn_class_name(kn_real_class(obj)));
  take_st t = {kn_ary_new(0), n};
  if (n > 0) kn_enum_each(obj, take_cb, &t);
  return t.out;
}

ARY_METHOD(kn_ary_zip) {
  kn_value *others = kn_alloc(sizeof(kn_value) * (size_t)(argc ? argc : 1));
  for (int i = 0; i < argc; i++) others[i] = zip_take_items(argv[i], LEN(self));
  kn_value r = blk == KN_NIL ? kn_ary_new(LEN(self)) : KN_NIL;
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value t = kn_ary_new(argc + 1);
    ary_push_fast(t, PTR(self)[i]);
    for (int k = 0; k < argc; k++) ary_push_fast(t, kn_ary_entry(others[k], i));
    if (blk == KN_NIL) ary_push_fast(r, t);
    else kn_yield1(blk, t);
  }
  return blk == KN_NIL ? r : KN_NIL;
}

ARY_METHOD(kn_ary_product) {
  int n = argc + 1;
  kn_value *arys = kn_alloc(sizeof(kn_value) * (size_t)n);
  arys[0] = kn_ary_dup(self);
  for (int i = 0; i < argc; i++) arys[i + 1] = kn_ary_dup(kn_to_ary(argv[i]));
  int64_t *idx = kn_alloc_atomic(sizeof(int64_t) * (size_t)n);
  memset(idx, 0, sizeof(int64_t) * (size_t)n);
  kn_value r = blk == KN_NIL ? kn_ary_new(0) : KN_NIL;
  for (int i = 0; i < n; i++)
    if (LEN(arys[i]) == 0) return blk == KN_NIL ? r : self;
  for (;;) {
    kn_value t = kn_ary_new(n);
    for (int i = 0; i < n; i++) ary_push_fast(t, PTR(arys[i])[idx[i]]);
    if (blk == KN_NIL) ary_push_fast(r, t);
    else kn_yield1(blk, t);
    int k = n - 1;
    while (k >= 0 && ++idx[k] == LEN(arys[k])) idx[k--] = 0;
    if (k < 0) break;
  }
  return blk == KN_NIL ? r : self;
}

ARY_METHOD(kn_ary_combination) {
  RETURN_ENUM("combination");
  int64_t k = num_arg(argv[0]);
  kn_value src = kn_ary_dup(self);
  int64_t n = LEN(src);
  if (k < 0 || k > n) return self;
  if (k == 0) {
    kn_yield1(blk, kn_ary_new(0));
    return self;
  }
  int64_t *idx = kn_alloc_atomic(sizeof(int64_t) * (size_t)k);
  for (int64_t i = 0; i < k; i++) idx[i] = i;
  for (;;) {
    kn_value t = kn_ary_new(k);
    for (int64_t i = 0; i < k; i++) ary_push_fast(t, PTR(src)[idx[i]]);
    kn_yield1(blk, t);
    int64_t i = k - 1;
    while (i >= 0 && idx[i] == n - k + i) i--;
    if (i < 0) break;
    idx[i]++;
    for (int64_t j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
  }
  return self;
}

static void permute(kn_value src, int64_t n, int64_t k, int64_t depth, int64_t *idx, bool *used, kn_value blk) {
  if (depth == k) {
    kn_value t = kn_ary_new(k);
    for (int64_t i = 0; i < k; i++) ary_push_fast(t, PTR(src)[idx[i]]);
    kn_yield1(blk, t);
    return;
  }
  for (int64_t i = 0; i < n; i++) {
    if (used[i]) continue;
    used[i] = true;
    idx[depth] = i;
    permute(src, n, k, depth + 1, idx, used, blk);
    used[i] = false;
  }
}

ARY_METHOD(kn_ary_permutation) {
  RETURN_ENUM("permutation");
  kn_value src = kn_ary_dup(self);
  int64_t n = LEN(src);
  int64_t k = argc && argv[0] != KN_NIL ? num_arg(argv[0]) : n;
  if (k < 0 || k > n) return self;
  int64_t *idx = kn_alloc_atomic(sizeof(int64_t) * (size_t)(k + 1));
  bool *used = kn_alloc_atomic((size_t)n + 1);
  memset(used, 0, (size_t)n + 1);
  permute(src, n, k, 0, idx, used, blk);
  return self;
}

static void rep_comb(kn_value src, int64_t n, int64_t k, int64_t depth, int64_t start, int64_t *idx, bool perm, kn_value blk) {
  if (depth == k) {
    kn_value t = kn_ary_new(k);
    for (int64_t i = 0; i < k; i++) ary_push_fast(t, PTR(src)[idx[i]]);
    kn_yield1(blk, t);
    return;
  }
  for (int64_t i = perm ? 0 : start; i < n; i++) {
    idx[depth] = i;
    rep_comb(src, n, k, depth + 1, i, idx, perm, blk);
  }
}

ARY_METHOD(kn_ary_repeated_combination) {
  RETURN_ENUM("repeated_combination");
  kn_value src = kn_ary_dup(self);
  int64_t k = num_arg(argv[0]);
  if (k < 0) return self;
  int64_t *idx = kn_alloc_atomic(sizeof(int64_t) * (size_t)(k + 1));
  rep_comb(src, LEN(src), k, 0, 0, idx, false, blk);
  return self;
}

ARY_METHOD(kn_ary_repeated_permutation) {
  RETURN_ENUM("repeated_permutation");
  kn_value src = kn_ary_dup(self);
  int64_t k = num_arg(argv[0]);
  if (k < 0) return self;
  int64_t *idx = kn_alloc_atomic(sizeof(int64_t) * (size_t)(k + 1));
  rep_comb(src, LEN(src), k, 0, 0, idx, true, blk);
  return self;
}

/* ------------------------------------------------------------------------
 * Iteration
 * ------------------------------------------------------------------------ */

ARY_METHOD(kn_ary_each) {
  RETURN_ENUM("each");
  for (int64_t i = 0; i < LEN(self); i++) kn_yield1(blk, PTR(self)[i]);
  return self;
}

ARY_METHOD(kn_ary_each_with_index) {
  RETURN_ENUM("each_with_index");
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value args[2] = {PTR(self)[i], KN_INT2FIX(i)};
    kn_yield(blk, 2, args);
  }
  return self;
}

ARY_METHOD(kn_ary_each_index) {
  RETURN_ENUM("each_index");
  for (int64_t i = 0; i < LEN(self); i++) kn_yield1(blk, KN_INT2FIX(i));
  return self;
}

ARY_METHOD(kn_ary_reverse_each) {
  RETURN_ENUM("reverse_each");
  for (int64_t i = LEN(self) - 1; i >= 0; i--) {
    if (i >= LEN(self)) {
      i = LEN(self);
      continue;
    }
    kn_yield1(blk, PTR(self)[i]);
  }
  return self;
}

ARY_METHOD(kn_ary_map) {
  RETURN_ENUM("map");
  kn_value r = kn_ary_new(LEN(self));
  for (int64_t i = 0; i < LEN(self); i++) ary_push_fast(r, kn_yield1(blk, PTR(self)[i]));
  return r;
}

ARY_METHOD(kn_ary_map_bang) {
  RETURN_ENUM("map!");
  kn_ary_modify(self);
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value v = kn_yield1(blk, PTR(self)[i]);
    kn_ary_modify(self);
    if (i < LEN(self)) PTR(self)[i] = v;
  }
  return self;
}

ARY_METHOD(kn_ary_flat_map) {
  RETURN_ENUM("flat_map");
  kn_value r = kn_ary_new(LEN(self));
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value v = kn_yield1(blk, PTR(self)[i]);
    kn_value a = kn_check_array(v);
    if (a == KN_NIL) ary_push_fast(r, v);
    else ary_append_n(r, LEN(a), PTR(a));
  }
  return r;
}

ARY_METHOD(kn_ary_select) {
  RETURN_ENUM("select");
  kn_value r = kn_ary_new(0);
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (KN_TEST(kn_yield1(blk, e))) ary_push_fast(r, e);
  }
  return r;
}

ARY_METHOD(kn_ary_reject) {
  RETURN_ENUM("reject");
  kn_value r = kn_ary_new(0);
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (!KN_TEST(kn_yield1(blk, e))) ary_push_fast(r, e);
  }
  return r;
}

ARY_METHOD(kn_ary_filter_map) {
  RETURN_ENUM("filter_map");
  kn_value r = kn_ary_new(0);
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value v = kn_yield1(blk, PTR(self)[i]);
    if (KN_TEST(v)) ary_push_fast(r, v);
  }
  return r;
}

ARY_METHOD(kn_ary_partition) {
  RETURN_ENUM("partition");
  kn_value t = kn_ary_new(0), f = kn_ary_new(0);
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    ary_push_fast(KN_TEST(kn_yield1(blk, e)) ? t : f, e);
  }
  kn_value pr[2] = {t, f};
  return kn_ary_new_from(2, pr);
}

ARY_METHOD(kn_ary_find) {
  RETURN_ENUM("find");
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    if (KN_TEST(kn_yield1(blk, e))) return e;
  }
  return argc && argv[0] != KN_NIL ? kn_send(argv[0], s_call, 0, NULL, KN_NIL) : KN_NIL;
}

ARY_METHOD(kn_ary_count) {
  if (argc) {
    int64_t k = 0;
    for (int64_t i = 0; i < LEN(self); i++)
      if (kn_equal(PTR(self)[i], argv[0])) k++;
    return KN_INT2FIX(k);
  }
  if (blk == KN_NIL) return KN_INT2FIX(LEN(self));
  int64_t k = 0;
  for (int64_t i = 0; i < LEN(self); i++)
    if (KN_TEST(kn_yield1(blk, PTR(self)[i]))) k++;
  return KN_INT2FIX(k);
}

/* any?/all?/none?/one?: with a pattern, test pattern === e; else the block; else truthiness. */
static bool pred_test(int argc, const kn_value *argv, kn_value blk, kn_value e) {
  if (argc) return KN_TEST(kn_send(argv[0], s_eqq, 1, &e, KN_NIL));
  if (blk != KN_NIL) return KN_TEST(kn_yield1(blk, e));
  return KN_TEST(e);
}

ARY_METHOD(kn_ary_any_p) {
  for (int64_t i = 0; i < LEN(self); i++)
    if (pred_test(argc, argv, blk, PTR(self)[i])) return KN_TRUE;
  return KN_FALSE;
}
ARY_METHOD(kn_ary_all_p) {
  for (int64_t i = 0; i < LEN(self); i++)
    if (!pred_test(argc, argv, blk, PTR(self)[i])) return KN_FALSE;
  return KN_TRUE;
}
ARY_METHOD(kn_ary_none_p) {
  for (int64_t i = 0; i < LEN(self); i++)
    if (pred_test(argc, argv, blk, PTR(self)[i])) return KN_FALSE;
  return KN_TRUE;
}
ARY_METHOD(kn_ary_one_p) {
  int k = 0;
  for (int64_t i = 0; i < LEN(self); i++)
    if (pred_test(argc, argv, blk, PTR(self)[i]) && ++k > 1) return KN_FALSE;
  return KN_BOOL(k == 1);
}

/* inject over n values: (init?, sym?) forms, with a fixnum fast path for :+ */
kn_value kn_inject_values(int64_t n, const kn_value *src, int argc, const kn_value *argv, kn_value blk) {
  kn_value acc = KN_UNDEF, op = KN_UNDEF;
  if (argc == 2) {
    acc = argv[0];
    op = argv[1];
  } else if (argc == 1 && blk == KN_NIL) {
    op = argv[0];
  } else if (argc == 1) {
    acc = argv[0];
  }
  if (op != KN_UNDEF && !KN_SYMBOL_P(op)) {
    if (KN_TYPE_P(op, KN_T_STRING)) op = kn_str_to_sym(op);
    else kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(kn_inspect(op))->ptr);
  }
  int64_t i = 0;
  if (acc == KN_UNDEF) {
    if (n == 0) return KN_NIL;
    acc = src[0];
    i = 1;
  }
  if (op != KN_UNDEF) {
    bool plus = op == s_plus;
    for (; i < n; i++) {
      kn_value e = src[i];
      if (plus) acc = kn_op_plus(acc, e);
      else acc = kn_send(acc, op, 1, &e, KN_NIL);
    }
    return acc;
  }
  if (blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given");
  for (; i < n; i++) {
    kn_value args[2] = {acc, src[i]};
    acc = kn_yield(blk, 2, args);
  }
  return acc;
}

ARY_METHOD(kn_ary_inject) {
  /* the block may change the array: iterate over a snapshot only when one is given */
  if (blk != KN_NIL) {
    kn_value snap = kn_ary_dup(self);
    return kn_inject_values(LEN(snap), PTR(snap), argc, argv, blk);
  }
  return kn_inject_values(LEN(self), PTR(self), argc, argv, blk);
}

/* Array#sum as CRuby 3.1 computes it: exact Integer sum (the init value is added last, as
 * n + init), then Kahan-Babuska for Floats, then + for anything else. */
static kn_value finish_exact_sum(int64_t acc, kn_value v, bool z) {
  if (acc != 0) return kn_op_plus(kn_int_new(acc), v);
  if (z) return kn_op_plus(KN_INT2FIX(0), v);
  return v;
}

kn_value kn_sum_values(int64_t n, const kn_value *src, kn_value init, kn_value blk) {
  kn_value v = init, e = KN_NIL;
  int64_t i = 0;
  if (n == 0) return v;
  {
    int64_t acc = 0;
    for (; i < n; i++) {
      e = src[i];
      if (blk != KN_NIL) e = kn_yield1(blk, e);
      if (KN_FIXNUM_P(e)) {
        acc += KN_FIX2INT(e);
        if (!KN_FIXABLE(acc)) {
          v = kn_op_plus(kn_int_new(acc), v);
          acc = 0;
        }
      } else if (KN_BIGNUM_P(e)) {
        v = kn_op_plus(e, v);
      } else {
        v = finish_exact_sum(acc, v, i != 0);
        goto not_exact;
      }
    }
    return finish_exact_sum(acc, v, true);
  }
not_exact:
  if (KN_FLOAT_P(e)) {
    double f = kn_num2dbl(v), c = 0.0, x, t;
    goto has_float_value;
    for (; i < n; i++) {
      e = src[i];
      if (blk != KN_NIL) e = kn_yield1(blk, e);
      if (KN_FLOAT_P(e))
      has_float_value:
        x = kn_float_value(e);
      else if (KN_FIXNUM_P(e))
        x = (double)KN_FIX2INT(e);
      else if (KN_BIGNUM_P(e))
        x = kn_big2dbl(e);
      else
        goto not_float;
      if (isnan(f)) continue;
      if (isnan(x)) {
        f = x;
        continue;
      }
      if (isinf(x)) {
        if (isinf(f) && signbit(x) != signbit(f)) f = NAN;
        else f = x;
        continue;
      }
      if (isinf(f)) continue;
      t = f + x;
      if (fabs(f) >= fabs(x)) c += ((f - t) + x);
      else c += ((x - t) + f);
      f = t;
    }
    f += c;
    return kn_float_new(f);
  not_float:
    v = kn_float_new(f);
  }
  goto has_some_value;
  for (; i < n; i++) {
    e = src[i];
    if (blk != KN_NIL) e = kn_yield1(blk, e);
  has_some_value:
    v = kn_op_plus(v, e);
  }
  return v;
}

ARY_METHOD(kn_ary_sum) {
  kn_value init = argc ? argv[0] : KN_INT2FIX(0);
  if (blk != KN_NIL) {
    kn_value snap = kn_ary_dup(self);
    return kn_sum_values(LEN(snap), PTR(snap), init, blk);
  }
  return kn_sum_values(LEN(self), PTR(self), init, blk);
}

/* min/max over n values: dir -1 for min, 1 for max; count < 0 for the single form. */
/* min(n)/max(n)/min_by(n)/max_by(n): a port of CRuby's rb_nmin_run (enum.c), whose
 * quickselect buffer is not a stable sort: ties come out in exactly ruby's order only by
 * doing what it does.  Elements are (key, value) pairs when `by`. */
typedef struct nmin_data {
  int64_t n, bufmax, curlen;
  kn_value *buf;    /* curlen elements of eltsize values */
  kn_value limit;
  bool has_limit;
  int rev, by;
  kn_value blk;     /* the comparison block of min(n) { |a, b| } */
} nmin_data;

static int nmin_cmp(const kn_value *a, const kn_value *b, nmin_data *d) {
  if (!d->by && d->blk != KN_NIL) return cmp_block(a[0], b[0], &d->blk);
  return kn_sort_cmp(a[0], b[0]);
}

static void nmin_swap(nmin_data *d, int64_t i, int64_t j) {
  int es = d->by ? 2 : 1;
  for (int k = 0; k < es; k++) {
    kn_value t = d->buf[i * es + k];
    d->buf[i * es + k] = d->buf[j * es + k];
    d->buf[j * es + k] = t;
  }
}

static void nmin_filter(nmin_data *d) {
  if (d->curlen <= d->n) return;
  int es = d->by ? 2 : 1;
  int64_t n = d->n, left = 0, right = d->curlen - 1, store_index = 0;
#define GETPTR(i) (d->buf + (i) * es)
  for (;;) {
    int64_t pivot_index = left + (right - left) / 2, num_pivots = 1;
    nmin_swap(d, pivot_index, right);
    pivot_index = right;
    store_index = left;
    int64_t i = left;
    while (i <= right - num_pivots) {
      int c = nmin_cmp(GETPTR(i), GETPTR(pivot_index), d);
      if (d->rev) c = -c;
      if (c == 0) {
        nmin_swap(d, i, right - num_pivots);
        num_pivots++;
        continue;
      }
      if (c < 0) {
        nmin_swap(d, i, store_index);
        store_index++;
      }
      i++;
    }
    int64_t j = store_index;
    for (i = right; right - num_pivots < i; i--) {
      if (j <= i) {
        nmin_swap(d, j, i);
        j++;
      }
    }
    if (store_index <= n && n <= store_index + num_pivots) break;
    if (n < store_index) right = store_index - 1;
    else left = store_index + num_pivots;
  }
#undef GETPTR
  d->limit = d->buf[store_index * es];
  d->has_limit = true;
  d->curlen = d->n;
}

typedef struct nmin_sort_ctx {
  nmin_data *d;
} nmin_sort_ctx;
static int nmin_sort_cmp(kn_value a, kn_value b, void *ctx) {
  nmin_data *d = ((nmin_sort_ctx *)ctx)->d;
  int es = d->by ? 2 : 1;
  return nmin_cmp(d->buf + KN_FIX2INT(a) * es, d->buf + KN_FIX2INT(b) * es, d);
}

static kn_value nmin_run(int64_t cnt, const kn_value *src, kn_value num, int by, int rev, kn_value blk) {
  nmin_data d = {0};
  d.n = kn_num2long(num);
  if (d.n < 0) kn_raise_fmt(kn_eArgumentError, "negative size (%lld)", (long long)d.n);
  if (d.n == 0) return kn_ary_new(0);
  if (INT64_MAX / 4 / (by ? 2 : 1) < d.n) kn_raise_fmt(kn_eArgumentError, "too big size");
  d.bufmax = d.n * 4;
  d.rev = rev;
  d.by = by;
  d.blk = blk;
  int es = by ? 2 : 1;
  int64_t cap = d.bufmax < cnt ? d.bufmax : cnt;
  d.buf = kn_alloc(sizeof(kn_value) * (size_t)((cap ? cap : 1) * es));
  kn_value vals = kn_ary_new_from(cnt, src); /* the block may modify the receiver */
  for (int64_t i = 0; i < cnt; i++) {
    kn_value v = PTR(vals)[i];
    kn_value cmpv = by ? kn_yield1(blk, v) : v;
    if (d.has_limit) {
      int c = nmin_cmp(&cmpv, &d.limit, &d);
      if (d.rev) c = -c;
      if (c >= 0) continue;
    }
    KN_ASSERT(d.curlen < cap, "nmin buffer overflow");
    if (by) {
      d.buf[d.curlen * 2] = cmpv;
      d.buf[d.curlen * 2 + 1] = v;
    } else d.buf[d.curlen] = v;
    d.curlen++;
    if (d.curlen == d.bufmax) nmin_filter(&d);
  }
  nmin_filter(&d);
  /* ruby_qsort (glibc's stable merge sort) of the kept elements, then reverse for max */
  kn_value idx = kn_ary_new(d.curlen);
  for (int64_t i = 0; i < d.curlen; i++) PTR(idx)[i] = KN_INT2FIX(i);
  A(idx)->len = d.curlen;
  nmin_sort_ctx ctx = {&d};
  kn_msort(PTR(idx), d.curlen, nmin_sort_cmp, &ctx);
  kn_value r = kn_ary_new(d.curlen);
  for (int64_t i = 0; i < d.curlen; i++) {
    int64_t k = KN_FIX2INT(PTR(idx)[i]);
    kn_ary_push(r, by ? d.buf[k * 2 + 1] : d.buf[k]);
  }
  if (rev) r = kn_ary_reverse(r, 0, NULL, KN_NIL);
  return r;
}

kn_value kn_minmax_values(int64_t n, const kn_value *src, int dir, int argc, const kn_value *argv, kn_value blk) {
  if (argc && argv[0] != KN_NIL) return nmin_run(n, src, argv[0], 0, dir > 0, blk);
  if (n == 0) return KN_NIL;
  kn_value best = src[0];
  for (int64_t i = 1; i < n; i++) {
    kn_value e = src[i];
    int c = blk == KN_NIL ? kn_sort_cmp(e, best) : cmp_block(e, best, &blk);
    if (c * dir > 0) best = e;
  }
  return best;
}

ARY_METHOD(kn_ary_min) { return kn_minmax_values(LEN(self), PTR(self), -1, argc, argv, blk); }
ARY_METHOD(kn_ary_max) { return kn_minmax_values(LEN(self), PTR(self), 1, argc, argv, blk); }
ARY_METHOD(kn_ary_minmax) {
  kn_value r[2] = {kn_minmax_values(LEN(self), PTR(self), -1, 0, NULL, blk), kn_minmax_values(LEN(self), PTR(self), 1, 0, NULL, blk)};
  return kn_ary_new_from(2, r);
}

/* min_by/max_by: first element with the extreme key */
kn_value kn_minmax_by_values(int64_t n, const kn_value *src, int dir, int argc, const kn_value *argv, kn_value blk) {
  if (argc && argv[0] != KN_NIL) return nmin_run(n, src, argv[0], 1, dir > 0, blk);
  if (n == 0) return KN_NIL;
  kn_value vals = kn_ary_new_from(n, src);
  kn_value best = PTR(vals)[0], bk = kn_yield1(blk, best);
  for (int64_t i = 1; i < n; i++) {
    kn_value e = PTR(vals)[i], k = kn_yield1(blk, e);
    if (kn_sort_cmp(k, bk) * dir > 0) {
      best = e;
      bk = k;
    }
  }
  return best;
}

ARY_METHOD(kn_ary_min_by) { RETURN_ENUM("min_by"); return kn_minmax_by_values(LEN(self), PTR(self), -1, argc, argv, blk); }
ARY_METHOD(kn_ary_max_by) { RETURN_ENUM("max_by"); return kn_minmax_by_values(LEN(self), PTR(self), 1, argc, argv, blk); }
ARY_METHOD(kn_ary_minmax_by) {
  RETURN_ENUM("minmax_by");
  kn_value r[2] = {kn_minmax_by_values(LEN(self), PTR(self), -1, 0, NULL, blk), kn_minmax_by_values(LEN(self), PTR(self), 1, 0, NULL, blk)};
  return kn_ary_new_from(2, r);
}

ARY_METHOD(kn_ary_take) {
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to take negative size");
  if (n > LEN(self)) n = LEN(self);
  return ary_subseq(self, 0, n);
}

ARY_METHOD(kn_ary_drop) {
  int64_t n = num_arg(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to drop negative size");
  if (n > LEN(self)) n = LEN(self);
  return ary_subseq(self, n, LEN(self) - n);
}

ARY_METHOD(kn_ary_take_while) {
  RETURN_ENUM("take_while");
  int64_t i = 0;
  while (i < LEN(self) && KN_TEST(kn_yield1(blk, PTR(self)[i]))) i++;
  return ary_subseq(self, 0, i < LEN(self) ? i : LEN(self));
}

ARY_METHOD(kn_ary_drop_while) {
  RETURN_ENUM("drop_while");
  int64_t i = 0;
  while (i < LEN(self) && KN_TEST(kn_yield1(blk, PTR(self)[i]))) i++;
  if (i > LEN(self)) i = LEN(self);
  return ary_subseq(self, i, LEN(self) - i);
}

ARY_METHOD(kn_ary_each_slice) {
  int64_t n = num_arg(argv[0]);
  if (n <= 0) kn_raise_fmt(kn_eArgumentError, "invalid slice size");
  RETURN_ENUM("each_slice");
  for (int64_t i = 0; i < LEN(self); i += n) {
    int64_t k = LEN(self) - i < n ? LEN(self) - i : n;
    kn_yield1(blk, ary_subseq(self, i, k));
  }
  return self;
}

ARY_METHOD(kn_ary_each_cons) {
  int64_t n = num_arg(argv[0]);
  if (n <= 0) kn_raise_fmt(kn_eArgumentError, "invalid size");
  RETURN_ENUM("each_cons");
  for (int64_t i = 0; i + n <= LEN(self); i++) kn_yield1(blk, ary_subseq(self, i, n));
  return self;
}

ARY_METHOD(kn_ary_each_with_object) {
  RETURN_ENUM("each_with_object");
  kn_value memo = argv[0];
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value args[2] = {PTR(self)[i], memo};
    kn_yield(blk, 2, args);
  }
  return memo;
}

ARY_METHOD(kn_ary_group_by) {
  RETURN_ENUM("group_by");
  kn_value h = kn_hash_new();
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i], k = kn_yield1(blk, e);
    kn_value g = kn_hash_lookup(h, k, KN_UNDEF);
    if (g == KN_UNDEF) {
      g = kn_ary_new(1);
      kn_hash_aset(h, k, g);
    }
    ary_push_fast(g, e);
  }
  return h;
}

ARY_METHOD(kn_ary_tally) {
  kn_value h = argc ? argv[0] : kn_hash_new();
  for (int64_t i = 0; i < LEN(self); i++) {
    kn_value e = PTR(self)[i];
    kn_value c = kn_hash_lookup(h, e, KN_UNDEF);
    kn_hash_aset(h, e, c == KN_UNDEF ? KN_INT2FIX(1) : kn_op_plus(c, KN_INT2FIX(1)));
  }
  return h;
}

/* chunk_while / slice_when: split between a and b where the block says so */
static kn_value ary_split_between(kn_value self, kn_value blk, bool split_when_true) {
  kn_value r = kn_ary_new(0);
  if (LEN(self) == 0) return r;
  kn_value src = kn_ary_dup(self);
  kn_value cur = kn_ary_new(0);
  ary_push_fast(cur, PTR(src)[0]);
  for (int64_t i = 1; i < LEN(src); i++) {
    kn_value args[2] = {PTR(src)[i - 1], PTR(src)[i]};
    bool t = KN_TEST(kn_yield(blk, 2, args));
    if (t == split_when_true) {
      ary_push_fast(r, cur);
      cur = kn_ary_new(0);
    }
    ary_push_fast(cur, PTR(src)[i]);
  }
  ary_push_fast(r, cur);
  return r;
}


ARY_METHOD(kn_ary_chunk_while) { return kn_enumerator_from_array(ary_split_between(self, blk, false), "each"); }
ARY_METHOD(kn_ary_slice_when) { return kn_enumerator_from_array(ary_split_between(self, blk, true), "each"); }

ARY_METHOD(kn_ary_cycle) {
  RETURN_ENUM("cycle");
  if (argc && argv[0] != KN_NIL) {
    int64_t n = num_arg(argv[0]);
    for (int64_t k = 0; k < n; k++)
      for (int64_t i = 0; i < LEN(self); i++) kn_yield1(blk, PTR(self)[i]);
    return KN_NIL;
  }
  while (LEN(self) > 0)
    for (int64_t i = 0; i < LEN(self); i++) kn_yield1(blk, PTR(self)[i]);
  return KN_NIL;
}

/* One probe of a bsearch block (CRuby's BSEARCH_CHECK): 2 when v is 0 (found), else 1 when the
 * answer is to the left ("smaller": true, a negative number), 0 when to the right; *satisfied
 * is set by true. */
int kn_bsearch_check(kn_value v, bool *satisfied) {
  if (KN_FIXNUM_P(v)) return v == KN_INT2FIX(0) ? 2 : KN_FIX2INT(v) < 0;
  if (v == KN_TRUE) {
    *satisfied = true;
    return 1;
  }
  if (!KN_TEST(v)) return 0;
  if (kn_obj_is_kind_of(v, kn_cNumeric)) {
    int c = kn_cmpint(kn_op_cmp(v, KN_INT2FIX(0)), v, KN_INT2FIX(0));
    return c == 0 ? 2 : c < 0;
  }
  kn_raise_fmt(kn_eTypeError, "wrong argument type %s (must be numeric, true, false or nil)",
               kn_class_name(kn_real_class(v)));
}

/* rb_ary_bsearch_index: the index found, or -1. */
static int64_t ary_bsearch_index(kn_value self, kn_value blk) {
  int64_t lo = 0, hi = LEN(self);
  bool satisfied = false;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    int r = kn_bsearch_check(kn_yield1(blk, kn_ary_entry(self, mid)), &satisfied);
    if (r == 2) return mid;
    if (r) hi = mid;
    else lo = mid + 1;
  }
  return satisfied ? lo : -1;
}

ARY_METHOD(kn_ary_bsearch) {
  RETURN_ENUM("bsearch");
  int64_t i = ary_bsearch_index(self, blk);
  return i < 0 ? KN_NIL : kn_ary_entry(self, i);
}

ARY_METHOD(kn_ary_bsearch_index) {
  RETURN_ENUM("bsearch_index");
  int64_t i = ary_bsearch_index(self, blk);
  return i < 0 ? KN_NIL : KN_INT2FIX(i);
}

ARY_METHOD(kn_ary_step_each_entry) { return kn_ary_each(self, argc, argv, blk); }

ARY_METHOD(kn_ary_frozen_p) { return KN_BOOL(KN_FROZEN_P(self)); }

/* ------------------------------------------------------------------------
 * Registration
 * ------------------------------------------------------------------------ */

void kn_init_array(void) {
  s_cmp = kn_intern("<=>");
  s_plus = kn_intern("+");
  s_to_ary = kn_intern("to_ary");
  s_to_a = kn_intern("to_a");
  s_to_h = kn_intern("to_h");
  s_call = kn_intern("call");
  s_eqq = kn_intern("===");

  kn_value c = kn_cArray;
  KN_CLASS(c)->alloc = ary_allocate;
  kn_include_module(c, kn_mEnumerable);
  static const kn_method_def singleton[] = {
      {"[]", ary_s_aref, 0, -1},
      {"try_convert", ary_s_try_convert, 1, 1},
      {NULL, NULL, 0, 0}};
  kn_define_singleton_methods(c, singleton);
  static const kn_method_def defs[] = {
      {"initialize", kn_ary_initialize, 0, 2},
      {"[]", kn_ary_aref, 1, 2},
      {"slice", kn_ary_aref, 1, 2},
      {"[]=", kn_ary_aset, 2, 3},
      {"at", kn_ary_at, 1, 1},
      {"fetch", kn_ary_fetch, 1, 2},
      {"dig", kn_ary_dig, 1, -1},
      {"first", kn_ary_first, 0, 1},
      {"last", kn_ary_last, 0, 1},
      {"values_at", kn_ary_values_at, 0, -1},
      {"push", kn_ary_push_m, 0, -1},
      {"append", kn_ary_push_m, 0, -1},
      {"<<", kn_ary_lshift, 1, 1},
      {"pop", kn_ary_pop_m, 0, 1},
      {"shift", kn_ary_shift, 0, 1},
      {"unshift", kn_ary_unshift, 0, -1},
      {"prepend", kn_ary_unshift, 0, -1},
      {"insert", kn_ary_insert, 1, -1},
      {"concat", kn_ary_concat_m, 0, -1},
      {"delete", kn_ary_delete, 1, 1},
      {"delete_at", kn_ary_delete_at, 1, 1},
      {"delete_if", kn_ary_delete_if, 0, 0},
      {"reject!", kn_ary_reject_bang, 0, 0},
      {"select!", kn_ary_select_bang, 0, 0},
      {"filter!", kn_ary_select_bang, 0, 0},
      {"keep_if", kn_ary_keep_if, 0, 0},
      {"compact", kn_ary_compact, 0, 0},
      {"compact!", kn_ary_compact_bang, 0, 0},
      {"clear", kn_ary_clear, 0, 0},
      {"replace", kn_ary_replace, 1, 1},
      {"fill", kn_ary_fill, 0, 3},
      {"slice!", kn_ary_slice_bang, 1, 2},
      {"+", kn_ary_plus, 1, 1},
      {"-", kn_ary_minus, 1, 1},
      {"difference", kn_ary_difference, 0, -1},
      {"|", kn_ary_or, 1, 1},
      {"union", kn_ary_union, 0, -1},
      {"&", kn_ary_and, 1, 1},
      {"intersection", kn_ary_intersection, 0, -1},
      {"intersect?", kn_ary_intersect_p, 1, 1},
      {"uniq", kn_ary_uniq, 0, 0},
      {"uniq!", kn_ary_uniq_bang, 0, 0},
      {"*", kn_ary_times, 1, 1},
      {"==", kn_ary_eq, 1, 1},
      {"eql?", kn_ary_eql, 1, 1},
      {"<=>", kn_ary_cmp, 1, 1},
      {"hash", kn_ary_hash, 0, 0},
      {"inspect", kn_ary_inspect_m, 0, 0},
      {"to_s", kn_ary_inspect_m, 0, 0},
      {"join", kn_ary_join_m, 0, 1},
      {"to_a", kn_ary_to_a, 0, 0},
      {"entries", kn_ary_to_a, 0, 0},
      {"to_ary", kn_ary_to_ary, 0, 0},
      {"to_h", kn_ary_to_h, 0, 0},
      {"dup", kn_ary_dup_m, 0, 0},
      {"clone", kn_ary_clone, 0, 1},
      {"length", kn_ary_length, 0, 0},
      {"size", kn_ary_length, 0, 0},
      {"empty?", kn_ary_empty_p, 0, 0},
      {"include?", kn_ary_include_p, 1, 1},
      {"member?", kn_ary_include_p, 1, 1},
      {"index", kn_ary_index, 0, 1},
      {"find_index", kn_ary_index, 0, 1},
      {"rindex", kn_ary_rindex, 0, 1},
      {"assoc", kn_ary_assoc, 1, 1},
      {"rassoc", kn_ary_rassoc, 1, 1},
      {"reverse", kn_ary_reverse, 0, 0},
      {"reverse!", kn_ary_reverse_bang, 0, 0},
      {"rotate", kn_ary_rotate, 0, 1},
      {"rotate!", kn_ary_rotate_bang, 0, 1},
      {"sort", kn_ary_sort, 0, 0},
      {"sort!", kn_ary_sort_bang, 0, 0},
      {"sort_by", kn_ary_sort_by, 0, 0},
      {"sort_by!", kn_ary_sort_by_bang, 0, 0},
      {"shuffle", kn_ary_shuffle, 0, 1},
      {"shuffle!", kn_ary_shuffle_bang, 0, 1},
      {"sample", kn_ary_sample, 0, 2},
      {"flatten", kn_ary_flatten, 0, 1},
      {"flatten!", kn_ary_flatten_bang, 0, 1},
      {"transpose", kn_ary_transpose, 0, 0},
      {"zip", kn_ary_zip, 0, -1},
      {"product", kn_ary_product, 0, -1},
      {"combination", kn_ary_combination, 1, 1},
      {"permutation", kn_ary_permutation, 0, 1},
      {"repeated_combination", kn_ary_repeated_combination, 1, 1},
      {"repeated_permutation", kn_ary_repeated_permutation, 1, 1},
      {"each", kn_ary_each, 0, 0},
      {"each_entry", kn_ary_step_each_entry, 0, 0},
      {"each_with_index", kn_ary_each_with_index, 0, 0},
      {"each_index", kn_ary_each_index, 0, 0},
      {"reverse_each", kn_ary_reverse_each, 0, 0},
      {"map", kn_ary_map, 0, 0},
      {"collect", kn_ary_map, 0, 0},
      {"map!", kn_ary_map_bang, 0, 0},
      {"collect!", kn_ary_map_bang, 0, 0},
      {"flat_map", kn_ary_flat_map, 0, 0},
      {"collect_concat", kn_ary_flat_map, 0, 0},
      {"select", kn_ary_select, 0, 0},
      {"filter", kn_ary_select, 0, 0},
      {"find_all", kn_ary_select, 0, 0},
      {"reject", kn_ary_reject, 0, 0},
      {"filter_map", kn_ary_filter_map, 0, 0},
      {"partition", kn_ary_partition, 0, 0},
      {"find", kn_ary_find, 0, 1},
      {"detect", kn_ary_find, 0, 1},
      {"count", kn_ary_count, 0, 1},
      {"any?", kn_ary_any_p, 0, 1},
      {"all?", kn_ary_all_p, 0, 1},
      {"none?", kn_ary_none_p, 0, 1},
      {"one?", kn_ary_one_p, 0, 1},
      {"inject", kn_ary_inject, 0, 2},
      {"reduce", kn_ary_inject, 0, 2},
      {"sum", kn_ary_sum, 0, 1},
      {"min", kn_ary_min, 0, 1},
      {"max", kn_ary_max, 0, 1},
      {"minmax", kn_ary_minmax, 0, 0},
      {"min_by", kn_ary_min_by, 0, 1},
      {"max_by", kn_ary_max_by, 0, 1},
      {"minmax_by", kn_ary_minmax_by, 0, 0},
      {"take", kn_ary_take, 1, 1},
      {"drop", kn_ary_drop, 1, 1},
      {"take_while", kn_ary_take_while, 0, 0},
      {"drop_while", kn_ary_drop_while, 0, 0},
      {"each_slice", kn_ary_each_slice, 1, 1},
      {"each_cons", kn_ary_each_cons, 1, 1},
      {"each_with_object", kn_ary_each_with_object, 1, 1},
      {"group_by", kn_ary_group_by, 0, 0},
      {"tally", kn_ary_tally, 0, 1},
      {"chunk_while", kn_ary_chunk_while, 0, 0},
      {"slice_when", kn_ary_slice_when, 0, 0},
      {"cycle", kn_ary_cycle, 0, 1},
      {"bsearch", kn_ary_bsearch, 0, 0},
      {"bsearch_index", kn_ary_bsearch_index, 0, 0},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs);
}
