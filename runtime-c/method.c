/* method.c: Method and UnboundMethod (Kernel#method, Module#instance_method, bind, call, to_proc). */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value kn_cMethod, kn_cUnboundMethod;

/* A Method holds its receiver; an UnboundMethod has recv == KN_UNDEF.
 * klass is the class the name was looked up in (what inspect prints before
 * the owner). */
typedef struct kn_method_obj {
  kn_header h;
  kn_value recv;
  kn_value name;
  const kn_method *m;
  kn_class *klass;
} kn_method_obj;
#define KN_MOBJ(v) ((kn_method_obj *)(v))

static bool is_method_obj(kn_value v) {
  return KN_TYPE_P(v, KN_T_DATA) &&
         (kn_real_class(v) == kn_cMethod || kn_real_class(v) == kn_cUnboundMethod);
}

static kn_value mobj_new(kn_value klass, kn_value recv, kn_value name, const kn_method *m, kn_class *where) {
  kn_method_obj *o = kn_alloc(sizeof *o);
  o->h.klass = KN_CLASS(klass);
  o->h.type = KN_T_DATA;
  o->recv = recv;
  o->name = name;
  o->m = m;
  o->klass = where;
  return (kn_value)o;
}

static kn_value name_arg(kn_value v) {
  if (KN_SYMBOL_P(v)) return v;
  if (KN_TYPE_P(v, KN_T_STRING)) return kn_str_to_sym(v);
  kn_value s = kn_inspect(v);
  kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(s)->ptr);
}

static kn_class *owner_of(const kn_method *m) {
  kn_class *o = m->owner;
  return o->module ? o->module : o;
}

/* ruby's NameError#receiver here is the class that lacks the method */
static _Noreturn void undefined_method(kn_class *k, kn_value name) {
  kn_name_error_recv(KN_CVAL(k), name, "undefined method `%s' for %s `%s'", kn_sym_name(name),
                (k->h.type == KN_T_MODULE) ? "module" : "class", kn_class_name(KN_CVAL(k)));
}

/* The body of a Method that only respond_to_missing? answers for: never run
 * itself (call goes to method_missing, see invoke), it marks such Methods. */
static kn_value missing_stub(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_raise_fmt(kn_eNotImplementedError, "a method answered by respond_to_missing? cannot be rebound");
}

/* A Method for name that recv's method_missing will answer (ruby's
 * respond_to_missing? protocol): arity -1, owned by recv's class. */
static const kn_method *missing_method(kn_value recv, kn_value name) {
  kn_method *m = kn_alloc(sizeof *m);
  m->fn = missing_stub;
  m->name = name;
  m->cname = kn_sym_name(name);
  m->owner = kn_real_class_of(recv);
  m->min_args = 0;
  m->max_args = -1;
  m->visibility = KN_PUBLIC;
  m->flags = KN_METHOD_CFUNC;
  return m;
}

/* Kernel#method / public_method: private methods only for method. */
static kn_value method_of(kn_value recv, kn_value name, bool public_only) {
  kn_class *k = kn_class_of(recv);
  const kn_method *m = kn_find_method(k, name);
  if (!m && kn_respond_to(recv, name, true)) m = missing_method(recv, name); /* (asks respond_to_missing?) */
  if (!m) undefined_method(kn_real_class_of(recv), name);
  if (public_only && m->visibility != KN_PUBLIC)
    kn_name_error(name, "method `%s' for class `%s' is %s", kn_sym_name(name), kn_class_name(KN_CVAL(kn_real_class_of(recv))),
                  m->visibility == KN_PRIVATE ? "private" : "protected");
  return mobj_new(kn_cMethod, recv, name, m, k);
}

/* The Method for recv.name, or raise as Kernel#method does (for runtime callers). */
kn_value kn_obj_method(kn_value recv, kn_value name) { return method_of(recv, name, false); }

static kn_value k_method(ARGS) { return method_of(self, name_arg(argv[0]), false); }
static kn_value k_public_method(ARGS) { return method_of(self, name_arg(argv[0]), true); }

static kn_value mod_instance_method(ARGS) {
  kn_value name = name_arg(argv[0]);
  const kn_method *m = kn_find_method(KN_CLASS(self), name);
  if (!m) undefined_method(KN_CLASS(self), name);
  return mobj_new(kn_cUnboundMethod, KN_UNDEF, name, m, KN_CLASS(self));
}
static kn_value mod_public_instance_method(ARGS) {
  kn_value name = name_arg(argv[0]);
  const kn_method *m = kn_find_method(KN_CLASS(self), name);
  if (!m) undefined_method(KN_CLASS(self), name);
  if (m->visibility != KN_PUBLIC)
    kn_name_error(name, "method `%s' for %s `%s' is %s", kn_sym_name(name),
                  KN_TYPE_P(self, KN_T_MODULE) ? "module" : "class", kn_class_name(self),
                  m->visibility == KN_PRIVATE ? "private" : "protected");
  return mobj_new(kn_cUnboundMethod, KN_UNDEF, name, m, KN_CLASS(self));
}

/* ---- parameters of compiled methods ----
 * stage1 registers each method function's parameters ("req a;opt b;rest;
 * keyreq k;block &", as Method#parameters lists them) and where it starts,
 * keyed by the function; C methods have none and answer from their arity. */

typedef struct param_info {
  kn_fn fn;
  const char *desc;
  const char *file;
  int line;
} param_info;

static param_info *infos;   /* open addressing on the function's address */
static size_t infos_len, infos_capa;

static size_t info_slot(param_info *tab, size_t capa, kn_fn fn) {
  size_t i = ((uintptr_t)fn >> 4) * 0x9E3779B97F4A7C15ull & (capa - 1);
  while (tab[i].fn && tab[i].fn != fn) i = (i + 1) & (capa - 1);
  return i;
}

void kn_method_params(kn_fn fn, const char *desc, const char *file, int line) {
  if (2 * (infos_len + 1) > infos_capa) {
    size_t capa = infos_capa ? 2 * infos_capa : 256;
    param_info *tab = calloc(capa, sizeof *tab);
    if (!tab) kn_bug(__FILE__, __LINE__, "out of memory");
    for (size_t i = 0; i < infos_capa; i++)
      if (infos[i].fn) tab[info_slot(tab, capa, infos[i].fn)] = infos[i];
    free(infos);
    infos = tab;
    infos_capa = capa;
  }
  size_t i = info_slot(infos, infos_capa, fn);
  if (!infos[i].fn) infos_len++;
  infos[i] = (param_info){fn, desc, file, line};
}

static const param_info *info_of(const kn_method *m) {
  if (!infos || (m->flags & KN_METHOD_CFUNC)) return NULL;
  const param_info *p = &infos[info_slot(infos, infos_capa, m->fn)];
  return p->fn ? p : NULL;
}

/* [[:req, :a], [:opt, :b], [:rest], ...] from a registered description. */
static kn_value parse_params(const char *desc) {
  kn_value out = kn_ary_new(0);
  const char *p = desc;
  while (*p) {
    const char *end = strchr(p, ';');
    if (!end) end = p + strlen(p);
    const char *sp = memchr(p, ' ', (size_t)(end - p));
    kn_value pair = kn_ary_new(0);
    kn_ary_push(pair, kn_intern_len(p, (size_t)((sp ? sp : end) - p)));
    if (sp) kn_ary_push(pair, kn_intern_len(sp + 1, (size_t)(end - sp - 1)));
    kn_ary_push(out, pair);
    p = *end ? end + 1 : end;
  }
  return out;
}

/* A C method's parameters as CRuby reports a cfunc's: n [:req], or [[:rest]]
 * when it takes a variable count (CRuby's (argc, argv) cfuncs). */
static kn_value cfunc_params(const kn_method *m) {
  kn_value out = kn_ary_new(0);
  if (m->max_args != m->min_args) return kn_ary_push(out, kn_ary_new_from(1, (kn_value[]){kn_intern("rest")}));
  for (int i = 0; i < m->min_args; i++) kn_ary_push(out, kn_ary_new_from(1, (kn_value[]){kn_intern("req")}));
  return out;
}

static kn_value params_of(const kn_method *m) {
  const param_info *pi = info_of(m);
  return pi ? parse_params(pi->desc) : cfunc_params(m);
}

static bool kind_is(kn_value pair, const char *kind) { return KN_ARY(pair)->ptr[0] == kn_intern(kind); }

/* CRuby's rule: required positionals (plus one when a keyword is required);
 * at most those, the optional ones and one for any keywords; a splat, no limit. */
static int params_arity(kn_value params) {
  int min = 0, max = 0, keys = 0, req_key = 0;
  bool rest = false;
  for (int64_t i = 0; i < KN_ARY(params)->len; i++) {
    kn_value pair = KN_ARY(params)->ptr[i];
    if (kind_is(pair, "req")) min++, max++;
    else if (kind_is(pair, "opt")) max++;
    else if (kind_is(pair, "rest")) rest = true;
    else if (kind_is(pair, "keyreq")) keys = req_key = 1;
    else if (kind_is(pair, "key") || kind_is(pair, "keyrest")) keys = 1;
  }
  min += req_key;
  max += keys;
  return rest ? -(min + 1) : (min == max ? min : -(min + 1));
}

/* "a, b=..., *r, k:, o: ..., **kw, &blk" as ruby 3.1's Method#inspect writes a parameter list. */
static void inspect_params(kn_buf *b, kn_value params) {
  bool forwarding = false;
  int64_t n = KN_ARY(params)->len;
  for (int64_t i = 0; i < n; i++) {
    kn_value pair = KN_ARY(params)->ptr[i];
    kn_value name = KN_ARY(pair)->len > 1 ? KN_ARY(pair)->ptr[1] : KN_NIL;
    const char *s = name != KN_NIL ? kn_sym_name(name) : NULL;
    if (kind_is(pair, "req")) kn_buf_adds(b, s ? s : "_");
    else if (kind_is(pair, "opt")) kn_buf_printf(b, "%s=...", s ? s : "_");
    else if (kind_is(pair, "keyreq")) kn_buf_printf(b, "%s:", s);
    else if (kind_is(pair, "key")) kn_buf_printf(b, "%s: ...", s);
    else if (kind_is(pair, "rest")) {
      if (s && !strcmp(s, "*")) forwarding = true, kn_buf_adds(b, "...");
      else kn_buf_printf(b, "*%s", s ? s : "");
    } else if (kind_is(pair, "keyrest")) {
      if (!s || strcmp(s, "**")) kn_buf_printf(b, "**%s", s ? s : "");
      else if (i > 0) b->len -= 2;
    } else if (kind_is(pair, "block")) {
      if (s && !strcmp(s, "&")) {
        if (forwarding) b->len -= 2;
        else kn_buf_adds(b, "...");
      } else kn_buf_printf(b, "&%s", s ? s : "block");
    } else if (kind_is(pair, "nokey")) kn_buf_adds(b, "**nil");
    if (i < n - 1) kn_buf_adds(b, ", ");
  }
}

static kn_value meth_parameters(ARGS) { return params_of(KN_MOBJ(self)->m); }

/* A compiled block's registered parameters (Proc#parameters), or nil for
 * procs made in C (Symbol#to_proc, Method#to_proc, Hash#to_proc). */
kn_value kn_fn_parameters(kn_fn fn) {
  if (!infos) return KN_NIL;
  const param_info *p = &infos[info_slot(infos, infos_capa, fn)];
  return p->fn ? parse_params(p->desc) : KN_NIL;
}


static kn_value meth_source_location(ARGS) {
  const param_info *pi = info_of(KN_MOBJ(self)->m);
  if (!pi || !pi->file) return KN_NIL;
  kn_value loc[2] = {kn_str_cstr(pi->file), KN_INT2FIX(pi->line)};
  return kn_ary_new_from(2, loc);
}

/* ---- calling ---- */

/* Runs Method o on recv: its body, or method_missing for a respond_to_missing? one. */
static kn_value invoke(kn_method_obj *o, kn_value recv, int argc, const kn_value *argv, kn_value blk) {
  if (o->m->fn != missing_stub) return kn_invoke(o->m, recv, argc, argv, blk);
  kn_value *args = kn_alloc(sizeof(kn_value) * ((size_t)argc + 1));
  args[0] = o->name;
  if (argc) memcpy(args + 1, argv, sizeof(kn_value) * (size_t)argc);
  return kn_send_self(recv, kn_s_method_missing, argc + 1, args, blk);
}

static kn_value meth_call(ARGS) { return invoke(KN_MOBJ(self), KN_MOBJ(self)->recv, argc, argv, blk); }

/* Method#arity: a C method with optional arguments takes (argc, argv) in CRuby: -1. */
static int method_arity(const kn_method *m) {
  const param_info *pi = info_of(m);
  if (pi) return params_arity(parse_params(pi->desc));
  /* define_method: its block's arity (a Proc's: optional parameters are not
   * counted as a lambda's would be) */
  kn_value body = kn_method_body_proc(m);
  if (body) return KN_PROC(body)->arity;
  if (m->min_args == m->max_args) return m->min_args;
  if (m->flags & KN_METHOD_CFUNC) return -1;
  return -(m->min_args + 1);
}
static kn_value meth_arity(ARGS) { return KN_INT2FIX(method_arity(KN_MOBJ(self)->m)); }

static kn_value method_proc_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  kn_value mo = (kn_value)KN_PROC(proc)->env;
  return invoke(KN_MOBJ(mo), KN_MOBJ(mo)->recv, argc, argv, blk);
}

static kn_value meth_to_proc(ARGS) {
  return kn_proc_new(method_proc_fn, KN_MOBJ(self)->recv, (void *)self, method_arity(KN_MOBJ(self)->m), true);
}

static kn_value meth_curry(ARGS) {
  kn_value p = meth_to_proc(self, 0, NULL, KN_NIL);
  return kn_send(p, kn_intern("curry"), argc, argv, KN_NIL);
}

/* m >> g, m << g: compositions of m's lambda (Method#to_proc), as Proc's. */
static kn_value meth_rshift(ARGS) { return kn_send(meth_to_proc(self, 0, NULL, KN_NIL), kn_intern(">>"), 1, argv, KN_NIL); }
static kn_value meth_lshift(ARGS) { return kn_send(meth_to_proc(self, 0, NULL, KN_NIL), kn_intern("<<"), 1, argv, KN_NIL); }

static kn_value meth_receiver(ARGS) { return KN_MOBJ(self)->recv; }
static kn_value meth_name(ARGS) { return KN_MOBJ(self)->name; }
static kn_value meth_owner(ARGS) { return KN_CVAL(owner_of(KN_MOBJ(self)->m)); }

static kn_value meth_unbind(ARGS) {
  kn_method_obj *o = KN_MOBJ(self);
  return mobj_new(kn_cUnboundMethod, KN_UNDEF, o->name, o->m, kn_real_class_of(o->recv));
}

/* Same definition (the kn_method, or a copy of it made by a visibility change) and same receiver. */
static bool same_def(const kn_method *a, const kn_method *b) {
  return a == b || (a->fn == b->fn && a->owner == b->owner && a->name == b->name && a->flags == b->flags);
}
static kn_value meth_eq(ARGS) {
  kn_value o = argv[0];
  if (!is_method_obj(o) || kn_real_class(o) != kn_real_class(self)) return KN_FALSE;
  kn_method_obj *a = KN_MOBJ(self), *b = KN_MOBJ(o);
  if (a->recv != b->recv) return KN_FALSE;
  return KN_BOOL(same_def(a->m, b->m) && owner_of(a->m) == owner_of(b->m));
}
static kn_value meth_hash(ARGS) {
  kn_method_obj *o = KN_MOBJ(self);
  uint64_t h = kn_hash_mix((uint64_t)(uintptr_t)o->m->fn, (uint64_t)o->name);
  if (o->recv != KN_UNDEF) h = kn_hash_mix(h, KN_SPECIAL_P(o->recv) ? o->recv : (uint64_t)(uintptr_t)o->recv);
  return KN_INT2FIX((int64_t)(h >> 2));
}

/* ruby 3.1's inspect: "#<Method: Integer#+(_)>", "#<Method: Object(Kernel)#puts(*)>",
 * "#<Method: Foo.k(a, b=...) foo.rb:3>" for a singleton method the program defines. */
static kn_value meth_inspect(ARGS) {
  kn_method_obj *o = KN_MOBJ(self);
  const kn_method *m = o->m;
  kn_class *owner = owner_of(m);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, o->recv == KN_UNDEF ? "#<UnboundMethod: " : "#<Method: ");
  if ((owner->h.flags & KN_FL_SINGLETON) && o->recv != KN_UNDEF) {
    kn_value att = owner->attached;
    kn_buf_addv(&b, kn_inspect(att));
    kn_buf_addc(&b, '.');
  } else if (owner->h.flags & KN_FL_SINGLETON) {
    kn_buf_addv(&b, kn_inspect(KN_CVAL(owner)));
    kn_buf_addc(&b, '#');
  } else {
    kn_class *k = o->klass;
    while (k && (k->h.flags & (KN_FL_SINGLETON | KN_FL_ICLASS))) k = k->super;
    if (!k) k = owner;
    kn_buf_adds(&b, kn_class_name(KN_CVAL(k)));
    if (k != owner) {
      kn_buf_addc(&b, '(');
      kn_buf_adds(&b, kn_class_name(KN_CVAL(owner)));
      kn_buf_addc(&b, ')');
    }
    kn_buf_addc(&b, '#');
  }
  kn_buf_adds(&b, kn_sym_name(o->name));
  kn_buf_addc(&b, '(');
  inspect_params(&b, params_of(m));
  kn_buf_addc(&b, ')');
  const param_info *pi = info_of(m);
  if (pi && pi->file) kn_buf_printf(&b, " %s:%d", pi->file, pi->line);
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

/* ---- UnboundMethod ---- */

static kn_value um_bind(ARGS) {
  kn_method_obj *o = KN_MOBJ(self);
  kn_class *owner = owner_of(o->m);
  if (!(owner->h.type == KN_T_MODULE) && !kn_obj_is_kind_of(argv[0], KN_CVAL(owner))) {
    if (owner->h.flags & KN_FL_SINGLETON) kn_raise_fmt(kn_eTypeError, "singleton method called for a different object");
    kn_raise_fmt(kn_eTypeError, "bind argument must be an instance of %s", kn_class_name(KN_CVAL(owner)));
  }
  return mobj_new(kn_cMethod, argv[0], o->name, o->m, kn_class_of(argv[0]));
}
static kn_value um_bind_call(ARGS) {
  if (argc < 1) kn_raise_argc(argc, 1, -1);
  kn_value m = um_bind(self, 1, argv, KN_NIL);
  return kn_invoke(KN_MOBJ(m)->m, argv[0], argc - 1, argv + 1, blk);
}

static const kn_method_def method_methods[] = {
    {"call", meth_call, 0, -1},       {"()", meth_call, 0, -1},           {"[]", meth_call, 0, -1},
    {"===", meth_call, 0, -1},        {"yield", meth_call, 0, -1},        {"to_proc", meth_to_proc, 0, 0},
    {"arity", meth_arity, 0, 0},      {"owner", meth_owner, 0, 0},        {"receiver", meth_receiver, 0, 0},
    {"name", meth_name, 0, 0},        {"unbind", meth_unbind, 0, 0},      {"curry", meth_curry, 0, 1},
    {"inspect", meth_inspect, 0, 0},  {"to_s", meth_inspect, 0, 0},       {"==", meth_eq, 1, 1},
    {"eql?", meth_eq, 1, 1},          {"hash", meth_hash, 0, 0},
    {"source_location", meth_source_location, 0, 0},
    {"parameters", meth_parameters, 0, 0}, {">>", meth_rshift, 1, 1},         {"<<", meth_lshift, 1, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def unbound_methods[] = {
    {"bind", um_bind, 1, 1},          {"bind_call", um_bind_call, 1, -1}, {"arity", meth_arity, 0, 0},
    {"owner", meth_owner, 0, 0},      {"name", meth_name, 0, 0},          {"inspect", meth_inspect, 0, 0},
    {"to_s", meth_inspect, 0, 0},     {"==", meth_eq, 1, 1},              {"eql?", meth_eq, 1, 1},
    {"hash", meth_hash, 0, 0},        {"source_location", meth_source_location, 0, 0},
    {"parameters", meth_parameters, 0, 0},
    {NULL, NULL, 0, 0}};

void kn_init_forwardable(void); /* forwardable.c */

void kn_init_method(void) {
  kn_cMethod = kn_define_class(kn_cObject, "Method", kn_cObject);
  kn_cUnboundMethod = kn_define_class(kn_cObject, "UnboundMethod", kn_cObject);
  kn_define_methods(kn_cMethod, method_methods);
  kn_define_methods(kn_cUnboundMethod, unbound_methods);
  kn_define_method(kn_mKernel, "method", k_method, 1, 1);
  kn_define_method(kn_mKernel, "public_method", k_public_method, 1, 1);
  kn_define_method(kn_cModule, "instance_method", mod_instance_method, 1, 1);
  kn_define_method(kn_cModule, "public_instance_method", mod_public_instance_method, 1, 1);
  /* Forwardable defines methods that forward to another object: it boots with Method */
  kn_init_forwardable();
}
