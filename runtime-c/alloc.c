/* alloc.c: memory from the Boehm collector, GMP's allocator hooks, and kn_buf. */
#include "internal.h"
#include <gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <stdlib.h>

void *kn_freelists[KN_FL_GRANULES + 1];
void *kn_exact_freelists[KN_FL_GRANULES + 1];
void *kn_atomic_freelists[KN_FL_GRANULES + 1];

/* kn_alloc_exact's kind: like the collector's NORMAL objects (zeroed, may
 * hold pointers), but its mark descriptor is the whole object's length,
 * where NORMAL's leaves out the last word (kept for the added byte). */
static int exact_kind;

static _Noreturn void out_of_memory(void) {
  kn_raise_fmt(kn_eNoMemoryError, "failed to allocate memory");
}

/* An empty list takes a whole list of zeroed objects of its size class:
 * the rest of a swept block, or a fresh block. */
void *kn_alloc_refill(size_t granules) {
  GC_generic_malloc_many(granules * KN_GRANULE, GC_I_NORMAL, &kn_freelists[granules]);
  void **p = (void **)kn_freelists[granules];
  if (!p) out_of_memory();
  kn_freelists[granules] = *p;
  *p = NULL;
  return p;
}

void *kn_alloc_exact_refill(size_t granules) {
  GC_generic_malloc_many(granules * KN_GRANULE, exact_kind, &kn_exact_freelists[granules]);
  void **p = (void **)kn_exact_freelists[granules];
  if (!p) out_of_memory();
  kn_exact_freelists[granules] = *p;
  *p = NULL;
  return p;
}

void *kn_alloc_atomic_refill(size_t granules) {
  GC_generic_malloc_many(granules * KN_GRANULE, GC_I_PTRFREE, &kn_atomic_freelists[granules]);
  void **p = (void **)kn_atomic_freelists[granules];
  if (!p) out_of_memory();
  kn_atomic_freelists[granules] = *p;
  return p;
}

/* Nothing but the root array points at the objects after a list's head
 * (their links are inside pointer-free objects, which are not scanned), so
 * a collection must not see the lists: it starts with them empty. */
static GC_start_callback_proc prev_start_callback;
static void GC_CALLBACK drop_atomic_lists(void) {
  memset(kn_atomic_freelists, 0, sizeof kn_atomic_freelists);
  if (prev_start_callback) prev_start_callback();
}

void *kn_alloc_large(size_t size) {
  void *p = GC_MALLOC(size);
  if (!p) out_of_memory();
  return p; /* GC_MALLOC memory is already zeroed */
}

void *kn_alloc_atomic(size_t size) {
  if (KN_ALLOC_GRANULES(size) <= KN_FL_GRANULES) return kn_alloc_atomic_inline(size);
  void *p = GC_MALLOC_ATOMIC(size);
  if (!p) out_of_memory();
  return p;
}

void *kn_realloc(void *p, size_t size) {
  void *q = GC_REALLOC(p, size);
  if (!q && size) out_of_memory();
  return q;
}

/* GMP limbs hold no pointers, so they can live in atomic GC memory and the
 * collector frees them together with the Bignum that owns them. */
static void *gmp_alloc(size_t n) { return kn_alloc_atomic(n); }
static void *gmp_realloc(void *p, size_t old, size_t n) {
  (void)old;
  return kn_realloc(p, n);
}
static void gmp_free(void *p, size_t n) { (void)p; (void)n; }

/* Throughput over footprint: a 64 MiB initial heap (untouched pages cost
 * nothing) spares allocation-heavy programs the many small collections the
 * collector runs while it grows its heap from 256 KiB; binary_trees runs
 * ~20% faster.  GC_INITIAL_HEAP_SIZE in the environment overrides it, as
 * libgc documents. */
#define KN_INITIAL_HEAP (64u << 20)

/* The collector collects when the free space falls below heap / divisor
 * (libgc's default 3). Divisor 1 lets the heap grow to about twice the live
 * data before collecting again (Go's GOGC=100, CRuby grows by 1.8x). Measured
 * on the native compiler on its own source (`kiln-analyze analyze.ast`,
 * ~80 MB live, user time): 1.11 s -> 1.03 s for 77 -> 92 MB peak; an older
 * stage1 that spent ~60% of its time marking went from ~3.8-4.5 s to ~2.7 s.
 * Programs whose live data fits the initial heap (binary_trees, str_concat)
 * do not change. GC_FREE_SPACE_DIVISOR in the environment overrides it. */
#define KN_FREE_SPACE_DIVISOR 1

void kn_init_alloc(void) {
  GC_INIT();
  KN_ASSERT(GC_get_all_interior_pointers(), "kn_alloc's size classes count the collector's extra byte");
  if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(KN_INITIAL_HEAP);
  if (!getenv("GC_FREE_SPACE_DIVISOR")) GC_set_free_space_divisor(KN_FREE_SPACE_DIVISOR);
  exact_kind = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 1);
  prev_start_callback = GC_get_start_callback();
  GC_set_start_callback(drop_atomic_lists);
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- kn_buf: a growable byte buffer in GC memory ---- */

void kn_buf_init(kn_buf *b) {
  b->capa = 64;
  b->len = 0;
  b->ptr = kn_alloc_atomic(b->capa);
  b->ptr[0] = 0;
}

static void buf_reserve(kn_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->capa) return;
  size_t c = b->capa * 2;
  while (c < b->len + extra + 1) c *= 2;
  b->ptr = kn_realloc(b->ptr, c);
  b->capa = c;
}

void kn_buf_add(kn_buf *b, const char *p, size_t n) {
  buf_reserve(b, n);
  memcpy(b->ptr + b->len, p, n);
  b->len += n;
  b->ptr[b->len] = 0;
}

void kn_buf_adds(kn_buf *b, const char *s) { kn_buf_add(b, s, strlen(s)); }

void kn_buf_addc(kn_buf *b, char c) { kn_buf_add(b, &c, 1); }

void kn_buf_printf(kn_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  buf_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void kn_buf_addv(kn_buf *b, kn_value str) {
  KN_ASSERT(KN_TYPE_P(str, KN_T_STRING), "kn_buf_addv needs a String");
  kn_buf_add(b, KN_STR(str)->ptr, (size_t)KN_STR(str)->len);
}

kn_value kn_buf_to_str(kn_buf *b) { return kn_str_new(b->ptr, (int64_t)b->len); }
