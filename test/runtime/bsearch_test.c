/* bsearch_test.c: Array#bsearch/bsearch_index and Range#bsearch (find-minimum and find-any); expectations from ruby 3.1. */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define CALLB(recv, name, blk) kn_send((recv), SYM(name), 0, NULL, (blk))
#define BLK(fn, env) kn_proc_new(fn, KN_NIL, (void *)(env), 1, false)
#define RNG(a, b, excl) kn_range_new((a), (b), (excl))

/* { |x| x * x >= env } */
static kn_value sq_ge(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_op_ge(kn_op_mul(argv[0], argv[0]), (kn_value)KN_PROC(p)->env);
}
/* { |x| x >= env } */
static kn_value ge(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_ge(argv[0], (kn_value)KN_PROC(p)->env); }
/* { |x| env <=> x } */
static kn_value cmp(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_op_cmp((kn_value)KN_PROC(p)->env, argv[0]); }
static kn_value ret_env(kn_value p, int argc, const kn_value *argv, kn_value b) { return (kn_value)KN_PROC(p)->env; }

int main(int argc, char **argv) {
  kn_init(argc, argv, "bsearch_test.c");
  kn_value a = ARY(I(0), I(4), I(7), I(10), I(12));
  CHECK_INSPECT(CALLB(ARY(I(1), I(3), I(5)), "bsearch_index", BLK(ge, I(3))), "1");
  CHECK_INSPECT(CALLB(ARY(I(1), I(3), I(5)), "bsearch_index", BLK(ge, I(6))), "nil");
  CHECK_INSPECT(CALLB(a, "bsearch_index", BLK(cmp, I(7))), "2");
  CHECK_INSPECT(CALLB(a, "bsearch", BLK(cmp, I(4))), "4");
  CHECK_INSPECT(CALLB(a, "bsearch", BLK(cmp, I(5))), "nil");
  CHECK_INSPECT(CALL0(CALL0(a, "bsearch_index"), "class"), "Enumerator");
  CHECK_RAISES(CALLB(a, "bsearch", BLK(ret_env, SYM("a"))), kn_eTypeError,
               "wrong argument type Symbol (must be numeric, true, false or nil)");

  CHECK_INSPECT(CALLB(RNG(I(1), I(100), false), "bsearch", BLK(sq_ge, I(50))), "8");
  CHECK_INSPECT(CALLB(RNG(I(0), I(10), true), "bsearch", BLK(ge, I(10))), "nil");
  CHECK_INSPECT(CALLB(RNG(I(0), I(10), false), "bsearch", BLK(ge, I(10))), "10");
  CHECK_INSPECT(CALLB(RNG(I(-10), I(10), false), "bsearch", BLK(ge, I(-3))), "-3");
  CHECK_INSPECT(CALLB(RNG(I(1), I(100), false), "bsearch", BLK(cmp, I(50))), "50");
  CHECK_INSPECT(CALLB(RNG(I(1), I(100), false), "bsearch", BLK(cmp, kn_float_new(50.5))), "nil");
  CHECK_INSPECT(CALLB(RNG(I(1), I(100), false), "bsearch", BLK(sq_ge, I(20000))), "nil");
  CHECK_INSPECT(CALLB(RNG(kn_float_new(0.0), kn_float_new(100.0), false), "bsearch", BLK(sq_ge, I(2))),
                "1.4142135623730951");
  CHECK_INSPECT(CALLB(RNG(I(1), KN_NIL, false), "bsearch", BLK(ge, I(1001))), "1001");
  CHECK_INSPECT(CALLB(RNG(KN_NIL, I(10), false), "bsearch", BLK(ge, I(-999))), "-999");
  kn_value big = kn_int_pow(I(2), I(70)), big65 = kn_int_pow(I(2), I(65));
  CHECK_INSPECT(CALLB(RNG(I(0), big, false), "bsearch", BLK(ge, big65)), "36893488147419103232");
  CHECK_RAISES(CALLB(RNG(I(1), I(5), false), "bsearch", BLK(ret_env, SYM("a"))), kn_eTypeError,
               "wrong argument type Symbol (must be numeric, true, false or nil)");
  CHECK_RAISES(CALLB(RNG(kn_str_cstr("a"), kn_str_cstr("z"), false), "bsearch", BLK(ret_env, KN_TRUE)), kn_eTypeError,
               "can't do binary search for String");
  return kn_test_finish();
}
