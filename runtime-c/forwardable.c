/* forwardable.c: Forwardable (`require "forwardable"`): def_delegator, def_delegators,
 * delegate / instance_delegate, as forwardable.rb defines them in ruby 3.1.
 *
 * A delegating method is a define_method-style method whose body (a lambda
 * with a C function) reads the accessor on self (an instance variable for
 * "@x", else a method call that may be private) and sends the method to it
 * publicly with the arguments and block it got. */
#include <string.h>
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

void kn_provide_feature(const char *name);

typedef struct delegation {
  kn_value accessor; /* Symbol: :@ivar or :method */
  kn_value method;   /* Symbol sent to the accessor's value */
} delegation;

static kn_value accessor_value(kn_value self, kn_value accessor) {
  const char *s = kn_sym_name(accessor);
  if (s[0] == '@' && s[1] != '@') return kn_ivar_get(self, accessor);
  return kn_send_self(self, accessor, 0, NULL, KN_NIL);
}

static kn_value delegate_fn(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  const delegation *d = KN_PROC(proc)->env;
  kn_value target = accessor_value(KN_PROC(proc)->self, d->accessor);
  return kn_public_send(target, d->method, argc, argv, blk);
}

static kn_value to_sym(kn_value v) {
  if (KN_SYMBOL_P(v)) return v;
  if (KN_TYPE_P(v, KN_T_STRING)) return kn_str_to_sym(v);
  kn_value s = kn_inspect(v);
  kn_raise_fmt(kn_eTypeError, "%s is not a symbol nor a string", KN_STR(s)->ptr);
}

/* Defines ali on klass, forwarding to accessor.method; returns ali. */
static kn_value define_delegator(kn_value klass, kn_value accessor, kn_value method, kn_value ali) {
  delegation *d = kn_alloc(sizeof *d);
  d->accessor = to_sym(accessor);
  d->method = to_sym(method);
  kn_value body = kn_proc_new(delegate_fn, KN_NIL, d, -1, true);
  kn_define_method_proc(klass, to_sym(ali), body);
  return to_sym(ali);
}

/* def_delegator(accessor, method, ali = method) */
static kn_value fw_def_delegator(ARGS) {
  return define_delegator(self, argv[0], argv[1], argc > 2 ? argv[2] : argv[1]);
}

/* def_delegators(accessor, *methods): __send__ and __id__ are left alone, as forwardable.rb does. */
static kn_value fw_def_delegators(ARGS) {
  kn_value skip1 = kn_intern("__send__"), skip2 = kn_intern("__id__");
  for (int i = 1; i < argc; i++) {
    kn_value m = to_sym(argv[i]);
    if (m != skip1 && m != skip2) define_delegator(self, argv[0], m, m);
  }
  return KN_NIL;
}

/* delegate [:a, :b] => :@x, :c => :helper */
static kn_value fw_delegate(ARGS) {
  kn_value h = argv[0];
  if (!KN_TYPE_P(h, KN_T_HASH)) kn_raise_fmt(kn_eTypeError, "no implicit conversion into Hash");
  kn_value pairs = kn_send(h, kn_intern("to_a"), 0, NULL, KN_NIL);
  for (int64_t i = 0; i < KN_ARY(pairs)->len; i++) {
    kn_value pair = KN_ARY(pairs)->ptr[i];
    kn_value methods = KN_ARY(pair)->ptr[0], accessor = KN_ARY(pair)->ptr[1];
    if (!KN_TYPE_P(methods, KN_T_ARRAY)) methods = kn_ary_new_from(1, &methods);
    for (int64_t j = 0; j < KN_ARY(methods)->len; j++)
      define_delegator(self, accessor, KN_ARY(methods)->ptr[j], KN_ARY(methods)->ptr[j]);
  }
  return KN_NIL;
}

void kn_init_forwardable(void) {
  kn_value m = kn_define_module(kn_cObject, "Forwardable");
  kn_define_methods(m, (const kn_method_def[]){{"def_delegator", fw_def_delegator, 2, 3},
                                               {"def_instance_delegator", fw_def_delegator, 2, 3},
                                               {"def_delegators", fw_def_delegators, 1, -1},
                                               {"def_instance_delegators", fw_def_delegators, 1, -1},
                                               {"delegate", fw_delegate, 1, 1},
                                               {"instance_delegate", fw_delegate, 1, 1},
                                               {NULL, NULL, 0, 0}});
  kn_provide_feature("forwardable");
}
