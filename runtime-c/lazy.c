/* lazy.c: Enumerator::Lazy (Enumerable#lazy): a source plus a chain of operations run per element. */
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value kn_cLazy, iv_state, iv_recv, iv_meth, iv_args;

enum {
  OP_MAP, OP_SELECT, OP_REJECT, OP_FILTER_MAP, OP_TAKE, OP_TAKE_WHILE, OP_DROP, OP_DROP_WHILE,
  OP_UNIQ, OP_FLAT_MAP, OP_WITH_INDEX, OP_EACH_SLICE, OP_COMPACT, OP_GREP, OP_GREP_V,
  OP_EACH_CONS, OP_CHUNK_WHILE, OP_SLICE_WHEN, OP_ZIP
};

typedef struct lazy_op {
  int kind;
  kn_value fn;  /* the block, or nil */
  int64_t n;    /* take/drop/each_slice count, with_index offset */
  kn_value pat; /* grep/grep_v's pattern, zip's Array of arguments */
} lazy_op;

/* Immutable once made: each lazy method makes a new state with one more op. */
typedef struct lazy_state {
  kn_header h;
  kn_value src;     /* the Enumerable the chain starts from */
  kn_value parent;  /* the Lazy this one was made from (inspect), nil for the first */
  kn_value meth;    /* the method that made it (inspect) */
  kn_value args;    /* its arguments (inspect) */
  int nops;
  lazy_op *ops;
} lazy_state;

static lazy_state *state_of(kn_value lazy) {
  kn_value s = kn_ivar_get(lazy, iv_state);
  if (!KN_TYPE_P(s, KN_T_DATA)) kn_raise_fmt(kn_eArgumentError, "uninitialized lazy enumerator");
  return (lazy_state *)s;
}

static kn_value lazy_new(kn_value src, kn_value parent, kn_value meth, kn_value args, int nops, lazy_op *ops) {
  lazy_state *st = kn_alloc(sizeof *st);
  st->h.klass = KN_CLASS(kn_cObject);
  st->h.type = KN_T_DATA;
  st->src = src;
  st->parent = parent;
  st->meth = meth;
  st->args = args;
  st->nops = nops;
  st->ops = ops;
  kn_value l = kn_obj_alloc(kn_cLazy);
  kn_ivar_set(l, iv_state, (kn_value)st);
  /* Enumerator#next and friends run self.each */
  kn_ivar_set(l, iv_recv, l);
  kn_ivar_set(l, iv_meth, kn_intern("each"));
  kn_ivar_set(l, iv_args, kn_ary_new(0));
  return l;
}

/* self.meth(*args) { fn }: self's chain plus one op */
static kn_value lazy_add(kn_value self, const char *meth, int argc, const kn_value *argv, int kind, kn_value fn, int64_t n) {
  lazy_state *st = state_of(self);
  lazy_op *ops = kn_alloc(sizeof(lazy_op) * (size_t)(st->nops + 1));
  if (st->nops) memcpy(ops, st->ops, sizeof(lazy_op) * (size_t)st->nops);
  ops[st->nops] = (lazy_op){kind, fn, n, argc ? argv[0] : KN_NIL};
  return lazy_new(st->src, self, kn_intern(meth), kn_ary_new_from(argc, argv), st->nops + 1, ops);
}

static kn_value need_block(kn_value blk, const char *meth) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to call lazy %s without a block", meth);
  return blk;
}

/* ---- running the chain ---- */

typedef struct lazy_run {
  lazy_state *st;
  kn_value sink;     /* the block each was given */
  int64_t *counts;   /* per op */
  kn_value *aux;     /* per op: uniq's Hash, each_slice/each_cons/chunk buffer, zip's sources */
} lazy_run;

static bool push(lazy_run *r, int i, kn_value v);

/* each_cons: slide the window; true when it holds n elements (then v is a copy of it) */
static bool cons_step(kn_value *win, int64_t n, kn_value *v) {
  if (*win == KN_NIL) *win = kn_ary_new(n);
  kn_array *a = KN_ARY(*win);
  if (a->len == n) {
    memmove(a->ptr, a->ptr + 1, sizeof(kn_value) * (size_t)(n - 1));
    a->len--;
  }
  kn_ary_push(*win, *v);
  if (a->len < n) return false;
  *v = kn_ary_dup(*win);
  return true;
}

/* chunk_while/slice_when: v joins the open chunk or closes it; true when a chunk is closed (then v is it) */
static bool chunk_step(lazy_op *op, kn_value *chunk, kn_value *v) {
  kn_value open = *chunk;
  if (open == KN_NIL) {
    *chunk = kn_ary_new_from(1, v);
    return false;
  }
  kn_value prev = KN_ARY(open)->ptr[KN_ARY(open)->len - 1];
  bool together = KN_TEST(kn_yield(op->fn, 2, (kn_value[]){prev, *v})) == (op->kind == OP_CHUNK_WHILE);
  if (together) {
    kn_ary_push(open, *v);
    return false;
  }
  *chunk = kn_ary_new_from(1, v);
  *v = open;
  return true;
}

/* zip: [v, the next element of each argument (nil once one runs out)]. Arrays are indexed;
 * other arguments are walked with a fresh to_enum's next, as CRuby's lazy zip does. */
static kn_value zip_step(lazy_op *op, kn_value *srcs, int64_t idx, kn_value v) {
  kn_array *args = KN_ARY(op->pat);
  if (*srcs == KN_NIL) {
    *srcs = kn_ary_new(args->len);
    for (int64_t k = 0; k < args->len; k++) {
      kn_value a = args->ptr[k];
      kn_ary_push(*srcs, KN_TYPE_P(a, KN_T_ARRAY) ? a : kn_send(a, kn_intern("to_enum"), 0, NULL, KN_NIL));
    }
  }
  kn_value out = kn_ary_new_from(1, &v);
  for (int64_t k = 0; k < args->len; k++) {
    kn_value s = KN_ARY(*srcs)->ptr[k];
    if (KN_TYPE_P(s, KN_T_ARRAY)) {
      kn_ary_push(out, idx < KN_ARY(s)->len ? KN_ARY(s)->ptr[idx] : KN_NIL);
      continue;
    }
    kn_jump j;
    if (KN_PROTECT(j) == 0) {
      kn_value x = kn_send(s, kn_intern("next"), 0, NULL, KN_NIL);
      KN_UNPROTECT(j);
      kn_ary_push(out, x);
    } else if (j.kind == KN_JUMP_RAISE && kn_obj_is_kind_of(j.value, kn_eStopIteration)) {
      kn_ary_push(out, KN_NIL);
    } else {
      kn_rethrow(&j);
    }
  }
  return out;
}

/* Push v through ops i.. and into the sink; false once a take/take_while has finished everything. */
static bool push(lazy_run *r, int i, kn_value v) {
  lazy_state *st = r->st;
  for (; i < st->nops; i++) {
    lazy_op *op = &st->ops[i];
    switch (op->kind) {
    case OP_MAP: v = kn_yield1(op->fn, v); break;
    case OP_SELECT:
      if (!KN_TEST(kn_yield1(op->fn, v))) return true;
      break;
    case OP_REJECT:
      if (KN_TEST(kn_yield1(op->fn, v))) return true;
      break;
    case OP_FILTER_MAP: {
      kn_value t = kn_yield1(op->fn, v);
      if (!KN_TEST(t)) return true;
      v = t;
      break;
    }
    case OP_TAKE:
      if (r->counts[i] >= op->n) return false;
      if (++r->counts[i] >= op->n) {
        push(r, i + 1, v);
        return false;
      }
      break;
    case OP_TAKE_WHILE: /* counts[i]: finished */
      if (r->counts[i] || !KN_TEST(kn_yield1(op->fn, v))) {
        r->counts[i] = 1;
        return false;
      }
      break;
    case OP_DROP:
      if (r->counts[i] < op->n) {
        r->counts[i]++;
        return true;
      }
      break;
    case OP_DROP_WHILE:
      if (!r->counts[i]) {
        if (KN_TEST(kn_yield1(op->fn, v))) return true;
        r->counts[i] = 1;
      }
      break;
    case OP_UNIQ: {
      kn_value key = op->fn == KN_NIL ? v : kn_yield1(op->fn, v);
      if (r->aux[i] == KN_NIL) r->aux[i] = kn_hash_new();
      if (kn_hash_lookup(r->aux[i], key, KN_UNDEF) != KN_UNDEF) return true;
      kn_hash_aset(r->aux[i], key, KN_TRUE);
      break;
    }
    case OP_FLAT_MAP: {
      kn_value t = kn_yield1(op->fn, v);
      kn_value a = KN_TYPE_P(t, KN_T_ARRAY) ? t : kn_check_array(t);
      if (a == KN_NIL) {
        v = t;
        break;
      }
      for (int64_t k = 0; k < KN_ARY(a)->len; k++)
        if (!push(r, i + 1, KN_ARY(a)->ptr[k])) return false;
      return true;
    }
    case OP_WITH_INDEX: {
      kn_value idx = kn_int_new(op->n + r->counts[i]++);
      if (op->fn == KN_NIL) v = kn_ary_new_from(2, (kn_value[]){v, idx});
      else kn_yield(op->fn, 2, (kn_value[]){v, idx});
      break;
    }
    case OP_EACH_SLICE:
      if (r->aux[i] == KN_NIL) r->aux[i] = kn_ary_new(op->n);
      kn_ary_push(r->aux[i], v);
      if (KN_ARY(r->aux[i])->len < op->n) return true;
      v = r->aux[i];
      r->aux[i] = KN_NIL;
      break;
    case OP_COMPACT:
      if (v == KN_NIL) return true;
      break;
    case OP_EACH_CONS:
      if (!cons_step(&r->aux[i], op->n, &v)) return true;
      break;
    case OP_CHUNK_WHILE:
    case OP_SLICE_WHEN:
      if (!chunk_step(op, &r->aux[i], &v)) return true;
      break;
    case OP_ZIP: v = zip_step(op, &r->aux[i], r->counts[i]++, v); break;
    case OP_GREP:
    case OP_GREP_V:
      if (KN_TEST(kn_send(op->pat, kn_intern("==="), 1, &v, KN_NIL)) != (op->kind == OP_GREP)) return true;
      if (op->fn != KN_NIL) v = kn_yield1(op->fn, v);
      break;
    }
  }
  kn_yield1(r->sink, v);
  return true;
}

static kn_value src_cb(void *arg, int argc, const kn_value *argv) {
  return push(arg, 0, kn_enum_pack(argc, argv)) ? KN_NIL : KN_UNDEF;
}

static bool holds_tail(int kind) { return kind == OP_EACH_SLICE || kind == OP_CHUNK_WHILE || kind == OP_SLICE_WHEN; }

static kn_value lazy_each(ARGS) {
  if (blk == KN_NIL) return self;
  lazy_state *st = state_of(self);
  lazy_run r = {st, blk, kn_alloc(sizeof(int64_t) * (size_t)(st->nops + 1)), kn_alloc(sizeof(kn_value) * (size_t)(st->nops + 1))};
  for (int i = 0; i < st->nops; i++) r.aux[i] = KN_NIL;
  for (int i = 0; i < st->nops; i++)
    if (st->ops[i].kind == OP_TAKE && st->ops[i].n == 0) return self;
  /* the callback reports a stop by breaking out of src.each */
  kn_enum_each(st->src, src_cb, &r);
  /* each_slice's last partial slices and chunk_while/slice_when's last chunks (a finished take
   * or take_while before them stops them) */
  for (int i = 0; i < st->nops; i++)
    if (holds_tail(st->ops[i].kind) && r.aux[i] != KN_NIL) {
      kn_value buf = r.aux[i];
      r.aux[i] = KN_NIL;
      if (!push(&r, i + 1, buf)) break;
    }
  return self;
}

/* ---- the lazy methods ---- */

static kn_value lz_map(ARGS) { return lazy_add(self, "map", 0, NULL, OP_MAP, need_block(blk, "map"), 0); }
static kn_value lz_collect(ARGS) { return lazy_add(self, "collect", 0, NULL, OP_MAP, need_block(blk, "map"), 0); }
static kn_value lz_select(ARGS) { return lazy_add(self, "select", 0, NULL, OP_SELECT, need_block(blk, "select"), 0); }
static kn_value lz_filter(ARGS) { return lazy_add(self, "filter", 0, NULL, OP_SELECT, need_block(blk, "select"), 0); }
static kn_value lz_reject(ARGS) { return lazy_add(self, "reject", 0, NULL, OP_REJECT, need_block(blk, "reject"), 0); }
static kn_value lz_filter_map(ARGS) {
  return lazy_add(self, "filter_map", 0, NULL, OP_FILTER_MAP, need_block(blk, "filter_map"), 0);
}
static kn_value lz_flat_map(ARGS) { return lazy_add(self, "flat_map", 0, NULL, OP_FLAT_MAP, need_block(blk, "flat_map"), 0); }
static kn_value lz_take_while(ARGS) {
  return lazy_add(self, "take_while", 0, NULL, OP_TAKE_WHILE, need_block(blk, "take_while"), 0);
}
static kn_value lz_drop_while(ARGS) {
  return lazy_add(self, "drop_while", 0, NULL, OP_DROP_WHILE, need_block(blk, "drop_while"), 0);
}
static kn_value lz_take(ARGS) {
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to take negative size");
  return lazy_add(self, "take", 1, argv, OP_TAKE, KN_NIL, n);
}
static kn_value lz_drop(ARGS) {
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to drop negative size");
  return lazy_add(self, "drop", 1, argv, OP_DROP, KN_NIL, n);
}
static kn_value lz_uniq(ARGS) { return lazy_add(self, "uniq", 0, NULL, OP_UNIQ, blk, 0); }
static kn_value lz_compact(ARGS) { return lazy_add(self, "compact", 0, NULL, OP_COMPACT, KN_NIL, 0); }
static kn_value lz_with_index(ARGS) {
  int64_t off = argc > 0 && argv[0] != KN_NIL ? kn_num2long(argv[0]) : 0;
  return lazy_add(self, "with_index", argc, argv, OP_WITH_INDEX, blk, off);
}
static kn_value lz_each_with_index(ARGS) { return lazy_add(self, "each_with_index", 0, NULL, OP_WITH_INDEX, blk, 0); }
static kn_value lz_each_slice(ARGS) {
  int64_t n = kn_num2long(argv[0]);
  if (n <= 0) kn_raise_fmt(kn_eArgumentError, "invalid slice size");
  return lazy_add(self, "each_slice", 1, argv, OP_EACH_SLICE, KN_NIL, n);
}
/* each_cons(n): lazy without a block; with one, runs the chain and returns self (as ruby 3.1) */
static kn_value lz_each_cons(ARGS) {
  int64_t n = kn_num2long(argv[0]);
  if (n <= 0) kn_raise_fmt(kn_eArgumentError, "invalid size");
  kn_value l = lazy_add(self, "each_cons", 1, argv, OP_EACH_CONS, KN_NIL, n);
  if (blk == KN_NIL) return l;
  lazy_each(l, 0, NULL, blk);
  return self;
}
static kn_value lz_chunk_while(ARGS) {
  return lazy_add(self, "chunk_while", 0, NULL, OP_CHUNK_WHILE, need_block(blk, "chunk_while"), 0);
}
static kn_value lz_slice_when(ARGS) {
  return lazy_add(self, "slice_when", 0, NULL, OP_SLICE_WHEN, need_block(blk, "slice_when"), 0);
}
/* zip: lazy without a block; with one it is Enumerable#zip over the forced elements */
static kn_value lz_zip(ARGS) {
  if (blk != KN_NIL) return kn_send(kn_send(self, kn_intern("to_a"), 0, NULL, KN_NIL), kn_intern("zip"), argc, argv, blk);
  for (int i = 0; i < argc; i++)
    if (!KN_TYPE_P(argv[i], KN_T_ARRAY) && !kn_respond_to(argv[i], kn_intern("each"), false))
      kn_raise_fmt(kn_eTypeError, "wrong argument type %s (must respond to :each)", kn_class_name(kn_real_class(argv[i])));
  kn_value l = lazy_add(self, "zip", argc, argv, OP_ZIP, KN_NIL, 0);
  lazy_state *st = state_of(l);
  st->ops[st->nops - 1].pat = kn_ary_new_from(argc, argv);
  return l;
}
static kn_value lz_grep(ARGS) { return lazy_add(self, "grep", 1, argv, OP_GREP, blk, 0); }
static kn_value lz_grep_v(ARGS) { return lazy_add(self, "grep_v", 1, argv, OP_GREP_V, blk, 0); }
static kn_value lz_lazy(ARGS) { return self; }
static kn_value lz_force(ARGS) { return kn_send(self, kn_intern("to_a"), argc, argv, KN_NIL); }
static kn_value lz_eager(ARGS) { return kn_enumerator_for(self, "each", 0, NULL); }

/* size: the source's, through map/with_index/take; nil after anything that filters */
static kn_value lz_size(ARGS) {
  lazy_state *st = state_of(self);
  if (!kn_respond_to(st->src, kn_intern("size"), false)) return KN_NIL;
  kn_value n = kn_send(st->src, kn_intern("size"), 0, NULL, KN_NIL);
  for (int i = 0; i < st->nops && n != KN_NIL; i++) {
    lazy_op *op = &st->ops[i];
    if (op->kind == OP_MAP || op->kind == OP_WITH_INDEX) continue;
    if (op->kind == OP_TAKE) {
      kn_value t = kn_int_new(op->n);
      if (KN_TEST(kn_op_lt(t, n))) n = t;
      continue;
    }
    n = KN_NIL;
  }
  return n;
}

static kn_value lz_inspect(ARGS) {
  lazy_state *st = state_of(self);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, "#<Enumerator::Lazy: ");
  if (st->parent == KN_NIL) {
    kn_buf_addv(&b, kn_inspect(st->src));
  } else {
    kn_buf_addv(&b, kn_inspect(st->parent));
    kn_buf_addc(&b, ':');
    kn_buf_adds(&b, kn_sym_name(st->meth));
    if (KN_ARY(st->args)->len) {
      kn_buf_addc(&b, '(');
      for (int64_t i = 0; i < KN_ARY(st->args)->len; i++) {
        if (i) kn_buf_adds(&b, ", ");
        kn_buf_addv(&b, kn_inspect(KN_ARY(st->args)->ptr[i]));
      }
      kn_buf_addc(&b, ')');
    }
  }
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

static kn_value enum_lazy(ARGS) { return lazy_new(self, KN_NIL, KN_NIL, kn_ary_new(0), 0, NULL); }

static const kn_method_def lazy_methods[] = {
    {"each", lazy_each, 0, 0},           {"map", lz_map, 0, 0},
    {"collect", lz_collect, 0, 0},       {"select", lz_select, 0, 0},
    {"filter", lz_filter, 0, 0},         {"find_all", lz_select, 0, 0},
    {"reject", lz_reject, 0, 0},         {"filter_map", lz_filter_map, 0, 0},
    {"flat_map", lz_flat_map, 0, 0},     {"collect_concat", lz_flat_map, 0, 0},
    {"take", lz_take, 1, 1},             {"take_while", lz_take_while, 0, 0},
    {"drop", lz_drop, 1, 1},             {"drop_while", lz_drop_while, 0, 0},
    {"uniq", lz_uniq, 0, 0},             {"compact", lz_compact, 0, 0},
    {"with_index", lz_with_index, 0, 1}, {"each_with_index", lz_each_with_index, 0, 0},
    {"each_slice", lz_each_slice, 1, 1}, {"lazy", lz_lazy, 0, 0},
    {"each_cons", lz_each_cons, 1, 1},   {"chunk_while", lz_chunk_while, 0, 0},
    {"slice_when", lz_slice_when, 0, 0}, {"zip", lz_zip, 0, -1},
    {"grep", lz_grep, 1, 1},             {"grep_v", lz_grep_v, 1, 1},
    {"force", lz_force, 0, -1},          {"eager", lz_eager, 0, 0},
    {"size", lz_size, 0, 0},             {"inspect", lz_inspect, 0, 0},
    {"to_s", lz_inspect, 0, 0},          {NULL, NULL, 0, 0}};

void kn_init_lazy(void) {
  iv_state = kn_intern("@__lazy");
  iv_recv = kn_intern("@__receiver");
  iv_meth = kn_intern("@__method");
  iv_args = kn_intern("@__args");
  kn_value enumerator = kn_const_get(kn_cObject, kn_intern("Enumerator"));
  kn_cLazy = kn_define_class(enumerator, "Lazy", enumerator);
  kn_define_methods(kn_cLazy, lazy_methods);
  kn_define_method(kn_mEnumerable, "lazy", enum_lazy, 0, 0);
}
