/* struct.c: Struct: Struct.new builds a class with member accessors, initialize, ==, to_a, inspect... */
#include "internal.h"

kn_value kn_cStruct;

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value s_members_key, s_kwinit_key;

/* Members live in hidden slots named by the bare member name (no '@'). */
static kn_value members_of_class(kn_value klass) {
  for (kn_class *c = KN_CLASS(klass); c; c = c->super) {
    kn_value m = kn_tbl_get(&c->ivars, s_members_key);
    if (m != KN_UNDEF) return m;
  }
  kn_raise_fmt(kn_eTypeError, "uninitialized struct");
}

/* The keyword_init: given to Struct.new (nil when none was), found through subclasses. */
static kn_value kwinit_value(kn_value klass) {
  for (kn_class *c = KN_CLASS(klass); c; c = c->super) {
    kn_value m = kn_tbl_get(&c->ivars, s_kwinit_key);
    if (m != KN_UNDEF) return m;
  }
  return KN_NIL;
}

static bool kwinit_of_class(kn_value klass) { return KN_TEST(kwinit_value(klass)); }

static kn_value members(kn_value self) { return members_of_class(kn_real_class(self)); }

kn_value kn_struct_members(kn_value klass) { return members_of_class(klass); }

/* Struct#initialize's fast path: per class (the klass in the object's
 * header, singleton or not), the members, keyword_init, and the slot each
 * member has in that class's objects.  None of these changes once known:
 * Struct.new fixes the members and keyword_init of the class it makes
 * (hidden keys Ruby code cannot reach), and a class's slot indexes never
 * change once assigned.  Direct-mapped by the class's address; the table is
 * a GC root, so a cached class's address is never reused.  Measured:
 * linked_list's Node.new spent ~240 instructions in initialize (two table
 * walks for members and keyword_init, then kn_ivar_set per member). */
typedef struct st_layout {
  kn_class *klass;   /* NULL: empty entry */
  kn_value members;
  bool kwinit;
  uint32_t n;        /* members */
  uint32_t need;     /* slots an object needs: the highest member slot + 1 */
  uint32_t *slot;    /* slot[i]: member i's slot index */
} st_layout;

#define ST_LAYOUTS 64
static st_layout st_layouts[ST_LAYOUTS];

static __attribute__((noinline)) st_layout *layout_fill(st_layout *l, kn_class *k) {
  kn_value mem = members_of_class(KN_CVAL(k));
  uint32_t n = (uint32_t)KN_ARY(mem)->len;
  uint32_t *slot = kn_alloc_atomic(sizeof(uint32_t) * (n ? n : 1));
  uint32_t need = 0;
  for (uint32_t i = 0; i < n; i++) {
    slot[i] = kn_ivar_index(KN_CVAL(k), KN_ARY(mem)->ptr[i]);
    if (slot[i] + 1 > need) need = slot[i] + 1;
  }
  l->members = mem;
  l->kwinit = kwinit_of_class(KN_CVAL(k));
  l->n = n;
  l->need = need;
  l->slot = slot;
  l->klass = k;
  return l;
}

static inline st_layout *layout_of(kn_class *k) {
  st_layout *l = &st_layouts[((uintptr_t)k >> 5) & (ST_LAYOUTS - 1)];
  return l->klass == k ? l : layout_fill(l, k);
}

/* Writes the members straight into a plain object's slots when it already
 * has room for them (every object after its class's first); false when the
 * general path must run (keyword_init, frozen, too few slots, too many
 * arguments: that path raises as ruby does). */
static bool st_init_slots(kn_value self, int argc, const kn_value *argv) {
  if (!KN_TYPE_P(self, KN_T_OBJECT) || KN_FROZEN_P(self)) return false;
  st_layout *l = layout_of(KN_HDR(self)->klass);
  kn_object *o = KN_OBJ(self);
  if ((l->kwinit && argc > 0) || (uint32_t)argc > l->n || o->nslots < l->need) return false;
  for (uint32_t i = 0; i < l->n; i++) o->slots[l->slot[i]] = (int)i < argc ? argv[i] : KN_NIL;
  return true;
}

static kn_value st_initialize(ARGS) {
  if (st_init_slots(self, argc, argv)) return KN_NIL;
  kn_value mem = members(self);
  int64_t n = KN_ARY(mem)->len;
  if (kwinit_of_class(kn_real_class(self)) && argc > 0) {
    if (argc > 1 || !KN_TYPE_P(argv[0], KN_T_HASH)) kn_raise_argc(argc, 0, 0);
    for (int64_t i = 0; i < n; i++) kn_ivar_set(self, KN_ARY(mem)->ptr[i], KN_NIL);
    /* unknown keywords: ArgumentError "unknown keywords: z" */
    kn_value keys = kn_funcall0(argv[0], "keys");
    kn_value unknown = kn_ary_new(2);
    for (int64_t k = 0; k < KN_ARY(keys)->len; k++) {
      kn_value key = KN_ARY(keys)->ptr[k];
      kn_value sym = KN_TYPE_P(key, KN_T_STRING) ? kn_str_to_sym(key) : key;
      bool found = false;
      for (int64_t i = 0; i < n; i++)
        if (KN_ARY(mem)->ptr[i] == sym) found = true;
      if (found) kn_ivar_set(self, sym, kn_hash_aref(argv[0], key));
      else kn_ary_push(unknown, key);
    }
    if (KN_ARY(unknown)->len) {
      kn_value s = kn_ary_join(kn_funcall0(unknown, "to_a"), kn_str_cstr(", "));
      kn_raise_fmt(kn_eArgumentError, "unknown keywords: %s", KN_STR(s)->ptr);
    }
    return KN_NIL;
  }
  if (argc > n) kn_raise_fmt(kn_eArgumentError, "struct size differs");
  for (int64_t i = 0; i < n; i++) kn_ivar_set(self, KN_ARY(mem)->ptr[i], i < argc ? argv[i] : KN_NIL);
  return KN_NIL;
}

static kn_value st_s_members(ARGS) { return kn_ary_dup(members_of_class(self)); }
static kn_value st_members(ARGS) { return kn_ary_dup(members(self)); }
static kn_value st_s_new_instance(ARGS) { return kn_class_new_instance(self, argc, argv, blk); }

static kn_value st_to_a(ARGS) {
  kn_value mem = members(self);
  kn_value ary = kn_ary_new(KN_ARY(mem)->len);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) kn_ary_push(ary, kn_ivar_get(self, KN_ARY(mem)->ptr[i]));
  return ary;
}

static kn_value st_to_h(ARGS) {
  kn_value mem = members(self);
  kn_value h = kn_hash_new();
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) {
    kn_value k = KN_ARY(mem)->ptr[i], v = kn_ivar_get(self, k);
    if (blk != KN_NIL) {
      kn_value pair = kn_yield(blk, 2, (kn_value[]){k, v});
      kn_value p = kn_to_ary(pair);
      if (KN_ARY(p)->len != 2) kn_raise_fmt(kn_eArgumentError, "element has wrong array length (expected 2, was %ld)", (long)KN_ARY(p)->len);
      kn_hash_aset(h, KN_ARY(p)->ptr[0], KN_ARY(p)->ptr[1]);
    } else {
      kn_hash_aset(h, k, v);
    }
  }
  return h;
}

/* #<struct Name a=1, b=2>; an anonymous class's name is left out, except in the
 * #<struct #<Class:0x...>:...> that stands for a struct inside itself. */
static kn_value st_inspect(ARGS) {
  kn_value mem = members(self);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, "#<struct ");
  kn_value klass = kn_real_class(self);
  bool named = KN_CLASS(klass)->name != NULL;
  if (!kn_recursion_enter(self)) {
    kn_buf_addv(&b, kn_obj_to_s(klass));
    kn_buf_adds(&b, ":...>");
    return kn_buf_to_str(&b);
  }
  if (named) kn_buf_adds(&b, KN_CLASS(klass)->name);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) {
    kn_buf_adds(&b, i ? ", " : named ? " " : "");
    kn_value m = KN_ARY(mem)->ptr[i];
    kn_buf_printf(&b, "%s=", kn_sym_name(m));
    kn_buf_addv(&b, kn_inspect(kn_ivar_get(self, m)));
  }
  kn_recursion_leave(self);
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

static kn_value st_eq(ARGS) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (kn_real_class(o) != kn_real_class(self)) return KN_FALSE;
  kn_value mem = members(self);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++)
    if (!kn_equal(kn_ivar_get(self, KN_ARY(mem)->ptr[i]), kn_ivar_get(o, KN_ARY(mem)->ptr[i]))) return KN_FALSE;
  return KN_TRUE;
}

static kn_value st_eql(ARGS) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (kn_real_class(o) != kn_real_class(self)) return KN_FALSE;
  kn_value mem = members(self);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++)
    if (!kn_eql(kn_ivar_get(self, KN_ARY(mem)->ptr[i]), kn_ivar_get(o, KN_ARY(mem)->ptr[i]))) return KN_FALSE;
  return KN_TRUE;
}

static kn_value st_hash(ARGS) {
  uint64_t h = (uint64_t)(uintptr_t)kn_real_class_of(self);
  kn_value mem = members(self);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) h = kn_hash_mix(h, kn_hash_of(kn_ivar_get(self, KN_ARY(mem)->ptr[i])));
  return KN_INT2FIX((int64_t)(h >> 2));
}

/* The position of the member an index, Symbol or String names, or -1 (rb_struct_pos). */
static int64_t member_pos(kn_value mem, kn_value key) {
  int64_t n = KN_ARY(mem)->len;
  if (KN_SYMBOL_P(key) || KN_TYPE_P(key, KN_T_STRING)) {
    kn_value sym = KN_SYMBOL_P(key) ? key : kn_str_to_sym(key);
    for (int64_t i = 0; i < n; i++)
      if (KN_ARY(mem)->ptr[i] == sym) return i;
    return -1;
  }
  int64_t i = kn_num2long(key);
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

/* The member an index, Symbol or String names; raises as ruby does. */
static kn_value member_for(kn_value self, kn_value key) {
  kn_value mem = members(self);
  int64_t pos = member_pos(mem, key), n = KN_ARY(mem)->len;
  if (pos >= 0) return KN_ARY(mem)->ptr[pos];
  if (KN_SYMBOL_P(key)) kn_name_error(key, "no member '%s' in struct", kn_sym_name(key));
  if (KN_TYPE_P(key, KN_T_STRING)) kn_name_error(kn_str_to_sym(key), "no member '%s' in struct", KN_STR(key)->ptr);
  int64_t i = kn_num2long(key);
  if (i < 0) kn_raise_fmt(kn_eIndexError, "offset %ld too small for struct(size:%ld)", (long)i, (long)n);
  kn_raise_fmt(kn_eIndexError, "offset %ld too large for struct(size:%ld)", (long)i, (long)n);
}

static kn_value st_aref(ARGS) { return kn_ivar_get(self, member_for(self, argv[0])); }
static kn_value st_aset(ARGS) { return kn_ivar_set(self, member_for(self, argv[0]), argv[1]); }

static kn_value st_each(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each", 0, NULL);
  kn_value mem = members(self);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) kn_yield1(blk, kn_ivar_get(self, KN_ARY(mem)->ptr[i]));
  return self;
}

static kn_value st_each_pair(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_pair", 0, NULL);
  kn_value mem = members(self);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) {
    kn_value pair[2] = {KN_ARY(mem)->ptr[i], kn_ivar_get(self, KN_ARY(mem)->ptr[i])};
    kn_yield1(blk, kn_ary_new_from(2, pair));
  }
  return self;
}

static kn_value st_size(ARGS) { return KN_INT2FIX(KN_ARY(members(self))->len); }

static kn_value st_dig(ARGS) {
  kn_value v = st_aref(self, 1, argv, KN_NIL);
  if (argc == 1 || v == KN_NIL) return v;
  return kn_send(v, kn_intern("dig"), argc - 1, argv + 1, KN_NIL);
}

static kn_value entry_at(kn_value self, int64_t i) { return kn_ivar_get(self, member_for(self, KN_INT2FIX(i))); }
static kn_value st_values_at(ARGS) { return kn_values_at(self, KN_ARY(members(self))->len, argc, argv, entry_at); }

/* For `in {x:, y:}`: the named members in order, stopping at the first that is not one;
 * nil asks for all of them. */
static kn_value st_deconstruct_keys(ARGS) {
  kn_value keys = argv[0];
  if (keys == KN_NIL) return st_to_h(self, 0, NULL, KN_NIL);
  if (!KN_TYPE_P(keys, KN_T_ARRAY))
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Array or nil)", kn_class_name(kn_real_class(keys)));
  kn_value mem = members(self), h = kn_hash_new();
  if (KN_ARY(keys)->len > KN_ARY(mem)->len) return h;
  for (int64_t i = 0; i < KN_ARY(keys)->len; i++) {
    kn_value key = KN_ARY(keys)->ptr[i];
    int64_t pos = member_pos(mem, key);
    if (pos < 0) break;
    kn_hash_aset(h, key, kn_ivar_get(self, KN_ARY(mem)->ptr[pos]));
  }
  return h;
}

static const kn_method_def struct_methods[] = {
    {"initialize", st_initialize, 0, -1},
    {"members", st_members, 0, 0},
    {"to_a", st_to_a, 0, 0},
    {"deconstruct", st_to_a, 0, 0},
    {"values", st_to_a, 0, 0},
    {"to_h", st_to_h, 0, 0},
    {"to_s", st_inspect, 0, 0},
    {"inspect", st_inspect, 0, 0},
    {"==", st_eq, 1, 1},
    {"eql?", st_eql, 1, 1},
    {"hash", st_hash, 0, 0},
    {"[]", st_aref, 1, 1},
    {"[]=", st_aset, 2, 2},
    {"each", st_each, 0, 0},
    {"each_pair", st_each_pair, 0, 0},
    {"size", st_size, 0, 0},
    {"length", st_size, 0, 0},
    {"dig", st_dig, 1, -1},
    {"values_at", st_values_at, 0, -1},
    {"deconstruct_keys", st_deconstruct_keys, 1, 1},
    {NULL, NULL, 0, 0}};

/* Point.keyword_init?: nil unless Struct.new was given keyword_init:, else true or false */
static kn_value st_s_keyword_init_p(ARGS) {
  kn_value k = kwinit_value(self);
  return k == KN_NIL ? KN_NIL : KN_BOOL(KN_TEST(k));
}

/* Struct.new(:a, :b, keyword_init: true) { methods } */
static kn_value st_s_new(ARGS) {
  if (self != kn_cStruct) return kn_class_new_instance(self, argc, argv, blk); /* a generated class's new */
  kn_value kwinit = KN_NIL;
  int n = argc;
  if (n > 0 && KN_TYPE_P(argv[n - 1], KN_T_HASH)) {
    kwinit = kn_hash_lookup(argv[n - 1], kn_intern("keyword_init"), KN_NIL);
    n--;
  }
  int first = 0;
  kn_value name = KN_NIL;
  if (n > 0 && KN_TYPE_P(argv[0], KN_T_STRING)) name = argv[0], first = 1;
  if (n - first == 0 && name == KN_NIL) kn_raise_argc(0, 1, -1);
  kn_value mem = kn_ary_new(n);
  for (int i = first; i < n; i++) {
    kn_value m = argv[i];
    if (KN_TYPE_P(m, KN_T_STRING)) m = kn_str_to_sym(m);
    if (!KN_SYMBOL_P(m)) {
      kn_value s = kn_inspect(m);
      kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(s)->ptr);
    }
    for (int64_t k = 0; k < KN_ARY(mem)->len; k++)
      if (KN_ARY(mem)->ptr[k] == m) kn_raise_fmt(kn_eArgumentError, "duplicate member: %s", kn_sym_name(m));
    kn_ary_push(mem, m);
  }
  kn_value c = kn_class_new(kn_cStruct);
  if (name != KN_NIL) kn_const_set(kn_cStruct, kn_intern(KN_STR(name)->ptr), c);
  kn_tbl_set(&KN_CLASS(c)->ivars, s_members_key, kn_obj_freeze(mem));
  kn_tbl_set(&KN_CLASS(c)->ivars, s_kwinit_key, kwinit);
  for (int64_t i = 0; i < KN_ARY(mem)->len; i++) {
    kn_value m = KN_ARY(mem)->ptr[i];
    kn_define_attr_ivar(c, m, m, true, true);
  }
  bool booting = kn_booting;
  kn_booting = true; /* these singleton methods are runtime C methods */
  kn_define_singleton_method(c, "new", st_s_new_instance, 0, -1);
  kn_define_singleton_method(c, "[]", st_s_new_instance, 0, -1);
  kn_define_singleton_method(c, "members", st_s_members, 0, 0);
  kn_define_singleton_method(c, "keyword_init?", st_s_keyword_init_p, 0, 0);
  kn_booting = booting;
  if (blk != KN_NIL) kn_proc_call(kn_proc_with_self(blk, c), 1, &c, KN_NIL);
  return c;
}

void kn_init_struct(void) {
  s_members_key = kn_intern("__members__");
  s_kwinit_key = kn_intern("__keyword_init__");
  kn_cStruct = kn_define_class(kn_cObject, "Struct", KN_NIL);
  kn_include_module(kn_cStruct, kn_mEnumerable);
  kn_define_methods(kn_cStruct, struct_methods);
  kn_define_singleton_method(kn_cStruct, "new", st_s_new, 0, -1);
}
