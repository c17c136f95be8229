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
int kn_str_cmp(kn_value a, kn_value b);                 /* -1 0 1 bytewise */
void kn_str_modify(kn_value str);                       /* FrozenError if frozen; clears the ASCII cache */
kn_value kn_str_to_sym(kn_value str);
const char *kn_str_cstr_of(kn_value str);               /* ptr, NUL-terminated */
kn_value kn_to_str(kn_value v);                         /* implicit conversion: TypeError "no implicit conversion of X into String" */
bool kn_str_ascii_p(kn_value str);                      /* all bytes < 0x80 (cached) */

const char *kn_conv_name(kn_value v);                   /* "nil"/"true"/"false" or the class name, for conversion errors */
/* TypeError "can't convert Foo to Array (Foo#to_ary gives Bar)": v's conversion method gave got. */
_Noreturn void kn_conversion_gave(kn_value v, const char *target, const char *meth, kn_value got);
kn_value kn_str_to_inum(kn_value str, int base, bool prefix_any); /* String#to_i */
double kn_str_to_dbl(kn_value str);                     /* String#to_f */
kn_value kn_str_succ(kn_value str);
kn_value kn_str_split_str(kn_value str, kn_value sep, int64_t limit);
/* String methods regexp.c falls back to for non-Regexp arguments. */
kn_value kn_str_aref(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_aref_fix(kn_value self, int64_t i); /* self[i]: one-byte pieces of ASCII Strings in place */
kn_value kn_str_aset(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_slice_bang(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_index(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_rindex(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_split(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_sub(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_gsub(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_sub_bang(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_gsub_bang(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_start_with_p(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_include_p(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_replace(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_partition(kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_str_rpartition(kn_value self, int argc, const kn_value *argv, kn_value blk);

/* ---- Array (array.c) ---- */
kn_value kn_ary_dup(kn_value ary);
kn_value kn_ary_join(kn_value ary, kn_value sep);
kn_value kn_ary_inspect(kn_value ary);
void kn_ary_modify(kn_value ary);                       /* FrozenError if frozen */
kn_value kn_to_ary(kn_value v);                         /* implicit conversion: TypeError "no implicit conversion of X into Array" */
kn_value kn_check_array(kn_value v);                    /* Array, or v.to_ary if defined, else KN_NIL */
int kn_sort_cmp(kn_value a, kn_value b);                /* <=> for sorting; ArgumentError "comparison of X with Y failed" */

kn_value kn_ary_aref1(kn_value ary, kn_value idx);      /* ary[idx] for any index kind */
kn_value kn_ary_store(kn_value ary, kn_value idx, kn_value v); /* ary[idx] = v */
uint64_t kn_ary_hash_value(kn_value ary);
int kn_cmpint(kn_value cmp_result, kn_value a, kn_value b); /* <=> result to -1/0/1; nil raises the comparison error */
/* Stable merge sort of n values (the order glibc's qsort_r, hence ruby, gives ties). */
void kn_msort(kn_value *base, int64_t n, int (*cmp)(kn_value a, kn_value b, void *ctx), void *ctx);
/* One probe of a bsearch block: 2 found (0), 1 look left (true, negative), 0 look right; true sets *satisfied. */
int kn_bsearch_check(kn_value v, bool *satisfied);
/* Shared bodies of Array and Enumerable methods over a C vector of values. */
kn_value kn_sort_by_values(int64_t n, const kn_value *src, kn_value blk);
kn_value kn_inject_values(int64_t n, const kn_value *src, int argc, const kn_value *argv, kn_value blk);
kn_value kn_sum_values(int64_t n, const kn_value *src, kn_value init, kn_value blk);
kn_value kn_minmax_values(int64_t n, const kn_value *src, int dir, int argc, const kn_value *argv, kn_value blk);
kn_value kn_minmax_by_values(int64_t n, const kn_value *src, int dir, int argc, const kn_value *argv, kn_value blk);

/* Recursion guard for inspect/join/==/hash of nested containers. */
bool kn_recursion_enter(kn_value obj);  /* false if obj is already being walked */
void kn_recursion_leave(kn_value obj);
/* fn(obj, arg) with obj marked as being walked; rec_value if it already was (mark removed on any exit). */
kn_value kn_exec_recursive(kn_value (*fn)(kn_value obj, void *arg), kn_value obj, void *arg, kn_value rec_value);

/* ---- Hash (hash.c) ---- */
kn_value kn_hash_lookup(kn_value h, kn_value k, kn_value dflt); /* no default/default proc: dflt when missing */
kn_value kn_hash_delete_key(kn_value h, kn_value k);            /* value, or KN_UNDEF when missing */
/* h.key?(k), h.fetch(k) for generated code: h's class is Hash itself (hash.c). */
bool kn_hash_has(kn_value h, kn_value k);
kn_value kn_hash_fetch1(kn_value h, kn_value k);
kn_value kn_hash_dup(kn_value h);
kn_value kn_hash_inspect(kn_value h);
kn_value kn_to_hash(kn_value v);                        /* implicit conversion: TypeError "no implicit conversion of X into Hash" */
kn_value kn_check_hash(kn_value v);                     /* Hash, or v.to_hash if defined, else KN_NIL */
/* Calls fn for each live entry in order; stops when fn returns false. */
void kn_hash_foreach(kn_value h, bool (*fn)(kn_value key, kn_value val, void *arg), void *arg);

/* ---- Range (range.c) ---- */
bool kn_range_excl_p(kn_value r);
/* Resolve r against a sequence of length len as CRuby's rb_range_beg_len: err 0 returns false when
 * out of range; err 1 raises RangeError only for a start before 0 (Array#[]= may extend); err 2
 * also raises for a start past len. */
bool kn_range_beg_len(kn_value r, int64_t len, int64_t *beg, int64_t *n, int err);
/* Float steps as CRuby counts them (ruby_float_step_size) and the i-th value, clamped to end. */
double kn_float_step_size(double beg, double end, double unit, bool excl);
double kn_float_step_at(double beg, double end, double unit, double i);

/* ---- Proc (proc.c) ---- */
/* A Proc whose body is C: fn gets the proc, reaches its state via KN_PROC(proc)->env. */
kn_value kn_proc_new_c(kn_block_fn fn, void *env, int arity);

/* ---- Enumerable and Enumerator (enum.c) ---- */
/* An Enumerator for recv.meth(*args) (what a blockless each/map/each_slice... returns). */
kn_value kn_enumerator_for(kn_value recv, const char *meth, int argc, const kn_value *argv);
/* The same with its class chosen: Enumerator or a subclass. */
kn_value kn_enumerator_new(kn_value klass, kn_value recv, const char *meth, int argc, const kn_value *argv);
kn_value kn_enumerator_receiver(kn_value e);
kn_value kn_enumerator_method(kn_value e);             /* a Symbol */
kn_value kn_enumerator_args(kn_value e);               /* an Array */

/* ---- Enumerator::ArithmeticSequence (arith_seq.c) ---- */
void kn_init_arith_seq(kn_value enumerator);
/* The ArithmeticSequence for Numeric#step or Range#step / Range#% over numbers, else nil:
 * kn_enumerator_for asks it, so a blockless step anywhere gets ruby's class. */
kn_value kn_arith_seq_for(kn_value recv, kn_value meth, int argc, const kn_value *argv);
/* An Enumerator over the elements of an already computed Array (chunk_while, slice_when). */
kn_value kn_enumerator_from_array(kn_value ary, const char *meth);
/* Calls recv.each with a C block: fn(arg, argc, argv) for each yield. */
kn_value kn_enum_each(kn_value recv, kn_value (*fn)(void *arg, int argc, const kn_value *argv), void *arg);
/* The one value a yield carries for Enumerable methods: argv[0], nil, or an Array of all. */
kn_value kn_enum_pack(int argc, const kn_value *argv);

#endif
