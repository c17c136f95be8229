/* thread.c: Thread, Queue, SizedQueue, Mutex and ConditionVariable as
 * green threads on coro.c's coroutines. A thread runs only while the main
 * thread waits (join, value, Queue#pop, Mutex#lock, Thread.pass, ...), one
 * at a time, each until it finishes or waits itself: what CRuby's GVL does
 * for a short program, so output that does not depend on timing matches.
 * kn_init_thread registers the classes. */
#include "internal.h"

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

void kn_provide_feature(const char *name); /* kernel.c: `require "thread"` is then satisfied */

static kn_value kn_cThread, kn_cQueue, kn_cSizedQueue, kn_cMutex, kn_cCondVar;

enum { T_RUNNABLE, T_DONE, T_FAILED };

typedef struct kn_thread {
  kn_header h;
  kn_coro *coro;         /* NULL for the main thread */
  kn_value proc, args;   /* the block and Thread.new's arguments (an Array) */
  int state;
  bool waiting;          /* suspended in a wait (status "sleep") */
  bool report;           /* report_on_exception */
  kn_value value, error; /* the block's value / what it raised */
  kn_value locals;       /* Thread#[] (a Hash) */
  kn_value name;
} kn_thread;
#define THREAD(v) ((kn_thread *)(v))

static kn_value main_thread;
static kn_thread *running;  /* the thread whose coroutine runs now; NULL: main */
static kn_value live;       /* Threads not yet finished, in creation order */
static uint64_t progress;   /* bumped by every step that can end someone's wait */
static bool report_default = true;

static kn_value current_thread(void) { return running ? (kn_value)running : main_thread; }

/* ------------------------------------------------------------------------
 * Scheduling
 * ------------------------------------------------------------------------ */

static kn_value thread_body(kn_value arg, kn_coro *c) {
  kn_thread *t = THREAD(arg);
  return kn_proc_call(t->proc, (int)KN_ARY(t->args)->len, KN_ARY(t->args)->ptr, KN_NIL);
}

static void report_failure(kn_thread *t) {
  if (!t->report) return;
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "#<Thread:%p run> terminated with exception (report_on_exception is true):\n", (void *)t);
  kn_buf_addv(&b, kn_exc_message(t->error));
  kn_buf_printf(&b, " (%s)\n", kn_class_name((kn_value)kn_real_class_of(t->error)));
  kn_io_write_stderr(b.ptr, b.len);
}

static void finish(kn_thread *t, int state) {
  t->state = state;
  progress++;
  kn_value rest = kn_ary_new(KN_ARY(live)->len);
  for (int64_t i = 0; i < KN_ARY(live)->len; i++)
    if (KN_ARY(live)->ptr[i] != (kn_value)t) kn_ary_push(rest, KN_ARY(live)->ptr[i]);
  live = rest;
}

/* Runs t until it finishes or waits. */
static void run_slice(kn_thread *t) {
  kn_thread *outer = running;
  running = t;
  kn_value out = KN_NIL;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    bool suspended = kn_coro_resume(t->coro, &out);
    KN_UNPROTECT(j);
    running = outer;
    if (!suspended) {
      t->value = out;
      finish(t, T_DONE);
    }
  } else {
    running = outer;
    if (j.kind != KN_JUMP_RAISE) kn_rethrow(&j); /* a throw or break out of a thread: as ruby, to the caller */
    t->error = j.value;
    finish(t, T_FAILED);
    report_failure(t);
  }
}

typedef bool wait_cond(void *ctx);

/* Blocks the current thread until cond(ctx): a thread suspends back to the
 * main thread; the main thread runs the others, round after round, and
 * stops with ruby's fatal message when a round changes nothing. */
static void wait_until(wait_cond *cond, void *ctx) {
  if (running) {
    kn_thread *self = running;
    while (!cond(ctx)) {
      self->waiting = true;
      kn_coro_yield(self->coro, KN_NIL);
      self->waiting = false;
    }
    return;
  }
  while (!cond(ctx)) {
    uint64_t before = progress;
    kn_value round = live;
    for (int64_t i = 0; i < KN_ARY(round)->len && !cond(ctx); i++) {
      kn_thread *t = THREAD(KN_ARY(round)->ptr[i]);
      if (t->state == T_RUNNABLE) run_slice(t);
    }
    if (!cond(ctx) && progress == before)
      kn_raise_fmt(kn_eThreadError, "No live threads left. Deadlock?");
  }
}

/* Thread.pass: the others run once (the main thread) or the main thread goes on (a thread). */
static kn_value thread_s_pass(ARGS) {
  if (running) {
    progress++; /* a passing thread is not stuck */
    kn_coro_yield(running->coro, KN_NIL);
    return KN_NIL;
  }
  kn_value round = live;
  for (int64_t i = 0; i < KN_ARY(round)->len; i++)
    if (THREAD(KN_ARY(round)->ptr[i])->state == T_RUNNABLE) run_slice(THREAD(KN_ARY(round)->ptr[i]));
  return KN_NIL;
}

/* ------------------------------------------------------------------------
 * Thread
 * ------------------------------------------------------------------------ */

static kn_value thread_alloc(kn_class *klass) {
  kn_thread *t = kn_alloc(sizeof *t);
  t->h.klass = klass;
  t->h.type = KN_T_DATA;
  t->proc = t->args = t->value = t->error = t->name = KN_NIL;
  t->locals = kn_hash_new();
  t->report = report_default;
  return (kn_value)t;
}

static kn_thread *thread_get(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_DATA) || !kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cThread)))
    kn_raise_fmt(kn_eTypeError, "expected Thread");
  return THREAD(v);
}

static kn_value thread_initialize(ARGS) {
  if (blk == KN_NIL) kn_raise_fmt(kn_eThreadError, "must be called with a block");
  kn_thread *t = THREAD(self);
  t->proc = blk;
  t->args = kn_ary_new(argc);
  for (int i = 0; i < argc; i++) kn_ary_push(t->args, argv[i]);
  t->coro = kn_coro_new(thread_body, self);
  kn_ary_push(live, self);
  return KN_NIL;
}

static bool thread_finished(void *ctx) { return THREAD(ctx)->state != T_RUNNABLE; }

/* join(limit = nil): waits (the limit is not used: nothing here takes time), re-raises the thread's exception. */
static kn_value thread_join(ARGS) {
  kn_thread *t = thread_get(self);
  if (t == running || self == main_thread) kn_raise_fmt(kn_eThreadError, "Target thread must not be current thread");
  wait_until(thread_finished, t);
  if (t->state == T_FAILED) kn_raise(t->error);
  return self;
}

static kn_value thread_value(ARGS) {
  thread_join(self, 0, NULL, KN_NIL);
  return THREAD(self)->value;
}

static kn_value thread_alive_p(ARGS) { return KN_BOOL(thread_get(self)->state == T_RUNNABLE); }

static kn_value thread_status(ARGS) {
  kn_thread *t = thread_get(self);
  if (t->state == T_DONE) return KN_FALSE;
  if (t->state == T_FAILED) return KN_NIL;
  return kn_str_cstr(t->waiting || (t != running && self != current_thread() && self != main_thread) ? "sleep" : "run");
}

static kn_value thread_aref(ARGS) {
  kn_value key = KN_SYMBOL_P(argv[0]) ? argv[0] : kn_funcall0(argv[0], "to_sym");
  return kn_hash_lookup(thread_get(self)->locals, key, KN_NIL);
}
static kn_value thread_aset(ARGS) {
  kn_value key = KN_SYMBOL_P(argv[0]) ? argv[0] : kn_funcall0(argv[0], "to_sym");
  kn_hash_aset(thread_get(self)->locals, key, argv[1]);
  return argv[1];
}
static kn_value thread_key_p(ARGS) {
  return KN_BOOL(kn_hash_lookup(thread_get(self)->locals, argv[0], KN_UNDEF) != KN_UNDEF);
}
static kn_value thread_name(ARGS) { return thread_get(self)->name; }
static kn_value thread_set_name(ARGS) { return thread_get(self)->name = argv[0]; }
static kn_value thread_report(ARGS) { return KN_BOOL(thread_get(self)->report); }
static kn_value thread_set_report(ARGS) {
  thread_get(self)->report = KN_TEST(argv[0]);
  return argv[0];
}
static kn_value thread_s_current(ARGS) { return current_thread(); }
static kn_value thread_s_main(ARGS) { return main_thread; }
static kn_value thread_s_report(ARGS) { return KN_BOOL(report_default); }
static kn_value thread_s_set_report(ARGS) {
  report_default = KN_TEST(argv[0]);
  return argv[0];
}
static kn_value thread_s_abort(ARGS) { return KN_FALSE; }
static kn_value thread_s_set_abort(ARGS) { return argv[0]; } /* accepted; failures surface at join */
static kn_value thread_s_list(ARGS) {
  kn_value all = kn_ary_new(KN_ARY(live)->len + 1);
  kn_ary_push(all, main_thread);
  for (int64_t i = 0; i < KN_ARY(live)->len; i++) kn_ary_push(all, KN_ARY(live)->ptr[i]);
  return all;
}

/* ------------------------------------------------------------------------
 * Queue and SizedQueue
 * ------------------------------------------------------------------------ */

typedef struct kn_queue {
  kn_header h;
  kn_value items; /* Array, oldest first */
  bool closed;
  int64_t max;    /* SizedQueue's capacity; 0: unbounded */
} kn_queue;
#define QUEUE(v) ((kn_queue *)(v))

static kn_value queue_alloc(kn_class *klass) {
  kn_queue *q = kn_alloc(sizeof *q);
  q->h.klass = klass;
  q->h.type = KN_T_DATA;
  q->items = kn_ary_new(8);
  return (kn_value)q;
}

static kn_queue *queue_get(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_DATA) || !kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cQueue)))
    kn_raise_fmt(kn_eTypeError, "expected Queue");
  return QUEUE(v);
}

static int64_t queue_len(const kn_queue *q) { return KN_ARY(q->items)->len; }

/* Queue.new(initial = nil): ruby 3.1 takes the initial items from an Enumerable. */
static kn_value queue_initialize(ARGS) {
  if (argc > 0 && argv[0] != KN_NIL) queue_get(self)->items = kn_funcall0(argv[0], "to_a");
  return KN_NIL;
}

static bool queue_has_room(void *ctx) {
  kn_queue *q = ctx;
  return q->closed || q->max == 0 || queue_len(q) < q->max;
}

static kn_value queue_push(ARGS) {
  kn_queue *q = queue_get(self);
  if (q->closed) kn_raise_fmt(kn_eClosedQueueError, "queue closed");
  wait_until(queue_has_room, q);
  if (q->closed) kn_raise_fmt(kn_eClosedQueueError, "queue closed");
  kn_ary_push(q->items, argv[0]);
  progress++;
  return self;
}

static bool queue_ready(void *ctx) {
  kn_queue *q = ctx;
  return queue_len(q) > 0 || q->closed;
}

/* pop(non_block = false): the oldest item; nil once closed and empty. */
static kn_value queue_pop(ARGS) {
  kn_queue *q = queue_get(self);
  bool non_block = argc > 0 && !KN_TYPE_P(argv[0], KN_T_HASH) && KN_TEST(argv[0]);
  if (non_block && queue_len(q) == 0) kn_raise_fmt(kn_eThreadError, "queue empty");
  wait_until(queue_ready, q);
  if (queue_len(q) == 0) return KN_NIL;
  progress++;
  return kn_funcall(q->items, "shift", 0, NULL);
}

static kn_value queue_close(ARGS) {
  queue_get(self)->closed = true;
  progress++;
  return self;
}
static kn_value queue_closed_p(ARGS) { return KN_BOOL(queue_get(self)->closed); }
static kn_value queue_empty_p(ARGS) { return KN_BOOL(queue_len(queue_get(self)) == 0); }
static kn_value queue_size(ARGS) { return kn_int_new(queue_len(queue_get(self))); }
static kn_value queue_clear(ARGS) {
  queue_get(self)->items = kn_ary_new(8);
  progress++;
  return self;
}
static kn_value queue_num_waiting(ARGS) { return KN_INT2FIX(0); }

static kn_value sized_initialize(ARGS) {
  int64_t max = kn_num2long(argv[0]);
  if (max <= 0) kn_raise_fmt(kn_eArgumentError, "queue size must be positive");
  queue_get(self)->max = max;
  return KN_NIL;
}
static kn_value sized_max(ARGS) { return kn_int_new(queue_get(self)->max); }

/* ------------------------------------------------------------------------
 * Mutex and ConditionVariable
 * ------------------------------------------------------------------------ */

typedef struct kn_mutex {
  kn_header h;
  kn_value owner; /* the Thread holding it, or nil */
} kn_mutex;
#define MUTEX(v) ((kn_mutex *)(v))

static kn_value mutex_alloc(kn_class *klass) {
  kn_mutex *m = kn_alloc(sizeof *m);
  m->h.klass = klass;
  m->h.type = KN_T_DATA;
  m->owner = KN_NIL;
  return (kn_value)m;
}

static kn_mutex *mutex_get(kn_value v) {
  if (!KN_TYPE_P(v, KN_T_DATA) || !kn_class_inherits(kn_real_class_of(v), KN_CLASS(kn_cMutex)))
    kn_raise_fmt(kn_eTypeError, "expected Mutex");
  return MUTEX(v);
}

static bool mutex_free(void *ctx) { return ((kn_mutex *)ctx)->owner == KN_NIL; }

static kn_value mutex_lock(ARGS) {
  kn_mutex *m = mutex_get(self);
  if (m->owner == current_thread()) kn_raise_fmt(kn_eThreadError, "deadlock; recursive locking");
  wait_until(mutex_free, m);
  m->owner = current_thread();
  return self;
}

static kn_value mutex_unlock(ARGS) {
  kn_mutex *m = mutex_get(self);
  if (m->owner == KN_NIL) kn_raise_fmt(kn_eThreadError, "Attempt to unlock a mutex which is not locked");
  if (m->owner != current_thread())
    kn_raise_fmt(kn_eThreadError, "Attempt to unlock a mutex which is locked by another thread/fiber");
  m->owner = KN_NIL;
  progress++;
  return self;
}

static kn_value mutex_try_lock(ARGS) {
  kn_mutex *m = mutex_get(self);
  if (m->owner != KN_NIL) return KN_FALSE;
  m->owner = current_thread();
  return KN_TRUE;
}

static kn_value mutex_synchronize(ARGS) {
  mutex_lock(self, 0, NULL, KN_NIL);
  kn_value r = KN_NIL;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    r = kn_yield(blk, 0, NULL);
    KN_UNPROTECT(j);
  } else {
    if (MUTEX(self)->owner == current_thread()) mutex_unlock(self, 0, NULL, KN_NIL);
    kn_rethrow(&j);
  }
  mutex_unlock(self, 0, NULL, KN_NIL);
  return r;
}

static kn_value mutex_locked_p(ARGS) { return KN_BOOL(mutex_get(self)->owner != KN_NIL); }
static kn_value mutex_owned_p(ARGS) { return KN_BOOL(mutex_get(self)->owner == current_thread()); }

/* A ConditionVariable keeps its waiters as one-element Arrays: [signaled]. */
typedef struct kn_condvar {
  kn_header h;
  kn_value waiters;
} kn_condvar;
#define CONDVAR(v) ((kn_condvar *)(v))

static kn_value condvar_alloc(kn_class *klass) {
  kn_condvar *c = kn_alloc(sizeof *c);
  c->h.klass = klass;
  c->h.type = KN_T_DATA;
  c->waiters = kn_ary_new(4);
  return (kn_value)c;
}

static bool signaled(void *ctx) { return KN_ARY((kn_value)ctx)->ptr[0] == KN_TRUE; }

/* wait(mutex, timeout = nil): releases the mutex until signaled, then takes it back. */
static kn_value condvar_wait(ARGS) {
  kn_value cell = kn_ary_new(1);
  kn_ary_push(cell, KN_FALSE);
  kn_ary_push(CONDVAR(self)->waiters, cell);
  mutex_unlock(argv[0], 0, NULL, KN_NIL);
  wait_until(signaled, (void *)cell);
  mutex_lock(argv[0], 0, NULL, KN_NIL);
  return self;
}

static kn_value condvar_signal(ARGS) {
  kn_condvar *c = CONDVAR(self);
  if (KN_ARY(c->waiters)->len == 0) return self;
  kn_value cell = kn_funcall(c->waiters, "shift", 0, NULL);
  KN_ARY(cell)->ptr[0] = KN_TRUE;
  progress++;
  return self;
}

static kn_value condvar_broadcast(ARGS) {
  while (KN_ARY(CONDVAR(self)->waiters)->len > 0) condvar_signal(self, 0, NULL, KN_NIL);
  return self;
}

/* ------------------------------------------------------------------------ */

static const kn_method_def thread_methods[] = {
    {"initialize", thread_initialize, 0, -1}, {"join", thread_join, 0, 1},       {"value", thread_value, 0, 0},
    {"alive?", thread_alive_p, 0, 0},         {"status", thread_status, 0, 0},   {"[]", thread_aref, 1, 1},
    {"[]=", thread_aset, 2, 2},               {"key?", thread_key_p, 1, 1},      {"name", thread_name, 0, 0},
    {"name=", thread_set_name, 1, 1},         {"report_on_exception", thread_report, 0, 0},
    {"report_on_exception=", thread_set_report, 1, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def thread_singleton_methods[] = {
    {"current", thread_s_current, 0, 0},     {"main", thread_s_main, 0, 0},     {"pass", thread_s_pass, 0, 0},
    {"list", thread_s_list, 0, 0},           {"report_on_exception", thread_s_report, 0, 0},
    {"report_on_exception=", thread_s_set_report, 1, 1}, {"abort_on_exception", thread_s_abort, 0, 0},
    {"abort_on_exception=", thread_s_set_abort, 1, 1},
    {NULL, NULL, 0, 0}};

static const kn_method_def queue_methods[] = {
    {"initialize", queue_initialize, 0, 1}, {"push", queue_push, 1, 1},   {"<<", queue_push, 1, 1},
    {"enq", queue_push, 1, 1},              {"pop", queue_pop, 0, 2},     {"shift", queue_pop, 0, 2},
    {"deq", queue_pop, 0, 2},               {"close", queue_close, 0, 0}, {"closed?", queue_closed_p, 0, 0},
    {"empty?", queue_empty_p, 0, 0},        {"size", queue_size, 0, 0},   {"length", queue_size, 0, 0},
    {"clear", queue_clear, 0, 0},           {"num_waiting", queue_num_waiting, 0, 0},
    {NULL, NULL, 0, 0}};

static const kn_method_def mutex_methods[] = {
    {"lock", mutex_lock, 0, 0},     {"unlock", mutex_unlock, 0, 0},       {"try_lock", mutex_try_lock, 0, 0},
    {"synchronize", mutex_synchronize, 0, 0}, {"locked?", mutex_locked_p, 0, 0}, {"owned?", mutex_owned_p, 0, 0},
    {NULL, NULL, 0, 0}};

static const kn_method_def condvar_methods[] = {
    {"wait", condvar_wait, 1, 2}, {"signal", condvar_signal, 0, 0}, {"broadcast", condvar_broadcast, 0, 0},
    {NULL, NULL, 0, 0}};

void kn_init_thread(void) {
  live = kn_ary_new(8);
  kn_cThread = kn_define_class(kn_cObject, "Thread", KN_NIL);
  KN_CLASS(kn_cThread)->alloc = thread_alloc;
  kn_define_methods(kn_cThread, thread_methods);
  kn_define_singleton_methods(kn_cThread, thread_singleton_methods);
  main_thread = thread_alloc(KN_CLASS(kn_cThread));

  kn_cQueue = kn_define_class(kn_cThread, "Queue", KN_NIL);
  KN_CLASS(kn_cQueue)->alloc = queue_alloc;
  kn_define_methods(kn_cQueue, queue_methods);
  kn_cSizedQueue = kn_define_class(kn_cThread, "SizedQueue", kn_cQueue);
  kn_define_method(kn_cSizedQueue, "initialize", sized_initialize, 1, 1);
  kn_define_method(kn_cSizedQueue, "max", sized_max, 0, 0);
  kn_cMutex = kn_define_class(kn_cThread, "Mutex", KN_NIL);
  KN_CLASS(kn_cMutex)->alloc = mutex_alloc;
  kn_define_methods(kn_cMutex, mutex_methods);
  kn_cCondVar = kn_define_class(kn_cThread, "ConditionVariable", KN_NIL);
  KN_CLASS(kn_cCondVar)->alloc = condvar_alloc;
  kn_define_methods(kn_cCondVar, condvar_methods);
  /* ruby names them at the top level too */
  kn_const_set(kn_cObject, kn_intern("Queue"), kn_cQueue);
  kn_const_set(kn_cObject, kn_intern("SizedQueue"), kn_cSizedQueue);
  kn_const_set(kn_cObject, kn_intern("Mutex"), kn_cMutex);
  kn_const_set(kn_cObject, kn_intern("ConditionVariable"), kn_cCondVar);
  kn_provide_feature("thread");
}
