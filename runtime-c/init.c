/* init.c: kn_init (boot order of the core classes), kn_main (the program's lifecycle), ARGV/$0/ENV, kn_bug. */
#include "internal.h"
#include <gc.h>
#include <stdlib.h>

/* Classes other files own but whose globals everyone shares. */
kn_value kn_cString, kn_cSymbol, kn_cArray, kn_cHash, kn_cRange, kn_cProc, kn_cRegexp, kn_cMatchData, kn_cTime;
kn_value kn_mEnumerable;

_Noreturn void kn_bug(const char *file, int line, const char *msg) {
  fflush(stdout);
  fprintf(stderr,
          "kiln: internal error (a compiler bug) at %s:%d: %s; please report it with the program that triggered it\n",
          file, line, msg);
  abort();
}

/* ------------------------------------------------------------------------
 * ENV: a Hash-like object over the process environment
 * ------------------------------------------------------------------------ */

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value env_aref(ARGS) {
  kn_value k = kn_to_str(argv[0]);
  const char *v = getenv(KN_STR(k)->ptr);
  return v ? kn_str_cstr(v) : KN_NIL;
}
static kn_value env_fetch(ARGS) {
  kn_value k = kn_to_str(argv[0]);
  const char *v = getenv(KN_STR(k)->ptr);
  if (v) return kn_str_cstr(v);
  if (blk != KN_NIL) return kn_yield1(blk, argv[0]);
  if (argc > 1) return argv[1];
  kn_value ki = kn_str_inspect(k);
  kn_value e = kn_exc_alloc(KN_CLASS(kn_eKeyError));
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, "key not found: ");
  kn_buf_addv(&b, ki);
  KN_EXC(e)->message = kn_buf_to_str(&b);
  KN_EXC(e)->aux1 = argv[0];
  KN_EXC(e)->aux2 = self;
  kn_raise(e);
}
static kn_value env_key_p(ARGS) {
  kn_value k = kn_to_str(argv[0]);
  return KN_BOOL(getenv(KN_STR(k)->ptr) != NULL);
}
static kn_value env_aset(ARGS) {
  kn_value k = kn_to_str(argv[0]);
  if (argv[1] == KN_NIL) unsetenv(KN_STR(k)->ptr);
  else setenv(KN_STR(k)->ptr, KN_STR(kn_to_str(argv[1]))->ptr, 1);
  return argv[1];
}
static kn_value env_to_s(ARGS) { return kn_str_cstr("ENV"); }

static const kn_method_def env_methods[] = {
    {"[]", env_aref, 1, 1},      {"fetch", env_fetch, 1, 2},  {"key?", env_key_p, 1, 1},
    {"has_key?", env_key_p, 1, 1}, {"include?", env_key_p, 1, 1}, {"[]=", env_aset, 2, 2},
    {"to_s", env_to_s, 0, 0},    {"inspect", env_to_s, 0, 0}, {NULL, NULL, 0, 0}};

/* ------------------------------------------------------------------------
 * Boot
 * ------------------------------------------------------------------------ */

/* regexp.c lives in libkiln-re.a; a weak reference does not pull it out of
 * the archive, so it (and -lonig) is linked only when the program refers to
 * a Regexp entry point (kn_regexp_new, kn_last_match, kn_use_regexp...). */
extern void kn_init_regexp(void) __attribute__((weak));

void kn_init(int argc, char **argv, const char *main_file) {
  int base;
  kn_init_alloc();
  kn_stack_init(&base);
  kn_init_coro();
  kn_booting = true;
  kn_init_symbols();
  kn_init_object();     /* BasicObject, Object, Module, Class, Kernel, nil/true/false classes */
  kn_init_class();
  kn_init_comparable();
  kn_init_exception();  /* before anything that can raise */
  kn_init_object_methods();
  kn_init_numeric();
  kn_init_integer();
  kn_init_float();

  kn_mEnumerable = kn_define_module(kn_cObject, "Enumerable");
  kn_cString = kn_define_class(kn_cObject, "String", KN_NIL);
  kn_include_module(kn_cString, kn_mComparable);
  kn_cSymbol = kn_define_class(kn_cObject, "Symbol", KN_NIL);
  kn_include_module(kn_cSymbol, kn_mComparable);
  kn_cArray = kn_define_class(kn_cObject, "Array", KN_NIL);
  kn_include_module(kn_cArray, kn_mEnumerable);
  kn_cHash = kn_define_class(kn_cObject, "Hash", KN_NIL);
  kn_include_module(kn_cHash, kn_mEnumerable);
  kn_cRange = kn_define_class(kn_cObject, "Range", KN_NIL);
  kn_include_module(kn_cRange, kn_mEnumerable);
  kn_cProc = kn_define_class(kn_cObject, "Proc", KN_NIL);
  kn_cRegexp = kn_define_class(kn_cObject, "Regexp", KN_NIL);
  kn_cMatchData = kn_define_class(kn_cObject, "MatchData", KN_NIL);

  kn_init_kernel();
  kn_init_io();
  kn_init_struct();
  kn_init_math();
  kn_init_process();
  kn_init_time();
  kn_init_fiber();
  kn_init_thread();
  kn_init_string();
  kn_init_unicode_norm();
  kn_init_array();
  kn_init_hash();
  kn_init_range();
  kn_init_proc();
  kn_init_enum();
  kn_init_method();
  kn_init_lazy();
  kn_init_set();
  kn_init_pack();
  kn_init_rational();
  kn_init_complex();
  kn_init_marshal();
  kn_init_pp();
  kn_init_json();
  kn_init_ostruct();
  kn_init_objspace();
  if (kn_init_regexp) kn_init_regexp();
#ifdef KN_MISSING_string
  void kn_fallback_string_methods(void);
  kn_fallback_string_methods();
#endif
#ifdef KN_MISSING_array
  void kn_fallback_array_methods(void);
  kn_fallback_array_methods();
#endif
  kn_booting = false;

  kn_value args = kn_ary_new(argc > 1 ? argc - 1 : 0);
  for (int i = 1; i < argc; i++) kn_ary_push(args, kn_str_cstr(argv[i]));
  kn_const_set(kn_cObject, kn_intern("ARGV"), args);
  kn_value prog = kn_str_cstr(main_file ? main_file : (argc > 0 ? argv[0] : "kiln"));
  kn_gvar_set(kn_intern("$0"), prog);
  kn_gvar_set(kn_intern("$PROGRAM_NAME"), prog);
  kn_value env = kn_obj_alloc(kn_cObject);
  kn_booting = true;
  kn_define_singleton_methods(env, env_methods);
  kn_booting = false;
  kn_const_set(kn_cObject, kn_intern("ENV"), env);
  kn_const_set(kn_cObject, kn_intern("RUBY_VERSION"), kn_obj_freeze(kn_str_cstr("3.1.2")));
  kn_const_set(kn_cObject, kn_intern("RUBY_ENGINE"), kn_obj_freeze(kn_str_cstr("kiln")));
}

int kn_run_at_exit_status(int status);

int kn_main(kn_value (*body)(void)) {
  int status = 0;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    body();
    KN_UNPROTECT(j);
  } else if (j.kind == KN_JUMP_RAISE) {
    kn_set_errinfo(j.value);
    status = kn_exit_status_of(j.value);
    /* ruby runs at_exit handlers before it reports the exception */
    status = kn_run_at_exit_status(status);
    if (!kn_obj_is_kind_of(j.value, kn_eSystemExit)) kn_report_exception(j.value, stderr);
    kn_io_flush_all();
    return status;
  } else {
    kn_bug(__FILE__, __LINE__, "a break or return escaped the main program");
  }
  status = kn_run_at_exit_status(status);
  kn_io_flush_all();
  return status;
}
