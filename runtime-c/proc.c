/* proc.c: Proc (blocks, procs and lambdas), yield, block parameter spreading and Symbol#to_proc. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define PROC_METHOD(name) kn_value name(kn_value self, int argc, const kn_value *argv, kn_value blk)

static kn_value s_to_proc, s_to_ary;

kn_value kn_proc_new(kn_block_fn fn, kn_value self, void *env, int arity, bool lambda) {
  kn_proc *p = kn_alloc(sizeof *p);
  p->h.klass = (kn_class *)kn_cProc;
  p->h.type = KN_T_PROC;
  if (lambda) p->h.flags |= KN_FL_LAMBDA;
  p->fn = fn;
  p->self = self;
  p->env = env;
  p->arity = arity;
  return (kn_value)p;
}

kn_value kn_proc_new_c(kn_block_fn fn, void *env, int arity) { return kn_proc_new(fn, KN_NIL, env, arity, false); }

/* A lambda checks its argument count as a method does.  Only the minimum is known from arity
 * when it has optional parameters; the compiled body checks the rest. */
static kn_value sym_proc_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk);

static void lambda_check(kn_proc *p, int argc) {
  int a = p->arity;
  if (p->fn == sym_proc_fn) return; /* raises its own "no receiver given" */
  if (a >= 0) {
    if (argc != a) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %d, expected %d)", argc, a);
  } else if (argc < -a - 1) {
    kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %d, expected %d+)", argc, -a - 1);
  }
}

/* `return` in a lambda leaves the lambda.  A lambda written as a block
 * (`lambda { }`, define_method) is compiled as a block, whose `return` is
 * kn_proc_return to return_to: point that at this call while it runs. */
static kn_value call_returning(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  kn_proc *p = KN_PROC(proc);
  kn_jump *volatile saved = p->return_to;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    p->return_to = &j;
    kn_value r = p->fn(proc, argc, argv, blk);
    KN_UNPROTECT(j);
    p->return_to = saved;
    return r;
  }
  p->return_to = saved;
  if (j.kind == KN_JUMP_RETURN && j.target == &j) return j.value;
  kn_rethrow(&j);
}

static inline kn_value call_proc(kn_proc *p, kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  /* (a Symbol's proc has no `return` to catch) */
  if (KN_UNLIKELY(p->h.flags & KN_FL_LAMBDA) && p->fn != sym_proc_fn) return call_returning(proc, argc, argv, blk);
  return p->fn(proc, argc, argv, blk);
}

kn_value kn_proc_call(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  kn_proc *p = KN_PROC(proc);
  if (p->h.flags & KN_FL_LAMBDA) lambda_check(p, argc);
  return call_proc(p, proc, argc, argv, blk);
}

kn_value kn_yield_slow(kn_value blk, int argc, const kn_value *argv) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given (yield)");
  kn_proc *p = KN_PROC(blk);
  if (p->h.flags & KN_FL_LAMBDA) lambda_check(p, argc);
  return call_proc(p, blk, argc, argv, KN_NIL);
}

kn_value kn_yield1_slow(kn_value blk, kn_value arg) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given (yield)");
  kn_proc *p = KN_PROC(blk);
  if ((p->h.flags & KN_FL_LAMBDA) && p->arity != 1 && p->arity != -1 && p->arity != -2) lambda_check(p, 1);
  return call_proc(p, blk, 1, &arg, KN_NIL);
}

int kn_block_params(int argc, const kn_value *argv, int n, kn_value *out) {
  if (n > 1 && argc == 1) {
    kn_value a = kn_check_array(argv[0]);
    if (a != KN_NIL) {
      int64_t len = KN_ARY(a)->len;
      for (int i = 0; i < n; i++) out[i] = i < len ? KN_ARY(a)->ptr[i] : KN_NIL;
      return len < INT32_MAX ? (int)len : INT32_MAX;
    }
  }
  for (int i = 0; i < n; i++) out[i] = i < argc ? argv[i] : KN_NIL;
  return argc;
}

const kn_value *kn_block_spread(int *argc, const kn_value *argv) {
  if (*argc != 1) return argv;
  kn_value a = kn_check_array(argv[0]);
  if (a == KN_NIL) return argv;
  *argc = (int)KN_ARY(a)->len;
  return KN_ARY(a)->ptr;
}

kn_value kn_masgn_ary(kn_value v) {
  kn_value a = kn_check_array(v);
  return a == KN_NIL ? kn_ary_new_from(1, &v) : a;
}

/* ------------------------------------------------------------------------
 * Symbol#to_proc: one cached lambda per symbol, calling the method on its first argument
 * ------------------------------------------------------------------------ */

static kn_value *sym_procs;
static uint32_t sym_procs_capa;

/* &:name sends through a cached site per Symbol: a direct-mapped table
 * indexed by the Symbol's id (a site another name held is cleared first). */
#define SYM_SITES 256
static kn_callsite sym_sites[SYM_SITES];

static kn_value sym_proc_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  kn_value name = (kn_value)KN_PROC(proc)->env;
  if (argc == 0) kn_raise_fmt(kn_eArgumentError, "no receiver given");
  kn_callsite *cs = &sym_sites[KN_SYM2ID(name) & (SYM_SITES - 1)];
  if (cs->name != name) {
    memset(cs, 0, sizeof *cs);
    cs->name = name;
  }
  /* The hit test itself, immediates included: the runtime's send refills the cache on every call
   * on an Integer or Symbol (`select(&:even?)`), where the class lookup costs more than the call. */
  kn_value recv = argv[0];
  if (cs->klass == kn_class_of(recv) && cs->serial == kn_method_serial && kn_cache_takes(cs, recv, argc - 1))
    return kn_cache_call(cs, recv, argc - 1, argv + 1, blk);
  return kn_send_cached_slow(cs, recv, name, argc - 1, argv + 1, blk);
}

static kn_value sym_to_proc(kn_value sym) {
  uint32_t id = KN_SYM2ID(sym);
  if (id >= sym_procs_capa) {
    uint32_t c = sym_procs_capa ? sym_procs_capa : 256;
    while (c <= id) c *= 2;
    kn_value *p = kn_alloc(sizeof(kn_value) * c);
    if (sym_procs_capa) memcpy(p, sym_procs, sizeof(kn_value) * sym_procs_capa);
    sym_procs = p;
    sym_procs_capa = c;
  }
  if (!sym_procs[id]) sym_procs[id] = kn_proc_new(sym_proc_fn, KN_NIL, (void *)sym, -2, true);
  return sym_procs[id];
}

kn_value kn_to_proc(kn_value v) {
  if (v == KN_NIL || KN_TYPE_P(v, KN_T_PROC)) return v;
  if (KN_SYMBOL_P(v)) return sym_to_proc(v);
  if (!kn_respond_to(v, s_to_proc, true))
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Proc)", kn_class_name(kn_real_class(v)));
  kn_value p = kn_send(v, s_to_proc, 0, NULL, KN_NIL);
  if (!KN_TYPE_P(p, KN_T_PROC))
    kn_conversion_gave(v, "Proc", "to_proc", p);
  return p;
}

/* ------------------------------------------------------------------------
 * Proc methods
 * ------------------------------------------------------------------------ */

PROC_METHOD(kn_proc_call_m) { return kn_proc_call(self, argc, argv, blk); }

PROC_METHOD(kn_proc_eqq) { return kn_proc_call(self, argc, argv, blk); }

PROC_METHOD(kn_proc_to_proc) { return self; }

PROC_METHOD(kn_proc_lambda_p) { return KN_BOOL(KN_HDR(self)->flags & KN_FL_LAMBDA); }

/* "#<Proc:0x... (lambda)>": the runtime does not know a block's file:line, which ruby prints too. */
PROC_METHOD(kn_proc_inspect) {
  kn_value s = kn_any_to_s(self);
  if (!(KN_HDR(self)->flags & KN_FL_LAMBDA)) return s;
  KN_STR(s)->len--;
  kn_str_cat_cstr(s, " (lambda)>");
  return s;
}

PROC_METHOD(kn_proc_arity) {
  kn_proc *p = KN_PROC(self);
  int a = p->arity;
  /* a proc (not lambda) with optional args only reports -1 when it has none required: ruby rules */
  return KN_INT2FIX(a);
}

/* Proc#parameters: what stage1 registered for the block (a proc's required
 * parameters are optional ones, a destructured one [:opt, nil], as ruby
 * reports), else a list from the arity: n [:req] and [:rest] when negative. */
PROC_METHOD(kn_proc_parameters) {
  kn_proc *p = KN_PROC(self);
  bool lambda = (KN_HDR(self)->flags & KN_FL_LAMBDA) != 0;
  kn_value params = kn_fn_parameters((kn_fn)p->fn);
  kn_value req = kn_intern("req"), opt = kn_intern("opt");
  if (params == KN_NIL) {
    params = kn_ary_new(0);
    int n = p->arity < 0 ? -p->arity - 1 : p->arity;
    for (int i = 0; i < n; i++) kn_ary_push(params, kn_ary_new_from(1, lambda ? &req : &opt));
    if (p->arity < 0) kn_ary_push(params, kn_ary_new_from(1, (kn_value[]){kn_intern("rest")}));
    return params;
  }
  if (lambda) return params;
  for (int64_t i = 0; i < KN_ARY(params)->len; i++) {
    kn_value pair = KN_ARY(params)->ptr[i];
    if (KN_ARY(pair)->ptr[0] != req) continue;
    kn_value name = KN_ARY(pair)->len > 1 ? KN_ARY(pair)->ptr[1] : KN_NIL;
    KN_ARY(params)->ptr[i] = kn_ary_new_from(2, (kn_value[]){opt, name});
  }
  return params;
}

PROC_METHOD(kn_proc_dup) {
  kn_proc *p = kn_alloc(sizeof *p);
  *p = *KN_PROC(self);
  p->h.flags &= ~(uint32_t)KN_FL_FROZEN;
  return (kn_value)p;
}

/* curry: collect arguments until the arity is reached, then call. */
typedef struct curry_env {
  kn_value proc;
  kn_value args; /* Array collected so far */
  int arity;
} curry_env;

static kn_value make_curry(kn_value proc, kn_value args, int arity);

static kn_value curry_fn(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  curry_env *e = KN_PROC(self)->env;
  kn_value args = kn_ary_dup(e->args);
  for (int i = 0; i < argc; i++) kn_ary_push(args, argv[i]);
  if (KN_ARY(args)->len >= e->arity) return kn_proc_call(e->proc, (int)KN_ARY(args)->len, KN_ARY(args)->ptr, blk);
  return make_curry(e->proc, args, e->arity);
}

static kn_value make_curry(kn_value proc, kn_value args, int arity) {
  curry_env *e = kn_alloc(sizeof *e);
  e->proc = proc;
  e->args = args;
  e->arity = arity;
  return kn_proc_new(curry_fn, KN_NIL, e, -1, true);
}

PROC_METHOD(kn_proc_curry) {
  kn_proc *p = KN_PROC(self);
  int arity = p->arity >= 0 ? p->arity : -p->arity - 1;
  if (argc > 0) {
    int64_t n = kn_num2long(argv[0]);
    if ((p->h.flags & KN_FL_LAMBDA) && p->arity >= 0 && n != p->arity)
      kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %lld, expected %d)", (long long)n, p->arity);
    arity = (int)n;
  }
  if (arity == 0 && !(p->h.flags & KN_FL_LAMBDA)) return self;
  return make_curry(self, kn_ary_new(0), arity);
}

/* f >> g and f << g */
typedef struct compose_env {
  kn_value first, second;
} compose_env;

static kn_value call_callable(kn_value f, int argc, const kn_value *argv, kn_value blk) {
  if (KN_TYPE_P(f, KN_T_PROC)) return kn_proc_call(f, argc, argv, blk);
  return kn_send(f, kn_intern("call"), argc, argv, blk);
}

static kn_value compose_fn(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  compose_env *e = KN_PROC(self)->env;
  kn_value mid = call_callable(e->first, argc, argv, blk);
  return call_callable(e->second, 1, &mid, KN_NIL);
}

static kn_value compose(kn_value self, kn_value first, kn_value second) {
  compose_env *e = kn_alloc(sizeof *e);
  e->first = first;
  e->second = second;
  return kn_proc_new(compose_fn, KN_NIL, e, -1, (KN_HDR(self)->flags & KN_FL_LAMBDA) != 0);
}

PROC_METHOD(kn_proc_rshift) { return compose(self, self, argv[0]); }
PROC_METHOD(kn_proc_lshift) { return compose(self, argv[0], self); }

static PROC_METHOD(proc_s_new) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to create Proc object without a block");
  return blk;
}

static PROC_METHOD(kernel_proc) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to create Proc object without a block");
  return blk;
}

static PROC_METHOD(kernel_lambda) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to create Proc object without a block");
  if (KN_HDR(blk)->flags & KN_FL_LAMBDA) return blk;
  kn_value l = kn_proc_dup(blk, 0, NULL, KN_NIL);
  KN_HDR(l)->flags |= KN_FL_LAMBDA;
  return l;
}

void kn_init_proc(void) {
  s_to_proc = kn_intern("to_proc");
  s_to_ary = kn_intern("to_ary");
  kn_value c = kn_cProc;
  static const kn_method_def singleton[] = {{"new", proc_s_new, 0, -1}, {NULL, NULL, 0, 0}};
  kn_define_singleton_methods(c, singleton);
  static const kn_method_def defs[] = {
      {"call", kn_proc_call_m, 0, -1},
      {"()", kn_proc_call_m, 0, -1},
      {"yield", kn_proc_call_m, 0, -1},
      {"[]", kn_proc_call_m, 0, -1},
      {"===", kn_proc_eqq, 0, -1},
      {"to_proc", kn_proc_to_proc, 0, 0},
      {"parameters", kn_proc_parameters, 0, 0},
      {"lambda?", kn_proc_lambda_p, 0, 0},
      {"inspect", kn_proc_inspect, 0, 0},
      {"to_s", kn_proc_inspect, 0, 0},
      {"arity", kn_proc_arity, 0, 0},
      {"curry", kn_proc_curry, 0, 1},
      {">>", kn_proc_rshift, 1, 1},
      {"<<", kn_proc_lshift, 1, 1},
      {"dup", kn_proc_dup, 0, 0},
      {"clone", kn_proc_dup, 0, 0},
      {NULL, NULL, 0, 0}};
  kn_define_methods(c, defs);
  /* Kernel#proc / #lambda, unless the core defines its own */
  if (!kn_find_method((kn_class *)kn_mKernel, kn_intern("proc"))) {
    static const kn_method_def k[] = {{"proc", kernel_proc, 0, 0}, {NULL, NULL, 0, 0}};
    kn_define_private_methods(kn_mKernel, k);
  }
  if (!kn_find_method((kn_class *)kn_mKernel, kn_intern("lambda"))) {
    static const kn_method_def k[] = {{"lambda", kernel_lambda, 0, 0}, {NULL, NULL, 0, 0}};
    kn_define_private_methods(kn_mKernel, k);
  }
}
