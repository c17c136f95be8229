/* object.c: BasicObject, Object/Kernel instance methods, Module and Class, NilClass/TrueClass/FalseClass. */
#include "internal.h"
#include <gc.h>
#include <string.h>

kn_value kn_cBasicObject, kn_cObject, kn_mKernel, kn_cModule, kn_cClass, kn_cNilClass, kn_cTrueClass,
    kn_cFalseClass;

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

/* ------------------------------------------------------------------------
 * Conversions every file uses
 * ------------------------------------------------------------------------ */

static kn_callsite cs_inspect, cs_to_s, cs_eq;

kn_value kn_any_to_s(kn_value v) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "#<%s:0x%016lx>", kn_class_name(kn_real_class(v)), (unsigned long)v);
  return kn_buf_to_str(&b);
}

kn_value kn_inspect(kn_value v) {
  kn_value s = kn_send_cached(&cs_inspect, v, kn_s_inspect, 0, NULL, KN_NIL);
  return KN_TYPE_P(s, KN_T_STRING) ? s : kn_obj_to_s(s);
}

/* Decimal digits of a fixnum, without snprintf: written backwards ending
 * at e (which has room for 21 bytes before it), two digits per division. */
char *kn_fix_digits(int64_t n, char *e) {
  static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                              "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                              "8081828384858687888990919293949596979899";
  char *p = e;
  uint64_t u = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
  while (u >= 10) {
    unsigned d = (unsigned)(u % 100);
    u /= 100;
    *--p = pairs[2 * d + 1];
    *--p = pairs[2 * d];
  }
  if (p == e || u != 0) *--p = (char)('0' + u);
  if (n < 0) *--p = '-';
  return p;
}

static kn_value fix_to_s(int64_t n) {
  char buf[24], *e = buf + sizeof buf;
  char *p = kn_fix_digits(n, e);
  kn_value s = kn_str_new(p, e - p);
  KN_HDR(s)->flags |= KN_FL_ASCII;
  return s;
}

/* Fast paths assume Integer#to_s and Symbol#to_s are not redefined (as the
 * kn_op_* operators assume for Integer and Float). */
kn_value kn_obj_to_s(kn_value v) {
  if (KN_TYPE_P(v, KN_T_STRING)) return v;
  if (KN_FIXNUM_P(v)) return fix_to_s(KN_FIX2INT(v));
  if (KN_SYMBOL_P(v)) return kn_sym_to_s(v);
  kn_value s = kn_send_cached(&cs_to_s, v, kn_s_to_s, 0, NULL, KN_NIL);
  return KN_TYPE_P(s, KN_T_STRING) ? s : kn_any_to_s(v);
}

bool kn_equal(kn_value a, kn_value b) {
  if (a == b) return true;
  if (KN_FIXNUM_P(a) && KN_FIXNUM_P(b)) return false;
  return KN_TEST(kn_send_cached(&cs_eq, a, kn_s_eq, 1, &b, KN_NIL));
}

kn_value kn_obj_freeze(kn_value v) {
  if (KN_HEAP_P(v)) KN_HDR(v)->flags |= KN_FL_FROZEN;
  return v;
}

void kn_check_frozen(kn_value v) {
  if (KN_FROZEN_P(v)) kn_frozen_error(v);
}

/* A proc like p whose body runs with a different self (instance_exec,
 * class_exec, define_method): compiled blocks read self from their proc. */
kn_value kn_proc_with_self(kn_value proc, kn_value self) {
  kn_proc *p = kn_alloc(sizeof(kn_proc));
  *p = *KN_PROC(proc);
  p->self = self;
  p->method = NULL;
  return (kn_value)p;
}

static kn_value to_sym_arg(kn_value v) {
  if (KN_SYMBOL_P(v)) return v;
  if (KN_TYPE_P(v, KN_T_STRING)) return kn_intern_len(KN_STR(v)->ptr, (size_t)KN_STR(v)->len);
  kn_value s = kn_inspect(v);
  kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(s)->ptr);
}

/* ------------------------------------------------------------------------
 * object_id: sequential like CRuby's, assigned on first request and kept
 * in a side table keyed by address (never iterated).
 * ------------------------------------------------------------------------ */

typedef struct objid_ent {
  kn_value obj;
  int64_t id;
  struct objid_ent *next;
} objid_ent;
#define OBJID_BUCKETS 1024
static objid_ent **objids;
static int64_t next_object_id = 60; /* ruby 3.1 hands a script's first object 60, then steps by 20 */

static kn_value object_id(kn_value v) {
  if (KN_FIXNUM_P(v)) return kn_int_plus(kn_int_mul(v, KN_INT2FIX(2)), KN_INT2FIX(1));
  if (v == KN_TRUE) return KN_INT2FIX(20); /* CRuby's Qtrue */
  if (KN_SPECIAL_P(v)) return KN_INT2FIX((int64_t)v);
  if (!objids) objids = kn_alloc(sizeof(objid_ent *) * OBJID_BUCKETS);
  size_t h = (v >> 4) & (OBJID_BUCKETS - 1);
  for (objid_ent *e = objids[h]; e; e = e->next)
    if (e->obj == v) return KN_INT2FIX(e->id);
  objid_ent *e = kn_alloc(sizeof(objid_ent));
  e->obj = v;
  e->id = next_object_id;
  next_object_id += 20;
  e->next = objids[h];
  objids[h] = e;
  return KN_INT2FIX(e->id);
}

kn_value kn_obj_hash_value(kn_value v) {
  uint64_t x = (uint64_t)v;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return KN_INT2FIX((int64_t)(x >> 2));
}

/* ------------------------------------------------------------------------
 * inspect
 * ------------------------------------------------------------------------ */

typedef struct inspect_state {
  kn_buf *b;
  bool first;
} inspect_state;

/* Names without '@' are the runtime's hidden slots (Struct members). */
static bool visible_ivar(kn_value name) { return kn_sym_name(name)[0] == '@'; }

static void inspect_ivar(kn_value name, kn_value val, void *arg) {
  inspect_state *st = arg;
  if (!visible_ivar(name)) return;
  kn_buf_adds(st->b, st->first ? " " : ", ");
  st->first = false;
  kn_buf_adds(st->b, kn_sym_name(name));
  kn_buf_addc(st->b, '=');
  kn_buf_addv(st->b, kn_inspect(val));
}

static void count_ivar(kn_value name, kn_value val, void *arg) {
  if (visible_ivar(name)) (*(int *)arg)++;
}

kn_value kn_obj_inspect_default(kn_value v) {
  int n = 0;
  kn_obj_ivar_each(v, count_ivar, &n);
  if (n == 0) return kn_any_to_s(v);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "#<%s:0x%016lx", kn_class_name(kn_real_class(v)), (unsigned long)v);
  if (!kn_recursion_enter(v)) {
    kn_buf_adds(&b, " ...>");
    return kn_buf_to_str(&b);
  }
  inspect_state st = {&b, true};
  kn_obj_ivar_each(v, inspect_ivar, &st);
  kn_recursion_leave(v);
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

/* ------------------------------------------------------------------------
 * dup / clone
 * ------------------------------------------------------------------------ */

/* C data: the struct's bytes, however long (the collector knows the block's size),
 * so one copy serves every layout. Pointers in it stay shared; a class whose data
 * must not be shared (Random's generator, an IO's file) separates it in its
 * initialize_copy, which dup and clone call next. */
static kn_value copy_data(kn_value v, kn_class *k) {
  size_t n = GC_size((void *)v);
  kn_header *c = kn_alloc(n);
  memcpy(c, (const void *)v, n);
  c->klass = k;
  c->flags &= ~KN_FL_FROZEN;
  kn_obj_copy_ivars((kn_value)c, v);
  return (kn_value)c;
}

static kn_value shallow_copy(kn_value v) {
  kn_class *k = kn_real_class_of(v);
  switch (KN_HDR(v)->type) {
  case KN_T_OBJECT: {
    kn_value c = kn_obj_alloc_default(k);
    kn_obj_copy_ivars(c, v);
    return c;
  }
  case KN_T_EXCEPTION: {
    /* the copy's own slots (the fields after the object part are copied;
     * the object part would share the original's slot array) */
    kn_exception *e = KN_EXC(kn_exc_alloc(k));
    kn_object own = e->o;
    *e = *KN_EXC(v);
    e->o = own;
    kn_obj_copy_ivars((kn_value)e, v);
    return (kn_value)e;
  }
  case KN_T_STRING: {
    kn_value c = kn_str_dup(v);
    KN_HDR(c)->klass = k;
    kn_obj_copy_ivars(c, v);
    return c;
  }
  case KN_T_ARRAY: {
    kn_value c = kn_ary_dup(v);
    KN_HDR(c)->klass = k;
    kn_obj_copy_ivars(c, v);
    return c;
  }
  case KN_T_HASH: {
    kn_value c = kn_hash_dup(v);
    KN_HDR(c)->klass = k;
    kn_obj_copy_ivars(c, v);
    return c;
  }
  case KN_T_RANGE: {
    kn_range *r = kn_alloc(sizeof(kn_range));
    *r = *KN_RANGE(v);
    r->h.klass = k;
    r->h.flags &= ~KN_FL_FROZEN;
    return (kn_value)r;
  }
  case KN_T_PROC: {
    kn_proc *p = kn_alloc(sizeof(kn_proc));
    *p = *KN_PROC(v);
    p->h.klass = k;
    p->h.flags &= ~KN_FL_FROZEN;
    return (kn_value)p;
  }
  case KN_T_DATA:
    return copy_data(v, k);
  case KN_T_FLOAT:
  case KN_T_BIGNUM:
    return v;
  default:
    kn_raise_fmt(kn_eTypeError, "can't copy %s", kn_class_name(KN_CVAL(k)));
  }
}

/* Values dup and clone return as they are: immediates and Numerics (Numeric#dup is self). */
static bool copies_as_self(kn_value v) {
  return KN_SPECIAL_P(v) || KN_FLOAT_P(v) || KN_BIGNUM_P(v) || kn_obj_is_kind_of(v, kn_cNumeric);
}

kn_value kn_obj_dup(kn_value v) {
  if (copies_as_self(v)) return v;
  if (KN_TYPE_P(v, KN_T_CLASS) || KN_TYPE_P(v, KN_T_MODULE))
    kn_raise_fmt(kn_eNotImplementedError, "kiln does not support copying classes or modules");
  kn_value c = shallow_copy(v);
  kn_send_self(c, kn_s_initialize_copy, 1, &v, KN_NIL);
  return c;
}

kn_value kn_obj_clone(kn_value v) {
  if (copies_as_self(v)) return v;
  if (KN_TYPE_P(v, KN_T_CLASS) || KN_TYPE_P(v, KN_T_MODULE))
    kn_raise_fmt(kn_eNotImplementedError, "kiln does not support copying classes or modules");
  kn_value c = shallow_copy(v);
  /* The clone shares the singleton's methods through a fresh singleton. */
  kn_class *k = KN_HDR(v)->klass;
  if (k->h.flags & KN_FL_SINGLETON) {
    kn_class *s = KN_CLASS(kn_singleton_class(c));
    for (uint32_t i = 0; i < k->mtbl->len; i++)
      if (k->mtbl->ents[i].val != KN_UNDEF) kn_tbl_set(s->mtbl, k->mtbl->ents[i].key, k->mtbl->ents[i].val);
    for (kn_class *m = k->super; m && (m->h.flags & KN_FL_ICLASS); m = m->super)
      kn_include_module(KN_CVAL(s), KN_CVAL(m->module));
    kn_method_serial++;
  }
  kn_send_self(c, kn_s_initialize_copy, 1, &v, KN_NIL);
  if (KN_FROZEN_P(v)) KN_HDR(c)->flags |= KN_FL_FROZEN;
  return c;
}

/* ------------------------------------------------------------------------
 * Method listings (methods, instance_methods and their visibilities)
 * ------------------------------------------------------------------------ */

/* Adds the names in c's own table visible at vis (-1: public and protected) to ary.
 * The first table along a chain to name a method decides (an undef, or a private
 * override, hides what it inherits), so seen records every name met. */
static void collect_methods(kn_class *c, int vis, kn_value seen, kn_value ary) {
  kn_symtbl *t = c->mtbl;
  for (uint32_t i = 0; i < t->len; i++) {
    if (t->ents[i].val == KN_UNDEF) continue;
    kn_value name = t->ents[i].key;
    const kn_method *m = (const kn_method *)t->ents[i].val;
    if (kn_hash_lookup(seen, name, KN_FALSE) == KN_TRUE) continue;
    kn_hash_aset(seen, name, KN_TRUE);
    if (m->flags & KN_METHOD_UNDEF) continue;
    if (vis < 0 ? m->visibility != KN_PRIVATE : m->visibility == vis) kn_ary_push(ary, name);
  }
}

/* Method names visible at vis along c's chain (CRuby's class_instance_method_list).
 * Without recur a module's list is its own table; an object's (obj) also takes its
 * singleton class and the modules included on the way to its class. */
static kn_value method_list(kn_class *c, bool recur, bool obj, int vis) {
  kn_value ary = kn_ary_new(8), seen = kn_hash_new();
  for (; c; c = c->super) {
    collect_methods(c, vis, seen, ary);
    if (recur) continue;
    if (obj && (c->h.flags & (KN_FL_SINGLETON | KN_FL_ICLASS))) continue;
    break;
  }
  return ary;
}
static bool recur_arg(int argc, const kn_value *argv) { return argc == 0 || KN_TEST(argv[0]); }

/* ------------------------------------------------------------------------
 * BasicObject and Kernel
 * ------------------------------------------------------------------------ */

static kn_value obj_initialize(ARGS) { return KN_NIL; }
static kn_value obj_equal(ARGS) { return KN_BOOL(self == argv[0]); }
static kn_value obj_not(ARGS) { return KN_BOOL(!KN_TEST(self)); }
static kn_value obj_neq(ARGS) { return KN_BOOL(!kn_equal(self, argv[0])); }
static kn_value obj_id(ARGS) { return object_id(self); }
static kn_value obj_hash(ARGS) { return kn_obj_hash_value(self); }
static kn_value obj_nil_p(ARGS) { return KN_FALSE; }
static kn_value obj_eqq(ARGS) { return KN_BOOL(kn_equal(self, argv[0])); }
static kn_value obj_match(ARGS) { return KN_NIL; }
static kn_value obj_nmatch(ARGS) { return KN_BOOL(!KN_TEST(kn_send(self, kn_intern("=~"), 1, argv, KN_NIL))); }
static kn_value obj_cmp(ARGS) { return kn_equal(self, argv[0]) ? KN_INT2FIX(0) : KN_NIL; }
static kn_value obj_class(ARGS) { return kn_real_class(self); }
static kn_value obj_singleton_class(ARGS) { return kn_singleton_class(self); }
static kn_value obj_frozen_p(ARGS) { return KN_BOOL(KN_FROZEN_P(self)); }
static kn_value obj_freeze(ARGS) { return kn_obj_freeze(self); }
static kn_value obj_dup(ARGS) { return kn_obj_dup(self); }
static kn_value obj_clone(ARGS) {
  kn_value c = kn_obj_clone(self);
  if (argc > 0 && KN_TYPE_P(argv[0], KN_T_HASH)) {
    kn_value f = kn_hash_lookup(argv[0], kn_intern("freeze"), KN_UNDEF);
    if (f == KN_FALSE && copies_as_self(self))
      kn_raise_fmt(kn_eArgumentError, "can't unfreeze %s", kn_class_name(kn_real_class(self)));
    if (f == KN_FALSE && KN_HEAP_P(c) && c != self) KN_HDR(c)->flags &= ~KN_FL_FROZEN;
  }
  return c;
}
static kn_value obj_init_copy(ARGS) {
  if (self == argv[0]) return self;
  kn_check_frozen(self);
  if (kn_real_class(self) != kn_real_class(argv[0]))
    kn_raise_fmt(kn_eTypeError, "initialize_copy should take same class object");
  return self;
}
static kn_value obj_itself(ARGS) { return self; }
static kn_value obj_tap(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given (yield)");
  kn_yield1(blk, self);
  return self;
}
static kn_value obj_then(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "then", 0, NULL);
  return kn_yield1(blk, self);
}
static kn_value obj_yield_self(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "yield_self", 0, NULL);
  return kn_yield1(blk, self);
}
static kn_value obj_to_s(ARGS) { return kn_any_to_s(self); }
static kn_value obj_inspect(ARGS) { return kn_obj_inspect_default(self); }

static void collect_ivar(kn_value name, kn_value val, void *arg) {
  if (visible_ivar(name)) kn_ary_push((kn_value)arg, name);
}
static kn_value obj_instance_variables(ARGS) {
  kn_value ary = kn_ary_new(4);
  kn_obj_ivar_each(self, collect_ivar, (void *)ary);
  return ary;
}

static kn_value ivar_name_arg(kn_value v) {
  kn_value sym = to_sym_arg(v);
  const char *n = kn_sym_name(sym);
  bool ok = n[0] == '@' && n[1] != '@' && n[1] && !(n[1] >= '0' && n[1] <= '9');
  for (const char *p = n + 1; ok && *p; p++)
    ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' ||
         (unsigned char)*p >= 0x80;
  if (!ok) kn_name_error(sym, "`%s' is not allowed as an instance variable name", n);
  return sym;
}
static kn_value obj_ivar_get(ARGS) { return kn_ivar_get(self, ivar_name_arg(argv[0])); }
static kn_value obj_ivar_set(ARGS) { return kn_ivar_set(self, ivar_name_arg(argv[0]), argv[1]); }
static kn_value obj_ivar_defined(ARGS) { return KN_BOOL(kn_ivar_defined(self, ivar_name_arg(argv[0]))); }

static kn_value obj_instance_of(ARGS) {
  if (!KN_TYPE_P(argv[0], KN_T_CLASS) && !KN_TYPE_P(argv[0], KN_T_MODULE))
    kn_raise_fmt(kn_eTypeError, "class or module required");
  return KN_BOOL(kn_real_class(self) == argv[0]);
}
static kn_value obj_kind_of(ARGS) {
  if (!KN_TYPE_P(argv[0], KN_T_CLASS) && !KN_TYPE_P(argv[0], KN_T_MODULE))
    kn_raise_fmt(kn_eTypeError, "class or module required");
  return KN_BOOL(kn_obj_is_kind_of(self, argv[0]));
}
static kn_value obj_respond_to(ARGS) {
  return KN_BOOL(kn_respond_to(self, to_sym_arg(argv[0]), argc > 1 && KN_TEST(argv[1])));
}
static kn_value obj_send(ARGS) {
  if (argc < 1) kn_raise_fmt(kn_eArgumentError, "no method name given");
  return kn_send_self(self, to_sym_arg(argv[0]), argc - 1, argv + 1, blk);
}
static kn_value obj_public_send(ARGS) {
  if (argc < 1) kn_raise_fmt(kn_eArgumentError, "no method name given");
  return kn_public_send(self, to_sym_arg(argv[0]), argc - 1, argv + 1, blk);
}
static kn_value obj_extend(ARGS) {
  if (argc == 0) kn_raise_argc(0, 1, -1);
  for (int i = argc - 1; i >= 0; i--) kn_extend_object(self, argv[i]);
  return self;
}
static kn_value obj_instance_exec(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eLocalJumpError, "no block given (yield)");
  return kn_proc_call(kn_proc_with_self(blk, self), argc, argv, KN_NIL);
}
static kn_value obj_instance_eval(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eNotImplementedError, "kiln: instance_eval with a string is not supported");
  return kn_proc_call(kn_proc_with_self(blk, self), 1, &self, KN_NIL);
}
static kn_value obj_display(ARGS) {
  kn_value s = kn_obj_to_s(self);
  kn_io_write_value(argc > 0 ? argv[0] : kn_stdout, s);
  return KN_NIL;
}
/* The singleton class's own public and protected methods; with all (the default),
 * also those of the modules extended into it and, for a class, of its superclasses'
 * singleton classes (rb_obj_singleton_methods). */
static kn_value singleton_methods(kn_value self, bool all) {
  kn_value ary = kn_ary_new(4), seen = kn_hash_new();
  kn_class *k = kn_class_of(self);
  if (KN_HEAP_P(self) && (k->h.flags & KN_FL_SINGLETON)) {
    collect_methods(k, -1, seen, ary);
    k = k->super;
  }
  for (; all && k && (k->h.flags & (KN_FL_SINGLETON | KN_FL_ICLASS)); k = k->super) collect_methods(k, -1, seen, ary);
  return ary;
}
static kn_value obj_singleton_methods(ARGS) { return singleton_methods(self, recur_arg(argc, argv)); }
/* methods(false) is singleton_methods(false), as in ruby */
static kn_value obj_methods(ARGS) {
  if (!recur_arg(argc, argv)) return singleton_methods(self, false);
  return method_list(kn_class_of(self), true, true, -1);
}
static kn_value obj_public_methods(ARGS) { return method_list(kn_class_of(self), recur_arg(argc, argv), true, KN_PUBLIC); }
static kn_value obj_private_methods(ARGS) { return method_list(kn_class_of(self), recur_arg(argc, argv), true, KN_PRIVATE); }
static kn_value obj_protected_methods(ARGS) {
  return method_list(kn_class_of(self), recur_arg(argc, argv), true, KN_PROTECTED);
}
/* respond_to? asks a program's override when a name has no method */
static kn_value obj_respond_to_missing(ARGS) { return KN_FALSE; }
static kn_value obj_define_singleton_method(ARGS);

static const kn_method_def basic_object_methods[] = {
    {"==", obj_equal, 1, 1},          {"equal?", obj_equal, 1, 1},
    {"!", obj_not, 0, 0},             {"!=", obj_neq, 1, 1},
    {"__id__", obj_id, 0, 0},         {"__send__", obj_send, 0, -1},
    {"instance_exec", obj_instance_exec, 0, -1},
    {"instance_eval", obj_instance_eval, 0, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def kernel_methods[] = {
    {"nil?", obj_nil_p, 0, 0},
    {"===", obj_eqq, 1, 1},
    {"=~", obj_match, 1, 1},
    {"!~", obj_nmatch, 1, 1},
    {"eql?", obj_equal, 1, 1},
    {"hash", obj_hash, 0, 0},
    {"<=>", obj_cmp, 1, 1},
    {"class", obj_class, 0, 0},
    {"singleton_class", obj_singleton_class, 0, 0},
    {"frozen?", obj_frozen_p, 0, 0},
    {"freeze", obj_freeze, 0, 0},
    {"dup", obj_dup, 0, 0},
    {"clone", obj_clone, 0, 1},
    {"itself", obj_itself, 0, 0},
    {"tap", obj_tap, 0, 0},
    {"then", obj_then, 0, 0},
    {"yield_self", obj_yield_self, 0, 0},
    {"to_s", obj_to_s, 0, 0},
    {"inspect", obj_inspect, 0, 0},
    {"instance_variables", obj_instance_variables, 0, 0},
    {"instance_variable_get", obj_ivar_get, 1, 1},
    {"instance_variable_set", obj_ivar_set, 2, 2},
    {"instance_variable_defined?", obj_ivar_defined, 1, 1},
    {"instance_of?", obj_instance_of, 1, 1},
    {"kind_of?", obj_kind_of, 1, 1},
    {"is_a?", obj_kind_of, 1, 1},
    {"respond_to?", obj_respond_to, 1, 2},
    {"send", obj_send, 0, -1},
    {"public_send", obj_public_send, 0, -1},
    {"object_id", obj_id, 0, 0},
    {"extend", obj_extend, 0, -1},
    {"display", obj_display, 0, 1},
    {"singleton_methods", obj_singleton_methods, 0, 1},
    {"methods", obj_methods, 0, 1},
    {"public_methods", obj_public_methods, 0, 1},
    {"private_methods", obj_private_methods, 0, 1},
    {"protected_methods", obj_protected_methods, 0, 1},
    {"respond_to_missing?", obj_respond_to_missing, 2, 2},
    {"define_singleton_method", obj_define_singleton_method, 1, 2},
    {NULL, NULL, 0, 0}};

/* ------------------------------------------------------------------------
 * Module
 * ------------------------------------------------------------------------ */

static void check_mod(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_CLASS) && !KN_TYPE_P(v, KN_T_MODULE))
    kn_raise_fmt(kn_eTypeError, "compared with non class/module");
}

static kn_value mod_name(ARGS) {
  return KN_CLASS(self)->name ? kn_str_cstr(KN_CLASS(self)->name) : KN_NIL;
}
static kn_value mod_to_s(ARGS) { return kn_class_path(self); }
static kn_value mod_eqq(ARGS) { return KN_BOOL(kn_obj_is_kind_of(argv[0], self)); }
static kn_value mod_le(ARGS) {
  check_mod(argv[0]);
  if (kn_class_inherits(KN_CLASS(self), KN_CLASS(argv[0]))) return KN_TRUE;
  if (kn_class_inherits(KN_CLASS(argv[0]), KN_CLASS(self))) return KN_FALSE;
  return KN_NIL;
}
static kn_value mod_lt(ARGS) { return self == argv[0] ? KN_FALSE : mod_le(self, argc, argv, blk); }
static kn_value mod_ge(ARGS) {
  check_mod(argv[0]);
  if (kn_class_inherits(KN_CLASS(argv[0]), KN_CLASS(self))) return KN_TRUE;
  if (kn_class_inherits(KN_CLASS(self), KN_CLASS(argv[0]))) return KN_FALSE;
  return KN_NIL;
}
static kn_value mod_gt(ARGS) { return self == argv[0] ? KN_FALSE : mod_ge(self, argc, argv, blk); }
static kn_value mod_cmp(ARGS) {
  if (self == argv[0]) return KN_INT2FIX(0);
  if (!KN_TYPE_P(argv[0], KN_T_CLASS) && !KN_TYPE_P(argv[0], KN_T_MODULE)) return KN_NIL;
  if (kn_class_inherits(KN_CLASS(self), KN_CLASS(argv[0]))) return KN_INT2FIX(-1);
  if (kn_class_inherits(KN_CLASS(argv[0]), KN_CLASS(self))) return KN_INT2FIX(1);
  return KN_NIL;
}
static kn_value mod_ancestors(ARGS) { return kn_class_ancestors(self); }

static bool ary_has(kn_value ary, kn_value v) {
  for (int64_t i = 0; i < KN_ARY(ary)->len; i++)
    if (KN_ARY(ary)->ptr[i] == v) return true;
  return false;
}

static kn_value mod_instance_methods(ARGS) { return method_list(KN_CLASS(self), recur_arg(argc, argv), false, -1); }
static kn_value mod_public_instance_methods(ARGS) {
  return method_list(KN_CLASS(self), recur_arg(argc, argv), false, KN_PUBLIC);
}
static kn_value mod_private_instance_methods(ARGS) {
  return method_list(KN_CLASS(self), recur_arg(argc, argv), false, KN_PRIVATE);
}
static kn_value mod_protected_instance_methods(ARGS) {
  return method_list(KN_CLASS(self), recur_arg(argc, argv), false, KN_PROTECTED);
}
static kn_value mod_method_defined(ARGS) {
  const kn_method *m = kn_find_method(KN_CLASS(self), to_sym_arg(argv[0]));
  return KN_BOOL(m && m->visibility != KN_PRIVATE);
}
static kn_value mod_public_method_defined(ARGS) {
  const kn_method *m = kn_find_method(KN_CLASS(self), to_sym_arg(argv[0]));
  return KN_BOOL(m && m->visibility == KN_PUBLIC);
}
static kn_value mod_private_method_defined(ARGS) {
  const kn_method *m = kn_find_method(KN_CLASS(self), to_sym_arg(argv[0]));
  return KN_BOOL(m && m->visibility == KN_PRIVATE);
}

static kn_value define_attrs(kn_value self, int argc, const kn_value *argv, bool r, bool w) {
  kn_value out = kn_ary_new(argc * 2);
  for (int i = 0; i < argc; i++) {
    kn_value name = to_sym_arg(argv[i]);
    kn_define_attr(self, name, r, w);
    if (r) kn_ary_push(out, name);
    if (w) {
      const char *n = kn_sym_name(name);
      char *s = kn_alloc_atomic(strlen(n) + 2);
      sprintf(s, "%s=", n);
      kn_ary_push(out, kn_intern(s));
    }
  }
  return out;
}
static kn_value mod_attr_reader(ARGS) { return define_attrs(self, argc, argv, true, false); }
static kn_value mod_attr_writer(ARGS) { return define_attrs(self, argc, argv, false, true); }
static kn_value mod_attr_accessor(ARGS) { return define_attrs(self, argc, argv, true, true); }

static kn_value mod_include(ARGS) {
  if (argc == 0) kn_raise_argc(0, 1, -1);
  for (int i = argc - 1; i >= 0; i--) kn_include_module(self, argv[i]);
  return self;
}
static kn_value mod_include_p(ARGS) {
  if (!KN_TYPE_P(argv[0], KN_T_MODULE)) {
    kn_raise_fmt(kn_eTypeError, "wrong argument type %s (expected Module)", kn_class_name(kn_real_class(argv[0])));
  }
  for (kn_class *c = KN_CLASS(self)->super; c; c = c->super)
    if ((c->h.flags & KN_FL_ICLASS) && c->module == KN_CLASS(argv[0])) return KN_TRUE;
  return KN_FALSE;
}
static kn_value mod_included_modules(ARGS) {
  kn_value ary = kn_ary_new(4);
  for (kn_class *c = KN_CLASS(self); c; c = c->super)
    if (c->h.flags & KN_FL_ICLASS) kn_ary_push(ary, KN_CVAL(c->module));
  return ary;
}

/* private/public/protected: no arguments set the default for later defs;
 * with names (or one Array of names) they change those methods. */
static kn_value set_vis(kn_value self, int argc, const kn_value *argv, int vis) {
  if (argc == 0) {
    KN_CLASS(self)->default_vis = (uint8_t)vis;
    return KN_NIL;
  }
  const kn_value *names = argv;
  int n = argc;
  if (argc == 1 && KN_TYPE_P(argv[0], KN_T_ARRAY)) names = KN_ARY(argv[0])->ptr, n = (int)KN_ARY(argv[0])->len;
  for (int i = 0; i < n; i++) {
    kn_value name = to_sym_arg(names[i]);
    if (vis == KN_MODULE_FUNCTION) {
      const kn_method *m = kn_find_method(KN_CLASS(self), name);
      if (!m) kn_name_error(name, "undefined method `%s' for module `%s'", kn_sym_name(name), kn_class_name(self));
      kn_class *s = KN_CLASS(kn_singleton_class(self));
      kn_method *copy = kn_alloc(sizeof(kn_method));
      *copy = *m;
      copy->visibility = KN_PUBLIC;
      kn_tbl_set(s->mtbl, name, (kn_value)copy);
      kn_method_serial++;
      kn_set_visibility(self, name, KN_PRIVATE);
    } else {
      kn_set_visibility(self, name, (kn_visibility)vis);
    }
  }
  return argc == 1 ? argv[0] : kn_ary_new_from(argc, argv);
}
static kn_value mod_public(ARGS) { return set_vis(self, argc, argv, KN_PUBLIC); }
static kn_value mod_private(ARGS) { return set_vis(self, argc, argv, KN_PRIVATE); }
static kn_value mod_protected(ARGS) { return set_vis(self, argc, argv, KN_PROTECTED); }
static kn_value mod_module_function(ARGS) {
  if (!KN_TYPE_P(self, KN_T_MODULE)) kn_raise_fmt(kn_eTypeError, "module_function must be called for modules");
  return set_vis(self, argc, argv, KN_MODULE_FUNCTION);
}
static kn_value mod_private_class_method(ARGS) {
  kn_value s = kn_singleton_class(self);
  for (int i = 0; i < argc; i++) kn_set_visibility(s, to_sym_arg(argv[i]), KN_PRIVATE);
  return KN_NIL;
}
static kn_value mod_public_class_method(ARGS) {
  kn_value s = kn_singleton_class(self);
  for (int i = 0; i < argc; i++) kn_set_visibility(s, to_sym_arg(argv[i]), KN_PUBLIC);
  return KN_NIL;
}
static kn_value mod_private_constant(ARGS) { return KN_NIL; }

static kn_value mod_const_get(ARGS) {
  kn_value name = argv[0];
  if (KN_TYPE_P(name, KN_T_STRING) && memchr(KN_STR(name)->ptr, ':', (size_t)KN_STR(name)->len)) {
    /* "A::B::C": walk the path */
    const char *p = KN_STR(name)->ptr, *end = p + KN_STR(name)->len;
    kn_value cur = self;
    if (p + 2 <= end && p[0] == ':' && p[1] == ':') cur = kn_cObject, p += 2;
    while (p < end) {
      const char *q = p;
      while (q < end && *q != ':') q++;
      cur = kn_const_get(cur, kn_intern_len(p, (size_t)(q - p)));
      p = q;
      if (p + 2 <= end && p[0] == ':' && p[1] == ':') p += 2;
      else if (p < end) kn_name_error(name, "wrong constant name %s", KN_STR(name)->ptr);
    }
    return cur;
  }
  kn_value sym = to_sym_arg(name);
  if (self == kn_cObject || KN_TYPE_P(self, KN_T_MODULE)) {
    if (kn_const_defined(self, sym)) return kn_const_get(self, sym);
    kn_value *r = kn_tbl_ref(&KN_CLASS(kn_cObject)->consts, sym);
    if (r) return *r;
  }
  return kn_const_get(self, sym);
}
static kn_value mod_const_set(ARGS) {
  kn_const_set(self, to_sym_arg(argv[0]), argv[1]);
  return argv[1];
}
static kn_value mod_const_defined(ARGS) { return KN_BOOL(kn_const_defined(self, to_sym_arg(argv[0]))); }
static kn_value mod_constants(ARGS) {
  kn_value ary = kn_ary_new(4);
  kn_symtbl *t = &KN_CLASS(self)->consts;
  for (uint32_t i = 0; i < t->len; i++)
    if (t->ents[i].val != KN_UNDEF) kn_ary_push(ary, t->ents[i].key);
  return ary;
}
static kn_value mod_cvar_get(ARGS) { return kn_cvar_get(self, to_sym_arg(argv[0])); }
static kn_value mod_cvar_set(ARGS) { return kn_cvar_set(self, to_sym_arg(argv[0]), argv[1]); }
static kn_value mod_cvar_defined(ARGS) { return KN_BOOL(kn_cvar_defined(self, to_sym_arg(argv[0]))); }
static kn_value mod_class_variables(ARGS) {
  kn_value ary = kn_ary_new(4);
  for (kn_class *c = KN_CLASS(self); c; c = c->super) {
    kn_symtbl *t = &c->module->cvars;
    for (uint32_t i = 0; i < t->len; i++)
      if (t->ents[i].val != KN_UNDEF && !ary_has(ary, t->ents[i].key)) kn_ary_push(ary, t->ents[i].key);
  }
  return ary;
}
static kn_value mod_alias_method(ARGS) {
  kn_value n = to_sym_arg(argv[0]);
  kn_alias_method(self, n, to_sym_arg(argv[1]));
  return n;
}
static kn_value mod_undef_method(ARGS) {
  for (int i = 0; i < argc; i++) kn_undef_method(self, to_sym_arg(argv[i]));
  return self;
}
static kn_value mod_remove_method(ARGS) {
  for (int i = 0; i < argc; i++) {
    kn_value name = to_sym_arg(argv[i]);
    if (!kn_tbl_delete(KN_CLASS(self)->mtbl, name))
      kn_name_error(name, "method `%s' not defined in %s", kn_sym_name(name), kn_class_name(self));
    kn_method_serial++;
  }
  return self;
}

static kn_value mod_define_method(ARGS) {
  kn_value name = to_sym_arg(argv[0]);
  kn_value body = argc > 1 ? argv[1] : blk;
  if (body == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to create Proc object without a block");
  kn_define_method_proc(self, name, body);
  return name;
}
static kn_value obj_define_singleton_method(ARGS) {
  kn_value name = to_sym_arg(argv[0]);
  kn_value body = argc > 1 ? argv[1] : blk;
  if (body == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to create Proc object without a block");
  kn_define_method_proc(kn_singleton_class(self), name, body);
  return name;
}
static kn_value mod_class_exec(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eNotImplementedError, "kiln: class_eval with a string is not supported");
  return kn_proc_call(kn_proc_with_self(blk, self), argc ? argc : 1, argc ? argv : &self, KN_NIL);
}
static kn_value mod_freeze(ARGS) { return kn_obj_freeze(self); }
static kn_value mod_hash(ARGS) { return kn_obj_hash_value(self); }
static kn_value mod_s_new(ARGS) {
  kn_value m = kn_module_new();
  if (blk != KN_NIL) kn_proc_call(kn_proc_with_self(blk, m), 1, &m, KN_NIL);
  return m;
}

static const kn_method_def module_methods[] = {
    {"name", mod_name, 0, 0},
    {"to_s", mod_to_s, 0, 0},
    {"inspect", mod_to_s, 0, 0},
    {"===", mod_eqq, 1, 1},
    {"==", obj_equal, 1, 1},
    {"<", mod_lt, 1, 1},
    {"<=", mod_le, 1, 1},
    {">", mod_gt, 1, 1},
    {">=", mod_ge, 1, 1},
    {"<=>", mod_cmp, 1, 1},
    {"hash", mod_hash, 0, 0},
    {"ancestors", mod_ancestors, 0, 0},
    {"instance_methods", mod_instance_methods, 0, 1},
    {"public_instance_methods", mod_public_instance_methods, 0, 1},
    {"private_instance_methods", mod_private_instance_methods, 0, 1},
    {"protected_instance_methods", mod_protected_instance_methods, 0, 1},
    {"method_defined?", mod_method_defined, 1, 2},
    {"public_method_defined?", mod_public_method_defined, 1, 2},
    {"private_method_defined?", mod_private_method_defined, 1, 2},
    {"include?", mod_include_p, 1, 1},
    {"included_modules", mod_included_modules, 0, 0},
    {"const_get", mod_const_get, 1, 2},
    {"const_set", mod_const_set, 2, 2},
    {"const_defined?", mod_const_defined, 1, 2},
    {"constants", mod_constants, 0, 1},
    {"class_variable_get", mod_cvar_get, 1, 1},
    {"class_variable_set", mod_cvar_set, 2, 2},
    {"class_variable_defined?", mod_cvar_defined, 1, 1},
    {"class_variables", mod_class_variables, 0, 1},
    {"class_eval", mod_class_exec, 0, -1},
    {"module_eval", mod_class_exec, 0, -1},
    {"class_exec", mod_class_exec, 0, -1},
    {"module_exec", mod_class_exec, 0, -1},
    {"freeze", mod_freeze, 0, 0},
    {"private_class_method", mod_private_class_method, 0, -1},
    {"public_class_method", mod_public_class_method, 0, -1},
    {"private_constant", mod_private_constant, 0, -1},
    {"instance_method_defined?", mod_method_defined, 1, 1},
    /* public since ruby 2.5 (include, define_method...) and 3.0 (attr_*) */
    {"attr_reader", mod_attr_reader, 0, -1},
    {"attr_writer", mod_attr_writer, 0, -1},
    {"attr_accessor", mod_attr_accessor, 0, -1},
    {"attr", mod_attr_reader, 0, -1},
    {"include", mod_include, 0, -1},
    {"alias_method", mod_alias_method, 2, 2},
    {"undef_method", mod_undef_method, 0, -1},
    {"remove_method", mod_remove_method, 0, -1},
    {"define_method", mod_define_method, 1, 2},
    {NULL, NULL, 0, 0}};

/* Ruby 3.1 keeps these private: they are meant for class bodies. */
static const kn_method_def module_private_methods[] = {
    {"public", mod_public, 0, -1},
    {"private", mod_private, 0, -1},
    {"protected", mod_protected, 0, -1},
    {"module_function", mod_module_function, 0, -1},
    {NULL, NULL, 0, 0}};

/* ------------------------------------------------------------------------
 * Class
 * ------------------------------------------------------------------------ */

static kn_value class_new_instance_m(ARGS) { return kn_class_new_instance(self, argc, argv, blk); }
static kn_value class_allocate(ARGS) { return kn_obj_alloc(self); }
static kn_value class_superclass(ARGS) {
  kn_class *c = KN_CLASS(self)->super;
  while (c && (c->h.flags & KN_FL_ICLASS)) c = c->super;
  return c ? KN_CVAL(c) : KN_NIL;
}
static kn_value class_s_new(ARGS) {
  kn_value super = argc > 0 ? argv[0] : kn_cObject;
  kn_value c = kn_class_new(super);
  const kn_method *m = kn_find_method(kn_class_of(super), kn_s_inherited);
  if (m && !(m->flags & KN_METHOD_CFUNC)) kn_send_self(super, kn_s_inherited, 1, &c, KN_NIL);
  if (blk != KN_NIL) kn_proc_call(kn_proc_with_self(blk, c), 1, &c, KN_NIL);
  return c;
}
static kn_value mod_hook_noop(ARGS) { return KN_NIL; }

static const kn_method_def class_methods[] = {
    {"new", class_new_instance_m, 0, -1},
    {"allocate", class_allocate, 0, 0},
    {"superclass", class_superclass, 0, 0},
    {NULL, NULL, 0, 0}};

/* ------------------------------------------------------------------------
 * nil, true, false
 * ------------------------------------------------------------------------ */

static kn_value nil_to_s(ARGS) { /* one frozen "" as in ruby */
  static kn_value empty;
  if (!empty) empty = kn_str_frozen_lit("", 0);
  return empty;
}
static kn_value nil_to_a(ARGS) { return kn_ary_new(0); }
static kn_value nil_to_h(ARGS) { return kn_hash_new(); }
static kn_value nil_to_i(ARGS) { return KN_INT2FIX(0); }
static kn_value nil_to_f(ARGS) { return kn_float_new(0.0); }
static kn_value nil_inspect(ARGS) { return kn_str_cstr("nil"); }
static kn_value nil_nil_p(ARGS) { return KN_TRUE; }
static kn_value false_and(ARGS) { return KN_FALSE; }
static kn_value false_or(ARGS) { return KN_BOOL(KN_TEST(argv[0])); }
static kn_value true_and(ARGS) { return KN_BOOL(KN_TEST(argv[0])); }
static kn_value true_or(ARGS) { return KN_TRUE; }
static kn_value true_xor(ARGS) { return KN_BOOL(!KN_TEST(argv[0])); }
static kn_value true_to_s(ARGS) { return kn_str_cstr("true"); }
static kn_value false_to_s(ARGS) { return kn_str_cstr("false"); }

static const kn_method_def nil_methods[] = {
    {"to_s", nil_to_s, 0, 0},       {"to_a", nil_to_a, 0, 0},   {"to_h", nil_to_h, 0, 0},
    {"to_i", nil_to_i, 0, 0},       {"to_f", nil_to_f, 0, 0},   {"inspect", nil_inspect, 0, 0},
    {"nil?", nil_nil_p, 0, 0},      {"&", false_and, 1, 1},     {"|", false_or, 1, 1},
    {"^", false_or, 1, 1},          {NULL, NULL, 0, 0}};
static const kn_method_def true_methods[] = {
    {"to_s", true_to_s, 0, 0}, {"inspect", true_to_s, 0, 0}, {"&", true_and, 1, 1},
    {"|", true_or, 1, 1},      {"^", true_xor, 1, 1},        {"===", obj_equal, 1, 1},
    {NULL, NULL, 0, 0}};
static const kn_method_def false_methods[] = {
    {"to_s", false_to_s, 0, 0}, {"inspect", false_to_s, 0, 0}, {"&", false_and, 1, 1},
    {"|", false_or, 1, 1},      {"^", false_or, 1, 1},         {"===", obj_equal, 1, 1},
    {NULL, NULL, 0, 0}};

static kn_value main_to_s(ARGS) { return kn_str_cstr("main"); }
static kn_value main_include(ARGS) {
  for (int i = argc - 1; i >= 0; i--) kn_include_module(kn_cObject, argv[i]);
  return kn_cObject;
}
static kn_value main_public(ARGS) { return set_vis(kn_cObject, argc, argv, KN_PUBLIC); }
static kn_value main_private(ARGS) { return set_vis(kn_cObject, argc, argv, KN_PRIVATE); }
static kn_value main_define_method(ARGS) { return mod_define_method(kn_cObject, argc, argv, blk); }

/* Boot the four classes everything hangs from, then their metaclasses. */
void kn_init_object(void) {
  kn_cBasicObject = KN_CVAL(kn_boot_class(NULL, "BasicObject", KN_T_OBJECT));
  kn_cObject = KN_CVAL(kn_boot_class(KN_CLASS(kn_cBasicObject), "Object", KN_T_OBJECT));
  kn_cModule = KN_CVAL(kn_boot_class(KN_CLASS(kn_cObject), "Module", KN_T_MODULE));
  kn_cClass = KN_CVAL(kn_boot_class(KN_CLASS(kn_cModule), "Class", KN_T_CLASS));
  KN_CLASS(kn_cModule)->alloc = NULL;
  KN_CLASS(kn_cClass)->alloc = NULL;
  kn_boot_metaclasses();
  kn_const_set(kn_cObject, kn_intern("BasicObject"), kn_cBasicObject);
  kn_const_set(kn_cObject, kn_intern("Object"), kn_cObject);
  kn_const_set(kn_cObject, kn_intern("Module"), kn_cModule);
  kn_const_set(kn_cObject, kn_intern("Class"), kn_cClass);
  kn_mKernel = kn_define_module(kn_cObject, "Kernel");
  kn_include_module(kn_cObject, kn_mKernel);
  kn_cNilClass = kn_define_class(kn_cObject, "NilClass", KN_NIL);
  kn_cTrueClass = kn_define_class(kn_cObject, "TrueClass", KN_NIL);
  kn_cFalseClass = kn_define_class(kn_cObject, "FalseClass", KN_NIL);
  KN_CLASS(kn_cNilClass)->alloc = KN_CLASS(kn_cTrueClass)->alloc = KN_CLASS(kn_cFalseClass)->alloc = NULL;
}

/* Methods are defined once every class they mention exists. */
void kn_init_object_methods(void) {
  kn_define_methods(kn_cBasicObject, basic_object_methods);
  kn_define_method_sym(kn_cBasicObject, kn_s_initialize, obj_initialize, 0, 0, KN_PRIVATE);
  kn_define_method_sym(kn_cBasicObject, kn_intern("singleton_method_added"), mod_hook_noop, 1, 1, KN_PRIVATE);
  kn_define_methods(kn_mKernel, kernel_methods);
  kn_define_method_sym(kn_mKernel, kn_s_initialize_copy, obj_init_copy, 1, 1, KN_PRIVATE);
  kn_define_methods(kn_cModule, module_methods);
  kn_define_private_methods(kn_cModule, module_private_methods);
  kn_define_method_sym(kn_cModule, kn_s_included, mod_hook_noop, 1, 1, KN_PRIVATE);
  kn_define_method_sym(kn_cModule, kn_s_extended, mod_hook_noop, 1, 1, KN_PRIVATE);
  kn_define_method_sym(kn_cModule, kn_intern("method_added"), mod_hook_noop, 1, 1, KN_PRIVATE);
  kn_define_singleton_method(kn_cModule, "new", mod_s_new, 0, 0);
  kn_define_methods(kn_cClass, class_methods);
  kn_define_method_sym(kn_cClass, kn_s_inherited, mod_hook_noop, 1, 1, KN_PRIVATE);
  kn_define_singleton_method(kn_cClass, "new", class_s_new, 0, 1);
  kn_define_methods(kn_cNilClass, nil_methods);
  kn_define_methods(kn_cTrueClass, true_methods);
  kn_define_methods(kn_cFalseClass, false_methods);
  kn_undef_method(kn_singleton_class(kn_cNilClass), kn_s_new);
  kn_undef_method(kn_singleton_class(kn_cTrueClass), kn_s_new);
  kn_undef_method(kn_singleton_class(kn_cFalseClass), kn_s_new);

  kn_top_self = kn_obj_alloc(kn_cObject);
  kn_define_singleton_method(kn_top_self, "to_s", main_to_s, 0, 0);
  kn_define_singleton_method(kn_top_self, "inspect", main_to_s, 0, 0);
  kn_value s = kn_singleton_class(kn_top_self);
  kn_define_method_sym(s, kn_intern("include"), main_include, 0, -1, KN_PRIVATE);
  kn_define_method_sym(s, kn_intern("public"), main_public, 0, -1, KN_PRIVATE);
  kn_define_method_sym(s, kn_intern("private"), main_private, 0, -1, KN_PRIVATE);
  kn_define_method_sym(s, kn_intern("define_method"), main_define_method, 1, 2, KN_PRIVATE);
}

/* eql? as Hash uses it.  Weak: the collections side may provide its own
 * faster one (hash.c), which then wins at link time. */
__attribute__((weak)) bool kn_eql(kn_value a, kn_value b) {
  if (a == b) return true;
  if (KN_FIXNUM_P(a) || KN_SYMBOL_P(a) || KN_SPECIAL_P(a)) {
    if (KN_FLONUM_P(a) && KN_FLOAT_P(b)) return kn_float_value(a) == kn_float_value(b);
    return false;
  }
  if (KN_TYPE_P(a, KN_T_STRING)) return KN_TYPE_P(b, KN_T_STRING) && kn_str_equal(a, b);
  if (KN_BIGNUM_P(a)) return KN_BIGNUM_P(b) && mpz_cmp(KN_BIG(a)->z, KN_BIG(b)->z) == 0;
  if (KN_FLOAT_P(a)) return KN_FLOAT_P(b) && kn_float_value(a) == kn_float_value(b);
  return KN_TEST(kn_send(a, kn_s_eql, 1, &b, KN_NIL));
}
