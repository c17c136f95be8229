/* alloc_exact_test.c: kn_alloc_exact (alloc_inline.h): objects of exactly the granules their size
 * needs, zeroed, every word traced (the last one too), none handed out twice. */
#include <gc.h>
#include "harness.h"

#define MAX_SIZE (KN_FL_GRANULES * KN_GRANULE + 64) /* past the largest list, into kn_alloc */

static bool all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i]) return false;
  return true;
}

/* Sizes on the lists get whole granules and no added byte; larger ones at least their size. */
static void test_sizes(void) {
  int bad_size = 0, bad_zero = 0;
  for (size_t size = 1; size <= MAX_SIZE; size++) {
    unsigned char *p = kn_alloc_exact(size);
    size_t exact = (size + KN_GRANULE - 1) / KN_GRANULE * KN_GRANULE;
    if (size <= KN_FL_GRANULES * KN_GRANULE ? GC_size(p) != exact : GC_size(p) < size) bad_size++;
    if (!all_zero(p, size)) bad_zero++;
    memset(p, 0xab, size); /* dirty it: a reused object must come back zeroed */
  }
  CHECK(bad_size == 0);
  CHECK(bad_zero == 0);
  GC_gcollect();
  bad_zero = 0;
  for (int round = 0; round < 4; round++)
    for (size_t size = 1; size <= MAX_SIZE; size++)
      if (!all_zero(kn_alloc_exact(size), size)) bad_zero++;
  CHECK(bad_zero == 0);
}

/* Holders of every granule-multiple size keep a victim only through their last word,
 * the word a NORMAL object's descriptor leaves out. */
#define HOLDERS (KN_FL_GRANULES)
static void **holders[HOLDERS];

static __attribute__((noinline)) void fill_holders(void) {
  for (size_t i = 0; i < HOLDERS; i++) {
    size_t words = (i + 1) * KN_GRANULE / 8;
    void **h = kn_alloc_exact(words * 8);
    long *victim = kn_alloc(4 * sizeof(long));
    for (int k = 0; k < 4; k++) victim[k] = (long)(i * 4 + k) | 1;
    h[words - 1] = victim;
    holders[i] = h;
  }
}

static __attribute__((noinline)) int broken_victims(void) {
  int bad = 0;
  for (size_t i = 0; i < HOLDERS; i++) {
    long *victim = holders[i][(i + 1) * KN_GRANULE / 8 - 1];
    for (int k = 0; k < 4; k++)
      if (victim[k] != ((long)(i * 4 + k) | 1)) bad++;
  }
  return bad;
}

static void test_last_word_traced(void) {
  fill_holders();
  GC_gcollect();
  /* reuse whatever was freed: a victim the collector missed gets overwritten */
  for (int i = 0; i < 200000; i++) memset(kn_alloc(4 * sizeof(long)), 0x55, 4 * sizeof(long));
  CHECK(broken_victims() == 0);
}

/* Many exact objects alive at once, across collections: all distinct, all intact. */
#define MANY 200000
static long **many;

static void test_distinct(void) {
  many = kn_alloc(MANY * sizeof(long *));
  for (long i = 0; i < MANY; i++) {
    long *o = kn_alloc_exact((size_t)(i % 6 + 1) * 8);
    o[0] = i;
    many[i] = o;
    if (i % 50000 == 0) GC_gcollect();
  }
  int bad = 0;
  for (long i = 0; i < MANY; i++)
    if (many[i][0] != i) bad++;
  CHECK(bad == 0);
}

/* Plain objects come from kn_alloc_exact: two slots fit three granules. */
static void test_plain_object(void) {
  kn_value klass = kn_class_new(kn_cObject);
  kn_ivar_index(klass, SYM("@a"));
  kn_ivar_index(klass, SYM("@b"));
  kn_value o = kn_obj_alloc(klass);
  CHECK(GC_size((void *)o) == 3 * KN_GRANULE);
  kn_ivar_set(o, SYM("@b"), STR("kept"));
  GC_gcollect();
  CHECK_INSPECT(kn_ivar_get(o, SYM("@b")), "\"kept\"");
  CHECK_INSPECT(kn_ivar_get(o, SYM("@a")), "nil");
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "alloc_exact_test.c");
  test_sizes();
  test_last_word_traced();
  test_distinct();
  test_plain_object();
  return kn_test_finish();
}
