/* coro.c: coroutines on their own C stacks (ucontext), for Enumerator's external iteration (next/peek). */
#include "internal.h"
#include <gc.h>
#include <gc/gc_mark.h>
#include <ucontext.h>

#if defined(__SANITIZE_ADDRESS__)
#define KN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KN_ASAN 1
#endif
#endif
#ifdef KN_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
#endif

/* A coroutine's stack is one GC object (scanned conservatively while the
 * coroutine is reachable, freed with it); the collector is told which stack
 * is current at each switch (GC_set_stackbottom), and the main stack, while
 * a coroutine runs, is pushed by a push_other_roots hook. */
#define CORO_STACK (1u << 20)
#define CORO_MARGIN (256u << 10) /* room to raise SystemStackError, as kn_stack_init leaves */

enum { CORO_FRESH, CORO_SUSPENDED, CORO_RUNNING, CORO_DONE };

struct kn_coro {
  kn_header h;             /* an Object, so an Enumerator can keep it in an instance variable */
  ucontext_t ctx;          /* the coroutine's own context while suspended */
  ucontext_t back;         /* whoever resumed it */
  char *stack;             /* GC object of CORO_STACK bytes; NULL once done */
  kn_value (*body)(kn_value arg, kn_coro *c);
  kn_value arg;
  int state;
  kn_value value;          /* what a yield or the end handed over */
  kn_jump_kind jkind;      /* nonzero: the body ended with this jump (raise, throw...) */
  kn_value jvalue, jaux;
  kn_jump *jtarget;
  kn_coro *resumer;        /* the coroutine that resumed this one; NULL: the main stack */
  /* the resumer's runtime state, restored when control comes back */
  kn_frame *saved_frame;
  kn_jump *saved_jump;
  char *saved_limit;
  struct GC_stack_base saved_sb;
  kn_frame base_frame;     /* the coroutine's bottom frame, chained to its current resumer's */
#ifdef KN_ASAN
  void *fake_stack;
  const void *back_bottom;
  size_t back_size;
#endif
};

static kn_coro *current;        /* the running coroutine, NULL on the main stack */
static kn_coro *active_chain[64]; /* coroutines resumed and not yet returned (reachable for the GC) */
static int active_depth;
static void *main_bottom;       /* the main stack's cold end */
static void *volatile main_sp;  /* the main stack's hot end while a coroutine runs */
static GC_push_other_roots_proc old_push;

static void push_main_stack(void) {
  if (old_push) old_push();
  if (active_depth > 0 && main_sp) GC_push_all_eager((void *)main_sp, main_bottom);
}

static void *set_bottom(void *sb) {
  GC_set_stackbottom(NULL, (struct GC_stack_base *)sb);
  return NULL;
}

void kn_init_coro(void) {
  struct GC_stack_base sb;
  GC_get_my_stackbottom(&sb);
  main_bottom = sb.mem_base;
  old_push = GC_get_push_other_roots();
  GC_set_push_other_roots(push_main_stack);
}

static kn_coro *starting;

/* An address below every local of the caller (this frame is deeper), for scanning the main stack. */
static __attribute__((noinline)) void *hot_end(void) { return __builtin_frame_address(0); }

static void coro_main(void) {
  kn_coro *c = starting;
#ifdef KN_ASAN
  __sanitizer_finish_switch_fiber(NULL, &c->back_bottom, &c->back_size);
#endif
  kn_current_jump = NULL;
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    kn_value r = c->body(c->arg, c);
    KN_UNPROTECT(j);
    c->value = r;
  } else {
    c->jkind = j.kind;
    c->jvalue = j.value;
    c->jaux = j.aux;
    c->jtarget = j.target;
  }
  c->state = CORO_DONE;
#ifdef KN_ASAN
  __sanitizer_start_switch_fiber(NULL, c->back_bottom, c->back_size);
#endif
  setcontext(&c->back);
}

kn_coro *kn_coro_new(kn_value (*body)(kn_value arg, kn_coro *c), kn_value arg) {
  kn_coro *c = kn_alloc(sizeof *c);
  c->h.klass = KN_CLASS(kn_cObject);
  c->h.type = KN_T_DATA;
  c->body = body;
  c->arg = arg;
  c->state = CORO_FRESH;
  return c;
}

bool kn_coro_done(const kn_coro *c) { return c->state == CORO_DONE; }

/* Run c until it yields (true, *out the value) or ends (false, *out what the body returned).
 * Whatever the body raised (or threw) is re-raised here, in the resumer, and c starts over
 * at its next resume. */
bool kn_coro_resume(kn_coro *c, kn_value *out) {
  if (c->state == CORO_DONE) {
    *out = c->value;
    return false;
  }
  if (c->state == CORO_RUNNING) kn_raise_fmt(kn_eFiberError, "attempt to resume the current fiber");
  if (active_depth >= (int)(sizeof active_chain / sizeof active_chain[0]))
    kn_raise_fmt(kn_eFiberError, "too many nested fibers");
  if (c->state == CORO_FRESH) {
    c->stack = GC_MALLOC_IGNORE_OFF_PAGE(CORO_STACK);
    if (!c->stack) kn_raise_fmt(kn_eNoMemoryError, "failed to allocate memory");
    getcontext(&c->ctx);
    c->ctx.uc_stack.ss_sp = c->stack;
    c->ctx.uc_stack.ss_size = CORO_STACK;
    c->ctx.uc_link = NULL;
    makecontext(&c->ctx, coro_main, 0);
  }
  /* save the resumer's runtime state */
  c->resumer = current;
  c->saved_frame = kn_current_frame;
  c->saved_jump = kn_current_jump;
  c->saved_limit = kn_stack_limit;
  GC_get_my_stackbottom(&c->saved_sb);
  /* the body's frames continue the resumer's (a copy of its innermost frame: the resumer's own
   * frames are not touched while the coroutine runs, and may be gone at the next resume) */
  if (kn_current_frame)
    kn_frame_init(&c->base_frame, kn_current_frame->prev, kn_current_frame->info->name,
                  kn_current_frame->info->file, kn_current_frame->line);
  else kn_frame_init(&c->base_frame, NULL, "<main>", NULL, 0);
  if (!current) main_sp = hot_end();
  active_chain[active_depth++] = c;

  struct GC_stack_base sb = {.mem_base = c->stack + CORO_STACK};
  GC_call_with_alloc_lock(set_bottom, &sb);
  kn_stack_limit = c->stack + CORO_MARGIN;
  kn_current_frame = &c->base_frame;
  bool fresh = c->state == CORO_FRESH;
  c->state = CORO_RUNNING;
  current = c;
  if (fresh) starting = c;
#ifdef KN_ASAN
  void *fake = NULL;
  __sanitizer_start_switch_fiber(&fake, c->stack, CORO_STACK);
#endif
  swapcontext(&c->back, &c->ctx);
#ifdef KN_ASAN
  __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#endif
  /* back on the resumer's stack */
  current = c->resumer;
  active_depth--;
  GC_call_with_alloc_lock(set_bottom, &c->saved_sb);
  kn_stack_limit = c->saved_limit;
  kn_current_frame = c->saved_frame;
  kn_current_jump = c->saved_jump;
  if (!current) main_sp = NULL;
  if (c->state == CORO_DONE) {
    c->stack = NULL; /* nothing runs there again: let the collector have it */
    if (c->jkind) {
      kn_jump_kind k = c->jkind;
      c->jkind = 0;
      c->value = KN_NIL;
      c->state = CORO_FRESH; /* as an Enumerator after an exception: the next resume starts over */
      if (k == KN_JUMP_RAISE) kn_raise(c->jvalue);
      kn_jump_to(k, c->jvalue, c->jaux, c->jtarget);
    }
    *out = c->value;
    return false;
  }
  *out = c->value;
  return true;
}

/* Inside c's body: hand v to the resumer and wait to be resumed again. */
void kn_coro_yield(kn_coro *c, kn_value v) {
  KN_ASSERT(current == c, "kn_coro_yield outside its coroutine");
  c->value = v;
  c->state = CORO_SUSPENDED;
  kn_frame *frame = kn_current_frame;
  kn_jump *jump = kn_current_jump;
#ifdef KN_ASAN
  void *fake = NULL;
  __sanitizer_start_switch_fiber(&fake, c->back_bottom, c->back_size);
#endif
  swapcontext(&c->ctx, &c->back);
#ifdef KN_ASAN
  __sanitizer_finish_switch_fiber(fake, &c->back_bottom, &c->back_size);
#endif
  /* resumed: kn_coro_resume set up the stack limit, GC bottom and base frame */
  kn_current_frame = frame;
  kn_current_jump = jump;
}
