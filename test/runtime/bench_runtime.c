/* bench_runtime.c: the runtime's hot paths (allocation, cached sends, yield, operators, aref, string building) in ns per operation, best of 5 runs. */
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
static kn_value blk_add1(kn_value p, int argc, const kn_value *argv, kn_value b) { return KN_INT2FIX(KN_FIX2INT(argv[0]) + 1); }
/* a compiled-style method: not a C method of the runtime (defined after boot), checks its own arity */
static kn_value compiled_add1(ARGS) {
  kn_check_arity(argc, 1, 1);
  return KN_INT2FIX(KN_FIX2INT(argv[0]) + 1);
}

static const long N = 20000000;
static volatile kn_value sink;

#define BENCH(label, n, setup, body)                                  \
  do {                                                                \
    double best = 1e9;                                                \
    for (int rep = 0; rep < 5; rep++) {                               \
      setup;                                                          \
      double t0 = now();                                              \
      for (long i = 0; i < (n); i++) { body; }                        \
      double el = (now() - t0) / (double)(n) * 1e9;                   \
      if (el < best) best = el;                                       \
    }                                                                 \
    printf("%-34s %7.2f ns\n", label, best);                          \
  } while (0)

int main(int argc, char **argv) {
  kn_init(argc, argv, "bench_runtime.c");
  kn_value klass = kn_define_class(kn_cObject, "Bench", KN_NIL);
  kn_define_method(klass, "add1", compiled_add1, -1, -1);
  kn_booting = true; /* cadd1 is a runtime C method: arity checked by kn_invoke, backtrace frame */
  kn_define_method(klass, "cadd1", add1, 1, 1);
  kn_booting = false;
  kn_value obj = kn_class_new_instance(klass, 0, NULL, KN_NIL);
  kn_value sym = kn_intern("add1"), csym = kn_intern("cadd1"), s_x = kn_intern("@x"), s_y = kn_intern("@y");
  kn_ivar_index(klass, s_x);
  kn_ivar_index(klass, s_y);
  kn_value x = KN_INT2FIX(0);

  BENCH("alloc object + 2 ivars", N / 4, , {
    kn_value o = kn_obj_alloc(klass);
    kn_ivar_set(o, s_x, KN_INT2FIX(i));
    kn_ivar_set(o, s_y, KN_INT2FIX(i));
    sink = o;
  });
  BENCH("alloc heap Float", N / 4, , sink = kn_float_new(1e-300 * (double)i));
  BENCH("direct C call", N, x = KN_INT2FIX(0), x = add1_direct(obj, x));
  kn_callsite cs = {0};
  BENCH("cached send (compiled method)", N, x = KN_INT2FIX(0), x = kn_send_cached(&cs, obj, sym, 1, &x, KN_NIL));
  kn_callsite ccs = {0};
  BENCH("cached send (C method + frame)", N, x = KN_INT2FIX(0), x = kn_send_cached(&ccs, obj, csym, 1, &x, KN_NIL));
  BENCH("kn_send (global cache)", N, x = KN_INT2FIX(0), x = kn_send(obj, sym, 1, &x, KN_NIL));
  kn_value blk = kn_proc_new(blk_add1, KN_NIL, NULL, 1, false);
  BENCH("kn_yield1", N, x = KN_INT2FIX(0), x = kn_yield1(blk, x));
  BENCH("kn_op_plus fixnum", N, x = KN_INT2FIX(0), x = kn_op_plus(x, KN_INT2FIX(1)));
  BENCH("kn_op_lt fixnum", N, x = KN_INT2FIX(0), sink = kn_op_lt(KN_INT2FIX(i), x));
  kn_value ary = kn_ary_new(0);
  for (int i = 0; i < 64; i++) kn_ary_push(ary, KN_INT2FIX(i));
  BENCH("kn_op_aref Array[fixnum]", N, , sink = kn_op_aref(ary, KN_INT2FIX(i & 63)));
  BENCH("kn_op_aset Array[fixnum]=", N, , sink = kn_op_aset(ary, KN_INT2FIX(i & 63), KN_INT2FIX(i)));
  kn_value h = kn_hash_new(), keys[64];
  for (int i = 0; i < 64; i++) {
    char b[16];
    snprintf(b, sizeof b, "key%d", i);
    keys[i] = kn_str_cstr(b);
    kn_hash_aset(h, keys[i], KN_INT2FIX(i));
  }
  BENCH("kn_op_aref Hash[String]", N / 2, , sink = kn_op_aref(h, keys[i & 63]));
  kn_value hs = kn_hash_new();
  for (int i = 0; i < 64; i++) kn_hash_aset(hs, KN_INT2FIX(i), KN_INT2FIX(i));
  BENCH("kn_op_aref Hash[fixnum]", N / 2, , sink = kn_op_aref(hs, KN_INT2FIX(i & 63)));
  kn_value str = KN_NIL, piece = kn_str_cstr("ab");
  BENCH("String << (2 bytes)", N / 2, str = kn_str_new("", 0), kn_str_concat(str, piece));
  BENCH("\"#{int}\" (kn_obj_to_s Integer)", N / 4, , sink = kn_obj_to_s(KN_INT2FIX(i)));
  BENCH("\"#{sym}\" (kn_obj_to_s Symbol)", N / 4, , sink = kn_obj_to_s(sym));
  (void)x;
  return 0;
}
