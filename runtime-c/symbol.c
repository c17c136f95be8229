/* symbol.c: the symbol intern table (dense ids in interning order) and symbol-keyed tables. */
#include "internal.h"

/* Interned names: ids index `names`; an open-addressing index finds ids by name. */
static const char **names;
static uint32_t *name_lens;
static uint32_t nnames, names_capa;
static int32_t *index_;
static uint32_t index_mask;

static uint64_t hash_name(const char *p, size_t n) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a: deterministic, no seed */
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
  return h;
}

static void index_rebuild(uint32_t size) {
  index_ = kn_alloc_atomic(size * sizeof(int32_t));
  memset(index_, 0xff, size * sizeof(int32_t));
  index_mask = size - 1;
  for (uint32_t id = 0; id < nnames; id++) {
    uint32_t i = (uint32_t)hash_name(names[id], name_lens[id]) & index_mask;
    while (index_[i] >= 0) i = (i + 1) & index_mask;
    index_[i] = (int32_t)id;
  }
}

kn_value kn_intern_len(const char *name, size_t len) {
  if (!index_) index_rebuild(1024);
  uint32_t i = (uint32_t)hash_name(name, len) & index_mask;
  for (; index_[i] >= 0; i = (i + 1) & index_mask) {
    uint32_t id = (uint32_t)index_[i];
    if (name_lens[id] == len && memcmp(names[id], name, len) == 0) return KN_ID2SYM(id);
  }
  if (nnames == names_capa) {
    names_capa = names_capa ? names_capa * 2 : 512;
    names = kn_realloc(names, names_capa * sizeof(char *));
    name_lens = kn_realloc(name_lens, names_capa * sizeof(uint32_t));
  }
  char *copy = kn_alloc_atomic(len + 1);
  memcpy(copy, name, len);
  copy[len] = 0;
  uint32_t id = nnames++;
  names[id] = copy;
  name_lens[id] = (uint32_t)len;
  index_[i] = (int32_t)id;
  if (nnames * 2 > index_mask) index_rebuild((index_mask + 1) * 2);
  return KN_ID2SYM(id);
}

kn_value kn_intern(const char *name) { return kn_intern_len(name, strlen(name)); }

const char *kn_sym_name(kn_value sym) {
  KN_ASSERT(KN_SYMBOL_P(sym) && KN_SYM2ID(sym) < nnames, "kn_sym_name of a non-symbol");
  return names[KN_SYM2ID(sym)];
}

uint32_t kn_sym_count(void) { return nnames; }

/* ---- Symbol-keyed tables ---- */

static uint32_t tbl_slot(const kn_symtbl *t, kn_value key) {
  return (uint32_t)(KN_SYM2ID(key) * 2654435761u) & t->mask;
}

static void tbl_reindex(kn_symtbl *t, uint32_t size) {
  t->index = kn_alloc_atomic(size * sizeof(int32_t));
  memset(t->index, 0xff, size * sizeof(int32_t));
  t->mask = size - 1;
  for (uint32_t e = 0; e < t->len; e++) {
    uint32_t i = tbl_slot(t, t->ents[e].key);
    while (t->index[i] >= 0) i = (i + 1) & t->mask;
    t->index[i] = (int32_t)e;
  }
}

kn_value *kn_tbl_ref(const kn_symtbl *t, kn_value key) {
  if (t->len <= 8) { /* small tables: a linear scan beats hashing */
    for (uint32_t e = 0; e < t->len; e++)
      if (t->ents[e].key == key) return t->ents[e].val == KN_UNDEF ? NULL : &t->ents[e].val;
    return NULL;
  }
  for (uint32_t i = tbl_slot(t, key); t->index[i] >= 0; i = (i + 1) & t->mask) {
    kn_tbl_ent *ent = &t->ents[t->index[i]];
    if (ent->key == key) return ent->val == KN_UNDEF ? NULL : &ent->val;
  }
  return NULL;
}

kn_value kn_tbl_get(const kn_symtbl *t, kn_value key) {
  kn_value *r = kn_tbl_ref(t, key);
  return r ? *r : KN_UNDEF;
}

void kn_tbl_set(kn_symtbl *t, kn_value key, kn_value val) {
  KN_ASSERT(KN_SYMBOL_P(key), "table keys are symbols");
  /* A deleted entry is revived in place, keeping its position. */
  for (uint32_t e = 0; t->len <= 8 && e < t->len; e++)
    if (t->ents[e].key == key) { t->ents[e].val = val; return; }
  if (t->len > 8) {
    for (uint32_t i = tbl_slot(t, key); t->index[i] >= 0; i = (i + 1) & t->mask)
      if (t->ents[t->index[i]].key == key) { t->ents[t->index[i]].val = val; return; }
  }
  if (t->len == t->capa) {
    t->capa = t->capa ? t->capa * 2 : 4;
    t->ents = kn_realloc(t->ents, t->capa * sizeof(kn_tbl_ent));
  }
  t->ents[t->len].key = key;
  t->ents[t->len].val = val;
  t->len++;
  if (t->len > 8) {
    if (t->len * 2 > t->mask) tbl_reindex(t, t->mask ? (t->mask + 1) * 2 : 32);
    else {
      uint32_t i = tbl_slot(t, key);
      while (t->index[i] >= 0) i = (i + 1) & t->mask;
      t->index[i] = (int32_t)(t->len - 1);
    }
  }
}

bool kn_tbl_delete(kn_symtbl *t, kn_value key) {
  kn_value *r = kn_tbl_ref(t, key);
  if (!r) return false;
  *r = KN_UNDEF;
  return true;
}

/* Symbols the runtime uses often, interned in a fixed order at boot. */
kn_value kn_s_initialize, kn_s_method_missing, kn_s_respond_to_missing, kn_s_to_s, kn_s_inspect,
    kn_s_eq, kn_s_cmp, kn_s_hash, kn_s_eql, kn_s_call, kn_s_each, kn_s_coerce, kn_s_to_str,
    kn_s_to_ary, kn_s_to_a, kn_s_to_proc, kn_s_message, kn_s_new, kn_s_not, kn_s_neq, kn_s_to_i,
    kn_s_to_f, kn_s_to_int, kn_s_exception, kn_s_backtrace, kn_s_inherited, kn_s_included,
    kn_s_extended, kn_s_initialize_copy, kn_s_respond_to, kn_s_aref, kn_s_aset, kn_s_lshift;

void kn_init_symbols(void) {
  kn_s_initialize = kn_intern("initialize");
  kn_s_method_missing = kn_intern("method_missing");
  kn_s_respond_to_missing = kn_intern("respond_to_missing?");
  kn_s_to_s = kn_intern("to_s");
  kn_s_inspect = kn_intern("inspect");
  kn_s_eq = kn_intern("==");
  kn_s_cmp = kn_intern("<=>");
  kn_s_hash = kn_intern("hash");
  kn_s_eql = kn_intern("eql?");
  kn_s_call = kn_intern("call");
  kn_s_each = kn_intern("each");
  kn_s_coerce = kn_intern("coerce");
  kn_s_to_str = kn_intern("to_str");
  kn_s_to_ary = kn_intern("to_ary");
  kn_s_to_a = kn_intern("to_a");
  kn_s_to_proc = kn_intern("to_proc");
  kn_s_message = kn_intern("message");
  kn_s_new = kn_intern("new");
  kn_s_not = kn_intern("!");
  kn_s_neq = kn_intern("!=");
  kn_s_to_i = kn_intern("to_i");
  kn_s_to_f = kn_intern("to_f");
  kn_s_to_int = kn_intern("to_int");
  kn_s_exception = kn_intern("exception");
  kn_s_backtrace = kn_intern("backtrace");
  kn_s_inherited = kn_intern("inherited");
  kn_s_included = kn_intern("included");
  kn_s_extended = kn_intern("extended");
  kn_s_initialize_copy = kn_intern("initialize_copy");
  kn_s_respond_to = kn_intern("respond_to?");
  kn_s_aref = kn_intern("[]");
  kn_s_aset = kn_intern("[]=");
  kn_s_lshift = kn_intern("<<");
}
