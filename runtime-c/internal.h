/* internal.h: declarations shared by the runtime's C files (never by generated code). */
#ifndef KILN_INTERNAL_H
#define KILN_INTERNAL_H

#include "kiln.h"
#include <gmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Slow paths kept out of line so the fast path around them saves no registers. */
#define KN_SLOW_PATH __attribute__((noinline))

/* ---- Internal header flags (kiln.h owns bits 0..7) ---- */
enum {
  KN_FL_ICLASS = 1u << 8,  /* classes: a proxy standing for an included module */
  KN_FL_BOOTED = 1u << 9   /* classes: defined by the runtime itself */
};

/* ---- Method flags (kn_method.flags) ---- */
enum {
  KN_METHOD_CFUNC = 1u << 0, /* runtime C method: gets its own backtrace frame, as CRuby's cfuncs */
  KN_METHOD_UNDEF = 1u << 1  /* undef_method: lookup stops here and misses */
};

/* Module#private with no arguments etc. set this default for later defs. */
enum { KN_MODULE_FUNCTION = 3 };

/* ---- Symbol-keyed tables (symbol.c) ----
 * Entries stay in insertion order (deterministic listings); a small
 * open-addressing index maps symbol ids to entry numbers.  Deleting marks
 * the entry's value KN_UNDEF. */
typedef struct kn_tbl_ent {
  kn_value key;
  kn_value val;
} kn_tbl_ent;

typedef struct kn_symtbl {
  uint32_t len, capa;     /* entries used / allocated */
  kn_tbl_ent *ents;
  uint32_t mask;          /* index size - 1, 0 while there is no index */
  int32_t *index;         /* -1 empty, else entry number */
} kn_symtbl;

kn_value *kn_tbl_ref(const kn_symtbl *t, kn_value key);  /* slot of a live entry or NULL */
kn_value kn_tbl_get(const kn_symtbl *t, kn_value key);   /* value or KN_UNDEF */
void kn_tbl_set(kn_symtbl *t, kn_value key, kn_value val);
bool kn_tbl_delete(kn_symtbl *t, kn_value key);
uint32_t kn_sym_count(void);

/* ---- Classes (class.c) ---- */
struct kn_class {
  kn_header h;             /* h.klass: the metaclass (classes) or Module */
  kn_class *super;         /* next in method resolution order: include proxies appear here */
  kn_symtbl *mtbl;         /* methods; an include proxy shares its module's table */
  kn_symtbl consts;
  kn_symtbl cvars;
  kn_symtbl ivar_index;    /* instance-variable name -> slot index, for instances */
  kn_symtbl ivars;         /* the class object's own instance variables */
  kn_class *module;        /* include proxy: the module it stands for; else itself */
  kn_value attached;       /* singleton class: the object it belongs to */
  const char *name;        /* "A::B"; NULL while anonymous */
  kn_value (*alloc)(kn_class *klass); /* Class#allocate; inherited by subclasses */
  uint8_t default_vis;     /* visibility the next def in a class body gets */
  uint32_t serial;         /* creation order, for anonymous names */
};

#define KN_CLASS(v) ((kn_class *)(v))
#define KN_CVAL(c) ((kn_value)(c))

extern uint64_t kn_method_serial;  /* bumped on every change that can alter a lookup */

kn_class *kn_boot_class(kn_class *super, const char *name, uint32_t instance_type);
kn_value kn_class_new(kn_value super);               /* Class.new(super): anonymous */
kn_value kn_module_new(void);
kn_class *kn_real_class_of(kn_value v);              /* class_of minus singletons and proxies */
const char *kn_class_name(kn_value klass);           /* "Foo", "#<Class:Foo>", "#<Class:0x...>" */
kn_value kn_class_path(kn_value klass);              /* name as a String */
bool kn_class_inherits(kn_class *c, kn_class *ancestor); /* c <= ancestor */
kn_value kn_method_body_proc(const kn_method *m); /* define_method's Proc, or 0 */
kn_value kn_class_ancestors(kn_value klass);
const kn_method *kn_method_lookup(kn_class *c, kn_value name, kn_class **where);
kn_value kn_call_method(const kn_method *m, kn_value self, int argc, const kn_value *argv, kn_value blk);
kn_value kn_call_fallback(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk, int kind);
kn_value kn_obj_alloc_default(kn_class *klass);
void kn_obj_ivar_each(kn_value obj, void (*fn)(kn_value name, kn_value val, void *arg), void *arg);
kn_value kn_public_send(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk); /* public_send: protected raises too */
kn_value kn_funcall(kn_value recv, const char *name, int argc, const kn_value *argv); /* private ok */
kn_value kn_funcall0(kn_value recv, const char *name);
kn_value kn_funcall1(kn_value recv, const char *name, kn_value a);
void kn_define_attr_ivar(kn_value klass, kn_value name, kn_value ivar, bool reader, bool writer);
void kn_define_method_proc(kn_value klass, kn_value name, kn_value body); /* define_method */
kn_value kn_proc_with_self(kn_value proc, kn_value self);
void kn_init_object_methods(void);
void kn_stack_init(void *base);
void kn_undef_method(kn_value klass, kn_value name);
bool kn_ivar_defined(kn_value obj, kn_value name);
bool kn_cvar_defined(kn_value klass, kn_value name);
void kn_obj_copy_ivars(kn_value dst, kn_value src);
void kn_boot_metaclasses(void);
bool kn_method_defined_by_runtime(kn_value recv, kn_value name, kn_fn fn); /* recv.name is exactly fn */

/* A fast path's memo that recv's class answers name with the runtime's own C
 * method of that name defined in owner (not redefined, aliased over or
 * shadowed by a subclass): while the class and kn_method_serial are the ones
 * it saw, the check costs two compares and no lookup. */
typedef struct kn_builtin_memo {
  kn_class *klass;
  uint64_t serial;
} kn_builtin_memo;
bool kn_builtin_fill(kn_builtin_memo *m, kn_value recv, kn_value name, kn_value owner);
static inline bool kn_builtin_p(kn_builtin_memo *m, kn_value recv, kn_value name, kn_value owner) {
  if (KN_LIKELY(m->klass == kn_class_of(recv) && m->serial == kn_method_serial)) return true;
  return kn_builtin_fill(m, recv, name, owner);
}

/* kind for kn_call_fallback: how the failed call was written */
enum { KN_CALL_PUBLIC = 0, KN_CALL_FCALL = 1, KN_CALL_VCALL = 2 };

/* Boot order helpers: each file's method table. */
typedef struct kn_method_def {
  const char *name;
  kn_fn fn;
  int16_t min_args, max_args;
} kn_method_def;
void kn_define_methods(kn_value klass, const kn_method_def *defs);
void kn_define_singleton_methods(kn_value obj, const kn_method_def *defs);
void kn_define_private_methods(kn_value klass, const kn_method_def *defs);
void kn_define_module_functions(kn_value module, const kn_method_def *defs);

extern kn_value kn_top_self;  /* main */
extern bool kn_booting;       /* true while kn_init defines the runtime's own methods */

/* ---- Objects (object.c) ---- */
kn_value kn_any_to_s(kn_value v);                   /* "#<Foo:0x...>" */
kn_value kn_obj_inspect_default(kn_value v);        /* "#<Foo:0x... @a=1>" */
kn_value kn_obj_dup(kn_value v);
kn_value kn_obj_clone(kn_value v);
void kn_check_frozen(kn_value v);                   /* FrozenError if frozen */
kn_value kn_obj_hash_value(kn_value v);             /* Object#hash: identity */
kn_value kn_class_of_value(kn_value v);             /* v.class as a value */

/* ---- Numbers (integer.c, float.c) ---- */
typedef struct kn_bignum {
  kn_header h;
  mpz_t z;
} kn_bignum;
#define KN_BIG(v) ((kn_bignum *)(v))
#define KN_BIGNUM_P(v) KN_TYPE_P(v, KN_T_BIGNUM)
#define KN_INTEGER_P(v) (KN_FIXNUM_P(v) || KN_BIGNUM_P(v))
#define KN_FLOAT_P(v) (KN_FLONUM_P(v) || KN_TYPE_P(v, KN_T_FLOAT))

kn_value kn_big_norm(mpz_srcptr z);      /* fixnum if it fits, else a new Bignum copy */
void kn_int_to_mpz(kn_value v, mpz_ptr out); /* out must be initialized */
/* An Integer as a read-only mpz without copying or allocating: a Bignum's own,
 * or a fixnum's magnitude in tmp (valid while tmp is). */
typedef struct kn_mpz_view {
  mpz_t z;
  mp_limb_t limb;
} kn_mpz_view;
mpz_srcptr kn_int_view(kn_value v, kn_mpz_view *tmp);
kn_value kn_big_take(mpz_ptr z); /* fixnum if it fits, else a Bignum that takes over z's limbs; z is spent */
kn_value kn_int_to_s(kn_value v, int base);
kn_value kn_int_plus(kn_value a, kn_value b);
kn_value kn_int_minus(kn_value a, kn_value b);
kn_value kn_int_mul(kn_value a, kn_value b);
kn_value kn_int_div(kn_value a, kn_value b);
kn_value kn_int_mod(kn_value a, kn_value b);
kn_value kn_int_pow(kn_value a, kn_value b);
kn_value kn_int_lshift(kn_value a, int64_t n);
kn_value kn_int_cmp(kn_value a, kn_value b);  /* <=>; nil if b is not a number */
bool kn_int_equal(kn_value a, kn_value b);
double kn_big2dbl(kn_value v);
kn_value kn_dbl2ival(double d);          /* Integer from a finite double (truncating) */
kn_value kn_float_to_s(double d);
int kn_float_fmt_shortest(double d, char *digits, int *decpt, int *sign); /* digits NUL-terminated, returns count */
kn_value kn_flo_plus(kn_value a, kn_value b);
kn_value kn_flo_minus(kn_value a, kn_value b);
kn_value kn_flo_mul(kn_value a, kn_value b);
kn_value kn_flo_div(kn_value a, kn_value b);
kn_value kn_flo_mod(kn_value a, kn_value b);
kn_value kn_flo_cmp(kn_value a, kn_value b);
double kn_flo_mod_d(double x, double y);
_Noreturn void kn_coerce_fail(kn_value b, const char *target);   /* "nil can't be coerced into Integer" */
_Noreturn void kn_cmp_fail(kn_value a, kn_value b);              /* "comparison of Integer with nil failed" */
kn_value kn_num_coerce_bin(kn_value a, kn_value b, const char *op); /* b.coerce(a) then op */
kn_value kn_num_coerce_cmp(kn_value a, kn_value b, const char *op); /* same, raising the comparison error on failure */
kn_value kn_num_coerce_cmp_or_nil(kn_value a, kn_value b);         /* a <=> b by coercion, nil when that fails */

/* ---- Rational (rational.c) ---- */
kn_value kn_rational_new(kn_value num, kn_value den); /* reduced; ZeroDivisionError for den 0 */
bool kn_rational_p(kn_value v);
kn_value kn_int_pow_negative(kn_value a, kn_value b); /* a ** b for b < 0: Rational(1, a ** -b) */

/* ---- Complex (complex.c) ---- */
kn_value kn_complex_new(kn_value re, kn_value im); /* raw: parts are real numbers */
bool kn_complex_p(kn_value v);

/* ---- Struct (struct.c), Marshal (marshal.c) ---- */
kn_value kn_fn_parameters(kn_fn fn);                   /* method.c: a compiled function's registered parameters, or nil */
kn_value kn_struct_members(kn_value klass);           /* the member Symbols, frozen */
kn_value kn_marshal_dump(kn_value v, int limit);      /* limit -1: no depth limit */
kn_value kn_marshal_load(kn_value src, bool freeze);  /* a String, or anything with read */
void kn_init_marshal(void);

/* ---- Exceptions (exception.c) ---- */
extern kn_value kn_eNoMemoryError, kn_eLoadError, kn_eSyntaxError, kn_eSignalException,
    kn_eSystemCallError, kn_mErrno, kn_eErrno_EACCES, kn_eErrno_EEXIST,
    kn_eErrno_EISDIR, kn_eErrno_ENOTDIR, kn_eErrno_EPIPE, kn_eErrno_EINVAL, kn_eClosedQueueError,
    kn_eNoMatchingPatternKeyError; /* kn_mMath: kiln.h */
typedef struct kn_bt_entry {
  const char *name, *file;
  int line;
} kn_bt_entry;

typedef struct kn_exception {
  kn_object o;           /* user subclasses keep their instance variables here */
  kn_value message;      /* nil: the class name */
  kn_value backtrace;    /* Array of Strings; nil until raised or built from bt */
  kn_value cause;        /* KN_UNDEF until raised */
  kn_value aux1, aux2;   /* per class: SystemExit status, StopIteration result, throw tag/value, NameError name */
  kn_bt_entry *bt;       /* frames captured at raise, turned into Strings on demand */
  int32_t bt_len;
} kn_exception;
#define KN_EXC(v) ((kn_exception *)(v))

kn_value kn_exc_alloc(kn_class *klass);
kn_value kn_exc_message(kn_value exc);     /* exc.message as a String */
/* Does String s start with the C string p? (error messages by their shape) */
static inline bool kn_str_has_prefix(kn_value s, const char *p) {
  size_t n = strlen(p);
  return (size_t)KN_STR(s)->len >= n && memcmp(KN_STR(s)->ptr, p, n) == 0;
}
kn_value kn_error_highlight(kn_value exc, kn_value msg); /* msg + ruby 3.1's snippet of the failing call */
kn_value kn_did_you_mean(kn_value exc, kn_value msg, bool private_call); /* msg + "Did you mean?" lines */
kn_value kn_backtrace_here(int skip);      /* Array of "file:LINE:in `name'" */
_Noreturn void kn_raise_str(kn_value klass, kn_value msg);
_Noreturn void kn_raise_argc(int given, int min, int max);
_Noreturn void kn_no_method_error(kn_value recv, kn_value name, int kind, const char *vis);
/* The same, recording the call's arguments for NoMethodError#args. */
_Noreturn void kn_no_method_error_args(kn_value recv, kn_value name, int kind, const char *vis, int argc,
                                       const kn_value *argv);
_Noreturn void kn_name_error(kn_value name, const char *fmt, ...);
_Noreturn void kn_name_error_recv(kn_value recv, kn_value name, const char *fmt, ...);
_Noreturn void kn_jump_to(kn_jump_kind kind, kn_value value, kn_value aux, kn_jump *target);
void kn_report_exception(kn_value exc, FILE *out);  /* the uncaught-exception report */
int kn_exit_status_of(kn_value exc);                /* SystemExit#status, else 1 */

/* ---- Kernel, I/O (kernel.c, io.c) ---- */
kn_value kn_format(int argc, const kn_value *argv);  /* format(fmt, *args) as a String */
void kn_io_write_stdout(const char *p, size_t n);
void kn_io_write_stderr(const char *p, size_t n);
void kn_io_flush_all(void);
void kn_run_at_exit(void);
kn_value kn_io_puts_to(kn_value io, int argc, const kn_value *argv);
kn_value kn_io_write_value(kn_value io, kn_value str);
extern kn_value kn_stdout, kn_stderr, kn_stdin;

/* ---- Regexp (regexp.c) ---- */
/* kn_set_last_match (kiln.h): $~ = m, returning the previous one; compiled methods save and restore their caller's $~ with it. */

/* One-item Regexps matched without Oniguruma (regexp_class.c): a set of ASCII bytes repeated
 * min..max times, greedily. */
typedef struct kn_re_class {
  uint64_t set[2]; /* bit b: byte b matches */
  int32_t min, max;
} kn_re_class;
/* Fills *out when the source (with options Regexp::IGNORECASE 1 | EXTENDED 2 | MULTILINE 4) is one
 * such item, so that it matches exactly as Oniguruma would on an ASCII-only subject. */
bool kn_re_class_parse(const char *src, int64_t len, int options, kn_re_class *out);
/* The leftmost match in str[0, len) at or after start (only at start when anchored): its
 * beginning, or -1; *end gets its end. */
int64_t kn_re_class_search(const kn_re_class *c, const char *str, int64_t len, int64_t start, bool anchored, int64_t *end);

/* A growable C buffer for building strings without allocating Ruby objects. */
typedef struct kn_buf {
  char *ptr;
  size_t len, capa;
} kn_buf;
void kn_buf_init(kn_buf *b);
void kn_buf_add(kn_buf *b, const char *p, size_t n);
void kn_buf_adds(kn_buf *b, const char *s);
void kn_buf_addc(kn_buf *b, char c);
void kn_buf_printf(kn_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void kn_buf_addv(kn_buf *b, kn_value str);     /* append a String value's bytes */
kn_value kn_buf_to_str(kn_buf *b);

/* Each file's registration function, called by kn_init in dependency order. */
void kn_init_symbols(void);
void kn_init_class(void);
void kn_init_object(void);
void kn_init_comparable(void);
void kn_init_numeric(void);
void kn_init_integer(void);
void kn_init_float(void);
void kn_init_exception(void);
void kn_init_kernel(void);
void kn_init_io(void);
void kn_init_struct(void);
void kn_init_math(void);
void kn_init_objspace(void);
void kn_init_process(void);
void kn_init_time(void);   /* time.c */
void kn_init_fiber(void);  /* fiber.c */
void kn_init_thread(void); /* thread.c: Thread, Queue, Mutex... */
void kn_init_alloc(void);
void kn_init_pp(void);
void kn_init_json(void);    /* json.c: `require "json"` */
void kn_init_ostruct(void); /* ostruct.c: `require "ostruct"` */
void kn_init_method(void);
void kn_init_lazy(void);
void kn_init_set(void);
void kn_init_pack(void);
void kn_init_rational(void);
void kn_init_complex(void);

/* ---- Coroutines (coro.c): a body on its own C stack that can hand values back ---- */
typedef struct kn_coro kn_coro;
kn_coro *kn_coro_new(kn_value (*body)(kn_value arg, kn_coro *c), kn_value arg); /* a kn_value-compatible object */
/* Run until the body yields (true, *out the value) or returns (false, *out its value); what it raises is raised here. */
bool kn_coro_resume(kn_coro *c, kn_value *out);
void kn_coro_yield(kn_coro *c, kn_value v); /* inside the body: suspend, handing v to the resumer */
bool kn_coro_done(const kn_coro *c);
void kn_init_coro(void);

/* ---- Method (method.c) ---- */
kn_value kn_obj_method(kn_value recv, kn_value name); /* recv.method(name) */

/* ---- pp (pp.c) ---- */
kn_value kn_pretty_inspect(kn_value v, int64_t width); /* what pp prints for v, with its "\n" */

/* Commonly used symbols, interned at boot (symbol.c). */
extern kn_value kn_s_initialize, kn_s_method_missing, kn_s_respond_to_missing, kn_s_to_s,
    kn_s_inspect, kn_s_eq, kn_s_cmp, kn_s_hash, kn_s_eql, kn_s_call, kn_s_each, kn_s_coerce,
    kn_s_to_str, kn_s_to_ary, kn_s_to_a, kn_s_to_proc, kn_s_message, kn_s_new, kn_s_not,
    kn_s_neq, kn_s_to_i, kn_s_to_f, kn_s_to_int, kn_s_exception, kn_s_backtrace, kn_s_inherited,
    kn_s_included, kn_s_extended, kn_s_initialize_copy, kn_s_respond_to, kn_s_aref, kn_s_aset, kn_s_lshift;

/* ---- Random (random.c) ---- */
void kn_init_random(void); /* Random, Kernel#rand/srand; called by kn_init_kernel */
/* A uniform integer in [0, limit] / a Float in [0, 1) from gen: a Random, Random
 * itself or KN_UNDEF for the default generator, or any object with rand(n)
 * (what Array#shuffle/sample(random: gen) call, as CRuby's rb_random_ulong_limited). */
uint64_t kn_random_ulong_limited(kn_value gen, uint64_t limit);
double kn_random_real(kn_value gen);

/* ---- UTF-8 and case mapping (string.c, unicode_case.c) ---- */
int kn_utf8_encode(uint32_t cp, char *out); /* writes 1-4 bytes, returns how many */
enum { KN_CASE_UP, KN_CASE_DOWN, KN_CASE_TITLE, KN_CASE_SWAP, KN_CASE_FOLD };
#define KN_CASE_MAX_BYTES 16 /* the longest mapping of one char: 3 codepoints */
/* Writes the UTF-8 of cp's mapping in mode (turkic: the Turkic/Azeri rules for i) to out and
 * returns its length; a char without a mapping writes itself. */
int kn_case_map_char(uint32_t cp, int mode, bool turkic, char *out);
void kn_init_unicode_norm(void); /* String#unicode_normalize (unicode_norm.c) */

/* ---- values_at (array.c) ---- */
/* Array#values_at and Struct#values_at: indexes through entry(obj, i), Ranges resolved against len
 * (entries past len are nil). */
kn_value kn_values_at(kn_value obj, int64_t len, int argc, const kn_value *argv, kn_value (*entry)(kn_value, int64_t));

/* ---- KeyError (exception.c) ---- */
kn_value kn_key_error_new(kn_value message, kn_value receiver, kn_value key); /* its #key and #receiver answer */

/* ---- Module#prepend (class.c) ---- */
/* A class that has prepended modules keeps its method table for definitions, but lookup skips
 * it there (KN_FL_PREPENDED): its methods are found at its origin, an include proxy
 * (KN_FL_ORIGIN, sharing the table) below the prepended modules, as CRuby's origin class. */
#define KN_FL_PREPENDED (1u << 10)
#define KN_FL_ORIGIN (1u << 11)
void kn_prepend_module(kn_value klass, kn_value module);

#include "collections.h"

#endif
