/* hash.c: Hash (insertion-ordered open-addressing table) and kn_hash_of, the key hash every table uses. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define HASH_METHOD(name) kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)
#define H(v) KN_HASH(v)

/* Below this many entries a lookup scans the entries; no index is kept. */
#define SMALL_HASH 8

static kn_value s_hash, s_default, s_to_hash, s_dig, s_call;

kn_value kn_ary_hash(kn_value self, int argc, const kn_value *argv, kn_value blk);
HASH_METHOD(kn_hash_hash_m);
HASH_METHOD(kn_hash_default_m);

/* ------------------------------------------------------------------------
 * Key hashing and equality
 * ------------------------------------------------------------------------ */

static inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ull;
  x ^= x >> 33;
  return x;
}

static uint64_t hash_hash_value(kn_value h);

uint64_t kn_hash_of(kn_value v) {
  if (KN_FIXNUM_P(v)) return mix64((uint64_t)v);
  if (KN_SYMBOL_P(v)) return mix64((uint64_t)v ^ 0x5359ull);
  if (KN_FLONUM_P(v) || KN_TYPE_P(v, KN_T_FLOAT)) {
    double d = kn_float_value(v);
    if (d == 0.0) d = 0.0; /* -0.0.eql?(0.0) */
    uint64_t bits;
    memcpy(&bits, &d, 8);
    return mix64(bits ^ 0xF10A7ull);
  }
  if (KN_SPECIAL_P(v)) return mix64((uint64_t)v + 0x77ull);
  switch (KN_HDR(v)->type) {
  case KN_T_STRING:
    return kn_hash_bytes(KN_STR(v)->ptr, (size_t)KN_STR(v)->len);
  case KN_T_ARRAY:
    if (kn_method_defined_by_runtime(v, s_hash, kn_ary_hash)) return kn_ary_hash_value(v);
    break;
  case KN_T_HASH:
    if (kn_method_defined_by_runtime(v, s_hash, kn_hash_hash_m)) return hash_hash_value(v);
    break;
  case KN_T_BIGNUM: {
    mpz_srcptr z = KN_BIG(v)->z;
    size_t n = mpz_size(z);
    uint64_t h = kn_hash_bytes(mpz_limbs_read(z), n * sizeof(mp_limb_t));
    return mpz_sgn(z) < 0 ? ~h : h;
  }
  default:
    break;
  }
  kn_value r = kn_send(v, s_hash, 0, NULL, KN_NIL);
  if (KN_FIXNUM_P(r)) return mix64((uint64_t)r);
  if (KN_BIGNUM_P(r)) return kn_hash_of(r);
  kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Integer", kn_conv_name(r));
}

/* Fixnums and Symbols are eql? only to themselves (Integer#eql? and Symbol
 * equality are not redefinable in kiln), so looking one up needs no call:
 * its hash is computed here and a match is the identical word. */
static inline bool immediate_key(kn_value k) { return KN_FIXNUM_P(k) || KN_SYMBOL_P(k); }

static inline uint64_t key_hash(kn_hash *h, kn_value k) {
  if (h->identity || KN_FIXNUM_P(k)) return mix64((uint64_t)k);
  if (KN_SYMBOL_P(k)) return mix64((uint64_t)k ^ 0x5359ull);
  return kn_hash_of(k);
}

/* eql? of a stored key and a looked-up one whose hashes match and which are not the same word. */
static bool key_eql(kn_value stored, kn_value k) {
  if (KN_TYPE_P(stored, KN_T_STRING)) return KN_TYPE_P(k, KN_T_STRING) && kn_str_equal(stored, k);
  return kn_eql(stored, k);
}

/* ------------------------------------------------------------------------
 * Table
 * ------------------------------------------------------------------------ */

static kn_hash *hash_alloc(kn_value klass) {
  kn_hash *h = kn_alloc(sizeof *h);
  h->h.klass = (kn_class *)klass;
  h->h.type = KN_T_HASH;
  h->ifnone = KN_NIL;
  h->default_proc = KN_NIL;
  return h;
}

static kn_value hash_allocate(kn_class *klass) { return (kn_value)hash_alloc((kn_value)klass); }

kn_value kn_hash_new(void) { return (kn_value)hash_alloc(kn_cHash); }

static void index_insert(kn_hash *h, uint64_t hv, int32_t e) {
  uint32_t i = (uint32_t)hv & h->index_mask;
  while (h->index[i] >= 0) i = (i + 1) & h->index_mask;
  h->index[i] = e;
}

/* Compact away deleted entries and resize to hold at least need entries. */
static void hash_rebuild(kn_hash *h, int64_t need) {
  int64_t capa = h->ents_capa ? h->ents_capa : 4;
  while (capa < need) capa *= 2;
  kn_hash_entry *ents = h->ents;
  if (capa != h->ents_capa || h->size != h->ents_len) {
    ents = kn_alloc(sizeof(kn_hash_entry) * (size_t)capa);
    int64_t j = 0;
    for (int64_t i = 0; i < h->ents_len; i++)
      if (h->ents[i].key != KN_UNDEF) ents[j++] = h->ents[i];
    h->ents = ents;
    h->ents_len = j;
    h->ents_capa = capa;
  }
  if (capa <= SMALL_HASH) {
    h->index = NULL;
    h->index_mask = 0;
    return;
  }
  uint32_t isz = 16;
  while (isz < (uint64_t)capa * 2) isz *= 2;
  h->index = kn_alloc_atomic(sizeof(int32_t) * isz);
  memset(h->index, 0xFF, sizeof(int32_t) * isz);
  h->index_mask = isz - 1;
  for (int64_t i = 0; i < h->ents_len; i++) index_insert(h, h->ents[i].hash, (int32_t)i);
}

/* Entry number of k when entries match by identity (an immediate key or compare_by_identity), or -1. */
static int64_t find_same(const kn_hash *h, kn_value k, uint64_t hv) {
  if (!h->index) {
    for (int64_t i = 0; i < h->ents_len; i++)
      if (h->ents[i].key == k) return i;
    return -1;
  }
  for (uint32_t i = (uint32_t)hv & h->index_mask;; i = (i + 1) & h->index_mask) {
    int32_t x = h->index[i];
    if (x == -1) return -1;
    if (x >= 0 && h->ents[x].key == k) return x;
  }
}

/* Entry number of k compared by eql?, or -1.  eql? may run user code that
 * mutates the table, so each probe re-reads the entries. */
static int64_t find_eql(kn_hash *h, kn_value k, uint64_t hv) {
  if (!h->index) {
    for (int64_t i = 0; i < h->ents_len; i++) {
      kn_hash_entry *e = &h->ents[i];
      if (e->hash == hv && e->key != KN_UNDEF && (e->key == k || key_eql(e->key, k))) return i;
    }
    return -1;
  }
  for (uint32_t i = (uint32_t)hv & h->index_mask;; i = (i + 1) & h->index_mask) {
    int32_t x = h->index[i];
    if (x == -1) return -1;
    if (x < 0) continue;
    kn_hash_entry *e = &h->ents[x];
    if (e->hash == hv && e->key != KN_UNDEF && (e->key == k || key_eql(e->key, k))) return x;
  }
}

static inline int64_t hash_find(kn_hash *h, kn_value k, uint64_t hv) {
  if (h->identity || immediate_key(k)) return find_same(h, k, hv);
  return find_eql(h, k, hv);
}

static void hash_check_frozen(kn_value self) {
  if (KN_HDR(self)->flags & KN_FL_FROZEN) kn_frozen_error(self);
}

/* Append a key known to be missing; a String key is copied and frozen. */
KN_SLOW_PATH static void hash_add(kn_hash *h, kn_value k, kn_value v, uint64_t hv) {
  if (h->iter_lev > 0) kn_raise_fmt(kn_eRuntimeError, "can't add a new key into hash during iteration");
  if (!h->identity && KN_TYPE_P(k, KN_T_STRING) && !KN_FROZEN_P(k) && kn_real_class(k) == kn_cString) {
    k = kn_str_dup(k);
    KN_HDR(k)->flags |= KN_FL_FROZEN;
  }
  if (h->ents_len == h->ents_capa) hash_rebuild(h, h->size * 2 > h->ents_len ? h->ents_capa * 2 : h->ents_capa);
  if (h->ents_len == h->ents_capa) hash_rebuild(h, h->ents_capa + 1);
  int64_t e = h->ents_len++;
  h->ents[e].key = k;
  h->ents[e].val = v;
  h->ents[e].hash = hv;
  h->size++;
  if (h->index) index_insert(h, hv, (int32_t)e);
}

/* The entry the last successful Hash#[] found, so that the store of
 * `h[k] += 1` (or `h[k] = (h[k] || 0) + 1`) finds it without hashing k
 * again. The memo is only a hint, checked against the table itself: the
 * entry must still be in use and hold k (the same word, or, for a String
 * key, equal bytes: the stored key is a frozen copy). At most one live
 * entry is eql? to k, so such an entry is the one a full lookup would find,
 * whatever ran in between. The Hash's address is kept disguised so the
 * memo does not keep it alive; a new Hash at the same address is checked
 * the same way. */
static uintptr_t hit_hash;
static int64_t hit_entry;

static inline void note_hit(kn_hash *h, int64_t i) {
  hit_hash = ~(uintptr_t)h;
  hit_entry = i;
}

/* The memo's entry when it holds k itself (calls nothing), else -1. */
static inline int64_t memo_same(kn_hash *h, kn_value k) {
  if (hit_hash != ~(uintptr_t)h || hit_entry >= h->ents_len) return -1;
  return h->ents[hit_entry].key == k ? hit_entry : -1;
}

static inline int64_t memo_find(kn_hash *h, kn_value k) {
  int64_t i = memo_same(h, k);
  if (i >= 0 || hit_hash != ~(uintptr_t)h || hit_entry >= h->ents_len) return i;
  kn_value stored = h->ents[hit_entry].key;
  if (h->identity || !KN_TYPE_P(k, KN_T_STRING) || !KN_TYPE_P(stored, KN_T_STRING)) return -1;
  return kn_str_equal(stored, k) ? hit_entry : -1;
}

/* Store without the frozen check (and without the memo: its callers store many keys). */
static void hash_store(kn_value self, kn_value k, kn_value v) {
  kn_hash *h = H(self);
  uint64_t hv = key_hash(h, k);
  int64_t i = hash_find(h, k, hv);
  if (i >= 0) h->ents[i].val = v;
  else hash_add(h, k, v, hv);
}

/* Not the memo's own key: the memo by String bytes, else a lookup (out of
 * line, so that the memo's path saves no registers). */
KN_SLOW_PATH static void store_lookup(kn_value self, kn_value k, kn_value v) {
  kn_hash *h = H(self);
  int64_t i = memo_find(h, k);
  if (i >= 0) h->ents[i].val = v;
  else hash_store(self, k, v);
}

kn_value kn_hash_aset(kn_value self, kn_value k, kn_value v) {
  hash_check_frozen(self);
  kn_hash *h = H(self);
  int64_t i = memo_same(h, k);
  if (i >= 0) h->ents[i].val = v;
  else store_lookup(self, k, v);
  return v;
}

kn_value kn_hash_lookup(kn_value self, kn_value k, kn_value dflt) {
  kn_hash *h = H(self);
  if (h->size == 0) return dflt;
  int64_t i = hash_find(h, k, key_hash(h, k));
  if (i < 0) return dflt;
  note_hit(h, i);
  return h->ents[i].val;
}

static kn_value hash_default_for(kn_value self, kn_value k) {
  kn_hash *h = H(self);
  if (h->default_proc != KN_NIL) {
    kn_value args[2] = {self, k};
    return kn_proc_call(h->default_proc, 2, args, KN_NIL);
  }
  return h->ifnone;
}

/* Hash#[] for a missing key: the default value, proc, or a subclass's own `default`. */
KN_SLOW_PATH static kn_value hash_missing(kn_value self, kn_value k) {
  if (kn_real_class(self) != kn_cHash && !kn_method_defined_by_runtime(self, s_default, kn_hash_default_m))
    return kn_send(self, s_default, 1, &k, KN_NIL);
  return hash_default_for(self, k);
}

kn_value kn_hash_aref(kn_value self, kn_value k) {
  kn_hash *h = H(self);
  if (h->size) {
    int64_t i = hash_find(h, k, key_hash(h, k));
    if (i >= 0) {
      note_hit(h, i);
      return h->ents[i].val;
    }
  }
  return hash_missing(self, k);
}

kn_value kn_hash_delete_key(kn_value self, kn_value k) {
  kn_hash *h = H(self);
  if (h->size == 0) return KN_UNDEF;
  uint64_t hv = key_hash(h, k);
  int64_t i = hash_find(h, k, hv);
  if (i < 0) return KN_UNDEF;
  kn_value v = h->ents[i].val;
  h->ents[i].key = KN_UNDEF;
  h->ents[i].val = KN_NIL;
  h->size--;
  if (h->index) {
    uint32_t s = (uint32_t)hv & h->index_mask;
    while (h->index[s] != (int32_t)i) s = (s + 1) & h->index_mask;
    h->index[s] = -2;
  }
  /* trailing deletions shrink the used area so push/pop-like use stays compact */
  while (h->ents_len > 0 && h->ents[h->ents_len - 1].key == KN_UNDEF && h->iter_lev == 0 && !h->index) h->ents_len--;
  if (h->size == 0 && h->iter_lev == 0) {
    h->ents_len = 0;
    if (h->index) memset(h->index, 0xFF, sizeof(int32_t) * (h->index_mask + 1));
  }
  return v;
}

int64_t kn_hash_size(kn_value self) { return H(self)->size; }

/* Iterate live entries; iter_lev blocks new keys and is restored on any exit. */
typedef bool (*entry_fn)(kn_value self, kn_value k, kn_value v, void *arg);

static void hash_iterate(kn_value self, entry_fn fn, void *arg) {
  kn_hash *h = H(self);
  h->iter_lev++;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    for (int64_t i = 0; i < h->ents_len; i++) {
      kn_hash_entry *e = &h->ents[i];
      if (e->key == KN_UNDEF) continue;
      if (!fn(self, e->key, e->val, arg)) break;
    }
    KN_UNPROTECT(j);
  } else {
    h->iter_lev--;
    kn_rethrow(&j);
  }
  h->iter_lev--;
}

typedef struct foreach_arg {
  bool (*fn)(kn_value key, kn_value val, void *arg);
  void *arg;
} foreach_arg;

static bool foreach_tramp(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  foreach_arg *f = arg;
  return f->fn(k, v, f->arg);
}

void kn_hash_foreach(kn_value h, bool (*fn)(kn_value key, kn_value val, void *arg), void *arg) {
  foreach_arg f = {fn, arg};
  hash_iterate(h, foreach_tramp, &f);
}

kn_value kn_hash_dup(kn_value self) {
  kn_hash *s = H(self), *h = hash_alloc(kn_cHash);
  h->identity = s->identity;
  h->ifnone = s->ifnone;
  h->default_proc = s->default_proc;
  if (s->size) {
    hash_rebuild(h, s->size);
    for (int64_t i = 0; i < s->ents_len; i++) {
      kn_hash_entry *e = &s->ents[i];
      if (e->key == KN_UNDEF) continue;
      h->ents[h->ents_len] = *e;
      if (h->index) index_insert(h, e->hash, (int32_t)h->ents_len);
      h->ents_len++;
    }
    h->size = h->ents_len;
  }
  return (kn_value)h;
}

static kn_value pair(kn_value k, kn_value v) {
  kn_value p[2] = {k, v};
  return kn_ary_new_from(2, p);
}

/* Yield a key/value pair: two values to a block that takes several parameters (no Array built),
 * one [k, v] Array otherwise, so |k, v| and |pair| both work. */
static inline kn_value yield_pair(kn_value blk, kn_value k, kn_value v) {
  kn_proc *p = KN_PROC(blk);
  if (!(p->h.flags & KN_FL_LAMBDA) && (p->arity > 1 || p->arity < -1)) {
    kn_value args[2] = {k, v};
    return kn_yield(blk, 2, args);
  }
  return kn_yield1(blk, pair(k, v));
}

/* ------------------------------------------------------------------------
 * Construction, defaults
 * ------------------------------------------------------------------------ */

HASH_METHOD(kn_hash_initialize) {
  hash_check_frozen(self);
  if (blk != KN_NIL) {
    if (argc > 0) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %d, expected 0)", argc);
    H(self)->default_proc = blk;
  } else if (argc > 0) {
    H(self)->ifnone = argv[0];
  }
  return self;
}

static HASH_METHOD(hash_s_aref) {
  kn_value h = (kn_value)hash_alloc(self);
  if (argc == 1) {
    if (KN_TYPE_P(argv[0], KN_T_HASH)) {
      kn_hash *s = H(argv[0]);
      for (int64_t i = 0; i < s->ents_len; i++)
        if (s->ents[i].key != KN_UNDEF) hash_store(h, s->ents[i].key, s->ents[i].val);
      return h;
    }
    kn_value a = kn_check_array(argv[0]);
    if (a != KN_NIL) {
      for (int64_t i = 0; i < KN_ARY(a)->len; i++) {
        kn_value p = kn_check_array(KN_ARY(a)->ptr[i]);
        if (p == KN_NIL)
          kn_raise_fmt(kn_eArgumentError, "wrong element type %s at %lld (expected array)",
                       kn_class_name(kn_real_class(KN_ARY(a)->ptr[i])), (long long)i);
        int64_t n = KN_ARY(p)->len;
        if (n < 1 || n > 2) kn_raise_fmt(kn_eArgumentError, "invalid number of elements (%lld for 1..2)", (long long)n);
        hash_store(h, KN_ARY(p)->ptr[0], n > 1 ? KN_ARY(p)->ptr[1] : KN_NIL);
      }
      return h;
    }
  }
  if (argc % 2) kn_raise_fmt(kn_eArgumentError, "odd number of arguments for Hash");
  for (int i = 0; i < argc; i += 2) hash_store(h, argv[i], argv[i + 1]);
  return h;
}

HASH_METHOD(kn_hash_default_m) {
  if (argc > 0 && H(self)->default_proc != KN_NIL) return hash_default_for(self, argv[0]);
  return H(self)->default_proc != KN_NIL ? KN_NIL : H(self)->ifnone;
}

HASH_METHOD(kn_hash_set_default) {
  hash_check_frozen(self);
  H(self)->ifnone = argv[0];
  H(self)->default_proc = KN_NIL;
  return argv[0];
}

HASH_METHOD(kn_hash_default_proc) { return H(self)->default_proc; }

HASH_METHOD(kn_hash_set_default_proc) {
  hash_check_frozen(self);
  kn_value p = argv[0];
  if (p != KN_NIL && !KN_TYPE_P(p, KN_T_PROC))
    kn_raise_fmt(kn_eTypeError, "wrong default_proc type %s (expected Proc)", kn_class_name(kn_real_class(p)));
  H(self)->default_proc = p;
  if (p != KN_NIL) H(self)->ifnone = KN_NIL;
  return p;
}

HASH_METHOD(kn_hash_compare_by_identity) {
  hash_check_frozen(self);
  kn_hash *h = H(self);
  if (h->identity) return self;
  h->identity = true;
  /* rehash under identity */
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) h->ents[i].hash = mix64((uint64_t)h->ents[i].key);
  hash_rebuild(h, h->size);
  return self;
}

HASH_METHOD(kn_hash_compare_by_identity_p) { return KN_BOOL(H(self)->identity); }

/* ------------------------------------------------------------------------
 * Access
 * ------------------------------------------------------------------------ */

HASH_METHOD(kn_hash_aref_m) { return kn_hash_aref(self, argv[0]); }
HASH_METHOD(kn_hash_aset_m) { return kn_hash_aset(self, argv[0], argv[1]); }

HASH_METHOD(kn_hash_fetch) {
  kn_value v = kn_hash_lookup(self, argv[0], KN_UNDEF);
  if (v != KN_UNDEF) return v;
  if (blk != KN_NIL) return kn_yield1(blk, argv[0]);
  if (argc > 1) return argv[1];
  kn_value msg = kn_str_plus(kn_str_cstr("key not found: "), kn_inspect(argv[0]));
  kn_raise(kn_key_error_new(msg, self, argv[0]));
}

/* ------------------------------------------------------------------------
 * Hash#key? and fetch for generated code (stage1/prims.rb), on a receiver
 * whose class was checked to be Hash itself. CRuby shows these methods in
 * backtraces ("in `fetch'"; not `[]` and `[]=`, which its VM runs without
 * a frame); the frame is pushed only around what may run Ruby code or
 * raise: a key other than a fixnum, Symbol or String (its #hash and
 * #eql?), a missing key for fetch. A plain key's lookup calls nothing.
 * ------------------------------------------------------------------------ */

static inline bool plain_key(kn_value k) { return immediate_key(k) || KN_TYPE_P(k, KN_T_STRING); }

/* The method's frame at its caller's position, as kn_invoke pushes for C methods. */
#define CALLER_FRAME(f, name)                                                                 \
  kn_frame f;                                                                                 \
  do {                                                                                        \
    kn_frame *cur_ = kn_current_frame;                                                        \
    KN_FRAME_PUSH(f, name, cur_ ? cur_->info->file : NULL, cur_ ? cur_->line : 0);            \
  } while (0)

KN_SLOW_PATH static bool has_framed(kn_value self, kn_value k) {
  CALLER_FRAME(f, "key?");
  bool r = kn_hash_lookup(self, k, KN_UNDEF) != KN_UNDEF;
  KN_FRAME_POP(f);
  return r;
}

bool kn_hash_has(kn_value self, kn_value k) {
  if (KN_LIKELY(plain_key(k))) return kn_hash_lookup(self, k, KN_UNDEF) != KN_UNDEF;
  return has_framed(self, k);
}

KN_SLOW_PATH static kn_value fetch_framed(kn_value self, kn_value k) {
  CALLER_FRAME(f, "fetch");
  kn_value v = kn_hash_fetch(self, 1, &k, KN_NIL);
  KN_FRAME_POP(f);
  return v;
}

kn_value kn_hash_fetch1(kn_value self, kn_value k) {
  if (KN_LIKELY(plain_key(k))) {
    kn_value v = kn_hash_lookup(self, k, KN_UNDEF);
    if (v != KN_UNDEF) return v;
  }
  return fetch_framed(self, k);
}

HASH_METHOD(kn_hash_fetch_values) {
  kn_value r = kn_ary_new(argc);
  for (int i = 0; i < argc; i++) kn_ary_push(r, kn_hash_fetch(self, 1, &argv[i], blk));
  return r;
}

HASH_METHOD(kn_hash_values_at) {
  kn_value r = kn_ary_new(argc);
  for (int i = 0; i < argc; i++) kn_ary_push(r, kn_hash_aref(self, argv[i]));
  return r;
}

HASH_METHOD(kn_hash_dig) {
  kn_value v = kn_hash_aref(self, argv[0]);
  if (argc == 1 || v == KN_NIL) return v;
  if (!kn_respond_to(v, s_dig, true))
    kn_raise_fmt(kn_eTypeError, "%s does not have #dig method", kn_class_name(kn_real_class(v)));
  return kn_send(v, s_dig, argc - 1, argv + 1, KN_NIL);
}

HASH_METHOD(kn_hash_key_p) { return KN_BOOL(kn_hash_lookup(self, argv[0], KN_UNDEF) != KN_UNDEF); }

HASH_METHOD(kn_hash_value_p) {
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF && kn_equal(h->ents[i].val, argv[0])) return KN_TRUE;
  return KN_FALSE;
}

HASH_METHOD(kn_hash_key) {
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF && kn_equal(h->ents[i].val, argv[0])) return h->ents[i].key;
  return KN_NIL;
}

HASH_METHOD(kn_hash_keys) {
  kn_hash *h = H(self);
  kn_value r = kn_ary_new(h->size);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) kn_ary_push(r, h->ents[i].key);
  return r;
}

HASH_METHOD(kn_hash_values) {
  kn_hash *h = H(self);
  kn_value r = kn_ary_new(h->size);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) kn_ary_push(r, h->ents[i].val);
  return r;
}

HASH_METHOD(kn_hash_to_a) {
  kn_hash *h = H(self);
  kn_value r = kn_ary_new(h->size);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) kn_ary_push(r, pair(h->ents[i].key, h->ents[i].val));
  return r;
}

HASH_METHOD(kn_hash_size_m) { return KN_INT2FIX(H(self)->size); }
HASH_METHOD(kn_hash_empty_p) { return KN_BOOL(H(self)->size == 0); }

HASH_METHOD(kn_hash_first) {
  kn_hash *h = H(self);
  if (argc == 0) {
    for (int64_t i = 0; i < h->ents_len; i++)
      if (h->ents[i].key != KN_UNDEF) return pair(h->ents[i].key, h->ents[i].val);
    return KN_NIL;
  }
  int64_t n = kn_num2long(argv[0]);
  if (n < 0) kn_raise_fmt(kn_eArgumentError, "attempt to take negative size");
  kn_value r = kn_ary_new(0);
  for (int64_t i = 0; i < h->ents_len && KN_ARY(r)->len < n; i++)
    if (h->ents[i].key != KN_UNDEF) kn_ary_push(r, pair(h->ents[i].key, h->ents[i].val));
  return r;
}

/* ------------------------------------------------------------------------
 * Removal
 * ------------------------------------------------------------------------ */

HASH_METHOD(kn_hash_delete) {
  hash_check_frozen(self);
  kn_value v = kn_hash_delete_key(self, argv[0]);
  if (v != KN_UNDEF) return v;
  return blk != KN_NIL ? kn_yield1(blk, argv[0]) : KN_NIL;
}

HASH_METHOD(kn_hash_shift) {
  hash_check_frozen(self);
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) {
      kn_value k = h->ents[i].key, v = h->ents[i].val;
      kn_hash_delete_key(self, k);
      return pair(k, v);
    }
  return KN_NIL;
}

HASH_METHOD(kn_hash_clear) {
  hash_check_frozen(self);
  kn_hash *h = H(self);
  if (h->iter_lev > 0) {
    for (int64_t i = 0; i < h->ents_len; i++) h->ents[i].key = KN_UNDEF;
    if (h->index) memset(h->index, 0xFF, sizeof(int32_t) * (h->index_mask + 1));
  } else {
    h->ents = NULL;
    h->ents_capa = h->ents_len = 0;
    h->index = NULL;
    h->index_mask = 0;
  }
  h->size = 0;
  return self;
}

HASH_METHOD(kn_hash_replace) {
  hash_check_frozen(self);
  kn_value o = kn_to_hash(argv[0]);
  if (o == self) return self;
  kn_value c = kn_hash_dup(o);
  kn_hash *h = H(self), *s = H(c);
  h->ents = s->ents;
  h->ents_len = s->ents_len;
  h->ents_capa = s->ents_capa;
  h->index = s->index;
  h->index_mask = s->index_mask;
  h->size = s->size;
  h->identity = s->identity;
  h->ifnone = H(o)->ifnone;
  h->default_proc = H(o)->default_proc;
  return self;
}

/* delete_if/reject!/select!/keep_if: remove entries whose block result's truth equals drop_when */
static bool hash_filter_bang(kn_value self, kn_value blk, bool drop_when) {
  hash_check_frozen(self);
  kn_hash *h = H(self);
  bool changed = false;
  h->iter_lev++;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    for (int64_t i = 0; i < h->ents_len; i++) {
      kn_hash_entry *e = &h->ents[i];
      if (e->key == KN_UNDEF) continue;
      kn_value k = e->key;
      if (KN_TEST(yield_pair(blk, k, e->val)) == drop_when) {
        h->iter_lev--;
        kn_hash_delete_key(self, k);
        h->iter_lev++;
        changed = true;
      }
    }
    KN_UNPROTECT(j);
  } else {
    h->iter_lev--;
    kn_rethrow(&j);
  }
  h->iter_lev--;
  return changed;
}

HASH_METHOD(kn_hash_delete_if) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "delete_if", argc, argv);
  hash_filter_bang(self, blk, true);
  return self;
}
HASH_METHOD(kn_hash_reject_bang) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "reject!", argc, argv);
  return hash_filter_bang(self, blk, true) ? self : KN_NIL;
}
HASH_METHOD(kn_hash_select_bang) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "select!", argc, argv);
  return hash_filter_bang(self, blk, false) ? self : KN_NIL;
}
HASH_METHOD(kn_hash_keep_if) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "keep_if", argc, argv);
  hash_filter_bang(self, blk, false);
  return self;
}

typedef struct filter_arg {
  kn_value out, blk;
  bool keep;
} filter_arg;

static bool filter_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  filter_arg *f = arg;
  if (KN_TEST(yield_pair(f->blk, k, v)) == f->keep) hash_store(f->out, k, v);
  return true;
}

HASH_METHOD(kn_hash_select) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "select", argc, argv);
  filter_arg f = {kn_hash_new(), blk, true};
  hash_iterate(self, filter_i, &f);
  return f.out;
}

HASH_METHOD(kn_hash_reject) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "reject", argc, argv);
  filter_arg f = {kn_hash_new(), blk, false};
  hash_iterate(self, filter_i, &f);
  return f.out;
}

HASH_METHOD(kn_hash_compact) {
  kn_hash *h = H(self);
  kn_value r = kn_hash_new();
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF && h->ents[i].val != KN_NIL) hash_store(r, h->ents[i].key, h->ents[i].val);
  return r;
}

HASH_METHOD(kn_hash_compact_bang) {
  hash_check_frozen(self);
  kn_hash *h = H(self);
  bool changed = false;
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF && h->ents[i].val == KN_NIL) {
      kn_hash_delete_key(self, h->ents[i].key);
      changed = true;
    }
  return changed ? self : KN_NIL;
}

HASH_METHOD(kn_hash_slice) {
  kn_value r = kn_hash_new();
  for (int i = 0; i < argc; i++) {
    kn_value v = kn_hash_lookup(self, argv[i], KN_UNDEF);
    if (v != KN_UNDEF) hash_store(r, argv[i], v);
  }
  return r;
}

HASH_METHOD(kn_hash_except) {
  kn_value r = kn_hash_dup(self);
  KN_HASH(r)->ifnone = KN_NIL;
  KN_HASH(r)->default_proc = KN_NIL;
  for (int i = 0; i < argc; i++) kn_hash_delete_key(r, argv[i]);
  return r;
}

/* ------------------------------------------------------------------------
 * Iteration
 * ------------------------------------------------------------------------ */

static bool each_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  yield_pair(*(kn_value *)arg, k, v);
  return true;
}

HASH_METHOD(kn_hash_each) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each", argc, argv);
  hash_iterate(self, each_i, &blk);
  return self;
}

static bool each_key_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  (void)v;
  kn_yield1(*(kn_value *)arg, k);
  return true;
}
static bool each_value_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  (void)k;
  kn_yield1(*(kn_value *)arg, v);
  return true;
}

HASH_METHOD(kn_hash_each_key) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_key", argc, argv);
  hash_iterate(self, each_key_i, &blk);
  return self;
}

HASH_METHOD(kn_hash_each_value) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_value", argc, argv);
  hash_iterate(self, each_value_i, &blk);
  return self;
}

typedef struct map_arg {
  kn_value out, blk;
} map_arg;

static bool map_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  map_arg *m = arg;
  kn_ary_push(m->out, yield_pair(m->blk, k, v));
  return true;
}

HASH_METHOD(kn_hash_map) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "map", argc, argv);
  map_arg m = {kn_ary_new(H(self)->size), blk};
  hash_iterate(self, map_i, &m);
  return m.out;
}

static bool count_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  map_arg *m = arg;
  if (KN_TEST(yield_pair(m->blk, k, v))) m->out += 2; /* out holds a fixnum counter */
  return true;
}

HASH_METHOD(kn_hash_count) {
  if (argc == 0 && blk == KN_NIL) return KN_INT2FIX(H(self)->size);
  if (argc > 0) {
    kn_value a = kn_hash_to_a(self, 0, NULL, KN_NIL);
    return kn_send(a, kn_intern("count"), argc, argv, KN_NIL);
  }
  map_arg m = {KN_INT2FIX(0), blk};
  hash_iterate(self, count_i, &m);
  return m.out;
}

typedef struct any_arg {
  kn_value blk;
  bool want, found;
} any_arg;

static bool any_i(kn_value self, kn_value k, kn_value v, void *arg) {
  (void)self;
  any_arg *a = arg;
  if (KN_TEST(yield_pair(a->blk, k, v)) == a->want) {
    a->found = true;
    return false;
  }
  return true;
}

HASH_METHOD(kn_hash_any_p) {
  if (argc > 0 || blk == KN_NIL) {
    if (argc == 0) return KN_BOOL(H(self)->size > 0);
    return kn_send(kn_hash_to_a(self, 0, NULL, KN_NIL), kn_intern("any?"), argc, argv, blk);
  }
  any_arg a = {blk, true, false};
  hash_iterate(self, any_i, &a);
  return KN_BOOL(a.found);
}

HASH_METHOD(kn_hash_all_p) {
  if (argc > 0 || blk == KN_NIL) return kn_send(kn_hash_to_a(self, 0, NULL, KN_NIL), kn_intern("all?"), argc, argv, blk);
  any_arg a = {blk, false, false};
  hash_iterate(self, any_i, &a);
  return KN_BOOL(!a.found);
}

HASH_METHOD(kn_hash_to_h) {
  if (blk == KN_NIL) {
    if (kn_real_class(self) == kn_cHash) return self;
    kn_value r = kn_hash_dup(self);
    return r;
  }
  kn_hash *h = H(self);
  kn_value r = kn_hash_new();
  for (int64_t i = 0; i < h->ents_len; i++) {
    if (h->ents[i].key == KN_UNDEF) continue;
    kn_value p = yield_pair(blk, h->ents[i].key, h->ents[i].val);
    kn_value a = kn_check_array(p);
    if (a == KN_NIL)
      kn_raise_fmt(kn_eTypeError, "wrong element type %s (expected array)", kn_class_name(kn_real_class(p)));
    if (KN_ARY(a)->len != 2)
      kn_raise_fmt(kn_eArgumentError, "element has wrong array length (expected 2, was %lld)", (long long)KN_ARY(a)->len);
    hash_store(r, KN_ARY(a)->ptr[0], KN_ARY(a)->ptr[1]);
  }
  return r;
}

HASH_METHOD(kn_hash_to_hash) { return self; }

/* CRuby's rb_check_hash_type: v itself, v.to_hash when v defines it, else nil. */
kn_value kn_check_hash(kn_value v) {
  if (KN_TYPE_P(v, KN_T_HASH)) return v;
  if (KN_SPECIAL_P(v) || !kn_respond_to(v, s_to_hash, true)) return KN_NIL;
  kn_value r = kn_send(v, s_to_hash, 0, NULL, KN_NIL);
  if (r != KN_NIL && !KN_TYPE_P(r, KN_T_HASH))
    kn_conversion_gave(v, "Hash", "to_hash", r);
  return r;
}

kn_value kn_to_hash(kn_value v) {
  kn_value r = kn_check_hash(v);
  if (r == KN_NIL) kn_raise_fmt(kn_eTypeError, "no implicit conversion of %s into Hash", kn_conv_name(v));
  return r;
}

/* ------------------------------------------------------------------------
 * Combining and transforming
 * ------------------------------------------------------------------------ */

static void merge_into(kn_value dst, kn_value src, kn_value blk) {
  kn_hash *s = H(kn_to_hash(src));
  for (int64_t i = 0; i < s->ents_len; i++) {
    kn_hash_entry *e = &s->ents[i];
    if (e->key == KN_UNDEF) continue;
    kn_value k = e->key, v = e->val;
    if (blk != KN_NIL) {
      kn_value old = kn_hash_lookup(dst, k, KN_UNDEF);
      if (old != KN_UNDEF) {
        kn_value args[3] = {k, old, v};
        v = kn_yield(blk, 3, args);
      }
    }
    hash_store(dst, k, v);
  }
}

HASH_METHOD(kn_hash_merge) {
  kn_value r = kn_hash_dup(self);
  KN_HDR(r)->klass = (kn_class *)kn_real_class(self);
  for (int i = 0; i < argc; i++) merge_into(r, argv[i], blk);
  return r;
}

HASH_METHOD(kn_hash_update) {
  hash_check_frozen(self);
  for (int i = 0; i < argc; i++) merge_into(self, argv[i], blk);
  return self;
}

HASH_METHOD(kn_hash_transform_values) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "transform_values", argc, argv);
  kn_hash *h = H(self);
  kn_value r = kn_hash_new();
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) {
      kn_value k = h->ents[i].key;
      hash_store(r, k, kn_yield1(blk, h->ents[i].val));
    }
  return r;
}

HASH_METHOD(kn_hash_transform_values_bang) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "transform_values!", argc, argv);
  hash_check_frozen(self);
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) {
      kn_value v = kn_yield1(blk, h->ents[i].val);
      if (i < h->ents_len && h->ents[i].key != KN_UNDEF) h->ents[i].val = v;
    }
  return self;
}

HASH_METHOD(kn_hash_transform_keys) {
  kn_hash *h = H(self);
  kn_value map = argc > 0 ? argv[0] : KN_NIL;
  if (map == KN_NIL && blk == KN_NIL) return kn_enumerator_for(self, "transform_keys", argc, argv);
  kn_value r = kn_hash_new();
  for (int64_t i = 0; i < h->ents_len; i++) {
    if (h->ents[i].key == KN_UNDEF) continue;
    kn_value k = h->ents[i].key, v = h->ents[i].val, nk = KN_UNDEF;
    if (map != KN_NIL) nk = kn_hash_lookup(map, k, KN_UNDEF);
    if (nk == KN_UNDEF) nk = blk != KN_NIL ? kn_yield1(blk, k) : k;
    hash_store(r, nk, v);
  }
  return r;
}

HASH_METHOD(kn_hash_transform_keys_bang) {
  hash_check_frozen(self);
  kn_value r = kn_hash_transform_keys(self, argc, argv, blk);
  if (!KN_TYPE_P(r, KN_T_HASH)) return r;
  kn_value a = r;
  return kn_hash_replace(self, 1, &a, KN_NIL), self;
}

HASH_METHOD(kn_hash_invert) {
  kn_hash *h = H(self);
  kn_value r = kn_hash_new();
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF) hash_store(r, h->ents[i].val, h->ents[i].key);
  return r;
}

HASH_METHOD(kn_hash_assoc) {
  kn_value v = kn_hash_lookup(self, argv[0], KN_UNDEF);
  if (v == KN_UNDEF) return KN_NIL;
  /* the stored key, not the argument */
  kn_hash *h = H(self);
  int64_t i = hash_find(h, argv[0], key_hash(h, argv[0]));
  return pair(h->ents[i].key, v);
}

HASH_METHOD(kn_hash_rassoc) {
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++)
    if (h->ents[i].key != KN_UNDEF && kn_equal(h->ents[i].val, argv[0])) return pair(h->ents[i].key, h->ents[i].val);
  return KN_NIL;
}

HASH_METHOD(kn_hash_sum_m);

/* ------------------------------------------------------------------------
 * Equality, hashing, inspect
 * ------------------------------------------------------------------------ */

typedef struct heq_arg {
  kn_value other;
  bool eql;
} heq_arg;

static kn_value hash_eq_body(kn_value self, void *arg) {
  heq_arg *a = arg;
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++) {
    if (h->ents[i].key == KN_UNDEF) continue;
    kn_value ov = kn_hash_lookup(a->other, h->ents[i].key, KN_UNDEF);
    if (ov == KN_UNDEF) return KN_FALSE;
    if (a->eql ? !kn_eql(h->ents[i].val, ov) : !kn_equal(h->ents[i].val, ov)) return KN_FALSE;
  }
  return KN_TRUE;
}

static kn_value hash_equal(kn_value self, kn_value o, bool eql) {
  if (self == o) return KN_TRUE;
  if (!KN_TYPE_P(o, KN_T_HASH)) {
    if (!eql && !KN_SPECIAL_P(o) && kn_respond_to(o, s_to_hash, false)) return KN_BOOL(kn_equal(o, self));
    return KN_FALSE;
  }
  if (H(self)->size != H(o)->size) return KN_FALSE;
  heq_arg a = {o, eql};
  return kn_exec_recursive(hash_eq_body, self, &a, KN_TRUE);
}

HASH_METHOD(kn_hash_eq) { return hash_equal(self, argv[0], false); }
HASH_METHOD(kn_hash_eql) { return hash_equal(self, argv[0], true); }

/* Whether every pair of sub is in sup with an == value: the body of Hash#<= and friends. */
static bool hash_subset_p(kn_value sub, kn_value sup) {
  if (H(sub)->size > H(sup)->size) return false;
  heq_arg a = {sup, false};
  return kn_exec_recursive(hash_eq_body, sub, &a, KN_TRUE) == KN_TRUE;
}

HASH_METHOD(kn_hash_le) { return KN_BOOL(hash_subset_p(self, kn_to_hash(argv[0]))); }
HASH_METHOD(kn_hash_ge) { return KN_BOOL(hash_subset_p(kn_to_hash(argv[0]), self)); }

HASH_METHOD(kn_hash_lt) {
  kn_value o = kn_to_hash(argv[0]);
  return KN_BOOL(H(self)->size < H(o)->size && hash_subset_p(self, o));
}

HASH_METHOD(kn_hash_gt) {
  kn_value o = kn_to_hash(argv[0]);
  return KN_BOOL(H(o)->size < H(self)->size && hash_subset_p(o, self));
}

static kn_value hash_hash_body(kn_value self, void *arg) {
  uint64_t *acc = arg;
  kn_hash *h = H(self);
  for (int64_t i = 0; i < h->ents_len; i++) {
    if (h->ents[i].key == KN_UNDEF) continue;
    /* order-independent: sum of per-entry hashes */
    *acc += kn_hash_mix(h->ents[i].hash, kn_hash_of(h->ents[i].val));
  }
  return KN_TRUE;
}

static uint64_t hash_hash_value(kn_value self) {
  uint64_t acc = 0x4A5Eull + (uint64_t)H(self)->size;
  kn_exec_recursive(hash_hash_body, self, &acc, KN_FALSE);
  return mix64(acc);
}

HASH_METHOD(kn_hash_hash_m) { return KN_INT2FIX((int64_t)(hash_hash_value(self) >> 2)); }

static kn_value hash_inspect_body(kn_value self, void *arg) {
  (void)arg;
  kn_hash *h = H(self);
  kn_value buf = kn_str_buf_new(h->size * 8 + 2);
  kn_str_cat(buf, "{", 1);
  bool first = true;
  for (int64_t i = 0; i < h->ents_len; i++) {
    if (h->ents[i].key == KN_UNDEF) continue;
    if (!first) kn_str_cat(buf, ", ", 2);
    first = false;
    kn_value v = h->ents[i].val;
    kn_value ks = kn_inspect(h->ents[i].key);
    kn_str_cat(buf, KN_STR(ks)->ptr, KN_STR(ks)->len);
    kn_str_cat(buf, "=>", 2);
    kn_value vs = kn_inspect(v);
    kn_str_cat(buf, KN_STR(vs)->ptr, KN_STR(vs)->len);
  }
  kn_str_cat(buf, "}", 1);
  return buf;
}

kn_value kn_hash_inspect(kn_value self) {
  if (H(self)->size == 0) return kn_str_new("{}", 2);
  kn_value r = kn_exec_recursive(hash_inspect_body, self, NULL, KN_UNDEF);
  return r == KN_UNDEF ? kn_str_new("{...}", 5) : r;
}

HASH_METHOD(kn_hash_inspect_m) { return kn_hash_inspect(self); }

HASH_METHOD(kn_hash_dup_m) {
  kn_value r = kn_hash_dup(self);
  KN_HDR(r)->klass = (kn_class *)kn_real_class(self);
  return r;
}

HASH_METHOD(kn_hash_clone) {
  kn_value r = kn_hash_dup_m(self, 0, NULL, KN_NIL);
  bool freeze = true;
  if (argc == 1 && KN_TYPE_P(argv[0], KN_T_HASH) && kn_hash_lookup(argv[0], kn_intern("freeze"), KN_UNDEF) == KN_FALSE)
    freeze = false;
  if (freeze) KN_HDR(r)->flags |= KN_HDR(self)->flags & KN_FL_FROZEN;
  return r;
}

HASH_METHOD(kn_hash_include_p) { return kn_hash_key_p(self, argc, argv, blk); }

HASH_METHOD(kn_hash_sort) {
  kn_value a = kn_hash_to_a(self, 0, NULL, KN_NIL);
  return kn_send(a, kn_intern("sort!"), 0, NULL, blk);
}

HASH_METHOD(kn_hash_sum_m) {
  kn_value a = kn_hash_to_a(self, 0, NULL, KN_NIL);
  kn_value init = argc ? argv[0] : KN_INT2FIX(0);
  return kn_sum_values(KN_ARY(a)->len, KN_ARY(a)->ptr, init, blk);
}

/* Hash#to_proc: a lambda taking one key and answering self[key] (defaults included). */
static kn_value hash_proc_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  if (argc != 1) kn_raise_argc(argc, 1, 1);
  return kn_hash_aref((kn_value)KN_PROC(proc)->env, argv[0]);
}

HASH_METHOD(kn_hash_to_proc_m) { return kn_proc_new(hash_proc_fn, KN_NIL, (void *)self, 1, true); }

/* Hash#rehash: hash every key again (keys mutated since they were stored); keys that now
 * collide keep the first key and the last value, as in ruby. */
HASH_METHOD(kn_hash_rehash) {
  kn_hash *h = H(self);
  if (h->iter_lev > 0) kn_raise_fmt(kn_eRuntimeError, "rehash during iteration");
  hash_check_frozen(self);
  kn_hash_entry *old = h->ents;
  int64_t n = h->ents_len;
  h->ents = NULL;
  h->index = NULL;
  h->ents_len = h->ents_capa = h->size = 0;
  h->index_mask = 0;
  for (int64_t i = 0; i < n; i++)
    if (old[i].key != KN_UNDEF) hash_store(self, old[i].key, old[i].val);
  return self;
}

/* ------------------------------------------------------------------------
 * Registration
 * ------------------------------------------------------------------------ */

void kn_init_hash(void) {
  s_hash = kn_intern("hash");
  s_default = kn_intern("default");
  s_to_hash = kn_intern("to_hash");
  s_dig = kn_intern("dig");
  s_call = kn_intern("call");

  kn_value c = kn_cHash;
  KN_CLASS(c)->alloc = hash_allocate;
  kn_include_module(c, kn_mEnumerable);
  static const kn_method_def singleton[] = {{"[]", hash_s_aref, 0, -1}, {NULL, NULL, 0, 0}};
  kn_define_singleton_methods(c, singleton);
  static const kn_method_def defs[] = {
      {"initialize", kn_hash_initialize, 0, 1},
      {"[]", kn_hash_aref_m, 1, 1},
      {"[]=", kn_hash_aset_m, 2, 2},
      {"store", kn_hash_aset_m, 2, 2},
      {"fetch", kn_hash_fetch, 1, 2},
      {"fetch_values", kn_hash_fetch_values, 0, -1},
      {"values_at", kn_hash_values_at, 0, -1},
      {"dig", kn_hash_dig, 1, -1},
      {"key?", kn_hash_key_p, 1, 1},
      {"has_key?", kn_hash_key_p, 1, 1},
      {"include?", kn_hash_include_p, 1, 1},
      {"member?", kn_hash_key_p, 1, 1},
      {"value?", kn_hash_value_p, 1, 1},
      {"has_value?", kn_hash_value_p, 1, 1},
      {"key", kn_hash_key, 1, 1},
      {"keys", kn_hash_keys, 0, 0},
      {"values", kn_hash_values, 0, 0},
      {"to_a", kn_hash_to_a, 0, 0},
      {"entries", kn_hash_to_a, 0, 0},
      {"size", kn_hash_size_m, 0, 0},
      {"length", kn_hash_size_m, 0, 0},
      {"count", kn_hash_count, 0, 1},
      {"empty?", kn_hash_empty_p, 0, 0},
      {"first", kn_hash_first, 0, 1},
      {"delete", kn_hash_delete, 1, 1},
      {"shift", kn_hash_shift, 0, 0},
      {"clear", kn_hash_clear, 0, 0},
      {"replace", kn_hash_replace, 1, 1},
      {"delete_if", kn_hash_delete_if, 0, 0},
      {"reject!", kn_hash_reject_bang, 0, 0},
      {"select!", kn_hash_select_bang, 0, 0},
      {"filter!", kn_hash_select_bang, 0, 0},
      {"keep_if", kn_hash_keep_if, 0, 0},
      {"select", kn_hash_select, 0, 0},
      {"filter", kn_hash_select, 0, 0},
      {"reject", kn_hash_reject, 0, 0},
      {"compact", kn_hash_compact, 0, 0},
      {"compact!", kn_hash_compact_bang, 0, 0},
      {"slice", kn_hash_slice, 0, -1},
      {"except", kn_hash_except, 0, -1},
      {"each", kn_hash_each, 0, 0},
      {"each_pair", kn_hash_each, 0, 0},
      {"each_key", kn_hash_each_key, 0, 0},
      {"each_value", kn_hash_each_value, 0, 0},
      {"map", kn_hash_map, 0, 0},
      {"collect", kn_hash_map, 0, 0},
      {"any?", kn_hash_any_p, 0, 1},
      {"all?", kn_hash_all_p, 0, 1},
      {"to_h", kn_hash_to_h, 0, 0},
      {"to_hash", kn_hash_to_hash, 0, 0},
      {"merge", kn_hash_merge, 0, -1},
      {"merge!", kn_hash_update, 0, -1},
      {"update", kn_hash_update, 0, -1},
      {"transform_values", kn_hash_transform_values, 0, 0},
      {"transform_values!", kn_hash_transform_values_bang, 0, 0},
      {"transform_keys", kn_hash_transform_keys, 0, 1},
      {"transform_keys!", kn_hash_transform_keys_bang, 0, 1},
      {"invert", kn_hash_invert, 0, 0},
      {"assoc", kn_hash_assoc, 1, 1},
      {"rassoc", kn_hash_rassoc, 1, 1},
      {"sort", kn_hash_sort, 0, 0},
      {"sum", kn_hash_sum_m, 0, 1},
      {"==", kn_hash_eq, 1, 1},
      {"eql?", kn_hash_eql, 1, 1},
      {"<=", kn_hash_le, 1, 1},
      {"<", kn_hash_lt, 1, 1},
      {">=", kn_hash_ge, 1, 1},
      {">", kn_hash_gt, 1, 1},
      {"hash", kn_hash_hash_m, 0, 0},
      {"inspect", kn_hash_inspect_m, 0, 0},
      {"to_s", kn_hash_inspect_m, 0, 0},
      {"dup", kn_hash_dup_m, 0, 0},
      {"clone", kn_hash_clone, 0, 1},
      {"default", kn_hash_default_m, 0, 1},
      {"default=", kn_hash_set_default, 1, 1},
      {"default_proc", kn_hash_default_proc, 0, 0},
      {"default_proc=", kn_hash_set_default_proc, 1, 1},
      {"compare_by_identity", kn_hash_compare_by_identity, 0, 0},
      {"rehash", kn_hash_rehash, 0, 0},
      {"to_proc", kn_hash_to_proc_m, 0, 0},
      {"compare_by_identity?", kn_hash_compare_by_identity_p, 0, 0},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs);
}
