/* class.c: classes, modules, method tables and dispatch, constants, instance/class/global variables. */
#include "internal.h"

uint64_t kn_method_serial = 1;
uint64_t kn_const_serial = 1;
kn_value kn_top_self;
bool kn_booting;
static uint32_t class_serial;

/* ------------------------------------------------------------------------
 * Class objects
 * ------------------------------------------------------------------------ */

static kn_class *special_class[0x20 >> 3]; /* false, nil, true: indexed by value >> 3 */

kn_class *kn_class_of_special(kn_value v) {
  if (KN_FIXNUM_P(v)) return KN_CLASS(kn_cInteger);
  if (KN_FLONUM_P(v)) return KN_CLASS(kn_cFloat);
  if (KN_SYMBOL_P(v)) return KN_CLASS(kn_cSymbol);
  if (v < 0x20) {
    KN_ASSERT(v != KN_UNDEF, "KN_UNDEF escaped into a method call");
    return special_class[v >> 3];
  }
  return KN_HDR(v)->klass;
}

kn_value kn_class_value(kn_class *c) { return KN_CVAL(c); }

kn_class *kn_real_class_of(kn_value v) {
  kn_class *c = kn_class_of(v);
  while (c && (c->h.flags & (KN_FL_SINGLETON | KN_FL_ICLASS))) c = c->super;
  return c;
}

kn_value kn_real_class(kn_value v) { return KN_CVAL(kn_real_class_of(v)); }
kn_value kn_class_of_value(kn_value v) { return kn_real_class(v); }

static kn_class *class_alloc(uint32_t type, kn_class *klass) {
  kn_class *c = kn_alloc(sizeof(kn_class));
  c->h.klass = klass;
  c->h.type = type;
  c->mtbl = kn_alloc(sizeof(kn_symtbl));
  c->module = c;
  c->attached = KN_NIL;
  c->serial = ++class_serial;
  return c;
}

/* The metaclass of a class: its superclass is the metaclass of the
 * superclass, so class methods are inherited. */
static kn_class *make_metaclass(kn_class *c) {
  kn_class *super_meta;
  kn_class *sup = c->super;
  while (sup && (sup->h.flags & KN_FL_ICLASS)) sup = sup->super;
  super_meta = sup ? sup->h.klass : KN_CLASS(kn_cClass);
  kn_class *m = class_alloc(KN_T_CLASS, KN_CLASS(kn_cClass));
  m->h.flags |= KN_FL_SINGLETON;
  m->super = super_meta;
  m->attached = KN_CVAL(c);
  c->h.klass = m;
  return m;
}

/* A core class created at boot.  Metaclasses are made once Class exists. */
kn_class *kn_boot_class(kn_class *super, const char *name, uint32_t instance_type) {
  kn_class *c = class_alloc(KN_T_CLASS, kn_cClass ? KN_CLASS(kn_cClass) : NULL);
  c->super = super;
  c->name = name;
  c->h.flags |= KN_FL_BOOTED;
  c->alloc = super ? super->alloc : kn_obj_alloc_default;
  (void)instance_type;
  if (kn_cClass && KN_CLASS(kn_cClass)->h.klass) make_metaclass(c);
  if (kn_cObject && name) kn_const_set(kn_cObject, kn_intern(name), KN_CVAL(c));
  return c;
}

/* Called by init.c once BasicObject, Object, Module and Class exist. */
void kn_boot_metaclasses(void) {
  kn_class *order[4] = {KN_CLASS(kn_cBasicObject), KN_CLASS(kn_cObject), KN_CLASS(kn_cModule),
                        KN_CLASS(kn_cClass)};
  for (int i = 0; i < 4; i++) {
    order[i]->h.klass = KN_CLASS(kn_cClass);
    make_metaclass(order[i]);
  }
}

kn_value kn_class_new(kn_value super) {
  if (super == KN_UNDEF || super == KN_NIL) super = kn_cObject;
  if (!KN_TYPE_P(super, KN_T_CLASS))
    kn_raise_fmt(kn_eTypeError, "superclass must be a Class (%s given)",
                 kn_class_name(kn_real_class(super)));
  if (KN_CLASS(super)->h.flags & KN_FL_SINGLETON)
    kn_raise_fmt(kn_eTypeError, "can't make subclass of singleton class");
  if (super == kn_cClass) kn_raise_fmt(kn_eTypeError, "can't make subclass of Class");
  kn_class *c = class_alloc(KN_T_CLASS, KN_CLASS(kn_cClass));
  c->super = KN_CLASS(super);
  c->alloc = KN_CLASS(super)->alloc;
  make_metaclass(c);
  return KN_CVAL(c);
}

kn_value kn_module_new(void) { return KN_CVAL(class_alloc(KN_T_MODULE, KN_CLASS(kn_cModule))); }

static bool user_hook(kn_value recv, kn_value name);
static kn_value s_prepended, s_method_added, s_singleton_method_added;

static void name_class(kn_class *c, kn_value outer, kn_value name) {
  if (c->name) return;
  if (outer == kn_cObject || outer == KN_UNDEF || outer == KN_NIL) {
    c->name = kn_sym_name(name);
  } else {
    const char *on = kn_class_name(outer);
    const char *n = kn_sym_name(name);
    char *s = kn_alloc_atomic(strlen(on) + strlen(n) + 3);
    sprintf(s, "%s::%s", on, n);
    c->name = s;
  }
}

kn_value kn_define_class(kn_value outer, const char *name, kn_value super) {
  kn_value sym = kn_intern(name);
  if (outer == KN_NIL || outer == KN_UNDEF) outer = kn_cObject;
  if (super == KN_UNDEF) super = KN_NIL;
  kn_value *old = kn_tbl_ref(&KN_CLASS(outer)->consts, sym);
  if (old) {
    if (!KN_TYPE_P(*old, KN_T_CLASS)) kn_raise_fmt(kn_eTypeError, "%s is not a class", name);
    kn_class *c = KN_CLASS(*old);
    if (super != KN_NIL) {
      kn_class *sup = c->super;
      while (sup && (sup->h.flags & KN_FL_ICLASS)) sup = sup->super;
      if (KN_CVAL(sup) != super) kn_raise_fmt(kn_eTypeError, "superclass mismatch for class %s", name);
    }
    c->default_vis = KN_PUBLIC;
    return *old;
  }
  kn_value c = kn_class_new(super);
  kn_const_set(outer, sym, c);
  kn_value sup = super == KN_NIL ? kn_cObject : super;
  if (user_hook(sup, kn_s_inherited)) kn_send_self(sup, kn_s_inherited, 1, &c, KN_NIL);
  return c;
}

kn_value kn_define_module(kn_value outer, const char *name) {
  kn_value sym = kn_intern(name);
  if (outer == KN_NIL || outer == KN_UNDEF) outer = kn_cObject;
  kn_value *old = kn_tbl_ref(&KN_CLASS(outer)->consts, sym);
  if (old) {
    if (!KN_TYPE_P(*old, KN_T_MODULE)) kn_raise_fmt(kn_eTypeError, "%s is not a module", name);
    KN_CLASS(*old)->default_vis = KN_PUBLIC;
    return *old;
  }
  kn_value m = kn_module_new();
  kn_const_set(outer, sym, m);
  return m;
}

const char *kn_class_name(kn_value klass) {
  kn_class *c = KN_CLASS(klass);
  if (c->name) return c->name;
  char buf[96];
  if (c->h.flags & KN_FL_SINGLETON) {
    kn_value a = c->attached;
    if (KN_TYPE_P(a, KN_T_CLASS) || KN_TYPE_P(a, KN_T_MODULE)) {
      const char *an = kn_class_name(a);
      char *s = kn_alloc_atomic(strlen(an) + 10);
      sprintf(s, "#<Class:%s>", an);
      return s;
    }
    kn_value insp = kn_any_to_s(a);
    char *s = kn_alloc_atomic((size_t)KN_STR(insp)->len + 10);
    sprintf(s, "#<Class:%s>", KN_STR(insp)->ptr);
    return s;
  }
  snprintf(buf, sizeof buf, "#<%s:0x%016lx>", c->h.type == KN_T_MODULE ? "Module" : "Class",
           (unsigned long)klass);
  char *s = kn_alloc_atomic(strlen(buf) + 1);
  strcpy(s, buf);
  return s;
}

kn_value kn_class_path(kn_value klass) { return kn_str_cstr(kn_class_name(klass)); }

kn_value kn_singleton_class(kn_value obj) {
  if (KN_SPECIAL_P(obj)) {
    if (obj == KN_NIL || obj == KN_TRUE || obj == KN_FALSE) return KN_CVAL(kn_class_of(obj));
    kn_raise_fmt(kn_eTypeError, "can't define singleton");
  }
  kn_class *k = KN_HDR(obj)->klass;
  if ((k->h.flags & KN_FL_SINGLETON) && k->attached == obj) return KN_CVAL(k);
  kn_class *s = class_alloc(KN_T_CLASS, KN_CLASS(kn_cClass));
  s->h.flags |= KN_FL_SINGLETON;
  s->super = KN_HDR(obj)->type == KN_T_MODULE ? KN_CLASS(kn_cModule) : k;
  s->attached = obj;
  s->alloc = k->alloc;
  KN_HDR(obj)->klass = s;
  kn_method_serial++;
  return KN_CVAL(s);
}

bool kn_class_inherits(kn_class *c, kn_class *ancestor) {
  for (; c; c = c->super)
    if (c == ancestor || c->module == ancestor) return true;
  return false;
}

bool kn_obj_is_kind_of(kn_value obj, kn_value klass) {
  return kn_class_inherits(kn_class_of(obj), KN_CLASS(klass));
}

kn_value kn_class_ancestors(kn_value klass) {
  kn_value ary = kn_ary_new(8);
  for (kn_class *c = KN_CLASS(klass); c; c = c->super)
    if (!(c->h.flags & KN_FL_PREPENDED)) kn_ary_push(ary, KN_CVAL(c->module)); /* its origin stands for it */
  return ary;
}

/* ------------------------------------------------------------------------
 * Modules: include and extend (Ruby's order: the module goes right above
 * the class, its own included modules right above it, skipping any the
 * class already has).
 * ------------------------------------------------------------------------ */

/* Whether the chain from c up to (not including) stop has module. */
static bool chain_has_before(kn_class *c, kn_class *stop, kn_class *module) {
  for (; c && c != stop; c = c->super)
    if (c->module == module) return true;
  return false;
}

static bool chain_has(kn_class *c, kn_class *module) { return chain_has_before(c, NULL, module); }

/* A proxy for module right above at. */
static kn_class *insert_proxy(kn_class *at, kn_class *module) {
  kn_class *p = class_alloc(KN_T_CLASS, KN_CLASS(kn_cClass));
  p->h.flags |= KN_FL_ICLASS;
  p->mtbl = module->mtbl;
  p->module = module;
  p->super = at->super;
  p->alloc = at->alloc;
  at->super = p;
  return p;
}

/* Where klass's own methods sit in its chain: klass, or its origin once something is prepended. */
static kn_class *origin_of(kn_class *klass) {
  if (!(klass->h.flags & KN_FL_PREPENDED)) return klass;
  kn_class *o = klass->super;
  while (!(o->h.flags & KN_FL_ORIGIN) || o->module != klass) o = o->super;
  return o;
}

/* module and the modules it includes, in order, above at; skipping those the chain from klass up
 * to stop already has. */
static void insert_modules(kn_class *klass, kn_class *stop, kn_class *at, kn_class *module) {
  for (kn_class *m = module; m; m = m->super) {
    if (m->h.flags & KN_FL_PREPENDED) continue; /* a module's own prepends: its origin follows */
    if (chain_has_before(klass, stop, m->module)) continue;
    at = insert_proxy(at, m->module);
  }
  kn_method_serial++;
}

static void include_into(kn_class *klass, kn_class *module) { insert_modules(klass, NULL, origin_of(klass), module); }

/* Prepending: the first time, klass's methods move (by sharing the table) to an origin proxy
 * right above it, and lookup stops reading klass's own table; the modules then go between
 * klass and its origin. */
static void prepend_into(kn_class *klass, kn_class *module) {
  if (!(klass->h.flags & KN_FL_PREPENDED)) {
    kn_class *o = insert_proxy(klass, klass);
    o->h.flags |= KN_FL_ORIGIN;
    klass->h.flags |= KN_FL_PREPENDED;
  }
  insert_modules(klass->super, origin_of(klass), klass, module);
}

static void check_module(kn_value module) {
  if (!KN_TYPE_P(module, KN_T_MODULE))
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Module)",
                 kn_class_name(kn_real_class(module)));
}

void kn_include_module(kn_value klass, kn_value module) {
  check_module(module);
  if (chain_has(KN_CLASS(klass), KN_CLASS(module))) return;
  include_into(KN_CLASS(klass), KN_CLASS(module));
  if (user_hook(module, kn_s_included)) kn_send_self(module, kn_s_included, 1, &klass, KN_NIL);
}

void kn_prepend_module(kn_value klass, kn_value module) {
  check_module(module);
  prepend_into(KN_CLASS(klass), KN_CLASS(module));
  if (user_hook(module, s_prepended)) kn_send_self(module, s_prepended, 1, &klass, KN_NIL);
}

void kn_extend_object(kn_value obj, kn_value module) {
  check_module(module);
  kn_value s = kn_singleton_class(obj);
  if (!chain_has(KN_CLASS(s), KN_CLASS(module))) include_into(KN_CLASS(s), KN_CLASS(module));
  if (user_hook(module, kn_s_extended)) kn_send_self(module, kn_s_extended, 1, &obj, KN_NIL);
}

/* ------------------------------------------------------------------------
 * Method tables
 * ------------------------------------------------------------------------ */

/* Attribute methods carry the instance-variable name they access;
 * define_method methods the proc that is their body. */
typedef struct kn_attr_method {
  kn_method m;
  kn_value ivar; /* or the body proc */
} kn_attr_method;
enum { KN_METHOD_ATTR_READER = 1u << 2, KN_METHOD_ATTR_WRITER = 1u << 3, KN_METHOD_PROC = 1u << 4 };
#define KN_METHOD_EXTENDED (KN_METHOD_ATTR_READER | KN_METHOD_ATTR_WRITER | KN_METHOD_PROC)

static kn_value attr_direct_call(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_bug(__FILE__, __LINE__, "an attribute method was called through its fn; use kn_invoke");
}

static void method_add(kn_class *c, kn_method *m) {
  kn_tbl_set(c->mtbl, m->name, (kn_value)m);
  kn_method_serial++;
}

static kn_class *method_target(kn_value klass) {
  KN_ASSERT(KN_TYPE_P(klass, KN_T_CLASS) || KN_TYPE_P(klass, KN_T_MODULE),
            "defining a method on a non-class");
  return KN_CLASS(klass);
}

static kn_method *method_new(kn_class *owner, kn_value name, kn_fn fn, int min, int max, int vis) {
  kn_method *m = kn_alloc(sizeof(kn_method));
  m->fn = fn;
  m->name = name;
  m->cname = kn_sym_name(name);
  m->owner = owner;
  m->min_args = (int16_t)min;
  m->max_args = (int16_t)max;
  m->visibility = (uint8_t)vis;
  m->flags = kn_booting ? KN_METHOD_CFUNC : 0;
  return m;
}

/* The program's method_added (or, on a singleton class, its object's singleton_method_added)
 * after a def, define_method, attr_* or alias_method; the runtime's own definitions run none. */
static void method_added(kn_class *c, kn_value name) {
  if (kn_booting) return;
  kn_value recv = (c->h.flags & KN_FL_SINGLETON) ? c->attached : KN_CVAL(c);
  kn_value hook = (c->h.flags & KN_FL_SINGLETON) ? s_singleton_method_added : s_method_added;
  if (user_hook(recv, hook)) kn_send_self(recv, hook, 1, &name, KN_NIL);
}

static bool always_private(kn_value name) {
  return name == kn_s_initialize || name == kn_s_initialize_copy || name == kn_s_respond_to_missing;
}

void kn_define_method_sym(kn_value klass, kn_value name, kn_fn fn, int min_args, int max_args,
                          kn_visibility vis) {
  kn_class *c = method_target(klass);
  int v = vis;
  bool module_function = false;
  if (v == KN_PUBLIC && c->default_vis != KN_PUBLIC) {
    if (c->default_vis == KN_MODULE_FUNCTION) module_function = true, v = KN_PRIVATE;
    else v = c->default_vis;
  }
  if (always_private(name)) v = KN_PRIVATE;
  method_add(c, method_new(c, name, fn, min_args, max_args, v));
  if (module_function) {
    kn_class *s = KN_CLASS(kn_singleton_class(klass));
    method_add(s, method_new(s, name, fn, min_args, max_args, KN_PUBLIC));
  }
  method_added(c, name);
}

void kn_define_method(kn_value klass, const char *name, kn_fn fn, int min_args, int max_args) {
  kn_define_method_sym(klass, kn_intern(name), fn, min_args, max_args, KN_PUBLIC);
}

void kn_define_singleton_method(kn_value obj, const char *name, kn_fn fn, int min_args, int max_args) {
  kn_class *s = KN_CLASS(kn_singleton_class(obj));
  method_add(s, method_new(s, kn_intern(name), fn, min_args, max_args, KN_PUBLIC));
  method_added(s, kn_intern(name));
}

void kn_define_methods(kn_value klass, const kn_method_def *defs) {
  for (; defs->name; defs++) kn_define_method(klass, defs->name, defs->fn, defs->min_args, defs->max_args);
}

void kn_define_private_methods(kn_value klass, const kn_method_def *defs) {
  for (; defs->name; defs++)
    kn_define_method_sym(klass, kn_intern(defs->name), defs->fn, defs->min_args, defs->max_args, KN_PRIVATE);
}

void kn_define_singleton_methods(kn_value obj, const kn_method_def *defs) {
  for (; defs->name; defs++) kn_define_singleton_method(obj, defs->name, defs->fn, defs->min_args, defs->max_args);
}

void kn_define_module_functions(kn_value module, const kn_method_def *defs) {
  for (; defs->name; defs++) {
    kn_define_method_sym(module, kn_intern(defs->name), defs->fn, defs->min_args, defs->max_args, KN_PRIVATE);
    kn_define_singleton_method(module, defs->name, defs->fn, defs->min_args, defs->max_args);
  }
}

static _Noreturn void undefined_for_class(kn_value klass, kn_value name) {
  kn_name_error(name, "undefined method `%s' for %s `%s'", kn_sym_name(name),
                KN_TYPE_P(klass, KN_T_MODULE) ? "module" : "class", kn_class_name(klass));
}

void kn_set_visibility(kn_value klass, kn_value name, kn_visibility vis) {
  kn_class *c = method_target(klass);
  kn_value *own = kn_tbl_ref(c->mtbl, name);
  const kn_method *m = own ? (const kn_method *)*own : kn_method_lookup(c, name, NULL);
  if (!m || (m->flags & KN_METHOD_UNDEF)) undefined_for_class(klass, name);
  if (m->visibility == vis) return;
  /* Copy rather than edit: the method may be shared with a superclass. */
  size_t size = (m->flags & KN_METHOD_EXTENDED) ? sizeof(kn_attr_method)
                                                                             : sizeof(kn_method);
  kn_method *copy = kn_alloc(size);
  memcpy(copy, m, size);
  copy->visibility = (uint8_t)vis;
  method_add(c, copy);
}

void kn_alias_method(kn_value klass, kn_value new_name, kn_value old_name) {
  kn_class *c = method_target(klass);
  const kn_method *m = kn_method_lookup(c, old_name, NULL);
  if (!m || (m->flags & KN_METHOD_UNDEF)) undefined_for_class(klass, old_name);
  size_t size = (m->flags & KN_METHOD_EXTENDED) ? sizeof(kn_attr_method)
                                                                             : sizeof(kn_method);
  kn_method *copy = kn_alloc(size);
  memcpy(copy, m, size);
  kn_tbl_set(c->mtbl, new_name, (kn_value)copy);
  kn_method_serial++;
  method_added(c, new_name);
}

void kn_undef_method(kn_value klass, kn_value name) {
  kn_class *c = method_target(klass);
  const kn_method *m = kn_method_lookup(c, name, NULL);
  if (!m || (m->flags & KN_METHOD_UNDEF)) undefined_for_class(klass, name);
  kn_method *u = method_new(c, name, NULL, 0, -1, KN_PUBLIC);
  u->flags |= KN_METHOD_UNDEF;
  method_add(c, u);
}

/* An attribute method named name (and name=) over the instance variable ivar. */
void kn_define_attr_ivar(kn_value klass, kn_value name, kn_value ivar, bool reader, bool writer) {
  kn_class *c = method_target(klass);
  int vis = c->default_vis == KN_MODULE_FUNCTION ? KN_PRIVATE : c->default_vis;
  if (reader) {
    kn_attr_method *a = kn_alloc(sizeof(kn_attr_method));
    a->m = *method_new(c, name, attr_direct_call, 0, 0, vis);
    a->m.flags = KN_METHOD_ATTR_READER;
    a->ivar = ivar;
    method_add(c, &a->m);
    method_added(c, name);
  }
  if (writer) {
    const char *n = kn_sym_name(name);
    size_t len = strlen(n);
    char *buf = kn_alloc_atomic(len + 2);
    memcpy(buf, n, len);
    buf[len] = '=';
    buf[len + 1] = 0;
    kn_attr_method *a = kn_alloc(sizeof(kn_attr_method));
    a->m = *method_new(c, kn_intern(buf), attr_direct_call, 1, 1, vis);
    a->m.flags = KN_METHOD_ATTR_WRITER;
    a->ivar = ivar;
    method_add(c, &a->m);
    method_added(c, a->m.name);
  }
}

void kn_define_attr(kn_value klass, kn_value name, bool reader, bool writer) {
  const char *n = kn_sym_name(name);
  size_t len = strlen(n);
  char *buf = kn_alloc_atomic(len + 2);
  buf[0] = '@';
  memcpy(buf + 1, n, len + 1);
  kn_define_attr_ivar(klass, name, kn_intern(buf), reader, writer);
}

/* A define_method method's body: its Proc, or 0 for any other method. */
kn_value kn_method_body_proc(const kn_method *m) {
  return (m->flags & KN_METHOD_PROC) ? ((const kn_attr_method *)m)->ivar : 0;
}

void kn_define_method_proc(kn_value klass, kn_value name, kn_value body) {
  if (!KN_TYPE_P(body, KN_T_PROC))
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Proc/Method/UnboundMethod)",
                 kn_class_name(kn_real_class(body)));
  kn_class *c = method_target(klass);
  int vis = c->default_vis == KN_MODULE_FUNCTION ? KN_PRIVATE : c->default_vis;
  if (always_private(name)) vis = KN_PRIVATE;
  kn_attr_method *a = kn_alloc(sizeof(kn_attr_method));
  a->m = *method_new(c, name, attr_direct_call, 0, -1, vis);
  a->m.flags = KN_METHOD_PROC;
  a->ivar = body;
  method_add(c, &a->m);
  method_added(c, name);
}

/* ------------------------------------------------------------------------
 * Lookup: walk the chain, remembered in a global cache keyed by
 * (class, name) and invalidated wholesale by kn_method_serial.
 * ------------------------------------------------------------------------ */

#define MCACHE_SIZE 4096
static struct mcache_ent {
  kn_class *klass;
  kn_value name;
  uint64_t serial;
  const kn_method *m;
} mcache[MCACHE_SIZE];

/* c's own entry for name as lookup sees it: a class with prepended modules has its methods at its origin. */
static kn_value *own_entry(kn_class *c, kn_value name) {
  return (c->h.flags & KN_FL_PREPENDED) ? NULL : kn_tbl_ref(c->mtbl, name);
}


const kn_method *kn_find_method(kn_class *c, kn_value name) {
  uintptr_t h = (((uintptr_t)c >> 4) ^ ((uintptr_t)name * 31)) & (MCACHE_SIZE - 1);
  struct mcache_ent *e = &mcache[h];
  if (e->klass == c && e->name == name && e->serial == kn_method_serial) return e->m;
  const kn_method *m = kn_method_lookup(c, name, NULL);
  e->klass = c;
  e->name = name;
  e->serial = kn_method_serial;
  e->m = m;
  return m;
}

const kn_method *kn_method_lookup(kn_class *c, kn_value name, kn_class **where) {
  for (; c; c = c->super) {
    kn_value *r = own_entry(c, name);
    if (r) {
      if (where) *where = c;
      const kn_method *m = (const kn_method *)*r;
      return (m->flags & KN_METHOD_UNDEF) ? NULL : m;
    }
  }
  return NULL;
}

/* ------------------------------------------------------------------------
 * Calls
 * ------------------------------------------------------------------------ */

static _Noreturn void arity_error(int argc, int min, int max) { kn_raise_argc(argc, min, max); }

void kn_check_arity(int argc, int min, int max) {
  if (argc < min || (max >= 0 && argc > max)) arity_error(argc, min, max);
}

kn_value kn_invoke(const kn_method *m, kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (m->flags & (KN_METHOD_CFUNC | KN_METHOD_EXTENDED)) {
    if (m->flags & KN_METHOD_ATTR_READER) {
      if (argc != 0) arity_error(argc, 0, 0);
      return kn_ivar_get(self, ((const kn_attr_method *)m)->ivar);
    }
    if (m->flags & KN_METHOD_ATTR_WRITER) {
      if (argc != 1) arity_error(argc, 1, 1);
      return kn_ivar_set(self, ((const kn_attr_method *)m)->ivar, argv[0]);
    }
    if (m->flags & KN_METHOD_PROC) {
      /* define_method: the body runs as a lambda with self rebound */
      kn_frame f;
      kn_frame *cur = kn_current_frame;
      KN_FRAME_PUSH(f, m->cname, cur ? cur->info->file : NULL, cur ? cur->line : 0);
      kn_value p = kn_proc_with_self(((const kn_attr_method *)m)->ivar, self);
      KN_HDR(p)->flags |= KN_FL_LAMBDA;
      KN_PROC(p)->method = m;
      kn_value r = kn_proc_call(p, argc, argv, blk);
      KN_FRAME_POP(f);
      return r;
    }
    /* A C method gets a frame named after it at its caller's position, as
     * CRuby shows cfuncs in backtraces ("in `times'"). */
    kn_frame f;
    kn_frame *cur = kn_current_frame;
    KN_FRAME_PUSH(f, m->cname, cur ? cur->info->file : NULL, cur ? cur->line : 0);
    if (argc < m->min_args || (m->max_args >= 0 && argc > m->max_args))
      arity_error(argc, m->min_args, m->max_args);
    kn_value r = m->fn(self, argc, argv, blk);
    KN_FRAME_POP(f);
    return r;
  }
  return m->fn(self, argc, argv, blk);
}

kn_value kn_call_method(const kn_method *m, kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return kn_invoke(m, self, argc, argv, blk);
}

static kn_value default_method_missing(kn_value self, int argc, const kn_value *argv, kn_value blk);

/* Why the last call that reached a program's method_missing found no method
 * (ruby keeps it per thread the same way): `super` in there raises the
 * error that call would have raised. */
static int missing_kind = KN_CALL_PUBLIC;
static const char *missing_vis;

/* A call found no (callable) method: method_missing, or the NoMethodError. */
kn_value kn_call_fallback(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk, int kind) {
  const char *vis = NULL;
  const kn_method *m = kn_find_method(kn_class_of(recv), name);
  if (m && kind == KN_CALL_PUBLIC) vis = m->visibility == KN_PRIVATE ? "private" : "protected";
  const kn_method *mm = kn_find_method(kn_class_of(recv), kn_s_method_missing);
  if (mm && mm->fn != default_method_missing) {
    kn_value *args = kn_alloc(sizeof(kn_value) * ((size_t)argc + 1));
    args[0] = name;
    if (argc) memcpy(args + 1, argv, sizeof(kn_value) * (size_t)argc);
    missing_kind = kind;
    missing_vis = vis;
    return kn_invoke(mm, recv, argc + 1, args, blk);
  }
  kn_no_method_error_args(recv, name, kind, vis, argc, argv);
}

static inline kn_value dispatch(kn_class *k, const kn_method *m, kn_value recv, kn_value name, int argc,
                                const kn_value *argv, kn_value blk, int kind) {
  if (!m || (kind == KN_CALL_PUBLIC && m->visibility == KN_PRIVATE))
    return kn_call_fallback(recv, name, argc, argv, blk, kind);
  (void)k;
  return kn_invoke(m, recv, argc, argv, blk);
}

kn_value kn_send(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk) {
  kn_class *k = kn_class_of(recv);
  return dispatch(k, kn_find_method(k, name), recv, name, argc, argv, blk, KN_CALL_PUBLIC);
}

kn_value kn_send_self(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk) {
  kn_class *k = kn_class_of(recv);
  return dispatch(k, kn_find_method(k, name), recv, name, argc, argv, blk, KN_CALL_FCALL);
}

/* Fill a call site's cache.  fast is set only when a hit may call fn
 * directly: a compiled method (it checks its own arity and pushes its own
 * frame) that this kind of call may reach.  A C method instead records the
 * argc its arity passed for, so later hits with that argc skip the check. */
static inline const kn_method *cached_lookup(kn_callsite *cs, kn_class *k, kn_value name) {
  if (cs->klass == k && cs->serial == kn_method_serial) return cs->method;
  const kn_method *m = kn_find_method(k, name);
  cs->klass = k;
  cs->serial = kn_method_serial;
  cs->method = m;
  cs->name = name;
  cs->fast = NULL;
  cs->argc = -1;
  cs->slot = 0;
  return m;
}

static inline void cache_fast(kn_callsite *cs, const kn_method *m, int kind) {
  if (m && !(m->flags & (KN_METHOD_CFUNC | KN_METHOD_EXTENDED)) &&
      (kind != KN_CALL_PUBLIC || m->visibility != KN_PRIVATE))
    cs->fast = m->fn;
}

/* An attr_reader on a plain object: the call site remembers the ivar's
 * slot, so later calls read it without a lookup (send_cached). */
static void cache_reader(kn_callsite *cs, const kn_method *m, kn_value recv, int kind) {
  if (!m || !(m->flags & KN_METHOD_ATTR_READER) || !KN_TYPE_P(recv, KN_T_OBJECT)) return;
  if (kind == KN_CALL_PUBLIC && m->visibility != KN_PUBLIC) return;
  kn_value ivar = ((const kn_attr_method *)m)->ivar;
  cs->slot = (int32_t)kn_ivar_index(KN_CVAL(KN_HDR(recv)->klass), ivar) + 1;
}

kn_value __attribute__((noinline)) kn_invoke_cfunc_checked(const kn_method *m, kn_value self, int argc,
                                                           const kn_value *argv, kn_value blk) {
  kn_frame f;
  kn_frame *cur = kn_current_frame;
  KN_FRAME_PUSH(f, m->cname, cur ? cur->info->file : NULL, cur ? cur->line : 0);
  kn_value r = m->fn(self, argc, argv, blk);
  KN_FRAME_POP(f);
  return r;
}

static inline bool cache_hit(const kn_callsite *cs, kn_class *k, kn_value recv, int argc) {
  return cs->klass == k && cs->serial == kn_method_serial && kn_cache_takes(cs, recv, argc);
}

/* A call the site's cache cannot take, or any call on an immediate: (re)fill
 * the cache, then call as kn_invoke would, remembering the argc a C
 * method's arity passed for. */
static __attribute__((noinline)) kn_value send_cached_fill(kn_callsite *cs, kn_value recv, kn_value name, int argc,
                                                           const kn_value *argv, kn_value blk, int kind) {
  kn_class *k = kn_class_of(recv);
  bool hit = cs->klass == k && cs->serial == kn_method_serial;
  const kn_method *m = cached_lookup(cs, k, name);
  if (!hit) {
    cache_fast(cs, m, kind);
    cache_reader(cs, m, recv, kind);
  }
  if (KN_UNLIKELY(!m || (kind == KN_CALL_PUBLIC && m->visibility == KN_PRIVATE)))
    return kn_call_fallback(recv, name, argc, argv, blk, kind);
  if ((m->flags & (KN_METHOD_CFUNC | KN_METHOD_EXTENDED)) == KN_METHOD_CFUNC &&
      argc >= m->min_args && (m->max_args < 0 || argc <= m->max_args)) {
    cs->argc = argc;
    return kn_invoke_cfunc_checked(m, recv, argc, argv, blk);
  }
  return kn_invoke(m, recv, argc, argv, blk);
}

/* Hit tests read a heap receiver's class themselves: a call to
 * kn_class_of_special there would make every hit save registers. */
static inline kn_value send_cached(kn_callsite *cs, kn_value recv, kn_value name, int argc, const kn_value *argv,
                                   kn_value blk, int kind) {
  if (!KN_SPECIAL_P(recv) && KN_LIKELY(cache_hit(cs, KN_HDR(recv)->klass, recv, argc)))
    return kn_cache_call(cs, recv, argc, argv, blk);
  return send_cached_fill(cs, recv, name, argc, argv, blk, kind);
}

kn_value kn_send_cached_slow(kn_callsite *cs, kn_value recv, kn_value name, int argc, const kn_value *argv,
                             kn_value blk) {
  return send_cached(cs, recv, name, argc, argv, blk, KN_CALL_PUBLIC);
}

kn_value kn_send_self_cached_slow(kn_callsite *cs, kn_value recv, kn_value name, int argc, const kn_value *argv,
                                  kn_value blk) {
  return send_cached(cs, recv, name, argc, argv, blk, KN_CALL_FCALL);
}

kn_value kn_send_vcall(kn_callsite *cs, kn_value recv, kn_value name) {
  kn_class *k = kn_class_of(recv);
  const kn_method *m = cs ? cached_lookup(cs, k, name) : kn_find_method(k, name);
  return dispatch(k, m, recv, name, 0, NULL, KN_NIL, KN_CALL_VCALL);
}

/* A protected method is callable with an explicit receiver only from a
 * method whose self is a kind of the class (or module) that defines it. */
static bool protected_callable(const kn_method *m, kn_value caller_self) {
  kn_class *owner = m->owner;
  if (owner->h.flags & KN_FL_ICLASS) owner = owner->module;
  if (owner->h.flags & KN_FL_SINGLETON) return kn_class_of(caller_self) == owner ||
                                               kn_class_inherits(kn_class_of(caller_self), owner);
  return kn_obj_is_kind_of(caller_self, KN_CVAL(owner));
}

/* kn_send_from past its heap-receiver hit test.  Only public methods are
 * cached: a protected one is checked against caller_self on every call. */
static __attribute__((noinline)) kn_value send_from_slow(kn_callsite *cs, kn_value caller_self, kn_value recv,
                                                         kn_value name, int argc, const kn_value *argv, kn_value blk) {
  kn_class *k = kn_class_of(recv);
  if (cs && cache_hit(cs, k, recv, argc)) return kn_cache_call(cs, recv, argc, argv, blk);
  const kn_method *m = kn_find_method(k, name);
  if (KN_LIKELY(m && m->visibility == KN_PUBLIC))
    return cs ? send_cached_fill(cs, recv, name, argc, argv, blk, KN_CALL_PUBLIC) : kn_invoke(m, recv, argc, argv, blk);
  if (m && m->visibility == KN_PROTECTED && protected_callable(m, caller_self))
    return kn_invoke(m, recv, argc, argv, blk);
  return kn_call_fallback(recv, name, argc, argv, blk, KN_CALL_PUBLIC);
}

kn_value kn_send_from(kn_callsite *cs, kn_value caller_self, kn_value recv, kn_value name, int argc,
                      const kn_value *argv, kn_value blk) {
  if (cs && !KN_SPECIAL_P(recv) && KN_LIKELY(cache_hit(cs, KN_HDR(recv)->klass, recv, argc)))
    return kn_cache_call(cs, recv, argc, argv, blk);
  return send_from_slow(cs, caller_self, recv, name, argc, argv, blk);
}

kn_value kn_public_send(kn_value recv, kn_value name, int argc, const kn_value *argv, kn_value blk) {
  kn_class *k = kn_class_of(recv);
  const kn_method *m = kn_find_method(k, name);
  if (m && m->visibility == KN_PUBLIC) return kn_invoke(m, recv, argc, argv, blk);
  return kn_call_fallback(recv, name, argc, argv, blk, KN_CALL_PUBLIC);
}

kn_value kn_send_splat(kn_value recv, kn_value name, kn_value args, kn_value blk, bool self_call) {
  KN_ASSERT(KN_TYPE_P(args, KN_T_ARRAY), "kn_send_splat needs an Array");
  int argc = (int)KN_ARY(args)->len;
  kn_value *argv = kn_alloc(sizeof(kn_value) * ((size_t)argc + 1));
  if (argc) memcpy(argv, KN_ARY(args)->ptr, sizeof(kn_value) * (size_t)argc);
  return self_call ? kn_send_self(recv, name, argc, argv, blk) : kn_send(recv, name, argc, argv, blk);
}

kn_value kn_funcall(kn_value recv, const char *name, int argc, const kn_value *argv) {
  return kn_send_self(recv, kn_intern(name), argc, argv, KN_NIL);
}
kn_value kn_funcall0(kn_value recv, const char *name) { return kn_funcall(recv, name, 0, NULL); }
kn_value kn_funcall1(kn_value recv, const char *name, kn_value a) { return kn_funcall(recv, name, 1, &a); }

bool kn_method_defined_by_runtime(kn_value recv, kn_value name, kn_fn fn) {
  const kn_method *m = kn_find_method(kn_class_of(recv), name);
  return m && m->fn == fn;
}

/* A hook such as inherited/included counts only when the program defines it. */
static bool user_hook(kn_value recv, kn_value name) {
  const kn_method *m = kn_find_method(kn_class_of(recv), name);
  return m && !(m->flags & KN_METHOD_CFUNC);
}

/* The class (or included module's entry) in recv's ancestry whose own table
 * holds method `name` as fn: where `super` continues from for a method whose
 * class kiln only learns at run time (defined in `class << self`, a
 * Struct.new block, a method body).  NULL when none does any more. */
kn_class *kn_super_owner(kn_value recv, kn_value name, kn_fn fn) {
  for (kn_class *c = kn_class_of(recv); c; c = c->super) {
    kn_value *r = own_entry(c, name);
    if (r && ((const kn_method *)*r)->fn == fn) return c;
  }
  return NULL;
}

kn_value kn_super(kn_class *owner, kn_value name, kn_value recv, int argc, const kn_value *argv, kn_value blk) {
  kn_class *c = kn_class_of(recv);
  /* a class with prepended modules: its methods continue from its origin */
  while (c && ((c != owner && c->module != owner) || (c->h.flags & KN_FL_PREPENDED))) c = c->super;
  const kn_method *m = c ? kn_method_lookup(c->super, name, NULL) : NULL;
  if (!m) {
    const kn_method *mm = kn_find_method(kn_class_of(recv), kn_s_method_missing);
    if (mm && mm->fn != default_method_missing) return kn_call_fallback(recv, name, argc, argv, blk, KN_CALL_FCALL);
    kn_value desc = kn_inspect(recv);
    kn_value exc = kn_exc_new(kn_eNoMethodError,
                              kn_str_cstr(""));
    kn_buf b;
    kn_buf_init(&b);
    kn_buf_printf(&b, "super: no superclass method `%s' for ", kn_sym_name(name));
    kn_buf_addv(&b, desc);
    if (KN_STR(desc)->ptr[0] != '#') kn_buf_printf(&b, ":%s", kn_class_name(kn_real_class(recv)));
    KN_EXC(exc)->message = kn_buf_to_str(&b);
    KN_EXC(exc)->aux1 = name;
    KN_EXC(exc)->aux2 = recv;
    kn_raise(exc);
  }
  return kn_invoke(m, recv, argc, argv, blk);
}

/* super(args) in a define_method block: it continues above the method the
 * block's Proc copy runs as.  The same block run otherwise (its Proc called
 * directly, or given to instance_exec) has no method: ruby's RuntimeError. */
kn_value kn_super_method_body(kn_value proc, kn_value recv, int argc, const kn_value *argv, kn_value blk) {
  const kn_method *m = KN_PROC(proc)->method;
  if (!m) kn_raise_fmt(kn_eRuntimeError, "super called outside of method");
  return kn_super(m->owner, m->name, recv, argc, argv, blk);
}

bool kn_respond_to(kn_value v, kn_value name, bool include_private) {
  const kn_method *m = kn_find_method(kn_class_of(v), name);
  if (m) return include_private || m->visibility == KN_PUBLIC;
  const kn_method *rm = kn_find_method(kn_class_of(v), kn_s_respond_to_missing);
  if (rm && !(rm->flags & KN_METHOD_CFUNC)) {
    kn_value args[2] = {name, KN_BOOL(include_private)};
    return KN_TEST(kn_invoke(rm, v, 2, args, KN_NIL));
  }
  return false;
}

static kn_value default_method_missing(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (argc < 1 || !KN_SYMBOL_P(argv[0])) kn_raise_fmt(kn_eArgumentError, "no method name given");
  kn_no_method_error_args(self, argv[0], missing_kind, missing_vis, argc - 1, argv + 1);
}

/* ------------------------------------------------------------------------
 * Allocation and Foo.new
 * ------------------------------------------------------------------------ */

/* One allocation: the slots the class knows of so far follow the object
 * (an ivar added later moves them to their own array, see kn_ivar_set).
 * Inline in kn_obj_alloc, whose common case it is (every Foo.new). */
static inline kn_value obj_alloc_plain(kn_class *klass) {
  uint32_t n = klass->ivar_index.len;
  kn_object *o = kn_alloc_exact(sizeof(kn_object) + sizeof(kn_value) * n);
  o->h.klass = klass;
  o->h.type = KN_T_OBJECT;
  if (n) {
    kn_value *s = (kn_value *)(o + 1);
    o->slots = s;
    o->nslots = n;
    /* in pairs: cc makes each pair one 16-byte store (a plain loop ran
     * ~5 instructions a slot) */
    uint32_t i = 0;
    for (; i + 2 <= n; i += 2) s[i] = s[i + 1] = KN_UNDEF;
    if (i < n) s[i] = KN_UNDEF;
  }
  return (kn_value)o;
}

kn_value kn_obj_alloc_default(kn_class *klass) { return obj_alloc_plain(klass); }

static __attribute__((noinline)) kn_value obj_alloc_checked(kn_value klass);

kn_value kn_obj_alloc(kn_value klass) {
  /* a class with the default allocator: no indirect call, one test for
   * what the checks below would reject */
  if (KN_LIKELY(KN_TYPE_P(klass, KN_T_CLASS))) {
    kn_class *c = KN_CLASS(klass);
    if (KN_LIKELY(c->alloc == kn_obj_alloc_default && !(c->h.flags & KN_FL_SINGLETON))) return obj_alloc_plain(c);
  }
  return obj_alloc_checked(klass);
}

static kn_value obj_alloc_checked(kn_value klass) {
  if (!KN_TYPE_P(klass, KN_T_CLASS))
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Class)", kn_class_name(kn_real_class(klass)));
  kn_class *c = KN_CLASS(klass);
  if (c->h.flags & KN_FL_SINGLETON) kn_raise_fmt(kn_eTypeError, "can't create instance of singleton class");
  if (!c->alloc) kn_raise_fmt(kn_eTypeError, "allocator undefined for %s", kn_class_name(klass));
  return c->alloc(c);
}

/* Foo.new's initialize send goes through a cached site per class: a
 * direct-mapped table indexed by the class's address (a collision only
 * refills the entry; the site checks the class and the method serial). The
 * table is a GC root, so a cached class's address is never reused. */
#define NEW_SITES 256
static kn_callsite new_init_sites[NEW_SITES];

kn_value kn_class_new_instance(kn_value klass, int argc, const kn_value *argv, kn_value blk) {
  kn_value obj = kn_obj_alloc(klass);
  kn_callsite *cs = &new_init_sites[(klass >> 5) & (NEW_SITES - 1)];
  kn_send_self_cached_slow(cs, obj, kn_s_initialize, argc, argv, blk);
  return obj;
}

/* ------------------------------------------------------------------------
 * Constants
 * ------------------------------------------------------------------------ */

void kn_const_set(kn_value klass, kn_value name, kn_value v) {
  KN_ASSERT(KN_TYPE_P(klass, KN_T_CLASS) || KN_TYPE_P(klass, KN_T_MODULE), "constant set on a non-module");
  if ((KN_TYPE_P(v, KN_T_CLASS) || KN_TYPE_P(v, KN_T_MODULE)) && !KN_CLASS(v)->name &&
      !(KN_CLASS(v)->h.flags & KN_FL_SINGLETON))
    name_class(KN_CLASS(v), klass, name);
  kn_tbl_set(&KN_CLASS(klass)->consts, name, v);
  kn_const_serial++;
}

static kn_value *const_ref_ancestors(kn_class *c, kn_value name, bool with_object) {
  for (kn_class *k = c; k; k = k->super) {
    if (!with_object && k->module == KN_CLASS(kn_cObject) && c != KN_CLASS(kn_cObject)) break;
    kn_value *r = kn_tbl_ref(&k->module->consts, name);
    if (r) return r;
  }
  return NULL;
}

static _Noreturn void uninitialized_constant(kn_value klass, kn_value name) {
  if (klass == kn_cObject || klass == KN_NIL)
    kn_name_error(name, "uninitialized constant %s", kn_sym_name(name));
  kn_name_error(name, "uninitialized constant %s::%s", kn_class_name(klass), kn_sym_name(name));
}

kn_value kn_const_get(kn_value klass, kn_value name) {
  if (!KN_TYPE_P(klass, KN_T_CLASS) && !KN_TYPE_P(klass, KN_T_MODULE)) {
    kn_value s = kn_inspect(klass);
    kn_raise_fmt(kn_eTypeError, "%s is not a class/module", KN_STR(s)->ptr);
  }
  kn_value *r = const_ref_ancestors(KN_CLASS(klass), name, false);
  if (!r) uninitialized_constant(klass, name);
  return *r;
}

bool kn_const_defined(kn_value klass, kn_value name) {
  return const_ref_ancestors(KN_CLASS(klass), name, true) != NULL;
}

kn_value kn_const_lookup(int depth, const kn_value *nesting, kn_value name) {
  for (int i = 0; i < depth; i++) {
    kn_value *r = kn_tbl_ref(&KN_CLASS(nesting[i])->consts, name);
    if (r) return *r;
  }
  kn_class *cref = depth > 0 ? KN_CLASS(nesting[0]) : KN_CLASS(kn_cObject);
  if (cref->h.flags & KN_FL_SINGLETON) {
    kn_value a = cref->attached;
    if (KN_TYPE_P(a, KN_T_CLASS) || KN_TYPE_P(a, KN_T_MODULE)) cref = KN_CLASS(a);
  }
  kn_value *r = const_ref_ancestors(cref, name, true);
  if (!r) r = kn_tbl_ref(&KN_CLASS(kn_cObject)->consts, name);
  if (!r) uninitialized_constant(depth > 0 ? KN_CVAL(cref) : kn_cObject, name);
  return *r;
}

/* ------------------------------------------------------------------------
 * Instance variables
 *
 * Plain objects and exceptions keep them in slots indexed by their class's
 * table; classes and modules in their own table; any other heap object in
 * a side table keyed by its address (looked up, never iterated).
 * ------------------------------------------------------------------------ */

uint32_t kn_ivar_index(kn_value klass, kn_value name) {
  kn_class *c = KN_CLASS(klass);
  while (c->h.flags & (KN_FL_SINGLETON | KN_FL_ICLASS)) c = c->super;
  kn_value *r = kn_tbl_ref(&c->ivar_index, name);
  if (r) return (uint32_t)KN_FIX2INT(*r);
  uint32_t i = c->ivar_index.len;
  kn_tbl_set(&c->ivar_index, name, KN_INT2FIX(i));
  return i;
}

typedef struct generic_ivars {
  kn_value obj;
  kn_symtbl tbl;
  struct generic_ivars *next;
} generic_ivars;
#define GIV_BUCKETS 1024
static generic_ivars **giv;

static kn_symtbl *generic_tbl(kn_value obj, bool create) {
  if (!giv) {
    if (!create) return NULL;
    giv = kn_alloc(sizeof(generic_ivars *) * GIV_BUCKETS);
  }
  size_t h = (obj >> 4) & (GIV_BUCKETS - 1);
  for (generic_ivars *g = giv[h]; g; g = g->next)
    if (g->obj == obj) return &g->tbl;
  if (!create) return NULL;
  generic_ivars *g = kn_alloc(sizeof(generic_ivars));
  g->obj = obj;
  g->next = giv[h];
  giv[h] = g;
  return &g->tbl;
}

static bool slotted(kn_value obj) {
  return KN_HEAP_P(obj) && (KN_HDR(obj)->type == KN_T_OBJECT || KN_HDR(obj)->type == KN_T_EXCEPTION);
}

/* Slot lookups by name go through a direct-mapped cache of (the object's
 * klass, name) -> index: a class's indexes never change once assigned, so
 * entries never go stale, and the table is a GC root, so a cached class's
 * address is never reused.  Keyed by the klass in the header, singleton or
 * not, so a hit needs no walk to the real class. */
#define IVCACHE_SIZE 1024
static struct ivcache_ent {
  kn_class *klass;
  kn_value name;
  uint32_t index;
} ivcache[IVCACHE_SIZE];

#define IV_NONE UINT32_MAX

static inline struct ivcache_ent *ivcache_for(kn_class *k, kn_value name) {
  return &ivcache[(((uintptr_t)k >> 4) ^ (KN_SYM2ID(name) * 2654435761u)) & (IVCACHE_SIZE - 1)];
}

/* ivar_slot's miss: the real class's table; a name it has no slot for yet
 * gets one when create, else IV_NONE (not cached: a slot may come later). */
static __attribute__((noinline)) uint32_t ivar_slot_miss(kn_value obj, kn_value name, bool create) {
  kn_class *c = kn_real_class_of(obj);
  uint32_t i;
  if (create) i = kn_ivar_index(KN_CVAL(c), name);
  else {
    kn_value *r = kn_tbl_ref(&c->ivar_index, name);
    if (!r) return IV_NONE;
    i = (uint32_t)KN_FIX2INT(*r);
  }
  struct ivcache_ent *e = ivcache_for(KN_HDR(obj)->klass, name);
  e->klass = KN_HDR(obj)->klass;
  e->name = name;
  e->index = i;
  return i;
}

/* obj's slot index for name (obj is slotted). */
static inline uint32_t ivar_slot(kn_value obj, kn_value name, bool create) {
  kn_class *k = KN_HDR(obj)->klass;
  struct ivcache_ent *e = ivcache_for(k, name);
  if (KN_LIKELY(e->klass == k && e->name == name)) return e->index;
  return ivar_slot_miss(obj, name, create);
}

kn_value kn_ivar_get(kn_value obj, kn_value name) {
  if (slotted(obj)) {
    uint32_t i = ivar_slot(obj, name, false);
    kn_object *o = KN_OBJ(obj);
    if (i >= o->nslots || o->slots[i] == KN_UNDEF) return KN_NIL;
    return o->slots[i];
  }
  if (KN_TYPE_P(obj, KN_T_CLASS) || KN_TYPE_P(obj, KN_T_MODULE)) {
    kn_value v = kn_tbl_get(&KN_CLASS(obj)->ivars, name);
    return v == KN_UNDEF ? KN_NIL : v;
  }
  if (KN_SPECIAL_P(obj)) return KN_NIL;
  kn_symtbl *t = generic_tbl(obj, false);
  kn_value v = t ? kn_tbl_get(t, name) : KN_UNDEF;
  return v == KN_UNDEF ? KN_NIL : v;
}

kn_value kn_ivar_set(kn_value obj, kn_value name, kn_value v) {
  if (KN_FROZEN_P(obj)) kn_frozen_error(obj);
  if (slotted(obj)) {
    uint32_t i = ivar_slot(obj, name, true);
    kn_object *o = KN_OBJ(obj);
    if (i >= o->nslots) {
      uint32_t n = o->nslots ? o->nslots : 2;
      while (n <= i) n *= 2;
      kn_value *s = kn_alloc(sizeof(kn_value) * n);
      if (o->nslots) memcpy(s, o->slots, sizeof(kn_value) * o->nslots);
      for (uint32_t k = o->nslots; k < n; k++) s[k] = KN_UNDEF;
      o->slots = s;
      o->nslots = n;
    }
    o->slots[i] = v;
    return v;
  }
  if (KN_TYPE_P(obj, KN_T_CLASS) || KN_TYPE_P(obj, KN_T_MODULE)) {
    kn_tbl_set(&KN_CLASS(obj)->ivars, name, v);
    return v;
  }
  kn_tbl_set(generic_tbl(obj, true), name, v);
  return v;
}

bool kn_ivar_defined(kn_value obj, kn_value name) {
  if (slotted(obj)) {
    uint32_t i = ivar_slot(obj, name, false);
    return i < KN_OBJ(obj)->nslots && KN_OBJ(obj)->slots[i] != KN_UNDEF;
  }
  if (KN_TYPE_P(obj, KN_T_CLASS) || KN_TYPE_P(obj, KN_T_MODULE))
    return kn_tbl_ref(&KN_CLASS(obj)->ivars, name) != NULL;
  if (KN_SPECIAL_P(obj)) return false;
  kn_symtbl *t = generic_tbl(obj, false);
  return t && kn_tbl_ref(t, name);
}

/* Calls fn for each set instance variable, in the order Ruby lists them. */
void kn_obj_ivar_each(kn_value obj, void (*fn)(kn_value name, kn_value val, void *arg), void *arg) {
  const kn_symtbl *t;
  if (slotted(obj)) {
    t = &kn_real_class_of(obj)->ivar_index;
    kn_object *o = KN_OBJ(obj);
    for (uint32_t e = 0; e < t->len; e++) {
      uint32_t i = (uint32_t)KN_FIX2INT(t->ents[e].val);
      if (i < o->nslots && o->slots[i] != KN_UNDEF) fn(t->ents[e].key, o->slots[i], arg);
    }
    return;
  }
  if (KN_TYPE_P(obj, KN_T_CLASS) || KN_TYPE_P(obj, KN_T_MODULE)) t = &KN_CLASS(obj)->ivars;
  else if (KN_SPECIAL_P(obj) || !(t = generic_tbl(obj, false))) return;
  for (uint32_t e = 0; e < t->len; e++)
    if (t->ents[e].val != KN_UNDEF) fn(t->ents[e].key, t->ents[e].val, arg);
}

/* Copies obj's instance variables to dst (dup/clone). */
void kn_obj_copy_ivars(kn_value dst, kn_value src) {
  if (slotted(src) && slotted(dst)) {
    kn_object *s = KN_OBJ(src), *d = KN_OBJ(dst);
    d->nslots = s->nslots;
    d->slots = s->nslots ? kn_alloc(sizeof(kn_value) * s->nslots) : NULL;
    if (s->nslots) memcpy(d->slots, s->slots, sizeof(kn_value) * s->nslots);
    return;
  }
  if (KN_SPECIAL_P(src) || slotted(src)) return;
  kn_symtbl *t = generic_tbl(src, false);
  if (!t) return;
  for (uint32_t e = 0; e < t->len; e++)
    if (t->ents[e].val != KN_UNDEF) kn_tbl_set(generic_tbl(dst, true), t->ents[e].key, t->ents[e].val);
}

/* ------------------------------------------------------------------------
 * Class variables: shared along the superclass chain.
 * ------------------------------------------------------------------------ */

static kn_class *cvar_base(kn_value klass) {
  kn_class *c = KN_CLASS(klass);
  if ((c->h.flags & KN_FL_SINGLETON) && (KN_TYPE_P(c->attached, KN_T_CLASS) || KN_TYPE_P(c->attached, KN_T_MODULE)))
    c = KN_CLASS(c->attached);
  return c;
}

static kn_value *cvar_ref(kn_class *c, kn_value name) {
  for (kn_class *k = c; k; k = k->super) {
    kn_value *r = kn_tbl_ref(&k->module->cvars, name);
    if (r) return r;
  }
  return NULL;
}

kn_value kn_cvar_get(kn_value klass, kn_value name) {
  kn_class *c = cvar_base(klass);
  kn_value *r = cvar_ref(c, name);
  if (!r)
    kn_name_error(name, "uninitialized class variable %s in %s", kn_sym_name(name), kn_class_name(KN_CVAL(c)));
  return *r;
}

kn_value kn_cvar_set(kn_value klass, kn_value name, kn_value v) {
  kn_class *c = cvar_base(klass);
  kn_value *r = cvar_ref(c, name);
  if (r) *r = v;
  else kn_tbl_set(&c->cvars, name, v);
  return v;
}

bool kn_cvar_defined(kn_value klass, kn_value name) { return cvar_ref(cvar_base(klass), name) != NULL; }

/* ------------------------------------------------------------------------
 * Globals.  A few are hooked: $! reads the current exception, $stdout and
 * $stderr redirect Kernel#puts and friends.
 * ------------------------------------------------------------------------ */

static kn_symtbl globals;
static kn_value s_errinfo, s_stdout, s_stderr;

kn_value kn_gvar_get(kn_value name) {
  if (!s_errinfo) {
    s_errinfo = kn_intern("$!");
    s_stdout = kn_intern("$stdout");
    s_stderr = kn_intern("$stderr");
  }
  if (name == s_errinfo) return kn_errinfo();
  if (name == s_stdout) return kn_stdout;
  if (name == s_stderr) return kn_stderr;
  kn_value v = kn_tbl_get(&globals, name);
  return v == KN_UNDEF ? KN_NIL : v;
}

kn_value kn_gvar_set(kn_value name, kn_value v) {
  kn_gvar_get(name); /* interns the hooked names */
  if (name == s_stdout || name == s_stderr) {
    if (!kn_respond_to(v, kn_intern("write"), false))
      kn_raise_fmt(kn_eTypeError, "%s must have write method, %s given", kn_sym_name(name),
                   kn_class_name(kn_real_class(v)));
    if (name == s_stdout) kn_stdout = v;
    else kn_stderr = v;
    return v;
  }
  if (name == s_errinfo) kn_name_error(name, "$! is a read-only variable");
  kn_tbl_set(&globals, name, v);
  return v;
}

/* Module#prepend(*modules): the first named ends up first in the ancestors. */
static kn_value mod_prepend(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  for (int i = argc - 1; i >= 0; i--) kn_prepend_module(self, argv[i]);
  return self;
}

/* ------------------------------------------------------------------------
 * Registration: the special-constant classes, BasicObject#method_missing, Module#prepend.
 * ------------------------------------------------------------------------ */

void kn_init_class(void) {
  special_class[KN_FALSE >> 3] = KN_CLASS(kn_cFalseClass);
  special_class[KN_NIL >> 3] = KN_CLASS(kn_cNilClass);
  special_class[KN_TRUE >> 3] = KN_CLASS(kn_cTrueClass);
  kn_define_method_sym(kn_cBasicObject, kn_s_method_missing, default_method_missing, 1, -1, KN_PRIVATE);
  s_prepended = kn_intern("prepended");
  s_method_added = kn_intern("method_added");
  s_singleton_method_added = kn_intern("singleton_method_added");
  kn_define_method(kn_cModule, "prepend", mod_prepend, 1, -1);
}
