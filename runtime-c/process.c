/* process.c: the Process module: clocks and the process id (also `$$`). */
#include "internal.h"
#include <time.h>
#include <unistd.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

kn_value kn_mProcess;

/* Process.clock_gettime(clock_id, unit = :float_second) */
static kn_value process_clock_gettime(ARGS) {
  struct timespec ts;
  if (clock_gettime((clockid_t)kn_num2long(argv[0]), &ts) != 0)
    kn_raise_fmt(kn_eErrno_EINVAL, "Invalid argument - clock_gettime");
  const char *unit = argc > 1 ? kn_sym_name(argv[1]) : "float_second";
  if (argc > 1 && !KN_SYMBOL_P(argv[1])) kn_raise_fmt(kn_eArgumentError, "unexpected unit: %s", kn_str_cstr_of(kn_inspect(argv[1])));
  int64_t ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
  if (!strcmp(unit, "float_second")) return kn_float_new((double)ts.tv_sec + ts.tv_nsec / 1e9);
  if (!strcmp(unit, "float_millisecond")) return kn_float_new((double)ts.tv_sec * 1e3 + ts.tv_nsec / 1e6);
  if (!strcmp(unit, "float_microsecond")) return kn_float_new((double)ts.tv_sec * 1e6 + ts.tv_nsec / 1e3);
  if (!strcmp(unit, "second")) return kn_int_new(ts.tv_sec);
  if (!strcmp(unit, "millisecond")) return kn_int_new(ns / 1000000);
  if (!strcmp(unit, "microsecond")) return kn_int_new(ns / 1000);
  if (!strcmp(unit, "nanosecond")) return kn_int_new(ns);
  kn_raise_fmt(kn_eArgumentError, "unexpected unit: %s", unit);
}

static kn_value process_pid(ARGS) { return kn_int_new(getpid()); }

static const kn_method_def process_functions[] = {
  {"clock_gettime", process_clock_gettime, 1, 2},
  {"pid", process_pid, 0, 0},
  {NULL, NULL, 0, 0},
};

void kn_init_process(void) {
  kn_mProcess = kn_define_module(kn_cObject, "Process");
  kn_const_set(kn_mProcess, kn_intern("CLOCK_REALTIME"), KN_INT2FIX(CLOCK_REALTIME));
  kn_const_set(kn_mProcess, kn_intern("CLOCK_MONOTONIC"), KN_INT2FIX(CLOCK_MONOTONIC));
  kn_const_set(kn_mProcess, kn_intern("CLOCK_PROCESS_CPUTIME_ID"), KN_INT2FIX(CLOCK_PROCESS_CPUTIME_ID));
  kn_define_module_functions(kn_mProcess, process_functions);
  kn_gvar_set(kn_intern("$$"), kn_int_new(getpid())); /* read-only in ruby; programs only read it */
}
