/* process_test.c: the Process module's clocks and pid (messages recorded from ruby 3.1). */
#include "harness.h"

static kn_value process(void) { return kn_const_get(kn_cObject, SYM("Process")); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "process_test.c");
  kn_value mono = kn_const_get(process(), SYM("CLOCK_MONOTONIC"));
  CHECK_INSPECT(mono, "1");
  CHECK_INSPECT(kn_const_get(process(), SYM("CLOCK_REALTIME")), "0");
  kn_value t0 = CALL1(process(), "clock_gettime", mono);
  kn_value t1 = CALL1(process(), "clock_gettime", mono);
  CHECK(KN_FLONUM_P(t0) || KN_TYPE_P(t0, KN_T_FLOAT));
  CHECK(kn_float_value(t1) >= kn_float_value(t0));
  kn_value ns = kn_send(process(), SYM("clock_gettime"), 2, (kn_value[]){mono, SYM("nanosecond")}, KN_NIL);
  CHECK(KN_FIXNUM_P(ns));
  CHECK(KN_FIXNUM_P(CALL0(process(), "pid")));
  CHECK_RAISES(CALL1(process(), "clock_gettime", I(99)), kn_eErrno_EINVAL, "Invalid argument - clock_gettime");
  CHECK_RAISES(kn_send(process(), SYM("clock_gettime"), 2, (kn_value[]){mono, SYM("foo")}, KN_NIL),
               kn_eArgumentError, "unexpected unit: foo");
  return kn_test_finish();
}
