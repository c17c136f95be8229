/* alloc_inline.h: kn_alloc's fast path, inline in generated code and the runtime.
 *
 * Boehm's GC_malloc pops a thread-local free list too, but behind two calls,
 * a TLS lookup and an empty GC_end_stubborn_change call per object (~10% of
 * binary_trees). kiln programs allocate from one thread, so kn_alloc pops a
 * plain global free list per size class here, and alloc.c refills an empty
 * list with a whole list of objects from GC_generic_malloc_many (one lock per
 * refill instead of per object).
 *
 * The lists live in a global array the collector scans as a root; their
 * objects are ordinary pointer-holding ("normal") GC objects linked through
 * their first word, so the collector keeps them while they wait. Objects
 * come zeroed but for that link, which the pop clears.
 *
 * Size classes are the collector's: granules of KN_GRANULE bytes, counted
 * with the byte the collector adds to every object so that a pointer just
 * past its end still points into it (GC_all_interior_pointers, on by
 * default). The collector does not scan an object's last word (it can only
 * hold that byte and padding), so a size class must come from this rounding:
 * an object sized without the byte would have its last field ignored. */
#ifndef KN_ALLOC_INLINE_H
#define KN_ALLOC_INLINE_H

#include <stddef.h>

#define KN_GRANULE 16
/* Sizes up to KN_FL_GRANULES granules (383 bytes) have lists, as many as
 * the collector's own thread-local lists (GC_TINY_FREELISTS - 1), where its
 * size classes are exact granule counts; larger requests go straight to the
 * collector, whose classes there are coarser. */
#define KN_FL_GRANULES 24

/* kn_freelists[g]: free objects of g granules, NULL when empty. */
extern void *kn_freelists[KN_FL_GRANULES + 1];

/* kn_exact_freelists[g]: the same for kn_alloc_exact's objects. */
extern void *kn_exact_freelists[KN_FL_GRANULES + 1];

/* kn_atomic_freelists[g]: the same for pointer-free objects (kn_alloc_atomic). */
extern void *kn_atomic_freelists[KN_FL_GRANULES + 1];

void *kn_alloc_refill(size_t granules); /* refills list g and pops it */
void *kn_alloc_atomic_refill(size_t granules);
void *kn_alloc_exact_refill(size_t granules);
void *kn_alloc_large(size_t size);      /* above the free-list sizes */
void *kn_alloc_atomic(size_t size);     /* pointer-free; also declared in kiln.h */

/* The size class of an object of size bytes: its bytes plus the collector's
 * extra one, rounded up to whole granules. */
#define KN_ALLOC_GRANULES(size) (((size) + KN_GRANULE) / KN_GRANULE)

/* The bytes an object of size bytes really gets: its whole size class but
 * the collector's byte. The words past size are not scanned reliably (the
 * last one never), so only an object whose tail holds no pointers (a
 * String's embedded bytes) may use them. */
#define KN_ALLOC_ROOM(size) (KN_ALLOC_GRANULES(size) * KN_GRANULE - 1)

/* GC memory that may hold pointers, zeroed. */
static inline void *kn_alloc(size_t size) {
  size_t g = KN_ALLOC_GRANULES(size);
  if (__builtin_expect(g > KN_FL_GRANULES, 0)) return kn_alloc_large(size);
  void **p = (void **)kn_freelists[g];
  if (__builtin_expect(p == NULL, 0)) return kn_alloc_refill(g);
  void *next = *p;
  kn_freelists[g] = next;
  *p = NULL;
  /* the next object of this size is likely the next one allocated: start
   * bringing it into the cache now (GC_malloc does the same) */
  __builtin_prefetch(next, 1);
  return p;
}

/* GC memory that may hold pointers, zeroed, in exactly the granules size
 * needs: no byte is added, and the collector scans every word (a kind of
 * its own, alloc.c).  A pointer just past such an object's end points to
 * the next object, not into it, so only objects no code walks to their end
 * may come from here: fixed layouts (a plain object and its embedded
 * slots), never buffers that loops run through.  Plain objects with an
 * even number of slots save a granule (binary_trees' nodes: 64 -> 48). */
static inline void *kn_alloc_exact(size_t size) {
  size_t g = (size + KN_GRANULE - 1) / KN_GRANULE;
  if (__builtin_expect(g > KN_FL_GRANULES || g == 0, 0)) return kn_alloc(size);
  void **p = (void **)kn_exact_freelists[g];
  if (__builtin_expect(p == NULL, 0)) return kn_alloc_exact_refill(g);
  void *next = *p;
  kn_exact_freelists[g] = next;
  *p = NULL;
  __builtin_prefetch(next, 1);
  return p;
}

/* GC memory that holds no pointers, not zeroed (kn_alloc_atomic, inline for
 * the runtime's own String and Bignum paths).  The collector never scans
 * such objects, so the links of a waiting list would not keep its objects:
 * alloc.c empties these lists when a collection starts, as the collector
 * does with its own lists (what was left on them is garbage to sweep). */
static inline void *kn_alloc_atomic_inline(size_t size) {
  size_t g = KN_ALLOC_GRANULES(size);
  if (__builtin_expect(g > KN_FL_GRANULES, 0)) return kn_alloc_atomic(size);
  void **p = (void **)kn_atomic_freelists[g];
  if (__builtin_expect(p == NULL, 0)) return kn_alloc_atomic_refill(g);
  kn_atomic_freelists[g] = *p;
  return p;
}

#endif
