/* alloc_test.c: kn_alloc's inline free lists (alloc_inline.h): size classes as the collector's,
 * zeroed memory, every word of an object traced, no object handed out twice. */
#include <gc.h>
#include "harness.h"

#define MAX_SIZE (KN_FL_GRANULES * KN_GRANULE + 64) /* past the largest list, into GC_MALLOC */

static bool all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i]) return false;
  return true;
}

/* Every size gets zeroed memory of the size class GC_MALLOC would pick. */
static void test_sizes(void) {
  int bad_size = 0, bad_zero = 0;
  for (size_t size = 0; size <= MAX_SIZE; size++) {
    unsigned char *p = kn_alloc(size);
    if (GC_size(p) != GC_size(GC_MALLOC(size)) || GC_size(p) < size + 1) bad_size++;
    if (!all_zero(p, size)) bad_zero++;
    memset(p, 0xab, size); /* dirty it: a reused object must come back zeroed */
  }
  CHECK(bad_size == 0);
  CHECK(bad_zero == 0);
  GC_gcollect();
  bad_zero = 0;
  for (int round = 0; round < 4; round++)
    for (size_t size = 0; size <= MAX_SIZE; size++)
      if (!all_zero(kn_alloc(size), size)) bad_zero++;
  CHECK(bad_zero == 0);
}

/* Holders of every word-multiple size keep a victim only through their last word. */
#define HOLDERS (MAX_SIZE / 8)
static void **holders[HOLDERS];

static __attribute__((noinline)) void fill_holders(void) {
  for (size_t i = 0; i < HOLDERS; i++) {
    size_t size = (i + 1) * 8;
    void **h = kn_alloc(size);
    long *victim = kn_alloc(4 * sizeof(long));
    for (int k = 0; k < 4; k++) victim[k] = (long)(i * 4 + k) | 1;
    h[size / 8 - 1] = victim;
    holders[i] = h;
  }
}

static __attribute__((noinline)) int broken_victims(void) {
  int bad = 0;
  for (size_t i = 0; i < HOLDERS; i++) {
    long *victim = holders[i][i];
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

/* Many small objects alive at once, across collections: all distinct, all intact. */
#define MANY 200000
static long **many;

static void test_distinct(void) {
  many = kn_alloc(MANY * sizeof(long *));
  for (long i = 0; i < MANY; i++) {
    long *o = kn_alloc((size_t)(i % 6 + 1) * 8);
    o[0] = i;
    many[i] = o;
    if (i % 50000 == 0) GC_gcollect();
  }
  int bad = 0;
  for (long i = 0; i < MANY; i++)
    if (many[i][0] != i) bad++;
  CHECK(bad == 0);
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "alloc_test.c");
  test_sizes();
  test_last_word_traced();
  test_distinct();
  return kn_test_finish();
}
