/* random_test.c: the generator API Array#shuffle/sample(random:) use (expected values recorded from ruby 3.1). */
#include "harness.h"

/* an object whose rand(n) always answers `fixed_answer` */
static kn_value fixed_answer;
static kn_value fixed_rand(kn_value self, int argc, const kn_value *argv, kn_value blk) { return fixed_answer; }

int main(int argc, char **argv) {
  kn_init(argc, argv, "random_test.c");
  kn_value random = kn_const_get(kn_cObject, SYM("Random"));

  /* Random.new(42): r.rand(100), r.rand(100), r.rand => [51, 92, 0.1834347898661638] */
  kn_value r = CALL1(random, "new", I(42));
  CHECK(kn_random_ulong_limited(r, 99) == 51);
  CHECK(kn_random_ulong_limited(r, 99) == 92);
  CHECK_INSPECT(F(kn_random_real(r)), "0.1834347898661638");

  /* the default generator (KN_UNDEF or Random itself): srand(5); rand(10) => 3 */
  KCALL("srand", I(5));
  CHECK(kn_random_ulong_limited(KN_UNDEF, 9) == 3);
  KCALL("srand", I(5));
  CHECK(kn_random_ulong_limited(random, 9) == 3);
  CHECK(kn_random_ulong_limited(r, 0) == 0);

  /* any other object: its rand(limit + 1), range-checked */
  kn_value klass = kn_define_class(kn_cObject, "FixedRand", KN_NIL);
  kn_define_method(klass, "rand", fixed_rand, 1, 1);
  kn_value o = CALL0(klass, "new");
  fixed_answer = I(4);
  CHECK(kn_random_ulong_limited(o, 9) == 4);
  fixed_answer = I(10);
  CHECK_RAISES(kn_random_ulong_limited(o, 9), kn_eRangeError, "random number too big 10");
  fixed_answer = I(-1);
  CHECK_RAISES(kn_random_ulong_limited(o, 9), kn_eRangeError, "random number too small -1");
  return kn_test_finish();
}
