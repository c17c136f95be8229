/* bench_runtime.c: allocation rate of small objects and the cost of a cached method call against a direct C call. */
#include "internal.h"
#include <time.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static kn_value add1(ARGS) { return KN_INT2FIX(KN_FIX2INT(argv[0]) + 1); }
__attribute__((noinline)) static kn_value add1_direct(kn_value self, kn_value x) { return KN_INT2FIX(KN_FIX2INT(x) + 1); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "bench_runtime.c");
  kn_value klass = kn_define_class(kn_cObject, "Bench", KN_NIL);
  kn_define_method(klass, "add1", add1, 1, 1);
  kn_value obj = kn_class_new_instance(klass, 0, NULL, KN_NIL);
  kn_value sym = kn_intern("add1");
  const long N = 20000000;

  double t = now();
  kn_value keep = KN_NIL;
  for (long i = 0; i < N / 4; i++) {
    keep = kn_obj_alloc(klass);
    kn_ivar_set(keep, kn_intern("@x"), KN_INT2FIX(i));
  }
  double alloc_s = now() - t;
  printf("allocation: %.1f M objects/s (plain object with one ivar)\n", (double)(N / 4) / alloc_s / 1e6);

  t = now();
  for (long i = 0; i < N / 4; i++) keep = kn_float_new(1e-300 * (double)i);
  printf("allocation: %.1f M heap Floats/s\n", (double)(N / 4) / (now() - t) / 1e6);

  kn_value x = KN_INT2FIX(0);
  t = now();
  for (long i = 0; i < N; i++) x = add1_direct(obj, x);
  double direct = (now() - t) / (double)N * 1e9;

  x = KN_INT2FIX(0);
  kn_callsite cs = {0};
  t = now();
  for (long i = 0; i < N; i++) x = kn_send_cached(&cs, obj, sym, 1, &x, KN_NIL);
  double cached = (now() - t) / (double)N * 1e9;

  x = KN_INT2FIX(0);
  t = now();
  for (long i = 0; i < N; i++) x = kn_send(obj, sym, 1, &x, KN_NIL);
  double global = (now() - t) / (double)N * 1e9;

  x = KN_INT2FIX(0);
  t = now();
  for (long i = 0; i < N; i++) x = kn_op_plus(x, KN_INT2FIX(1));
  double op = (now() - t) / (double)N * 1e9;

  printf("direct C call:        %.2f ns\n", direct);
  printf("cached send (C meth): %.2f ns  (%.1fx direct; includes the C method's backtrace frame)\n", cached, cached / direct);
  printf("kn_send (global cache): %.2f ns\n", global);
  printf("kn_op_plus fixnum:    %.2f ns\n", op);
  (void)keep;
  return 0;
}
