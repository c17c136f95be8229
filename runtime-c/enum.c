/* enum.c: the Enumerable module on top of `each` (C blocks), and Enumerator for blockless iteration. */
#include <string.h>
#include "internal.h"

#define ENUM_METHOD(name) kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)

static kn_value s_each, s_eqq, s_call, s_size, s_cmp, s_plus;
static kn_value kn_cEnumerator, kn_cYielder;

/* ------------------------------------------------------------------------
 * Driving `each` with a C block
 * ------------------------------------------------------------------------ */

typedef kn_value (*enum_cb)(void *arg, int argc, const kn_value *argv);

typedef struct cblock {
  enum_cb fn;
  void *arg;
} cblock;

static kn_value cblock_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  (void)blk;
  cblock *c = KN_PROC(proc)->env;
  kn_value r = c->fn(c->arg, argc, argv);
  if (r == KN_UNDEF) kn_break(proc, KN_NIL); /* the callback asked to stop */
  return r;
}

/* recv.each with fn as the block; fn returns KN_UNDEF to stop early. */
static kn_value each_with(kn_value recv, kn_value meth, int argc, const kn_value *argv, enum_cb fn, void *arg) {
  /* on the heap: `each` may keep the block after returning */
  cblock *c = kn_alloc(sizeof *c);
  c->fn = fn;
  c->arg = arg;
  kn_value proc = kn_proc_new_c(cblock_fn, c, -1);
  kn_jump j;
  kn_value r = KN_NIL;
  KN_PROC(proc)->break_to = &j;
  if (KN_PROTECT(j) == 0) {
    r = kn_send(recv, meth, argc, argv, proc);
    KN_UNPROTECT(j);
  } else if (!(j.kind == KN_JUMP_BREAK && j.target == &j)) {
    KN_PROC(proc)->break_to = NULL;
    kn_rethrow(&j);
  }
  KN_PROC(proc)->break_to = NULL;
  return r;
}

kn_value kn_enum_each(kn_value recv, kn_value (*fn)(void *arg, int argc, const kn_value *argv), void *arg) {
  return each_with(recv, s_each, 0, NULL, fn, arg);
}

kn_value kn_enum_pack(int argc, const kn_value *argv) {
  if (argc == 0) return KN_NIL;
  if (argc == 1) return argv[0];
  return kn_ary_new_from(argc, argv);
}

#define PACK() kn_value v = kn_enum_pack(argc, argv)

/* Yields what `each` yielded as it came, several values as several
 * arguments: ruby's map, flat_map, filter_map, count, find_index, take_while
 * and any?/all?/none?/one? do (rb_yield_values2), so `each_with_index.map
 * { |s| s }` sees the element alone and `map(&:*)` gets a receiver and an
 * argument. The other methods yield one packed Array (PACK). */
static kn_value yield_values(kn_value blk, int argc, const kn_value *argv) {
  return argc == 1 ? kn_yield1(blk, argv[0]) : kn_yield(blk, argc, argv);
}

static kn_value to_a_cb(void *arg, int argc, const kn_value *argv) {
  PACK();
  kn_ary_push(*(kn_value *)arg, v);
  return KN_NIL;
}

static kn_value enum_to_a(kn_value self) {
  kn_value r = kn_ary_new(0);
  kn_enum_each(self, to_a_cb, &r);
  return r;
}

ENUM_METHOD(kn_enum_to_a) {
  kn_value r = kn_ary_new(0);
  each_with(self, s_each, argc, argv, to_a_cb, &r);
  return r;
}

#define RETURN_ENUM(name) do { if (blk == KN_NIL) return kn_enumerator_for(self, name, argc, argv); } while (0)

/* ------------------------------------------------------------------------
 * Streaming methods: the block runs as each yields
 * ------------------------------------------------------------------------ */

typedef struct st {
  kn_value blk, out, aux;
  int64_t n, i;
  int argc;
  const kn_value *argv;
} st;

static kn_value map_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  kn_ary_push(s->out, yield_values(s->blk, argc, argv));
  return KN_NIL;
}
ENUM_METHOD(kn_enum_map) {
  RETURN_ENUM("map");
  st s = {blk, kn_ary_new(0), 0, 0, 0, 0, NULL};
  kn_enum_each(self, map_cb, &s);
  return s.out;
}

static kn_value flat_map_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  kn_value r = yield_values(s->blk, argc, argv);
  kn_value ar = kn_check_array(r);
  if (ar == KN_NIL) kn_ary_push(s->out, r);
  else
    for (int64_t i = 0; i < KN_ARY(ar)->len; i++) kn_ary_push(s->out, KN_ARY(ar)->ptr[i]);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_flat_map) {
  RETURN_ENUM("flat_map");
  st s = {blk, kn_ary_new(0), 0, 0, 0, 0, NULL};
  kn_enum_each(self, flat_map_cb, &s);
  return s.out;
}

static kn_value select_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (KN_TEST(kn_yield1(s->blk, v)) == (s->n == 0)) kn_ary_push(s->out, v);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_select) {
  RETURN_ENUM("select");
  st s = {blk, kn_ary_new(0), 0, 0, 0, 0, NULL};
  kn_enum_each(self, select_cb, &s);
  return s.out;
}
ENUM_METHOD(kn_enum_reject) {
  RETURN_ENUM("reject");
  st s = {blk, kn_ary_new(0), 0, 1, 0, 0, NULL};
  kn_enum_each(self, select_cb, &s);
  return s.out;
}

static kn_value filter_map_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  kn_value r = yield_values(s->blk, argc, argv);
  if (KN_TEST(r)) kn_ary_push(s->out, r);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_filter_map) {
  RETURN_ENUM("filter_map");
  st s = {blk, kn_ary_new(0), 0, 0, 0, 0, NULL};
  kn_enum_each(self, filter_map_cb, &s);
  return s.out;
}

static kn_value partition_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_ary_push(KN_TEST(kn_yield1(s->blk, v)) ? s->out : s->aux, v);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_partition) {
  RETURN_ENUM("partition");
  st s = {blk, kn_ary_new(0), kn_ary_new(0), 0, 0, 0, NULL};
  kn_enum_each(self, partition_cb, &s);
  kn_value r[2] = {s.out, s.aux};
  return kn_ary_new_from(2, r);
}

static kn_value group_by_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_value k = kn_yield1(s->blk, v);
  kn_value g = kn_hash_lookup(s->out, k, KN_UNDEF);
  if (g == KN_UNDEF) {
    g = kn_ary_new(1);
    kn_hash_aset(s->out, k, g);
  }
  kn_ary_push(g, v);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_group_by) {
  RETURN_ENUM("group_by");
  st s = {blk, kn_hash_new(), 0, 0, 0, 0, NULL};
  kn_enum_each(self, group_by_cb, &s);
  return s.out;
}

static kn_value tally_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_value c = kn_hash_lookup(s->out, v, KN_UNDEF);
  kn_hash_aset(s->out, v, c == KN_UNDEF ? KN_INT2FIX(1) : kn_op_plus(c, KN_INT2FIX(1)));
  return KN_NIL;
}
ENUM_METHOD(kn_enum_tally) {
  st s = {blk, argc ? argv[0] : kn_hash_new(), 0, 0, 0, 0, NULL};
  kn_enum_each(self, tally_cb, &s);
  return s.out;
}

static kn_value ewi_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_value args[2] = {v, KN_INT2FIX(s->i)};
  s->i++;
  kn_yield(s->blk, 2, args);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_each_with_index) {
  RETURN_ENUM("each_with_index");
  st s = {blk, 0, 0, 0, 0, 0, NULL};
  each_with(self, s_each, argc, argv, ewi_cb, &s);
  return self;
}

static kn_value ewo_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_value args[2] = {v, s->out};
  kn_yield(s->blk, 2, args);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_each_with_object) {
  RETURN_ENUM("each_with_object");
  st s = {blk, argv[0], 0, 0, 0, 0, NULL};
  kn_enum_each(self, ewo_cb, &s);
  return s.out;
}

static kn_value each_entry_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_yield1(s->blk, v);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_each_entry) {
  RETURN_ENUM("each_entry");
  st s = {blk, 0, 0, 0, 0, 0, NULL};
  each_with(self, s_each, argc, argv, each_entry_cb, &s);
  return self;
}

static kn_value slice_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_ary_push(s->out, v);
  if (KN_ARY(s->out)->len == s->n) {
    kn_value full = s->out;
    s->out = kn_ary_new(s->n);
    kn_yield1(s->blk, full);
  }
  return KN_NIL;
}
ENUM_METHOD(kn_enum_each_slice) {
  int64_t n = kn_num2long(argv[0]);
  if (n <= 0) kn_raise_fmt(kn_eArgumentError, "invalid slice size");
  RETURN_ENUM("each_slice");
  st s = {blk, kn_ary_new(n), 0, n, 0, 0, NULL};
  kn_enum_each(self, slice_cb, &s);
  if (KN_ARY(s.out)->len) kn_yield1(blk, s.out);
  return self;
}

static kn_value cons_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_ary_push(s->out, v);
  if (KN_ARY(s->out)->len > s->n) {
    kn_value t = kn_ary_new_from(s->n, KN_ARY(s->out)->ptr + 1);
    s->out = t;
  }
  if (KN_ARY(s->out)->len == s->n) kn_yield1(s->blk, kn_ary_dup(s->out));
  return KN_NIL;
}
ENUM_METHOD(kn_enum_each_cons) {
  int64_t n = kn_num2long(argv[0]);
  if (n <= 0) kn_raise_fmt(kn_eArgumentError, "invalid size");
  RETURN_ENUM("each_cons");
  st s = {blk, kn_ary_new(n), 0, n, 0, 0, NULL};
  kn_enum_each(self, cons_cb, &s);
  return self;
}

/* grep / grep_v: the elements `pattern === elem` selects (or rejects), or
 * what the block makes of them. */
typedef struct grep_st {
  kn_value pat, blk, out;
  bool want;
  kn_callsite cs;
} grep_st;

static kn_value grep_cb(void *a, int argc, const kn_value *argv) {
  grep_st *s = a;
  PACK();
  if (KN_TEST(kn_send_cached(&s->cs, s->pat, s_eqq, 1, &v, KN_NIL)) == s->want)
    kn_ary_push(s->out, s->blk == KN_NIL ? v : kn_yield1(s->blk, v));
  return KN_NIL;
}
static kn_value grep(kn_value self, kn_value pat, kn_value blk, bool want) {
  grep_st s = {.pat = pat, .blk = blk, .out = kn_ary_new(0), .want = want};
  kn_enum_each(self, grep_cb, &s);
  return s.out;
}
ENUM_METHOD(kn_enum_grep) { return grep(self, argv[0], blk, true); }
ENUM_METHOD(kn_enum_grep_v) { return grep(self, argv[0], blk, false); }

/* inject(:op): the operator is sent through an inline cache (sums and
 * products of big ranges call it once per element). */
typedef struct inject_st {
  kn_value blk, out, op;
  kn_callsite cs;
} inject_st;

static kn_value inject_cb(void *a, int argc, const kn_value *argv) {
  inject_st *s = a;
  PACK();
  if (s->out == KN_UNDEF) {
    s->out = v;
  } else if (s->op != KN_UNDEF) {
    s->out = s->op == s_plus ? kn_op_plus(s->out, v) : kn_send_cached(&s->cs, s->out, s->op, 1, &v, KN_NIL);
  } else {
    kn_value args[2] = {s->out, v};
    s->out = kn_yield(s->blk, 2, args);
  }
  return KN_NIL;
}
ENUM_METHOD(kn_enum_inject) {
  kn_value acc = KN_UNDEF, op = KN_UNDEF;
  if (argc == 2) acc = argv[0], op = argv[1];
  else if (argc == 1 && blk == KN_NIL) op = argv[0];
  else if (argc == 1) acc = argv[0];
  if (op != KN_UNDEF && !KN_SYMBOL_P(op)) {
    if (KN_TYPE_P(op, KN_T_STRING)) op = kn_str_to_sym(op);
    else kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(kn_inspect(op))->ptr);
  }
  if (op == KN_UNDEF && blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given");
  inject_st s = {.blk = blk, .out = acc, .op = op};
  kn_enum_each(self, inject_cb, &s);
  return s.out == KN_UNDEF ? KN_NIL : s.out;
}

static kn_value count_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (s->argc ? kn_equal(v, s->argv[0]) : s->blk != KN_NIL ? KN_TEST(yield_values(s->blk, argc, argv)) : true) s->n++;
  return KN_NIL;
}
ENUM_METHOD(kn_enum_count) {
  st s = {blk, 0, 0, 0, 0, argc, argv};
  kn_enum_each(self, count_cb, &s);
  return KN_INT2FIX(s.n);
}

/* Early-exit searches */

static kn_value find_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (KN_TEST(kn_yield1(s->blk, v))) {
    s->out = v;
    return KN_UNDEF;
  }
  return KN_NIL;
}
ENUM_METHOD(kn_enum_find) {
  RETURN_ENUM("find");
  st s = {blk, KN_UNDEF, 0, 0, 0, 0, NULL};
  kn_enum_each(self, find_cb, &s);
  if (s.out != KN_UNDEF) return s.out;
  return argc && argv[0] != KN_NIL ? kn_send(argv[0], s_call, 0, NULL, KN_NIL) : KN_NIL;
}

static kn_value find_index_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  bool hit = s->argc ? kn_equal(v, s->argv[0]) : KN_TEST(yield_values(s->blk, argc, argv));
  if (hit) {
    s->out = KN_INT2FIX(s->i);
    return KN_UNDEF;
  }
  s->i++;
  return KN_NIL;
}
ENUM_METHOD(kn_enum_find_index) {
  if (argc == 0) RETURN_ENUM("find_index");
  st s = {blk, KN_NIL, 0, 0, 0, argc, argv};
  kn_enum_each(self, find_index_cb, &s);
  return s.out;
}

static kn_value include_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (kn_equal(v, s->aux)) {
    s->out = KN_TRUE;
    return KN_UNDEF;
  }
  return KN_NIL;
}
ENUM_METHOD(kn_enum_include_p) {
  st s = {blk, KN_FALSE, argv[0], 0, 0, 0, NULL};
  kn_enum_each(self, include_cb, &s);
  return s.out;
}

static kn_value first_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (s->n < 0) {
    s->out = v;
    return KN_UNDEF;
  }
  kn_ary_push(s->out, v);
  return KN_ARY(s->out)->len >= s->n ? KN_UNDEF : KN_NIL;
}
ENUM_METHOD(kn_enum_first) {
  if (argc == 0) {
    st s = {blk, KN_NIL, 0, -1, 0, 0, NULL};
    kn_enum_each(self, first_cb, &s);
    return s.out;
  }
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to take negative size");
  st s = {blk, kn_ary_new(0), 0, n, 0, 0, NULL};
  if (n == 0) return s.out;
  kn_enum_each(self, first_cb, &s);
  return s.out;
}
ENUM_METHOD(kn_enum_take) {
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to take negative size");
  return kn_enum_first(self, argc, argv, blk);
}

static kn_value take_while_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (!KN_TEST(yield_values(s->blk, argc, argv))) return KN_UNDEF;
  kn_ary_push(s->out, v);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_take_while) {
  RETURN_ENUM("take_while");
  st s = {blk, kn_ary_new(0), 0, 0, 0, 0, NULL};
  kn_enum_each(self, take_while_cb, &s);
  return s.out;
}

static kn_value drop_while_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  if (!s->n && KN_TEST(kn_yield1(s->blk, v))) return KN_NIL;
  s->n = 1;
  kn_ary_push(s->out, v);
  return KN_NIL;
}
ENUM_METHOD(kn_enum_drop_while) {
  RETURN_ENUM("drop_while");
  st s = {blk, kn_ary_new(0), 0, 0, 0, 0, NULL};
  kn_enum_each(self, drop_while_cb, &s);
  return s.out;
}

ENUM_METHOD(kn_enum_drop) {
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to drop negative size");
  kn_value a = enum_to_a(self);
  if (n > KN_ARY(a)->len) n = KN_ARY(a)->len;
  return kn_ary_new_from(KN_ARY(a)->len - n, KN_ARY(a)->ptr + n);
}

/* any?/all?/none?/one?: s->n counts hits; mode in s->i: 0 any, 1 all, 2 none, 3 one */
static kn_value pred_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  bool t = s->argc ? KN_TEST(kn_send(s->argv[0], s_eqq, 1, &v, KN_NIL))
                   : s->blk != KN_NIL ? KN_TEST(yield_values(s->blk, argc, argv)) : KN_TEST(v);
  switch (s->i) {
  case 0: if (t) { s->out = KN_TRUE; return KN_UNDEF; } break;
  case 1: if (!t) { s->out = KN_FALSE; return KN_UNDEF; } break;
  case 2: if (t) { s->out = KN_FALSE; return KN_UNDEF; } break;
  default:
    if (t && ++s->n > 1) { s->out = KN_FALSE; return KN_UNDEF; }
  }
  return KN_NIL;
}
static kn_value enum_pred(kn_value self, int argc, const kn_value *argv, kn_value blk, int mode, kn_value dflt) {
  st s = {blk, dflt, 0, 0, mode, argc, argv};
  kn_enum_each(self, pred_cb, &s);
  if (mode == 3 && s.out == KN_UNDEF) return KN_BOOL(s.n == 1);
  return s.out;
}
ENUM_METHOD(kn_enum_any_p) { return enum_pred(self, argc, argv, blk, 0, KN_FALSE); }
ENUM_METHOD(kn_enum_all_p) { return enum_pred(self, argc, argv, blk, 1, KN_TRUE); }
ENUM_METHOD(kn_enum_none_p) { return enum_pred(self, argc, argv, blk, 2, KN_TRUE); }
ENUM_METHOD(kn_enum_one_p) { return enum_pred(self, argc, argv, blk, 3, KN_UNDEF); }

/* ------------------------------------------------------------------------
 * Methods that need every element first: delegate to Array's implementation
 * ------------------------------------------------------------------------ */

/* Keys computed by the block as each yields, then one stable sort (sort_by, min_by, max_by). */
static kn_value keyed_cb(void *a, int argc, const kn_value *argv) {
  st *s = a;
  PACK();
  kn_ary_push(s->out, v);
  kn_ary_push(s->aux, kn_yield1(s->blk, v));
  return KN_NIL;
}

static kn_value key_of_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  /* a block returning the precomputed key for element number i (elements are indices) */
  (void)blk;
  (void)argc;
  kn_value keys = (kn_value)KN_PROC(proc)->env;
  return KN_ARY(keys)->ptr[KN_FIX2INT(argv[0])];
}

static kn_value enum_by(kn_value self, kn_value blk, int kind, int argc, const kn_value *argv) {
  st s = {blk, kn_ary_new(0), kn_ary_new(0), 0, 0, 0, NULL};
  kn_enum_each(self, keyed_cb, &s);
  int64_t n = KN_ARY(s.out)->len;
  kn_value idx = kn_ary_new(n);
  for (int64_t i = 0; i < n; i++) kn_ary_push(idx, KN_INT2FIX(i));
  kn_value keyblk = kn_proc_new_c(key_of_fn, (void *)s.aux, 1);
  kn_value r;
  if (kind == 0) r = kn_sort_by_values(n, KN_ARY(idx)->ptr, keyblk);
  else r = kn_minmax_by_values(n, KN_ARY(idx)->ptr, kind, argc, argv, keyblk);
  if (KN_TYPE_P(r, KN_T_ARRAY)) {
    for (int64_t i = 0; i < KN_ARY(r)->len; i++) KN_ARY(r)->ptr[i] = KN_ARY(s.out)->ptr[KN_FIX2INT(KN_ARY(r)->ptr[i])];
    return r;
  }
  return r == KN_NIL ? KN_NIL : KN_ARY(s.out)->ptr[KN_FIX2INT(r)];
}

ENUM_METHOD(kn_enum_sort_by) { RETURN_ENUM("sort_by"); return enum_by(self, blk, 0, 0, NULL); }
ENUM_METHOD(kn_enum_min_by) { RETURN_ENUM("min_by"); return enum_by(self, blk, -1, argc, argv); }
ENUM_METHOD(kn_enum_max_by) { RETURN_ENUM("max_by"); return enum_by(self, blk, 1, argc, argv); }
ENUM_METHOD(kn_enum_minmax_by) {
  RETURN_ENUM("minmax_by");
  kn_value r[2] = {enum_by(self, blk, -1, 0, NULL), enum_by(self, blk, 1, 0, NULL)};
  return kn_ary_new_from(2, r);
}

static kn_value via_array(kn_value self, const char *meth, int argc, const kn_value *argv, kn_value blk) {
  return kn_send(enum_to_a(self), kn_intern(meth), argc, argv, blk);
}

ENUM_METHOD(kn_enum_sort) { return via_array(self, "sort!", 0, NULL, blk); }
ENUM_METHOD(kn_enum_min) { kn_value a = enum_to_a(self); return kn_minmax_values(KN_ARY(a)->len, KN_ARY(a)->ptr, -1, argc, argv, blk); }
ENUM_METHOD(kn_enum_max) { kn_value a = enum_to_a(self); return kn_minmax_values(KN_ARY(a)->len, KN_ARY(a)->ptr, 1, argc, argv, blk); }
ENUM_METHOD(kn_enum_minmax) { return via_array(self, "minmax", 0, NULL, blk); }
ENUM_METHOD(kn_enum_sum) {
  kn_value init = argc ? argv[0] : KN_INT2FIX(0);
  kn_value a = blk == KN_NIL ? enum_to_a(self) : kn_enum_map(self, 0, NULL, blk);
  return kn_sum_values(KN_ARY(a)->len, KN_ARY(a)->ptr, init, KN_NIL);
}
ENUM_METHOD(kn_enum_uniq) { return via_array(self, "uniq", 0, NULL, blk); }
ENUM_METHOD(kn_enum_to_h) { return via_array(self, "to_h", 0, NULL, blk); }
ENUM_METHOD(kn_enum_zip) { return via_array(self, "zip", argc, argv, blk); }
ENUM_METHOD(kn_enum_chunk_while) { return via_array(self, "chunk_while", 0, NULL, blk); }
ENUM_METHOD(kn_enum_slice_when) { return via_array(self, "slice_when", 0, NULL, blk); }
ENUM_METHOD(kn_enum_reverse_each) {
  RETURN_ENUM("reverse_each");
  return via_array(self, "reverse_each", 0, NULL, blk), self;
}
ENUM_METHOD(kn_enum_cycle) {
  RETURN_ENUM("cycle");
  return via_array(self, "cycle", argc, argv, blk);
}

/* chunk { |x| key }: runs of consecutive elements with the same key, as [key, [elts]] pairs */
ENUM_METHOD(kn_enum_chunk) {
  RETURN_ENUM("chunk");
  kn_value a = enum_to_a(self), r = kn_ary_new(0), cur = KN_NIL, curkey = KN_NIL;
  for (int64_t i = 0; i < KN_ARY(a)->len; i++) {
    kn_value v = KN_ARY(a)->ptr[i], k = kn_yield1(blk, v);
    if (k == KN_NIL || (KN_SYMBOL_P(k) && strcmp(kn_sym_name(k), "_separator") == 0)) {
      cur = KN_NIL;
      continue;
    }
    if (cur != KN_NIL && kn_equal(k, curkey)) {
      kn_ary_push(cur, v);
      continue;
    }
    cur = kn_ary_new(1);
    kn_ary_push(cur, v);
    curkey = k;
    kn_value p[2] = {k, cur};
    kn_ary_push(r, kn_ary_new_from(2, p));
  }
  return kn_enumerator_from_array(r, "each");
}

/* ------------------------------------------------------------------------
 * Enumerator
 * ------------------------------------------------------------------------ */

static kn_value iv_recv, iv_meth, iv_args, iv_gen, iv_coro, iv_peek, iv_peeked, iv_result, iv_size;

kn_value kn_enumerator_new(kn_value klass, kn_value recv, const char *meth, int argc, const kn_value *argv) {
  kn_value e = kn_obj_alloc(klass);
  kn_ivar_set(e, iv_recv, recv);
  kn_ivar_set(e, iv_meth, kn_intern(meth));
  kn_ivar_set(e, iv_args, kn_ary_new_from(argc, argv));
  return e;
}

kn_value kn_enumerator_for(kn_value recv, const char *meth, int argc, const kn_value *argv) {
  kn_value seq = kn_arith_seq_for(recv, kn_intern(meth), argc, argv);
  if (seq != KN_NIL) return seq;
  return kn_enumerator_new(kn_cEnumerator, recv, meth, argc, argv);
}

kn_value kn_enumerator_receiver(kn_value e) { return kn_ivar_get(e, iv_recv); }
kn_value kn_enumerator_method(kn_value e) { return kn_ivar_get(e, iv_meth); }
kn_value kn_enumerator_args(kn_value e) { return kn_ivar_get(e, iv_args); }

kn_value kn_enumerator_from_array(kn_value ary, const char *meth) { return kn_enumerator_for(ary, meth, 0, NULL); }

/* Kernel#to_enum / enum_for(meth = :each, *args) { size }: the block, if any, computes size. */
static ENUM_METHOD(k_to_enum) {
  kn_value meth = argc > 0 ? argv[0] : s_each;
  if (!KN_SYMBOL_P(meth)) meth = kn_str_to_sym(kn_to_str(meth));
  kn_value e = kn_enumerator_for(self, kn_sym_name(meth), argc > 0 ? argc - 1 : 0, argv + (argc > 0));
  kn_ivar_set(e, iv_size, blk == KN_NIL ? KN_FALSE : blk); /* false: size is nil */
  return e;
}

/* Enumerator.new(size = nil) { |y| ... } */
static ENUM_METHOD(enumerator_initialize) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "no block given");
  kn_ivar_set(self, iv_gen, blk);
  if (argc > 0) kn_ivar_set(self, iv_size, argv[0]);
  kn_ivar_set(self, iv_meth, s_each);
  kn_ivar_set(self, iv_args, kn_ary_new(0));
  return self;
}

/* Enumerator.produce(initial = none) { |prev| succ }: an endless Enumerator over initial, succ(initial),
 * succ(succ(initial))... (without initial, succ(nil) comes first). As in ruby its receiver is an
 * Enumerator::Producer (Enumerator#inspect shows it); a StopIteration, from the block or from
 * whoever consumes the values, ends the iteration with the exception's result. */
static kn_value kn_cProducer;

static ENUM_METHOD(enumerator_s_produce) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "no block given");
  kn_value producer = kn_obj_alloc(kn_cProducer);
  kn_ivar_set(producer, iv_args, kn_ary_new_from(argc, argv)); /* [] or [initial]: nil is a value */
  kn_ivar_set(producer, iv_gen, blk);
  kn_value e = kn_enumerator_for(producer, "each", 0, NULL);
  kn_ivar_set(e, iv_size, kn_float_new(1.0 / 0.0));
  return e;
}

static ENUM_METHOD(producer_each) {
  kn_value init = kn_ivar_get(self, iv_args), succ = kn_ivar_get(self, iv_gen);
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    kn_value cur = KN_NIL;
    if (KN_ARY(init)->len) kn_yield1(blk, cur = KN_ARY(init)->ptr[0]);
    for (;;) {
      cur = kn_proc_call(succ, 1, &cur, KN_NIL);
      kn_yield1(blk, cur);
    }
  }
  if (j.kind == KN_JUMP_RAISE && kn_obj_is_kind_of(j.value, kn_eStopIteration)) return KN_EXC(j.value)->aux1;
  kn_rethrow(&j);
}

/* #<Enumerator::Producer:0x...>, without the internal ivars */
static ENUM_METHOD(producer_inspect) { return kn_any_to_s(self); }

static ENUM_METHOD(yielder_push) {
  kn_value p = kn_ivar_get(self, iv_gen);
  kn_yield1(p, argv[0]);
  return self;
}
static ENUM_METHOD(yielder_yield) {
  kn_value p = kn_ivar_get(self, iv_gen);
  return kn_yield(p, argc, argv);
}

static kn_value enumerator_run(kn_value self, kn_value blk) {
  kn_value gen = kn_ivar_get(self, iv_gen);
  if (gen != KN_NIL) {
    kn_value y = kn_obj_alloc(kn_cYielder);
    kn_ivar_set(y, iv_gen, blk);
    return kn_proc_call(gen, 1, &y, KN_NIL);
  }
  kn_value args = kn_ivar_get(self, iv_args);
  /* to_enum(:name) may name a private method (a top-level def) */
  return kn_send_self(kn_ivar_get(self, iv_recv), kn_ivar_get(self, iv_meth), (int)KN_ARY(args)->len, KN_ARY(args)->ptr,
                      blk);
}

static ENUM_METHOD(enumerator_each) {
  if (blk == KN_NIL) return self;
  return enumerator_run(self, blk);
}

/* with_index / each_with_index: the underlying method sees the block's results */
typedef struct wi_env {
  kn_value blk;
  int64_t i;
  kn_value memo;
} wi_env;

static kn_value with_index_fn(kn_value proc, int argc, const kn_value *argv, kn_value b) {
  (void)b;
  wi_env *e = KN_PROC(proc)->env;
  kn_value args[2] = {kn_enum_pack(argc, argv), kn_int_new(e->i++)};
  return kn_yield(e->blk, 2, args);
}

static ENUM_METHOD(enumerator_with_index) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "with_index", argc, argv);
  wi_env *e = kn_alloc(sizeof *e);
  e->blk = blk;
  e->i = argc && argv[0] != KN_NIL ? kn_num2long(argv[0]) : 0;
  return enumerator_run(self, kn_proc_new_c(with_index_fn, e, -1));
}

static ENUM_METHOD(enumerator_each_with_index) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_with_index", argc, argv);
  wi_env *e = kn_alloc(sizeof *e);
  e->blk = blk;
  return enumerator_run(self, kn_proc_new_c(with_index_fn, e, -1));
}

static kn_value with_object_fn(kn_value proc, int argc, const kn_value *argv, kn_value b) {
  (void)b;
  wi_env *e = KN_PROC(proc)->env;
  kn_value args[2] = {kn_enum_pack(argc, argv), e->memo};
  return kn_yield(e->blk, 2, args);
}

static ENUM_METHOD(enumerator_with_object) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "with_object", argc, argv);
  wi_env *e = kn_alloc(sizeof *e);
  e->blk = blk;
  e->memo = argv[0];
  enumerator_run(self, kn_proc_new_c(with_object_fn, e, -1));
  return argv[0];
}

/* External iteration: each runs in a coroutine (coro.c) that hands every
 * yielded value back to next, so infinite enumerators work. */
static kn_value coro_yield_fn(kn_value proc, int argc, const kn_value *argv, kn_value b) {
  (void)b;
  kn_coro_yield(KN_PROC(proc)->env, kn_enum_pack(argc, argv));
  return KN_NIL;
}

static kn_value coro_body(kn_value self, kn_coro *c) { return enumerator_run(self, kn_proc_new_c(coro_yield_fn, c, -1)); }

static _Noreturn void stop_iteration(kn_value self) {
  kn_value e = kn_exc_new(kn_eStopIteration, kn_str_cstr("iteration reached an end"));
  KN_EXC(e)->aux1 = kn_ivar_get(self, iv_result);
  kn_raise(e);
}

static kn_value enumerator_next_value(kn_value self) {
  kn_value c = kn_ivar_get(self, iv_coro);
  if (c == KN_NIL) {
    c = (kn_value)kn_coro_new(coro_body, self);
    kn_ivar_set(self, iv_coro, c);
  }
  if (kn_coro_done((kn_coro *)c)) stop_iteration(self);
  kn_value v;
  if (kn_coro_resume((kn_coro *)c, &v)) return v;
  kn_ivar_set(self, iv_result, v); /* what each returned: StopIteration#result */
  stop_iteration(self);
}

static ENUM_METHOD(enumerator_next) {
  if (kn_ivar_get(self, iv_peeked) == KN_TRUE) {
    kn_ivar_set(self, iv_peeked, KN_FALSE);
    return kn_ivar_get(self, iv_peek);
  }
  return enumerator_next_value(self);
}

static ENUM_METHOD(enumerator_peek) {
  if (kn_ivar_get(self, iv_peeked) == KN_TRUE) return kn_ivar_get(self, iv_peek);
  kn_value v = enumerator_next_value(self);
  kn_ivar_set(self, iv_peek, v);
  kn_ivar_set(self, iv_peeked, KN_TRUE);
  return v;
}

static ENUM_METHOD(enumerator_rewind) {
  kn_ivar_set(self, iv_coro, KN_NIL);
  kn_ivar_set(self, iv_peeked, KN_FALSE);
  kn_ivar_set(self, iv_result, KN_NIL);
  return self;
}

static ENUM_METHOD(enumerator_size) {
  kn_value recv = kn_ivar_get(self, iv_recv);
  kn_value meth = kn_ivar_get(self, iv_meth);
  kn_value size = kn_ivar_get(self, iv_size);
  if (size != KN_NIL) {
    if (size == KN_FALSE) return KN_NIL;
    if (!KN_TYPE_P(size, KN_T_PROC)) return size;
    kn_value args = kn_ivar_get(self, iv_args);
    return kn_proc_call(size, (int)KN_ARY(args)->len, KN_ARY(args)->ptr, KN_NIL);
  }
  if (kn_ivar_get(self, iv_gen) != KN_NIL) return KN_NIL;
  const char *m = kn_sym_name(meth);
  bool same = !strcmp(m, "each") || !strcmp(m, "map") || !strcmp(m, "each_with_index") || !strcmp(m, "with_index") ||
              !strcmp(m, "select") || !strcmp(m, "reject") || !strcmp(m, "filter_map") || !strcmp(m, "collect") ||
              !strcmp(m, "flat_map") || !strcmp(m, "each_with_object") || !strcmp(m, "with_object") ||
              !strcmp(m, "times") || !strcmp(m, "each_char") || !strcmp(m, "sort_by") || !strcmp(m, "group_by") ||
              !strcmp(m, "min_by") || !strcmp(m, "max_by") || !strcmp(m, "reverse_each") || !strcmp(m, "each_index");
  if (same && (KN_TYPE_P(recv, KN_T_ARRAY) || KN_TYPE_P(recv, KN_T_HASH) || KN_TYPE_P(recv, KN_T_RANGE) ||
               KN_TYPE_P(recv, KN_T_STRING) || KN_INTEGER_P(recv) || kn_real_class(recv) == kn_cEnumerator)) {
    if (KN_TYPE_P(recv, KN_T_STRING)) return kn_send(recv, kn_intern("length"), 0, NULL, KN_NIL);
    if (KN_INTEGER_P(recv)) return KN_TEST(kn_op_lt(recv, KN_INT2FIX(0))) ? KN_INT2FIX(0) : recv;
    return kn_send(recv, s_size, 0, NULL, KN_NIL);
  }
  if (!strcmp(m, "loop") || !strcmp(m, "cycle")) return kn_float_new(1.0 / 0.0);
  return KN_INT2FIX(KN_ARY(enum_to_a(self))->len);
}

static ENUM_METHOD(enumerator_inspect) {
  kn_value gen = kn_ivar_get(self, iv_gen);
  if (gen != KN_NIL) return kn_str_cstr("#<Enumerator: #<Enumerator::Generator>:each>");
  kn_value recv = kn_ivar_get(self, iv_recv), meth = kn_ivar_get(self, iv_meth);
  kn_value args = kn_ivar_get(self, iv_args);
  kn_value r = kn_str_cstr("#<Enumerator: ");
  kn_value s = kn_inspect(recv);
  kn_str_cat(r, KN_STR(s)->ptr, KN_STR(s)->len);
  kn_str_cat(r, ":", 1);
  kn_str_cat_cstr(r, kn_sym_name(meth));
  if (KN_ARY(args)->len) {
    kn_str_cat(r, "(", 1);
    for (int64_t i = 0; i < KN_ARY(args)->len; i++) {
      if (i) kn_str_cat(r, ", ", 2);
      kn_value a = kn_inspect(KN_ARY(args)->ptr[i]);
      kn_str_cat(r, KN_STR(a)->ptr, KN_STR(a)->len);
    }
    kn_str_cat(r, ")", 1);
  }
  kn_str_cat(r, ">", 1);
  return r;
}

/* ------------------------------------------------------------------------
 * Registration
 * ------------------------------------------------------------------------ */

void kn_init_enum(void) {
  s_each = kn_intern("each");
  s_eqq = kn_intern("===");
  s_call = kn_intern("call");
  s_size = kn_intern("size");
  s_cmp = kn_intern("<=>");
  s_plus = kn_intern("+");
  iv_recv = kn_intern("@__receiver");
  iv_meth = kn_intern("@__method");
  iv_args = kn_intern("@__args");
  iv_gen = kn_intern("@__generator");
  iv_coro = kn_intern("@__coroutine");
  iv_peek = kn_intern("@__peek");
  iv_peeked = kn_intern("@__peeked");
  iv_size = kn_intern("@__size");
  iv_result = kn_intern("@__result");

  static const kn_method_def defs[] = {
      {"to_a", kn_enum_to_a, 0, -1},
      {"entries", kn_enum_to_a, 0, -1},
      {"map", kn_enum_map, 0, 0},
      {"collect", kn_enum_map, 0, 0},
      {"flat_map", kn_enum_flat_map, 0, 0},
      {"collect_concat", kn_enum_flat_map, 0, 0},
      {"select", kn_enum_select, 0, 0},
      {"grep", kn_enum_grep, 1, 1},
      {"grep_v", kn_enum_grep_v, 1, 1},
      {"filter", kn_enum_select, 0, 0},
      {"find_all", kn_enum_select, 0, 0},
      {"reject", kn_enum_reject, 0, 0},
      {"filter_map", kn_enum_filter_map, 0, 0},
      {"partition", kn_enum_partition, 0, 0},
      {"group_by", kn_enum_group_by, 0, 0},
      {"tally", kn_enum_tally, 0, 1},
      {"each_with_index", kn_enum_each_with_index, 0, -1},
      {"each_with_object", kn_enum_each_with_object, 1, 1},
      {"each_entry", kn_enum_each_entry, 0, -1},
      {"each_slice", kn_enum_each_slice, 1, 1},
      {"each_cons", kn_enum_each_cons, 1, 1},
      {"inject", kn_enum_inject, 0, 2},
      {"reduce", kn_enum_inject, 0, 2},
      {"count", kn_enum_count, 0, 1},
      {"find", kn_enum_find, 0, 1},
      {"detect", kn_enum_find, 0, 1},
      {"find_index", kn_enum_find_index, 0, 1},
      {"include?", kn_enum_include_p, 1, 1},
      {"member?", kn_enum_include_p, 1, 1},
      {"first", kn_enum_first, 0, 1},
      {"take", kn_enum_take, 1, 1},
      {"take_while", kn_enum_take_while, 0, 0},
      {"drop", kn_enum_drop, 1, 1},
      {"drop_while", kn_enum_drop_while, 0, 0},
      {"any?", kn_enum_any_p, 0, 1},
      {"all?", kn_enum_all_p, 0, 1},
      {"none?", kn_enum_none_p, 0, 1},
      {"one?", kn_enum_one_p, 0, 1},
      {"sort", kn_enum_sort, 0, 0},
      {"sort_by", kn_enum_sort_by, 0, 0},
      {"min", kn_enum_min, 0, 1},
      {"max", kn_enum_max, 0, 1},
      {"minmax", kn_enum_minmax, 0, 0},
      {"min_by", kn_enum_min_by, 0, 1},
      {"max_by", kn_enum_max_by, 0, 1},
      {"minmax_by", kn_enum_minmax_by, 0, 0},
      {"sum", kn_enum_sum, 0, 1},
      {"uniq", kn_enum_uniq, 0, 0},
      {"to_h", kn_enum_to_h, 0, -1},
      {"zip", kn_enum_zip, 0, -1},
      {"chunk_while", kn_enum_chunk_while, 0, 0},
      {"slice_when", kn_enum_slice_when, 0, 0},
      {"chunk", kn_enum_chunk, 0, 0},
      {"reverse_each", kn_enum_reverse_each, 0, -1},
      {"cycle", kn_enum_cycle, 0, 1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(kn_mEnumerable, defs);

  kn_cEnumerator = kn_define_class(kn_cObject, "Enumerator", kn_cObject);
  kn_include_module(kn_cEnumerator, kn_mEnumerable);
  static const kn_method_def edefs[] = {
      {"initialize", enumerator_initialize, 0, 1},
      {"each", enumerator_each, 0, 0},
      {"with_index", enumerator_with_index, 0, 1},
      {"each_with_index", enumerator_each_with_index, 0, 0},
      {"with_object", enumerator_with_object, 1, 1},
      {"each_with_object", enumerator_with_object, 1, 1},
      {"next", enumerator_next, 0, 0},
      {"peek", enumerator_peek, 0, 0},
      {"rewind", enumerator_rewind, 0, 0},
      {"size", enumerator_size, 0, 0},
      {"inspect", enumerator_inspect, 0, 0},
      {"to_s", enumerator_inspect, 0, 0},
      {NULL, NULL, 0, 0}};
  kn_define_methods(kn_cEnumerator, edefs);
  kn_init_arith_seq(kn_cEnumerator);
  kn_cYielder = kn_define_class(kn_cEnumerator, "Yielder", kn_cObject);
  static const kn_method_def ydefs[] = {
      {"<<", yielder_push, 1, 1},
      {"yield", yielder_yield, 0, -1},
      {"call", yielder_yield, 0, -1},
      {NULL, NULL, 0, 0}};
  kn_define_methods(kn_cYielder, ydefs);
  kn_define_singleton_method(kn_cEnumerator, "produce", enumerator_s_produce, 0, 1);
  kn_cProducer = kn_define_class(kn_cEnumerator, "Producer", kn_cObject);
  kn_define_method(kn_cProducer, "each", producer_each, 0, 0);
  kn_define_method(kn_cProducer, "inspect", producer_inspect, 0, 0);
  kn_define_method(kn_mKernel, "to_enum", k_to_enum, 0, -1);
  kn_define_method(kn_mKernel, "enum_for", k_to_enum, 0, -1);
}
