/* kiln.h: the runtime contract that generated C (from stage0 and stage1) is written against. */
#ifndef KILN_H
#define KILN_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <setjmp.h>

/* ------------------------------------------------------------------------
 * Values
 *
 * A Ruby value is one machine word.  The low bits say what it is:
 *
 *   ...xxx1   Integer (fixnum): the word is (n << 1) | 1, n in 63 bits
 *   ...xx10   Float (flonum): a double whose exponent fits, bits rotated
 *   ...x100   Symbol: (id << 3) | 4
 *   ...x000   a heap pointer (8-aligned), or a special constant below 0x20
 *
 * false is 0 and nil is 8, so a value is truthy iff (v & ~8) != 0.
 * ------------------------------------------------------------------------ */

typedef uintptr_t kn_value;

#define KN_LIKELY(c) __builtin_expect(!!(c), 1)
#define KN_UNLIKELY(c) __builtin_expect(!!(c), 0)

#define KN_FALSE ((kn_value)0x00)
#define KN_NIL ((kn_value)0x08)
#define KN_TRUE ((kn_value)0x10)
#define KN_UNDEF ((kn_value)0x18) /* "no value": missing optional argument, empty slot */

#define KN_TEST(v) (((v) & ~(kn_value)KN_NIL) != 0)
#define KN_BOOL(c) ((c) ? KN_TRUE : KN_FALSE)
#define KN_NIL_P(v) ((v) == KN_NIL)

#define KN_FIXNUM_P(v) (((v) & 1) != 0)
#define KN_FLONUM_P(v) (((v) & 3) == 2)
#define KN_SYMBOL_P(v) (((v) & 7) == 4)
#define KN_SPECIAL_P(v) (((v) & 7) != 0 || (v) < 0x20)
#define KN_HEAP_P(v) (!KN_SPECIAL_P(v))

#define KN_FIXNUM_MAX ((int64_t)(INT64_MAX >> 1))
#define KN_FIXNUM_MIN ((int64_t)(INT64_MIN >> 1))
#define KN_INT2FIX(i) ((kn_value)(((uint64_t)(int64_t)(i) << 1) | 1))
#define KN_FIX2INT(v) ((int64_t)(v) >> 1)
#define KN_FIXABLE(i) ((i) >= KN_FIXNUM_MIN && (i) <= KN_FIXNUM_MAX)

/* Symbols: ids are dense, stable for a run, and assigned in interning order. */
#define KN_ID2SYM(id) ((kn_value)(((uintptr_t)(id) << 3) | 4))
#define KN_SYM2ID(v) ((uint32_t)((v) >> 3))

/* ------------------------------------------------------------------------
 * Heap objects
 *
 * Every heap object starts with a header.  klass is the object's class, or
 * its singleton class once it has one; type says which C layout follows.
 * ------------------------------------------------------------------------ */

typedef enum kn_type {
  KN_T_OBJECT = 1, /* plain object: instance variables in slots */
  KN_T_CLASS,
  KN_T_MODULE,
  KN_T_FLOAT,     /* a double that does not fit a flonum */
  KN_T_BIGNUM,    /* GMP integer outside the fixnum range */
  KN_T_STRING,
  KN_T_SYMBOL_STR,/* reserved */
  KN_T_ARRAY,
  KN_T_HASH,
  KN_T_RANGE,
  KN_T_PROC,
  KN_T_EXCEPTION, /* an object of an Exception class (also has slots) */
  KN_T_DATA       /* C data with a class: Regexp, MatchData, File, Method... */
} kn_type;

enum {
  KN_FL_FROZEN = 1u << 0,
  KN_FL_LAMBDA = 1u << 1,    /* procs */
  KN_FL_EXCL = 1u << 2,      /* ranges: exclusive end */
  KN_FL_SINGLETON = 1u << 3, /* classes: a singleton (meta) class */
  KN_FL_ASCII = 1u << 4,     /* strings: known to be 7-bit (cached, cleared on write) */
  KN_FL_BINARY = 1u << 5,    /* strings: ASCII-8BIT encoding */
  KN_FL_KWARGS = 1u << 6     /* hashes: made by a call site for its keyword arguments (KN_CALL_KW) */
};

typedef struct kn_class kn_class;

typedef struct kn_header {
  kn_class *klass;
  uint32_t type;
  uint32_t flags;
} kn_header;

#define KN_HDR(v) ((kn_header *)(v))
#define KN_TYPE_P(v, t) (KN_HEAP_P(v) && KN_HDR(v)->type == (t))
#define KN_FROZEN_P(v) (KN_SPECIAL_P(v) || (KN_HDR(v)->flags & KN_FL_FROZEN))

typedef struct kn_object {
  kn_header h;
  uint32_t nslots;  /* capacity of slots */
  kn_value *slots;  /* instance variables, indexed by the class's ivar table; KN_UNDEF = unset */
} kn_object;

typedef struct kn_float { kn_header h; double d; } kn_float;

typedef struct kn_string {
  kn_header h;
  int64_t len;
  int64_t capa;
  char *ptr;        /* NUL-terminated for C convenience; len excludes the NUL */
} kn_string;

typedef struct kn_array {
  kn_header h;
  int64_t len;
  int64_t capa;
  kn_value *ptr;
} kn_array;

typedef struct kn_range {
  kn_header h;
  kn_value first;
  kn_value last;    /* KN_NIL for endless */
} kn_range;

/* A block or proc.  fn is called with the proc itself so the body can
 * reach its captured environment and self. */
typedef kn_value (*kn_block_fn)(kn_value proc, int argc, const kn_value *argv, kn_value blk);

typedef struct kn_jump kn_jump;

typedef struct kn_proc {
  kn_header h;
  kn_block_fn fn;
  kn_value self;
  void *env;          /* captured variables, laid out by the compiler */
  int32_t arity;      /* as Proc#arity */
  kn_jump *break_to;  /* the call site a `break` returns from; NULL once it has returned */
  kn_jump *return_to; /* the method frame a `return` in a proc returns from; NULL once it has returned */
  const struct kn_method *method; /* the define_method method this copy runs as (for super), else NULL */
} kn_proc;

#define KN_STR(v) ((kn_string *)(v))
#define KN_ARY(v) ((kn_array *)(v))
#define KN_OBJ(v) ((kn_object *)(v))
#define KN_PROC(v) ((kn_proc *)(v))
#define KN_RANGE(v) ((kn_range *)(v))

/* ------------------------------------------------------------------------
 * Methods and calls
 *
 * Every method, whether compiled Ruby or C in the runtime, has one signature.
 * blk is a Proc value or KN_NIL.  Keyword arguments arrive as a trailing Hash
 * marked KN_FL_KWARGS, so a callee can tell them from a positional Hash.
 * ------------------------------------------------------------------------ */

/* A call site with `k: v` or `**h` arguments builds a fresh Hash for them
 * and sets KN_FL_KWARGS (IR kwmark); a callee with keyword parameters takes
 * a trailing Hash as keywords only when the flag is set (kwsplit), and clears
 * it: bound to parameters, the Hash is an ordinary one again. Runtime code
 * that forwards argv (Class#new -> initialize, send) keeps the flag. */
static inline kn_value kn_kwargs_take(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_HASH) || !(KN_HDR(v)->flags & KN_FL_KWARGS)) return KN_NIL;
  KN_HDR(v)->flags &= ~KN_FL_KWARGS;
  return v;
}

/* Keywords gathered into a *rest parameter become a positional Hash, as in
 * Ruby 3 without ruby2_keywords. */
static inline void kn_kwargs_positional(kn_value v) {
  if (KN_TYPE_P(v, KN_T_HASH)) KN_HDR(v)->flags &= ~KN_FL_KWARGS;
}

typedef kn_value (*kn_fn)(kn_value self, int argc, const kn_value *argv, kn_value blk);

typedef enum kn_visibility { KN_PUBLIC = 0, KN_PRIVATE = 1, KN_PROTECTED = 2 } kn_visibility;

typedef struct kn_method {
  kn_fn fn;
  kn_value name;      /* symbol */
  const char *cname;  /* name's text, for the backtrace frame of a C method */
  kn_class *owner;    /* where it is defined (for super) */
  int16_t min_args, max_args; /* -1 max: any number */
  uint8_t visibility;
  uint8_t flags;      /* runtime-internal (C method, undefined...) */
} kn_method;

/* An inline cache a call site owns (a zeroed static): valid while klass and
 * the global method serial both match.  fast is the method's fn when a hit
 * may call it directly (a compiled method callable from this site, which
 * checks its own arity); argc is the argument count a C method's arity was
 * checked for at fill time.  Only the runtime writes these fields. */
typedef struct kn_callsite {
  kn_class *klass;
  uint64_t serial;
  const kn_method *method;
  kn_value name; /* symbol; set by the first call */
  kn_fn fast;
  int32_t argc;
  int32_t slot;  /* an attr_reader on plain objects: its ivar's slot + 1, else 0 */
} kn_callsite;

extern uint64_t kn_method_serial; /* bumped by every change that can alter a lookup */

kn_value kn_intern(const char *name);             /* C string -> Symbol */
kn_value kn_intern_len(const char *name, size_t len);
const char *kn_sym_name(kn_value sym);

kn_class *kn_class_of_special(kn_value v);        /* kn_class_of for immediates and nil/true/false */
static inline kn_class *kn_class_of(kn_value v) { /* singleton class if any */
  if (__builtin_expect(!KN_SPECIAL_P(v), 1)) return KN_HDR(v)->klass;
  return kn_class_of_special(v);
}
kn_value kn_class_value(kn_class *c);
kn_value kn_real_class(kn_value v);               /* #class: skips singletons */

/* Full dynamic call with an explicit receiver: private methods raise;
 * protected ones are allowed (the caller is unknown: use kn_send_from). */
kn_value kn_send(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk);
/* Explicit-receiver call (recv.foo) from code whose self is caller_self:
 * private raises, protected is allowed only when caller_self is a kind of
 * the method's owner, else NoMethodError "protected method `x' called for
 * #<Foo>" (or the program's method_missing), as Ruby.  cs may be NULL
 * (uncached) or a static callsite.  Generated code should use this for
 * every call with an explicit receiver other than self. */
kn_value kn_send_from(kn_callsite *cs, kn_value caller_self, kn_value recv, kn_value name, int argc,
                      const kn_value *argv, kn_value blk);
/* Call with an implicit receiver (self.foo / foo): private methods allowed. */
kn_value kn_send_self(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk);
/* Cached variants: cs is a static the generated code owns.  The hit path is
 * inline: one class compare, one serial compare, an indirect call. */
kn_value kn_send_cached_slow(kn_callsite *cs, kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk);
kn_value kn_send_self_cached_slow(kn_callsite *cs, kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk);
/* A C method's call under its backtrace frame, its arity already checked. */
kn_value kn_invoke_cfunc_checked(const kn_method *m, kn_value self, int argc, const kn_value *argv, kn_value blk);
/* What a filled call site (class and serial already match) can do without
 * looking at its method again: a compiled method's fn, an attr_reader's
 * slot on a plain object, or a C method whose arity passed for this argc.
 * The runtime fills fast, slot and argc only for methods the site's kind of
 * call may reach (class.c), so the runtime's sends and the generated code's
 * inline hits (direct.h) share these two. */
static inline bool kn_cache_takes(const kn_callsite *cs, kn_value recv, int argc) {
  if (cs->fast || argc == cs->argc) return true;
  return cs->slot && argc == 0 && KN_TYPE_P(recv, KN_T_OBJECT) && (uint32_t)cs->slot <= KN_OBJ(recv)->nslots;
}
static inline kn_value kn_cache_call(const kn_callsite *cs, kn_value recv, int argc, const kn_value *argv,
                                     kn_value blk) {
  if (cs->fast) return cs->fast(recv, argc, argv, blk);
  /* (the slot first: an attr_reader is a C method whose argc is cached too) */
  if (cs->slot && argc == 0 && KN_TYPE_P(recv, KN_T_OBJECT) && (uint32_t)cs->slot <= KN_OBJ(recv)->nslots) {
    kn_value v = KN_OBJ(recv)->slots[cs->slot - 1];
    return v == KN_UNDEF ? KN_NIL : v;
  }
  return kn_invoke_cfunc_checked(cs->method, recv, argc, argv, blk);
}
static inline kn_value kn_send_cached(kn_callsite *cs, kn_value recv, kn_value name, int argc, const kn_value *argv,
                                      kn_value blk) {
  if (KN_LIKELY(cs->klass == kn_class_of(recv) && cs->serial == kn_method_serial && cs->fast))
    return cs->fast(recv, argc, argv, blk);
  return kn_send_cached_slow(cs, recv, name, argc, argv, blk);
}
static inline kn_value kn_send_self_cached(kn_callsite *cs, kn_value recv, kn_value name, int argc,
                                           const kn_value *argv, kn_value blk) {
  if (KN_LIKELY(cs->klass == kn_class_of(recv) && cs->serial == kn_method_serial && cs->fast))
    return cs->fast(recv, argc, argv, blk);
  return kn_send_self_cached_slow(cs, recv, name, argc, argv, blk);
}
/* A bare identifier that may be a local or a method (`foo` with no receiver,
 * arguments or parentheses): a miss raises NameError "undefined local
 * variable or method `foo' for main:Object" instead of NoMethodError. */
kn_value kn_send_vcall(kn_callsite *cs, kn_value recv, kn_value name);
/* Calls with a splatted argument list: args is an Array. */
kn_value kn_send_splat(kn_value recv, kn_value name, kn_value args, kn_value blk, bool self_call);
/* super: method found above `owner` in recv's ancestors. */
kn_value kn_super(kn_class *owner, kn_value name, kn_value recv, int argc, const kn_value *argv, kn_value blk);
kn_value kn_super_method_body(kn_value proc, kn_value recv, int argc, const kn_value *argv, kn_value blk);
kn_class *kn_super_owner(kn_value recv, kn_value name, kn_fn fn); /* owner for super when only known at run time */
/* Registers a compiled method's parameters ("req a;opt b;rest;keyreq k;block &",
 * as Method#parameters lists them) and where it starts (method.c). */
void kn_method_params(kn_fn fn, const char *desc, const char *file, int line);
const kn_method *kn_find_method(kn_class *c, kn_value name);
/* Call a method kn_find_method found.  Always call through this, never
 * m->fn directly: attribute methods and C-method frames are handled here. */
kn_value kn_invoke(const kn_method *m, kn_value self, int argc, const kn_value *argv, kn_value blk);
bool kn_respond_to(kn_value v, kn_value name, bool include_private);

/* Arity check for a compiled method's prologue: raises ArgumentError
 * "wrong number of arguments (given N, expected M)" as Ruby words it. */
void kn_check_arity(int argc, int min, int max);

/* Operators with fast paths for Integer and Float (assuming their operators
 * are not redefined); anything else is a send.  The fixnum (and Array index)
 * fast paths are inline below; the *_slow functions are the general case. */
kn_value kn_op_plus_slow(kn_value a, kn_value b);
kn_value kn_op_minus_slow(kn_value a, kn_value b);
kn_value kn_op_mul(kn_value a, kn_value b);
kn_value kn_op_div(kn_value a, kn_value b);
kn_value kn_op_mod(kn_value a, kn_value b);
kn_value kn_op_lt_slow(kn_value a, kn_value b);
kn_value kn_op_le_slow(kn_value a, kn_value b);
kn_value kn_op_gt_slow(kn_value a, kn_value b);
kn_value kn_op_ge_slow(kn_value a, kn_value b);
kn_value kn_op_eq_slow(kn_value a, kn_value b);   /* == */
kn_value kn_op_neq(kn_value a, kn_value b);       /* != (calls == and negates unless != is defined) */
kn_value kn_op_cmp(kn_value a, kn_value b);       /* <=> */
kn_value kn_op_aref_slow(kn_value recv, kn_value idx); /* recv[idx]: Hash fast path, else a send */
kn_value kn_op_aset_slow(kn_value recv, kn_value idx, kn_value v);
kn_value kn_op_lshift(kn_value a, kn_value b);    /* << */
kn_value kn_op_lshift_lit(kn_value a, const char *p, int64_t n); /* a << "lit", the literal ASCII */

static inline kn_value kn_op_plus(kn_value a, kn_value b) {
  int64_t r;
  if (KN_LIKELY(KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) && !__builtin_add_overflow((int64_t)a, (int64_t)b - 1, &r))
    return (kn_value)r;
  return kn_op_plus_slow(a, b);
}
static inline kn_value kn_op_minus(kn_value a, kn_value b) {
  int64_t r;
  if (KN_LIKELY(KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) && !__builtin_sub_overflow((int64_t)a, (int64_t)b - 1, &r))
    return (kn_value)r;
  return kn_op_minus_slow(a, b);
}
#define KN_OP_CMP_INLINE(fname, op) \
  static inline kn_value fname(kn_value a, kn_value b) { \
    if (KN_LIKELY(KN_FIXNUM_P(a) && KN_FIXNUM_P(b))) return KN_BOOL((int64_t)a op (int64_t)b); \
    return fname##_slow(a, b); \
  }
KN_OP_CMP_INLINE(kn_op_lt, <)
KN_OP_CMP_INLINE(kn_op_le, <=)
KN_OP_CMP_INLINE(kn_op_gt, >)
KN_OP_CMP_INLINE(kn_op_ge, >=)
#undef KN_OP_CMP_INLINE
static inline kn_value kn_op_eq(kn_value a, kn_value b) {
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return KN_BOOL(a == b);
  return kn_op_eq_slow(a, b);
}
kn_value kn_op_not(kn_value v);                   /* ! (calls a user-defined ! if any) */
bool kn_eql(kn_value a, kn_value b);              /* eql? as Hash uses it */
bool kn_equal(kn_value a, kn_value b);            /* == as a C boolean */

/* ------------------------------------------------------------------------
 * Classes, modules, constants, variables
 * ------------------------------------------------------------------------ */

extern kn_value kn_cBasicObject, kn_cObject, kn_mKernel, kn_mComparable, kn_mEnumerable,
    kn_cModule, kn_cClass, kn_cNilClass, kn_cTrueClass, kn_cFalseClass,
    kn_cInteger, kn_cFloat, kn_cNumeric, kn_cString, kn_cSymbol, kn_cArray, kn_cHash,
    kn_cRange, kn_cProc, kn_cStruct, kn_cRegexp, kn_cMatchData, kn_cIO, kn_cFile, kn_cTime;

extern kn_value kn_eException, kn_eScriptError, kn_eNotImplementedError, kn_eStandardError,
    kn_eRuntimeError, kn_eArgumentError, kn_eTypeError, kn_eNameError, kn_eNoMethodError,
    kn_eZeroDivisionError, kn_eFloatDomainError, kn_eIndexError, kn_eKeyError, kn_eRangeError,
    kn_eStopIteration, kn_eFrozenError, kn_eLocalJumpError, kn_eSystemStackError,
    kn_eIOError, kn_eEOFError, kn_eSystemExit, kn_eNoMatchingPatternError, kn_eErrno_ENOENT,
    kn_eSecurityError, kn_eInterrupt, kn_eRegexpError, kn_eEncodingError, kn_eFiberError,
    kn_eThreadError, kn_eUncaughtThrowError, kn_eMathDomainError;

/* Define (or reopen) a class or module as a constant of outer (kn_cObject at
 * top level).  Reopening with a different superclass raises TypeError. */
kn_value kn_define_class(kn_value outer, const char *name, kn_value super);
kn_value kn_define_module(kn_value outer, const char *name);
void kn_include_module(kn_value klass, kn_value module);
void kn_extend_object(kn_value obj, kn_value module);
kn_value kn_singleton_class(kn_value obj);

void kn_define_method(kn_value klass, const char *name, kn_fn fn, int min_args, int max_args);
void kn_define_method_sym(kn_value klass, kn_value name, kn_fn fn, int min_args, int max_args, kn_visibility vis);
void kn_define_singleton_method(kn_value obj, const char *name, kn_fn fn, int min_args, int max_args);
void kn_set_visibility(kn_value klass, kn_value name, kn_visibility vis);
void kn_alias_method(kn_value klass, kn_value new_name, kn_value old_name);
void kn_define_attr(kn_value klass, kn_value name, bool reader, bool writer);

/* Constants.  A lexical scope is the compile-time nesting (innermost
 * first); lookup searches it, then the innermost scope's ancestors, then
 * Object; a miss raises NameError "uninitialized constant X". */
kn_value kn_const_get(kn_value klass, kn_value name);  /* klass::Name, with ancestors */
kn_value kn_const_lookup(int depth, const kn_value *nesting, kn_value name);
void kn_const_set(kn_value klass, kn_value name, kn_value v);
bool kn_const_defined(kn_value klass, kn_value name);
/* A constant reference's cache (a zeroed static at the site): the value
 * found, valid while no constant was set and no ancestry changed since. */
typedef struct kn_constcache {
  uint64_t const_serial, method_serial;
  kn_value value;
  kn_value scope; /* X of X::Y (kn_const_get_cached) */
} kn_constcache;
extern uint64_t kn_const_serial; /* bumped by every kn_const_set */
static inline kn_value kn_const_lookup_cached(kn_constcache *cc, int depth, const kn_value *nesting, kn_value name) {
  if (KN_LIKELY(cc->const_serial == kn_const_serial && cc->method_serial == kn_method_serial)) return cc->value;
  kn_value v = kn_const_lookup(depth, nesting, name);
  cc->value = v;
  cc->const_serial = kn_const_serial;
  cc->method_serial = kn_method_serial;
  return v;
}

/* X::Y at one site: kn_const_get(scope, name), remembered while no
 * constant or method changes and the site sees the same X. */
static inline kn_value kn_const_get_cached(kn_constcache *cc, kn_value scope, kn_value name) {
  if (KN_LIKELY(cc->const_serial == kn_const_serial && cc->method_serial == kn_method_serial && cc->scope == scope &&
                scope != 0))
    return cc->value;
  kn_value v = kn_const_get(scope, name);
  cc->value = v;
  cc->scope = scope;
  cc->const_serial = kn_const_serial;
  cc->method_serial = kn_method_serial;
  return v;
}

/* Instance variables.  Reading an unset one gives nil. */
kn_value kn_ivar_get(kn_value obj, kn_value name);
kn_value kn_ivar_set(kn_value obj, kn_value name, kn_value v);
/* Index of name in the class's instance-variable table, creating it if
 * needed: typed code caches it and reads KN_OBJ(obj)->slots[i] directly. */
uint32_t kn_ivar_index(kn_value klass, kn_value name);

/* Class variables and globals. */
kn_value kn_cvar_get(kn_value klass, kn_value name);
kn_value kn_cvar_set(kn_value klass, kn_value name, kn_value v);
kn_value kn_gvar_get(kn_value name);
kn_value kn_gvar_set(kn_value name, kn_value v);

extern kn_value kn_top_self;             /* main: self at the top level */
kn_value kn_obj_alloc(kn_value klass);  /* Class#allocate */
kn_value kn_class_new_instance(kn_value klass, int argc, const kn_value *argv, kn_value blk); /* Foo.new */

/* ------------------------------------------------------------------------
 * Frames, non-local jumps, exceptions
 *
 * Compiled methods and blocks push a kn_frame for backtraces and update
 * its line as statements run.  raise, break and return-from-a-proc all
 * unwind with longjmp to a kn_jump that a protected region pushed.
 * ------------------------------------------------------------------------ */

/* What a frame's function fixes: generated code keeps one static const per
 * function, so a call stores one pointer for both. */
typedef struct kn_frame_info {
  const char *name;   /* "foo", "block in foo", "<main>", "<class:Foo>" */
  const char *file;
} kn_frame_info;

typedef struct kn_frame {
  struct kn_frame *prev;
  const kn_frame_info *info;  /* read f->info->name, f->info->file */
  int line;
  kn_frame_info own;  /* info of a frame pushed with KN_FRAME_PUSH (names known at run time) */
} kn_frame;

extern kn_frame *kn_current_frame;
extern char *kn_stack_limit;  /* deeper than this raises SystemStackError */

void kn_stack_overflow(void);

/* Pushes frame f with a static info (generated code). The stack check
 * comes first: SystemStackError's backtrace ends at the caller's line,
 * as CRuby's does. It compares f's own address (a local: the stack depth
 * give or take the frame's size) rather than __builtin_frame_address,
 * which would cost every function a frame pointer. */
#define KN_FRAME_ENTER(f, finfo, fline) \
  do { if ((char *)&(f) < kn_stack_limit) kn_stack_overflow(); \
       (f).prev = kn_current_frame; (f).info = (finfo); (f).line = (fline); \
       kn_current_frame = &(f); } while (0)
/* Pushes frame f named at run time (the runtime's C-method frames, stage0). */
#define KN_FRAME_PUSH(f, fname, ffile, fline) \
  do { (f).own.name = (fname); (f).own.file = (ffile); KN_FRAME_ENTER(f, &(f).own, fline); } while (0)
#define KN_FRAME_POP(f) (kn_current_frame = (f).prev)

/* Sets up *f (not pushed) with its own copy of the name and file, so it
 * does not depend on the frame they came from. */
static inline void kn_frame_init(kn_frame *f, kn_frame *prev, const char *name, const char *file, int line) {
  f->prev = prev;
  f->own.name = name;
  f->own.file = file;
  f->info = &f->own;
  f->line = line;
}

typedef enum kn_jump_kind {
  KN_JUMP_RAISE = 1,  /* value: the exception */
  KN_JUMP_BREAK,      /* value: the break value; target: the call site's kn_jump */
  KN_JUMP_RETURN,     /* value: the return value; target: the method's kn_jump */
  KN_JUMP_THROW       /* Kernel#throw: value, tag in aux */
} kn_jump_kind;

struct kn_jump {
  jmp_buf buf;
  kn_jump *prev;
  kn_frame *frame;    /* frame to restore when this jump is taken */
  kn_jump_kind kind;  /* set when taken */
  kn_value value;
  kn_value aux;
  kn_jump *target;    /* for BREAK/RETURN: the kn_jump that must catch it */
};

extern kn_jump *kn_current_jump;

/* Usage (generated code):
 *   kn_jump j;
 *   if (KN_PROTECT(j) == 0) { ...body...; KN_UNPROTECT(j); }
 *   else { ...j.kind, j.value tell what arrived; KN_UNPROTECT is already done... }
 * A handler that does not handle what arrived calls kn_rethrow(&j). */
#define KN_PROTECT(j) \
  ((j).prev = kn_current_jump, (j).frame = kn_current_frame, (j).kind = 0, \
   kn_current_jump = &(j), _setjmp((j).buf))
#define KN_UNPROTECT(j) (kn_current_jump = (j).prev)

_Noreturn void kn_raise(kn_value exc);
_Noreturn void kn_raise_fmt(kn_value klass, const char *fmt, ...); /* printf-style message */
_Noreturn void kn_rethrow(kn_jump *j);      /* pass what j caught to the next outer jump */
_Noreturn void kn_break(kn_value proc, kn_value v);     /* `break v` in a block */
_Noreturn void kn_proc_return(kn_value proc, kn_value v); /* `return v` in a non-lambda block */
kn_value kn_exc_new(kn_value klass, kn_value message);   /* klass.new(message) */
bool kn_exc_match(kn_value exc, kn_value klass);         /* rescue clause test (===) */
kn_value kn_errinfo(void);      /* $! */
void kn_set_errinfo(kn_value e);

/* ------------------------------------------------------------------------
 * Blocks and procs
 * ------------------------------------------------------------------------ */

kn_value kn_proc_new(kn_block_fn fn, kn_value self, void *env, int arity, bool lambda);
/* yield: LocalJumpError if blk is nil.  A non-lambda block is called
 * inline; nil and lambdas (arity checks) take the out-of-line path. */
kn_value kn_yield_slow(kn_value blk, int argc, const kn_value *argv);
kn_value kn_yield1_slow(kn_value blk, kn_value arg);
static inline kn_value kn_yield(kn_value blk, int argc, const kn_value *argv) {
  if (KN_LIKELY(blk != KN_NIL && !(KN_HDR(blk)->flags & KN_FL_LAMBDA))) return KN_PROC(blk)->fn(blk, argc, argv, KN_NIL);
  return kn_yield_slow(blk, argc, argv);
}
static inline kn_value kn_yield1(kn_value blk, kn_value arg) {
  if (KN_LIKELY(blk != KN_NIL && !(KN_HDR(blk)->flags & KN_FL_LAMBDA))) return KN_PROC(blk)->fn(blk, 1, &arg, KN_NIL);
  return kn_yield1_slow(blk, arg);
}
kn_value kn_proc_call(kn_value proc, int argc, const kn_value *argv, kn_value blk);
/* A block with params > 1 that receives one Array (or an object with to_ary)
 * spreads it (|a, b| from [x, y]).  Writes exactly n values into out
 * (nil-padded); returns how many arguments that counts as. */
int kn_block_params(int argc, const kn_value *argv, int n, kn_value *out);
/* The same for a block with a splat: the arguments, spread when one came. */
const kn_value *kn_block_spread(int *argc, const kn_value *argv);
/* a, b = v: v as an Array (v.to_ary when it has one, else [v]). */
kn_value kn_masgn_ary(kn_value v);
kn_value kn_to_proc(kn_value v); /* &obj: Proc as is, Symbol#to_proc, else obj.to_proc */

/* ------------------------------------------------------------------------
 * Core constructors and conversions
 * ------------------------------------------------------------------------ */

kn_value kn_int_new(int64_t i);           /* fixnum or Bignum */
kn_value kn_int_from_str(const char *digits, int base); /* literal of any size */
int64_t kn_num2long(kn_value v);          /* TypeError / RangeError as Ruby */
kn_value kn_float_new(double d);          /* flonum or heap float */
double kn_float_value(kn_value v);        /* v must be a Float */
/* The same, with the flonum cases inline (float.c holds the encoding's
 * description): what compiled code uses to box and unbox its doubles. */
static inline kn_value kn_float_box(double d) {
  union { double d; uint64_t u; } t = {.d = d};
  int bits = (int)((t.u >> 60) & 7);
  if (KN_LIKELY(t.u != 0x3000000000000000ull && !((bits - 3) & ~1)))
    return (kn_value)((((t.u << 3) | (t.u >> 61)) & ~(uint64_t)1) | 2);
  return kn_float_new(d);
}
static inline double kn_float_unbox(kn_value v) {
  if (KN_LIKELY(KN_FLONUM_P(v) && v != (kn_value)0x8000000000000002ull)) {
    uint64_t x = (2 - ((uint64_t)v >> 63)) | ((uint64_t)v & ~(uint64_t)3);
    union { double d; uint64_t u; } t = {.u = (x >> 3) | (x << 61)};
    return t.d;
  }
  return kn_float_value(v);
}
/* a and b as doubles when one is a flonum and the other a flonum or a
 * fixnum a double holds exactly (the n* operators' Float path; larger
 * Integers compare exactly with Floats, out of line). */
#define KN_EXACT_DOUBLE_FIX_P(v) (KN_FIXNUM_P(v) && (uint64_t)(KN_FIX2INT(v) + (1LL << 53)) <= (2ULL << 53))
static inline bool kn_float_pair(kn_value a, kn_value b, double *x, double *y) {
  if (KN_FLONUM_P(a)) {
    if (KN_FLONUM_P(b)) *y = kn_float_unbox(b);
    else if (KN_EXACT_DOUBLE_FIX_P(b)) *y = (double)KN_FIX2INT(b);
    else return false;
    *x = kn_float_unbox(a);
    return true;
  }
  if (!KN_EXACT_DOUBLE_FIX_P(a) || !KN_FLONUM_P(b)) return false;
  *x = (double)KN_FIX2INT(a);
  *y = kn_float_unbox(b);
  return true;
}
/* Core methods compiled code calls directly (stage1/prims.rb), its guards
 * having checked the receiver's class and that the call cannot raise. */
extern kn_value kn_mMath;
int64_t kn_hash_size(kn_value h);
kn_value kn_ary_pop(kn_value ary);
kn_value kn_str_length(kn_value self, int argc, const kn_value *argv, kn_value blk);
bool kn_str_equal(kn_value a, kn_value b);              /* byte equality of two Strings */
bool kn_obj_is_kind_of(kn_value obj, kn_value klass);

double kn_num2dbl(kn_value v);            /* Integer or Float -> double */
/* A Float or Integer as a double (others as kn_num2dbl converts or raises). */
static inline double kn_num2dbl_inline(kn_value v) {
  if (KN_FIXNUM_P(v)) return (double)KN_FIX2INT(v);
  if (KN_LIKELY(KN_FLONUM_P(v) && v != (kn_value)0x8000000000000002ull)) return kn_float_unbox(v);
  return kn_num2dbl(v);
}
kn_value kn_str_new(const char *ptr, int64_t len);
kn_value kn_str_cstr(const char *s);
kn_value kn_str_lit(const char *ptr, int64_t len); /* a fresh mutable String for a literal */
kn_value kn_str_frozen_lit(const char *ptr, int64_t len); /* one shared frozen String (static cache by caller) */
kn_value kn_str_fstring(const char *ptr, int64_t len);    /* the same, one object per distinct content */
kn_value kn_str_concat(kn_value str, kn_value other); /* str << other, returns str */
kn_value kn_str_plus(kn_value a, kn_value b);
kn_value kn_obj_to_s(kn_value v);         /* v.to_s as a String (interpolation) */
kn_value kn_str_concat_to_s(kn_value buf, kn_value v); /* buf << "#{v}" (interpolation pieces) */
kn_value kn_str_cat_ascii(kn_value buf, const char *p, int64_t n); /* appends known-ASCII bytes */
char *kn_fix_digits(int64_t n, char *e); /* a fixnum's digits, written backwards ending at e (24 bytes of room) */
kn_value kn_inspect(kn_value v);          /* v.inspect as a String */
kn_value kn_ary_new(int64_t capa);
kn_value kn_ary_new_from(int64_t n, const kn_value *elts);
kn_value kn_ary_push(kn_value ary, kn_value v);
kn_value kn_ary_entry(kn_value ary, int64_t i); /* nil when out of range, negative from the end */
kn_value kn_ary_concat(kn_value ary, kn_value other); /* for splats: appends other.to_a */
kn_value kn_splat(kn_value v);            /* *v: Array as is, nil -> [], else to_a or [v] */
kn_value kn_hash_new(void);
kn_value kn_hash_aref(kn_value h, kn_value k);
kn_value kn_hash_aset(kn_value h, kn_value k, kn_value v);
kn_value kn_range_new(kn_value first, kn_value last, bool exclusive);

/* recv[idx] and recv[idx] = v: an Array (not a subclass) with a fixnum index
 * inline; Hash and everything else out of line. */
static inline kn_value kn_op_aref(kn_value recv, kn_value idx) {
  if (KN_LIKELY(KN_FIXNUM_P(idx) && KN_TYPE_P(recv, KN_T_ARRAY)) && KN_HDR(recv)->klass == (kn_class *)kn_cArray) {
    int64_t i = KN_FIX2INT(idx), n = KN_ARY(recv)->len;
    if (i < 0) i += n;
    return (uint64_t)i < (uint64_t)n ? KN_ARY(recv)->ptr[i] : KN_NIL;
  }
  return kn_op_aref_slow(recv, idx);
}
static inline kn_value kn_op_aset(kn_value recv, kn_value idx, kn_value v) {
  if (KN_LIKELY(KN_FIXNUM_P(idx) && KN_TYPE_P(recv, KN_T_ARRAY)) && KN_HDR(recv)->klass == (kn_class *)kn_cArray &&
      !(KN_HDR(recv)->flags & KN_FL_FROZEN)) {
    int64_t i = KN_FIX2INT(idx), n = KN_ARY(recv)->len;
    if (i < 0) i += n;
    if ((uint64_t)i < (uint64_t)n) return KN_ARY(recv)->ptr[i] = v;
  }
  return kn_op_aset_slow(recv, idx, v);
}
kn_value kn_obj_freeze(kn_value v);
_Noreturn void kn_frozen_error(kn_value v);

/* ------------------------------------------------------------------------
 * Regexp (regexp.c, in libkiln-re.a: only programs that use Regexp link it
 * and -lonig).  kn_init registers Regexp, MatchData and String's Regexp
 * forms by itself whenever regexp.o is linked, which the linker does when
 * the program references any function below.  A program that uses Regexp
 * without one (only the Regexp constant, or =~ / match / scan / gsub on
 * Strings with a Regexp it gets from elsewhere) references kn_use_regexp,
 * e.g. `kn_use_regexp();` at the start of main: it does nothing but link.
 * ------------------------------------------------------------------------ */

void kn_use_regexp(void);
void kn_init_regexp(void); /* called by kn_init; calling it again does nothing */
/* A Regexp from its source; options: 1 IGNORECASE, 2 EXTENDED, 4 MULTILINE.
 * Generated code caches literals in a static.  RegexpError on a bad pattern. */
kn_value kn_regexp_new(const char *src, long len, int options);
kn_value kn_last_match(void);  /* $~ (nil when the last match failed) */
kn_value kn_set_last_match(kn_value m); /* sets $~, returns the one it replaces */
kn_value kn_nth_match(int n);  /* $1..$9 ($& for 0): nil without a match or group */

/* ------------------------------------------------------------------------
 * Program lifecycle
 * ------------------------------------------------------------------------ */

/* Call first in main: sets up the GC, core classes, ARGV, $0, stdout. */
void kn_init(int argc, char **argv, const char *main_file);
/* Run body (the top level) with uncaught-exception reporting, at_exit
 * handlers and flushing; returns the process exit status. */
int kn_main(kn_value (*body)(void));

#include "alloc_inline.h"         /* kn_alloc: GC memory that may hold pointers, zeroed */
void *kn_alloc_atomic(size_t size); /* GC memory that holds no pointers */
void *kn_realloc(void *p, size_t size);

/* An internal invariant failed: a kiln bug, not a Ruby error. */
_Noreturn void kn_bug(const char *file, int line, const char *msg);
#define KN_ASSERT(c, msg) do { if (!(c)) kn_bug(__FILE__, __LINE__, msg); } while (0)

#endif
