/* alloc_atomic_test.c: kn_alloc_atomic's free lists (alloc_inline.h): size classes as the
 * collector's, objects that stay while held across collections (the lists are dropped when a
 * collection starts, since their links sit in objects the collector does not scan), and no
 * object handed out twice. */
#include <gc.h>
#include "harness.h"

#define MAX_SIZE (KN_FL_GRANULES * KN_GRANULE + 64) /* past the largest list, into GC_MALLOC_ATOMIC */

/* Every size gets an object of the size class GC_MALLOC_ATOMIC would pick, from either entry. */
static void test_sizes(void) {
  int bad = 0;
  for (size_t size = 1; size <= MAX_SIZE; size++) {
    void *p = kn_alloc_atomic(size), *q = kn_alloc_atomic_inline(size);
    size_t want = GC_size(GC_MALLOC_ATOMIC(size));
    if (GC_size(p) != want || GC_size(q) != want || GC_size(p) < size + 1) bad++;
  }
  CHECK(bad == 0);
}

/* Objects held only from a pointer-holding array, filled with a pattern, across collections
 * that happen while the lists are half used: none is reused while held. */
#define MANY 100000
static unsigned char **held;

static __attribute__((noinline)) void fill(void) {
  held = kn_alloc(MANY * sizeof *held);
  for (long i = 0; i < MANY; i++) {
    size_t size = (size_t)(i % 40) * 9 + 1;
    unsigned char *o = kn_alloc_atomic_inline(size);
    memset(o, (int)(i & 0xff), size);
    held[i] = o;
    if (i % 20011 == 0) GC_gcollect();
  }
}

static __attribute__((noinline)) int broken(void) {
  int bad = 0;
  for (long i = 0; i < MANY; i++) {
    size_t size = (size_t)(i % 40) * 9 + 1;
    for (size_t k = 0; k < size; k++)
      if (held[i][k] != (unsigned char)(i & 0xff)) { bad++; break; }
  }
  return bad;
}

static void test_kept(void) {
  fill();
  GC_gcollect();
  /* churn: anything the collector wrongly freed gets handed out and overwritten */
  for (int i = 0; i < 300000; i++) memset(kn_alloc_atomic_inline((size_t)(i % 40) * 9 + 1), 0x5a, (size_t)(i % 40) * 9 + 1);
  CHECK(broken() == 0);
}

/* Garbage on the lists is reclaimed: churning far more than the heap stays bounded. */
static void test_reclaimed(void) {
  size_t before = GC_get_heap_size();
  for (long i = 0; i < 2000000; i++) kn_alloc_atomic_inline(200);
  CHECK(GC_get_heap_size() <= before + (64u << 20));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "alloc_atomic_test.c");
  test_sizes();
  test_kept();
  test_reclaimed();
  return kn_test_finish();
}
