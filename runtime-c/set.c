/* set.c: Set, built in (what ruby 3.1's `require "set"` gives): a Hash of element => true, as set.rb keeps it. */
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value kn_cSet, iv_hash;

static kn_value set_hash(kn_value set) { return kn_ivar_get(set, iv_hash); }
static bool is_set(kn_value v) { return KN_HEAP_P(v) && kn_obj_is_kind_of(v, kn_cSet); }

static kn_value set_alloc_like(kn_value klass) {
  kn_value s = kn_obj_alloc(klass);
  kn_ivar_set(s, iv_hash, kn_hash_new());
  return s;
}
static kn_value new_like(kn_value self) { return set_alloc_like(kn_real_class(self)); }

static void set_add(kn_value set, kn_value v) { kn_hash_aset(set_hash(set), v, KN_TRUE); }
static bool set_has(kn_value set, kn_value v) { return kn_hash_lookup(set_hash(set), v, KN_UNDEF) != KN_UNDEF; }
static int64_t set_size(kn_value set) { return kn_hash_size(set_hash(set)); }

/* Elements in order (a fresh Array: callers may modify the set while walking it). */
static kn_value set_elems(kn_value set) { return kn_send(set_hash(set), kn_intern("keys"), 0, NULL, KN_NIL); }

typedef struct add_ctx {
  kn_value set, blk;
} add_ctx;
static kn_value add_cb(void *arg, int argc, const kn_value *argv) {
  add_ctx *c = arg;
  kn_value v = kn_enum_pack(argc, argv);
  set_add(c->set, c->blk == KN_NIL ? v : kn_yield1(c->blk, v));
  return KN_NIL;
}
/* Adds every element of enum (a Set, Array or anything with each). */
static void set_merge_enum(kn_value set, kn_value e, kn_value blk) {
  if (is_set(e) && blk == KN_NIL) {
    kn_value a = set_elems(e);
    for (int64_t i = 0; i < KN_ARY(a)->len; i++) set_add(set, KN_ARY(a)->ptr[i]);
    return;
  }
  if (KN_TYPE_P(e, KN_T_ARRAY) && blk == KN_NIL) {
    for (int64_t i = 0; i < KN_ARY(e)->len; i++) set_add(set, KN_ARY(e)->ptr[i]);
    return;
  }
  if (!kn_respond_to(e, kn_intern("each_entry"), false) && !kn_respond_to(e, kn_s_each, false))
    kn_raise_fmt(kn_eArgumentError, "value must be enumerable");
  add_ctx c = {set, blk};
  kn_enum_each(e, add_cb, &c);
}

static kn_value set_initialize(ARGS) {
  kn_ivar_set(self, iv_hash, kn_hash_new());
  if (argc > 0 && argv[0] != KN_NIL) set_merge_enum(self, argv[0], blk);
  return KN_NIL;
}
static kn_value set_s_create(ARGS) {
  kn_value s = set_alloc_like(self);
  for (int i = 0; i < argc; i++) set_add(s, argv[i]);
  return s;
}
static kn_value set_initialize_copy(ARGS) {
  kn_ivar_set(self, iv_hash, kn_hash_dup(set_hash(argv[0])));
  return self;
}

static kn_value set_add_m(ARGS) {
  set_add(self, argv[0]);
  return self;
}
static kn_value set_add_p(ARGS) {
  if (set_has(self, argv[0])) return KN_NIL;
  set_add(self, argv[0]);
  return self;
}
static kn_value set_delete(ARGS) {
  kn_check_frozen(set_hash(self));
  kn_hash_delete_key(set_hash(self), argv[0]);
  return self;
}
static kn_value set_delete_p(ARGS) {
  kn_check_frozen(set_hash(self));
  return kn_hash_delete_key(set_hash(self), argv[0]) == KN_UNDEF ? KN_NIL : self;
}
static kn_value set_include_p(ARGS) { return KN_BOOL(set_has(self, argv[0])); }
static kn_value set_size_m(ARGS) { return KN_INT2FIX(set_size(self)); }
static kn_value set_empty_p(ARGS) { return KN_BOOL(set_size(self) == 0); }
static kn_value set_clear(ARGS) {
  kn_send(set_hash(self), kn_intern("clear"), 0, NULL, KN_NIL);
  return self;
}

static kn_value set_size_fn(kn_value proc, int argc, const kn_value *argv, kn_value b) {
  return KN_INT2FIX(set_size((kn_value)KN_PROC(proc)->env));
}
static kn_value set_each(ARGS) {
  if (blk == KN_NIL) {
    kn_value e = kn_enumerator_for(self, "each", 0, NULL);
    kn_ivar_set(e, kn_intern("@__size"), kn_proc_new_c(set_size_fn, (void *)self, 0));
    return e;
  }
  kn_value a = set_elems(self);
  for (int64_t i = 0; i < KN_ARY(a)->len; i++) kn_yield1(blk, KN_ARY(a)->ptr[i]);
  return self;
}
static kn_value set_to_a(ARGS) { return set_elems(self); }
static kn_value set_to_set(ARGS) { return self; }

static kn_value enum_arg(kn_value e) {
  if (is_set(e)) return e;
  if (KN_TYPE_P(e, KN_T_ARRAY) || kn_respond_to(e, kn_s_each, false)) {
    kn_value s = set_alloc_like(kn_cSet);
    set_merge_enum(s, e, KN_NIL);
    return s;
  }
  kn_raise_fmt(kn_eArgumentError, "value must be enumerable");
}

static kn_value set_union(ARGS) {
  kn_value r = kn_obj_dup(self);
  set_merge_enum(r, enum_arg(argv[0]), KN_NIL);
  return r;
}
static kn_value set_difference(ARGS) {
  kn_value o = enum_arg(argv[0]);
  kn_value r = kn_obj_dup(self);
  kn_value a = set_elems(o);
  for (int64_t i = 0; i < KN_ARY(a)->len; i++) kn_hash_delete_key(set_hash(r), KN_ARY(a)->ptr[i]);
  return r;
}
static kn_value set_intersection(ARGS) {
  kn_value o = enum_arg(argv[0]);
  kn_value r = new_like(self);
  kn_value a = set_elems(o);
  for (int64_t i = 0; i < KN_ARY(a)->len; i++)
    if (set_has(self, KN_ARY(a)->ptr[i])) set_add(r, KN_ARY(a)->ptr[i]);
  return r;
}
/* set.rb: n = Set.new(enum); each { |o| n.add(o) unless n.delete?(o) }; n */
static kn_value set_xor(ARGS) {
  kn_value n = set_alloc_like(kn_real_class(self));
  set_merge_enum(n, argv[0], KN_NIL);
  kn_value a = set_elems(self);
  for (int64_t i = 0; i < KN_ARY(a)->len; i++) {
    kn_value o = KN_ARY(a)->ptr[i];
    if (kn_hash_delete_key(set_hash(n), o) == KN_UNDEF) set_add(n, o);
  }
  return n;
}
static kn_value set_merge(ARGS) {
  for (int i = 0; i < argc; i++) set_merge_enum(self, argv[i], KN_NIL);
  return self;
}

static kn_value set_arg(kn_value v) {
  if (!is_set(v)) kn_raise_fmt(kn_eArgumentError, "value must be a set");
  return v;
}
static bool all_in(kn_value a, kn_value b) {
  kn_value e = set_elems(a);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++)
    if (!set_has(b, KN_ARY(e)->ptr[i])) return false;
  return true;
}
static kn_value set_subset_p(ARGS) {
  kn_value o = set_arg(argv[0]);
  return KN_BOOL(set_size(self) <= set_size(o) && all_in(self, o));
}
static kn_value set_superset_p(ARGS) {
  kn_value o = set_arg(argv[0]);
  return KN_BOOL(set_size(self) >= set_size(o) && all_in(o, self));
}
static kn_value set_proper_subset_p(ARGS) {
  kn_value o = set_arg(argv[0]);
  return KN_BOOL(set_size(self) < set_size(o) && all_in(self, o));
}
static kn_value set_proper_superset_p(ARGS) {
  kn_value o = set_arg(argv[0]);
  return KN_BOOL(set_size(self) > set_size(o) && all_in(o, self));
}
static kn_value set_cmp(ARGS) {
  if (!is_set(argv[0])) return KN_NIL;
  kn_value o = argv[0];
  int64_t a = set_size(self), b = set_size(o);
  if (a == b) return all_in(self, o) ? KN_INT2FIX(0) : KN_NIL;
  if (a < b) return all_in(self, o) ? KN_INT2FIX(-1) : KN_NIL;
  return all_in(o, self) ? KN_INT2FIX(1) : KN_NIL;
}
static bool intersect(kn_value self, kn_value o) {
  kn_value small = set_size(self) < set_size(o) ? self : o, big = small == self ? o : self;
  kn_value e = set_elems(small);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++)
    if (set_has(big, KN_ARY(e)->ptr[i])) return true;
  return false;
}
static kn_value set_intersect_p(ARGS) { return KN_BOOL(intersect(self, set_arg(argv[0]))); }
static kn_value set_disjoint_p(ARGS) { return KN_BOOL(!intersect(self, set_arg(argv[0]))); }

static kn_value set_eq(ARGS) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (!is_set(o) || set_size(self) != set_size(o)) return KN_FALSE;
  return KN_BOOL(all_in(o, self));
}
static kn_value set_hash_m(ARGS) { return kn_send(set_hash(self), kn_s_hash, 0, NULL, KN_NIL); }
static kn_value set_eql(ARGS) {
  if (!is_set(argv[0])) return KN_FALSE;
  return kn_send(set_hash(self), kn_s_eql, 1, (kn_value[]){set_hash(argv[0])}, KN_NIL);
}
static kn_value set_freeze(ARGS) {
  kn_obj_freeze(set_hash(self));
  return kn_obj_freeze(self);
}

static kn_value set_inspect_body(kn_value self, void *arg) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, "#<Set: {");
  kn_value e = set_elems(self);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++) {
    if (i) kn_buf_adds(&b, ", ");
    kn_buf_addv(&b, kn_inspect(KN_ARY(e)->ptr[i]));
  }
  kn_buf_adds(&b, "}>");
  return kn_buf_to_str(&b);
}
static kn_value set_inspect(ARGS) {
  return kn_exec_recursive(set_inspect_body, self, NULL, kn_str_cstr("#<Set: {...}>"));
}

/* select!/filter!/keep_if, reject!/delete_if: mode 0 keeps when the block is true, 1 deletes */
static kn_value filter_in_place(kn_value self, kn_value blk, int mode, bool bang, const char *name) {
  if (blk == KN_NIL) return kn_enumerator_for(self, name, 0, NULL);
  kn_check_frozen(set_hash(self));
  kn_value e = set_elems(self);
  int64_t before = set_size(self);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++) {
    bool t = KN_TEST(kn_yield1(blk, KN_ARY(e)->ptr[i]));
    if (t == (mode == 1)) kn_hash_delete_key(set_hash(self), KN_ARY(e)->ptr[i]);
  }
  if (bang && set_size(self) == before) return KN_NIL;
  return self;
}
static kn_value set_select_bang(ARGS) { return filter_in_place(self, blk, 0, true, "select!"); }
static kn_value set_keep_if(ARGS) { return filter_in_place(self, blk, 0, false, "keep_if"); }
static kn_value set_reject_bang(ARGS) { return filter_in_place(self, blk, 1, true, "reject!"); }
static kn_value set_delete_if(ARGS) { return filter_in_place(self, blk, 1, false, "delete_if"); }
static kn_value set_map_bang(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "map!", 0, NULL);
  kn_check_frozen(set_hash(self));
  kn_value e = set_elems(self);
  kn_value h = kn_hash_new();
  for (int64_t i = 0; i < KN_ARY(e)->len; i++) kn_hash_aset(h, kn_yield1(blk, KN_ARY(e)->ptr[i]), KN_TRUE);
  kn_ivar_set(self, iv_hash, h);
  return self;
}
static kn_value set_classify(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "classify", 0, NULL);
  kn_value h = kn_hash_new();
  kn_value e = set_elems(self);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++) {
    kn_value v = KN_ARY(e)->ptr[i], k = kn_yield1(blk, v);
    kn_value s = kn_hash_lookup(h, k, KN_UNDEF);
    if (s == KN_UNDEF) kn_hash_aset(h, k, s = new_like(self));
    set_add(s, v);
  }
  return h;
}

static kn_value del_cb(void *arg, int argc, const kn_value *argv) {
  kn_hash_delete_key(set_hash((kn_value)arg), kn_enum_pack(argc, argv));
  return KN_NIL;
}
/* subtract(enum): deletes every element of enum */
static kn_value set_subtract(ARGS) {
  kn_value e = argv[0];
  kn_check_frozen(set_hash(self));
  if (is_set(e)) e = set_elems(e);
  if (KN_TYPE_P(e, KN_T_ARRAY)) {
    for (int64_t i = 0; i < KN_ARY(e)->len; i++) kn_hash_delete_key(set_hash(self), KN_ARY(e)->ptr[i]);
    return self;
  }
  if (!kn_respond_to(e, kn_s_each, false)) kn_raise_fmt(kn_eArgumentError, "value must be enumerable");
  kn_enum_each(e, del_cb, (void *)self);
  return self;
}
static kn_value set_replace(ARGS) {
  kn_value e = enum_arg(argv[0]); /* checked before anything is cleared */
  kn_check_frozen(set_hash(self));
  set_clear(self, 0, NULL, KN_NIL);
  set_merge_enum(self, e, KN_NIL);
  return self;
}

/* The elements of set into out, nested Sets opened up; `seen` holds the
 * Sets being opened, so a Set that contains itself raises. */
static void flatten_into(kn_value out, kn_value set, kn_value seen) {
  if (kn_hash_lookup(seen, set, KN_UNDEF) != KN_UNDEF) kn_raise_fmt(kn_eArgumentError, "tried to flatten recursive Set");
  kn_hash_aset(seen, set, KN_TRUE);
  kn_value e = set_elems(set);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++) {
    kn_value v = KN_ARY(e)->ptr[i];
    if (is_set(v)) flatten_into(out, v, seen);
    else set_add(out, v);
  }
  kn_hash_delete_key(seen, set);
}
static kn_value flatten_seen(void) {
  kn_value seen = kn_hash_new();
  kn_send(seen, kn_intern("compare_by_identity"), 0, NULL, KN_NIL);
  return seen;
}
static kn_value set_flatten(ARGS) {
  kn_value r = new_like(self);
  flatten_into(r, self, flatten_seen());
  return r;
}
static bool has_nested_set(kn_value set) {
  kn_value e = set_elems(set);
  for (int64_t i = 0; i < KN_ARY(e)->len; i++)
    if (is_set(KN_ARY(e)->ptr[i])) return true;
  return false;
}
static kn_value set_flatten_bang(ARGS) {
  if (!has_nested_set(self)) return KN_NIL;
  kn_value flat = set_flatten(self, 0, NULL, KN_NIL);
  return set_replace(self, 1, &flat, KN_NIL);
}

/* divide with a two-argument block: set.rb builds the graph u -> v for
 * every pair the block accepts and collects TSort's strongly connected
 * components.  This is TSort's recursive Tarjan walk, so the components and
 * the elements inside each come out in the same order as in ruby. */
typedef struct scc_walk {
  kn_value elems;   /* the set's elements, in order */
  bool *edge;       /* edge[u * n + v]: the block accepted (u, v) */
  int64_t n;
  int64_t *id;      /* discovery number; -1 unvisited, -2 in a finished component */
  int64_t next_id;
  int64_t *stack, sp;
  kn_value out;     /* the Set of Sets */
  kn_value like;    /* the receiver: components are Sets of its class */
} scc_walk;

static int64_t scc_from(scc_walk *w, int64_t u) {
  int64_t min = w->id[u] = w->next_id++, base = w->sp;
  w->stack[w->sp++] = u;
  for (int64_t v = 0; v < w->n; v++) {
    if (!w->edge[u * w->n + v]) continue;
    int64_t sub = w->id[v] == -1 ? scc_from(w, v) : w->id[v];
    if (sub >= 0 && sub < min) min = sub;
  }
  if (min == w->id[u]) {
    kn_value comp = new_like(w->like);
    for (int64_t i = base; i < w->sp; i++) {
      set_add(comp, KN_ARY(w->elems)->ptr[w->stack[i]]);
      w->id[w->stack[i]] = -2;
    }
    w->sp = base;
    set_add(w->out, comp);
  }
  return min;
}

static kn_value divide_connected(kn_value self, kn_value blk) {
  scc_walk w = {set_elems(self), NULL, 0, NULL, 0, NULL, 0, set_alloc_like(kn_cSet), self};
  w.n = KN_ARY(w.elems)->len;
  w.edge = kn_alloc_atomic((size_t)(w.n * w.n) + 1);
  for (int64_t u = 0; u < w.n; u++)
    for (int64_t v = 0; v < w.n; v++) {
      kn_value pair[2] = {KN_ARY(w.elems)->ptr[u], KN_ARY(w.elems)->ptr[v]};
      w.edge[u * w.n + v] = KN_TEST(kn_yield(blk, 2, pair));
    }
  w.id = kn_alloc_atomic(sizeof(int64_t) * (size_t)(w.n + 1));
  w.stack = kn_alloc_atomic(sizeof(int64_t) * (size_t)(w.n + 1));
  for (int64_t u = 0; u < w.n; u++) w.id[u] = -1;
  for (int64_t u = 0; u < w.n; u++)
    if (w.id[u] == -1) scc_from(&w, u);
  return w.out;
}

/* divide: with a one-argument block the classes of classify, as a Set of Sets */
static kn_value set_divide(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "divide", 0, NULL);
  if (KN_PROC(blk)->arity == 2) return divide_connected(self, blk);
  kn_value classes = kn_send(set_classify(self, 0, NULL, blk), kn_intern("values"), 0, NULL, KN_NIL);
  kn_value r = set_alloc_like(kn_cSet);
  set_merge_enum(r, classes, KN_NIL);
  return r;
}

static kn_value set_join(ARGS) { return kn_send(set_elems(self), kn_intern("join"), argc, argv, KN_NIL); }

static kn_value set_compare_by_identity(ARGS) {
  kn_check_frozen(set_hash(self));
  kn_send(set_hash(self), kn_intern("compare_by_identity"), 0, NULL, KN_NIL);
  return self;
}
static kn_value set_compare_by_identity_p(ARGS) {
  return kn_send(set_hash(self), kn_intern("compare_by_identity?"), 0, NULL, KN_NIL);
}
/* reset: the elements hashed again (after they changed), into a fresh table */
static kn_value set_reset(ARGS) {
  kn_value old = set_hash(self), e = set_elems(self), h = kn_hash_new();
  kn_check_frozen(old);
  if (KN_HASH(old)->identity) KN_HASH(h)->identity = true;
  for (int64_t i = 0; i < KN_ARY(e)->len; i++) kn_hash_aset(h, KN_ARY(e)->ptr[i], KN_TRUE);
  kn_ivar_set(self, iv_hash, h);
  return self;
}

/* Enumerable#to_set(klass = Set) */
static kn_value enum_to_set(ARGS) {
  kn_value klass = argc > 0 ? argv[0] : kn_cSet;
  kn_value s = set_alloc_like(klass);
  set_merge_enum(s, self, blk);
  return s;
}

static const kn_method_def set_methods[] = {
    {"initialize", set_initialize, 0, 1},
    {"initialize_copy", set_initialize_copy, 1, 1},
    {"<<", set_add_m, 1, 1},
    {"add", set_add_m, 1, 1},
    {"add?", set_add_p, 1, 1},
    {"delete", set_delete, 1, 1},
    {"delete?", set_delete_p, 1, 1},
    {"include?", set_include_p, 1, 1},
    {"member?", set_include_p, 1, 1},
    {"===", set_include_p, 1, 1},
    {"contain?", set_include_p, 1, 1},
    {"size", set_size_m, 0, 0},
    {"length", set_size_m, 0, 0},
    {"empty?", set_empty_p, 0, 0},
    {"clear", set_clear, 0, 0},
    {"each", set_each, 0, 0},
    {"to_a", set_to_a, 0, 0},
    {"to_set", set_to_set, 0, -1},
    {"|", set_union, 1, 1},
    {"union", set_union, 1, 1},
    {"+", set_union, 1, 1},
    {"-", set_difference, 1, 1},
    {"difference", set_difference, 1, 1},
    {"&", set_intersection, 1, 1},
    {"intersection", set_intersection, 1, 1},
    {"^", set_xor, 1, 1},
    {"merge", set_merge, 0, -1},
    {"subset?", set_subset_p, 1, 1},
    {"<=", set_subset_p, 1, 1},
    {"superset?", set_superset_p, 1, 1},
    {">=", set_superset_p, 1, 1},
    {"proper_subset?", set_proper_subset_p, 1, 1},
    {"<", set_proper_subset_p, 1, 1},
    {"proper_superset?", set_proper_superset_p, 1, 1},
    {">", set_proper_superset_p, 1, 1},
    {"<=>", set_cmp, 1, 1},
    {"intersect?", set_intersect_p, 1, 1},
    {"disjoint?", set_disjoint_p, 1, 1},
    {"==", set_eq, 1, 1},
    {"eql?", set_eql, 1, 1},
    {"hash", set_hash_m, 0, 0},
    {"freeze", set_freeze, 0, 0},
    {"inspect", set_inspect, 0, 0},
    {"to_s", set_inspect, 0, 0},
    {"select!", set_select_bang, 0, 0},
    {"filter!", set_select_bang, 0, 0},
    {"keep_if", set_keep_if, 0, 0},
    {"reject!", set_reject_bang, 0, 0},
    {"delete_if", set_delete_if, 0, 0},
    {"map!", set_map_bang, 0, 0},
    {"collect!", set_map_bang, 0, 0},
    {"classify", set_classify, 0, 0},
    {"subtract", set_subtract, 1, 1},
    {"replace", set_replace, 1, 1},
    {"flatten", set_flatten, 0, 0},
    {"flatten!", set_flatten_bang, 0, 0},
    {"divide", set_divide, 0, 0},
    {"join", set_join, 0, 1},
    {"compare_by_identity", set_compare_by_identity, 0, 0},
    {"compare_by_identity?", set_compare_by_identity_p, 0, 0},
    {"reset", set_reset, 0, 0},
    {NULL, NULL, 0, 0}};

void kn_provide_feature(const char *name);

void kn_init_set(void) {
  iv_hash = kn_intern("@hash");
  kn_cSet = kn_define_class(kn_cObject, "Set", kn_cObject);
  kn_include_module(kn_cSet, kn_mEnumerable);
  kn_define_methods(kn_cSet, set_methods);
  kn_define_singleton_method(kn_cSet, "[]", set_s_create, 0, -1);
  kn_define_method(kn_mEnumerable, "to_set", enum_to_set, 0, -1);
  kn_provide_feature("set");
}
