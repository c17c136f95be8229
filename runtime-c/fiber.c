/* fiber.c: Fiber (new, resume, Fiber.yield, alive?) on coro.c's
 * coroutines. A value crosses in both directions: resume(x) hands x to the
 * Fiber.yield the fiber is suspended in (the first resume's arguments are the
 * block's), and Fiber.yield(v) / the block's value is what resume returns.
 * kn_init_fiber registers the class. */
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk


static kn_value kn_cFiber;

typedef struct kn_fiber {
  kn_header h;
  kn_coro *coro;
  kn_value proc;
  int argc;               /* the first resume's arguments: the block's */
  const kn_value *argv;
  kn_value passed;        /* what the latest resume hands to Fiber.yield */
  bool running;           /* resumed and not yet suspended or finished */
  bool dead;              /* it raised: finished (coro.c would start an Enumerator over) */
  struct kn_fiber *prev;  /* the fiber that resumed this one; NULL: the root */
} kn_fiber;
#define FIBER(v) ((kn_fiber *)(v))

static kn_fiber *current; /* the running fiber; NULL on the root (main) fiber */

static kn_value fiber_alloc(kn_class *klass) {
  kn_fiber *f = kn_alloc(sizeof *f);
  f->h.klass = klass;
  f->h.type = KN_T_DATA;
  f->proc = KN_NIL;
  f->passed = KN_NIL;
  return (kn_value)f;
}

static kn_fiber *fiber_get(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_DATA) || !kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cFiber)))
    kn_raise_fmt(kn_eTypeError, "expected Fiber");
  kn_fiber *f = FIBER(v);
  if (!f->coro) kn_raise_fmt(kn_eFiberError, "uninitialized fiber");
  return f;
}

static kn_value fiber_body(kn_value arg, kn_coro *c) {
  kn_fiber *f = FIBER(arg);
  return kn_proc_call(f->proc, f->argc, f->argv, KN_NIL);
}

static kn_value fiber_initialize(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eArgumentError, "tried to create Proc object without a block");
  kn_fiber *f = FIBER(self);
  f->proc = blk;
  f->coro = kn_coro_new(fiber_body, self);
  return KN_NIL;
}

/* Several values travel as one Array, none as nil (as Fiber.yield returns them). */
static kn_value pack_values(int argc, const kn_value *argv) {
  if (argc == 0) return KN_NIL;
  if (argc == 1) return argv[0];
  kn_value a = kn_ary_new(argc);
  for (int i = 0; i < argc; i++) kn_ary_push(a, argv[i]);
  return a;
}

static bool fiber_finished(const kn_fiber *f) { return f->dead || kn_coro_done(f->coro); }

static kn_value fiber_resume(ARGS) {
  kn_fiber *f = fiber_get(self);
  if (fiber_finished(f)) kn_raise_fmt(kn_eFiberError, "attempt to resume a terminated fiber");
  if (f == current) kn_raise_fmt(kn_eFiberError, "attempt to resume the current fiber");
  if (f->running) kn_raise_fmt(kn_eFiberError, "attempt to resume a resumed fiber (double resume)");
  kn_value *copy = kn_alloc(sizeof(kn_value) * (size_t)(argc ? argc : 1));
  memcpy(copy, argv, sizeof(kn_value) * (size_t)argc);
  f->argc = argc; /* only the first resume reads these */
  f->argv = copy;
  f->passed = pack_values(argc, argv);
  f->prev = current;
  f->running = true;
  current = f;
  kn_value out = KN_NIL;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    kn_coro_resume(f->coro, &out);
    KN_UNPROTECT(j);
  } else { /* the fiber raised: it is finished, and the root (or resumer) runs again */
    current = f->prev;
    f->running = false;
    f->dead = true;
    kn_rethrow(&j);
  }
  current = f->prev;
  f->running = false;
  return out;
}

/* Fiber.yield(*values): suspends the current fiber; returns what the next resume passes. */
static kn_value fiber_s_yield(ARGS) {
  kn_fiber *f = current;
  if (!f) kn_raise_fmt(kn_eFiberError, "attempt to yield on a not resumed fiber");
  kn_coro_yield(f->coro, pack_values(argc, argv));
  return f->passed;
}

static kn_value fiber_alive_p(ARGS) { return KN_BOOL(!fiber_finished(fiber_get(self))); }

static const kn_method_def fiber_methods[] = {
    {"initialize", fiber_initialize, 0, 1},
    {"resume", fiber_resume, 0, -1},
    {"alive?", fiber_alive_p, 0, 0},
    {NULL, NULL, 0, 0}};

void kn_init_fiber(void) {
  kn_cFiber = kn_define_class(kn_cObject, "Fiber", KN_NIL);
  KN_CLASS(kn_cFiber)->alloc = fiber_alloc;
  kn_define_methods(kn_cFiber, fiber_methods);
  kn_define_singleton_method(kn_cFiber, "yield", fiber_s_yield, 0, -1);
}
