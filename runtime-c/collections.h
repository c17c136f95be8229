/* collections.h: String, Array, Hash, Range, Proc and Enumerable internals shared with the rest of the runtime. */
#ifndef KILN_COLLECTIONS_H
#define KILN_COLLECTIONS_H

#include "kiln.h"

/* ---- Hash layout (hash.c) ----
 * Insertion-ordered: entries live in an array in insertion order; an
 * open-addressing index of entry numbers points into it.  A deleted entry
 * keeps its slot with key == KN_UNDEF until the next rebuild compacts it. */
typedef struct kn_hash_entry {
  kn_value key;
  kn_value val;
  uint64_t hash;
} kn_hash_entry;

typedef struct kn_hash {
  kn_header h;
  int64_t size;          /* live entries */
  int64_t ents_len;      /* entries used, including deleted ones */
  int64_t ents_capa;
  kn_hash_entry *ents;
  int32_t *index;        /* -1 empty, -2 deleted, else entry number; NULL while small */
  uint32_t index_mask;   /* index capacity - 1 */
  uint32_t iter_lev;     /* > 0 while an each is running: adding a key raises */
  kn_value ifnone;       /* default value */
  kn_value default_proc; /* KN_NIL or a Proc */
  bool identity;         /* compare_by_identity */
} kn_hash;

#define KN_HASH(v) ((kn_hash *)(v))

/* Initialization: init.c calls these once the core classes exist. */
void kn_init_string(void);
void kn_init_symbol(void);
void kn_init_array(void);
void kn_init_hash(void);
void kn_init_range(void);
void kn_init_proc(void);
void kn_init_enum(void);

/* The hash Hash uses for keys (consistent with kn_eql). */
uint64_t kn_hash_of(kn_value v);
uint64_t kn_hash_bytes(const void *p, size_t n);
uint64_t kn_hash_mix(uint64_t h, uint64_t v);

/* ---- String (string.c) ---- */
kn_value kn_str_buf_new(int64_t capa);                  /* empty String with room for capa bytes */
kn_value kn_str_cat(kn_value str, const char *p, int64_t n); /* append bytes (checks frozen) */
kn_value kn_str_cat_cstr(kn_value str, const char *s);
kn_value kn_str_dup(kn_value str);
kn_value kn_str_inspect(kn_value str);                  /* "..." with Ruby's escapes */
kn_value kn_sym_inspect(kn_value sym);                  /* :foo, :"foo bar" */
kn_value kn_sym_to_s(kn_value sym);
bool kn_str_equal(kn_value a, kn_value b);              /* byte equality of two Strings */
int kn_str_cmp(kn_value a, kn_value b);                 /* -1 0 1 bytewise */
void kn_str_modify(kn_value str);                       /* FrozenError if frozen; clears the ASCII cache */
kn_value kn_str_to_sym(kn_value str);
const char *kn_str_cstr_of(kn_value str);               /* ptr, NUL-terminated */
kn_value kn_to_str(kn_value v);                         /* implicit conversion: TypeError "no implicit conversion of X into String" */
bool kn_str_ascii_p(kn_value str);                      /* all bytes < 0x80 (cached) */

/* ---- Array (array.c) ---- */
kn_value kn_ary_dup(kn_value ary);
kn_value kn_ary_pop(kn_value ary);
kn_value kn_ary_join(kn_value ary, kn_value sep);
kn_value kn_ary_inspect(kn_value ary);
void kn_ary_modify(kn_value ary);                       /* FrozenError if frozen */
kn_value kn_to_ary(kn_value v);                         /* implicit conversion: TypeError "no implicit conversion of X into Array" */
kn_value kn_check_array(kn_value v);                    /* Array, or v.to_ary if defined, else KN_NIL */
int kn_sort_cmp(kn_value a, kn_value b);                /* <=> for sorting; ArgumentError "comparison of X with Y failed" */

/* Recursion guard for inspect/join/==/hash of nested containers. */
bool kn_recursion_enter(kn_value obj);  /* false if obj is already being walked */
void kn_recursion_leave(kn_value obj);

/* ---- Hash (hash.c) ---- */
kn_value kn_hash_lookup(kn_value h, kn_value k, kn_value dflt); /* no default/default proc: dflt when missing */
kn_value kn_hash_delete_key(kn_value h, kn_value k);            /* value, or KN_UNDEF when missing */
int64_t kn_hash_size(kn_value h);
kn_value kn_hash_dup(kn_value h);
kn_value kn_hash_inspect(kn_value h);
/* Calls fn for each live entry in order; stops when fn returns false. */
void kn_hash_foreach(kn_value h, bool (*fn)(kn_value key, kn_value val, void *arg), void *arg);

/* ---- Range (range.c) ---- */
bool kn_range_excl_p(kn_value r);
/* Resolve r against a sequence of length len as [] does: false if out of range. */
bool kn_range_beg_len(kn_value r, int64_t len, int64_t *beg, int64_t *n, bool err);

/* ---- Proc (proc.c) ---- */
/* A Proc whose body is C: fn gets the proc, reaches its state via KN_PROC(proc)->env. */
kn_value kn_proc_new_c(kn_block_fn fn, void *env, int arity);
kn_value kn_method_to_proc(kn_value method);

/* ---- Enumerable (enum.c) ---- */
/* Calls recv.each with a C block: fn(arg, argc, argv) for each yield. */
kn_value kn_enum_each(kn_value recv, kn_value (*fn)(void *arg, int argc, const kn_value *argv), void *arg);
/* The one value a yield carries for Enumerable methods: argv[0], nil, or an Array of all. */
kn_value kn_enum_pack(int argc, const kn_value *argv);

#endif
