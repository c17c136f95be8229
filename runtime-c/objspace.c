/* objspace.c: finding the program's classes: ObjectSpace.each_object for
 * classes and modules, and Class#subclasses, which rests on the same walk.
 *
 * Real programs call each_object(Class) (or Module) to discover plugins and
 * subclasses; walking every heap object is neither possible with the
 * collector nor needed for that. kiln walks the constant tree from Object
 * instead, so it yields every named class and module (anonymous ones, which
 * no constant holds, are not found). each_object of any other class yields
 * nothing. */
#include "internal.h"
#include <gc.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static bool is_module(kn_value v) {
  return KN_TYPE_P(v, KN_T_CLASS) || KN_TYPE_P(v, KN_T_MODULE);
}

static bool seen(kn_value found, kn_value v) {
  for (long i = 0; i < KN_ARY(found)->len; i++)
    if (KN_ARY(found)->ptr[i] == v) return true;
  return false;
}

/* Appends every module reachable through the constants of mod (depth first,
 * in definition order), mod included. */
static void collect(kn_value found, kn_value mod) {
  if (seen(found, mod)) return;
  kn_ary_push(found, mod);
  kn_symtbl *t = &KN_CLASS(mod)->consts;
  for (uint32_t i = 0; i < t->len; i++) {
    kn_value v = t->ents[i].val;
    if (v != KN_UNDEF && is_module(v)) collect(found, v);
  }
}

static kn_value os_each_object(ARGS) {
  if (blk == KN_NIL) return kn_enumerator_for(self, "each_object", argc, argv);
  kn_value kind = argc > 0 ? argv[0] : KN_CVAL(kn_cObject);
  kn_value all = kn_ary_new(64);
  collect(all, kn_cObject);
  long n = 0;
  for (long i = 0; i < KN_ARY(all)->len; i++) {
    kn_value m = KN_ARY(all)->ptr[i];
    if (!kn_obj_is_kind_of(m, kind)) continue;
    kn_yield1(blk, m);
    n++;
  }
  return kn_int_new(n);
}

/* The superclass, skipping include and prepend proxies. */
static kn_value real_super(kn_value klass) {
  kn_class *c = KN_CLASS(klass)->super;
  while (c && (c->h.flags & KN_FL_ICLASS)) c = c->super;
  return c ? KN_CVAL(c) : KN_NIL;
}

/* Class#subclasses: newest first, as ruby 3.1 lists them (kiln knows the
 * definition order of named classes only through the constant walk). */
static kn_value class_subclasses(ARGS) {
  kn_value all = kn_ary_new(64);
  collect(all, kn_cObject);
  kn_value subs = kn_ary_new(4);
  for (long i = KN_ARY(all)->len - 1; i >= 0; i--) {
    kn_value c = KN_ARY(all)->ptr[i];
    if (KN_TYPE_P(c, KN_T_CLASS) && real_super(c) == self) kn_ary_push(subs, c);
  }
  return subs;
}

static kn_value os_garbage_collect(ARGS) {
  GC_gcollect();
  return KN_NIL;
}

static const kn_method_def objspace_functions[] = {
  {"each_object", os_each_object, 0, 1},
  {"garbage_collect", os_garbage_collect, 0, -1},
  {NULL, NULL, 0, 0},
};

void kn_init_objspace(void) {
  kn_value m = kn_define_module(kn_cObject, "ObjectSpace");
  kn_define_module_functions(m, objspace_functions);
  kn_define_method(kn_cClass, "subclasses", class_subclasses, 0, 0);
}
