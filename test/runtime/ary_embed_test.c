/* ary_embed_test.c: small Arrays keep their elements inside the object (array.c ARY_EMBED_MAX):
 * every element slot, the last included, is traced by the collector, and growing, shifting and
 * replacing such Arrays keeps their contents. */
#include <gc.h>
#include "harness.h"

#define N 2000
static kn_value arys[N];

/* Arrays of every small capacity (0: an empty Array's room), full, each element held by the Array alone. */
static __attribute__((noinline)) void fill(void) {
  for (int i = 0; i < N; i++) {
    int64_t n = i % 21;
    kn_value a = kn_ary_new(n);
    for (int64_t k = 0; k < KN_ARY(a)->capa; k++) kn_ary_push(a, kn_str_new("element", 7));
    arys[i] = a;
  }
}

static __attribute__((noinline)) int broken(void) {
  int bad = 0;
  for (int i = 0; i < N; i++)
    for (int64_t k = 0; k < KN_ARY(arys[i])->len; k++)
      if (!kn_test_str_eq(KN_ARY(arys[i])->ptr[k], "element")) bad++;
  return bad;
}

static void test_traced(void) {
  fill();
  GC_gcollect();
  /* reuse whatever was freed: an element the collector missed gets overwritten */
  for (int i = 0; i < 300000; i++) kn_str_new("garbage", 7);
  CHECK(broken() == 0);
}

static void test_grow_shift(void) {
  kn_value a = kn_ary_new(2);
  CHECK(KN_ARY(a)->ptr == (kn_value *)(KN_ARY(a) + 1)); /* embedded */
  for (int i = 0; i < 100; i++) kn_ary_push(a, KN_INT2FIX(i));
  kn_value first = kn_send(a, kn_intern("shift"), 0, NULL, KN_NIL);
  CHECK(first == KN_INT2FIX(0));
  CHECK(KN_ARY(a)->len == 99 && KN_ARY(a)->ptr[98] == KN_INT2FIX(99));
  kn_value e = kn_ary_new(0); /* an empty Array has room too (ARY_EMPTY_ROOM) */
  CHECK(KN_ARY(e)->ptr == (kn_value *)(KN_ARY(e) + 1) && KN_ARY(e)->capa >= 1 && KN_ARY(e)->len == 0);
  for (int i = 0; i < 10; i++) kn_ary_push(e, KN_INT2FIX(i));
  CHECK(KN_ARY(e)->len == 10 && KN_ARY(e)->ptr[0] == KN_INT2FIX(0) && KN_ARY(e)->ptr[9] == KN_INT2FIX(9));
  kn_value b = kn_ary_new(3);
  kn_ary_push(b, KN_INT2FIX(7));
  kn_value r = kn_send(b, kn_intern("shift"), 0, NULL, KN_NIL);
  CHECK(r == KN_INT2FIX(7) && KN_ARY(b)->len == 0);
  kn_ary_push(b, KN_INT2FIX(8));
  CHECK(KN_ARY(b)->len == 1 && KN_ARY(b)->ptr[0] == KN_INT2FIX(8));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "ary_embed_test.c");
  test_traced();
  test_grow_shift();
  return kn_test_finish();
}
