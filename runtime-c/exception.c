/* exception.c: the exception hierarchy, Exception's methods, raise and the jump protocol, backtraces, the uncaught-exception report. */
#include "internal.h"
#include <stdlib.h>
#include <sys/resource.h>

kn_frame *kn_current_frame;
kn_jump *kn_current_jump;
char *kn_stack_limit;
static kn_value errinfo = KN_NIL;

kn_value kn_eException, kn_eScriptError, kn_eNotImplementedError, kn_eStandardError, kn_eRuntimeError,
    kn_eArgumentError, kn_eTypeError, kn_eNameError, kn_eNoMethodError, kn_eZeroDivisionError,
    kn_eFloatDomainError, kn_eIndexError, kn_eKeyError, kn_eRangeError, kn_eStopIteration, kn_eFrozenError,
    kn_eLocalJumpError, kn_eSystemStackError, kn_eIOError, kn_eEOFError, kn_eSystemExit,
    kn_eNoMatchingPatternError, kn_eErrno_ENOENT, kn_eSecurityError, kn_eInterrupt, kn_eRegexpError,
    kn_eEncodingError, kn_eFiberError, kn_eThreadError, kn_eUncaughtThrowError, kn_eMathDomainError;
kn_value kn_eNoMemoryError, kn_eLoadError, kn_eSyntaxError, kn_eSignalException, kn_eSystemCallError,
    kn_mErrno, kn_eErrno_EACCES, kn_eErrno_EEXIST, kn_eErrno_EISDIR, kn_eErrno_ENOTDIR, kn_eErrno_EPIPE,
    kn_eErrno_EINVAL, kn_eClosedQueueError, kn_eNoMatchingPatternKeyError, kn_mMath;

kn_value kn_errinfo(void) { return errinfo; }
void kn_set_errinfo(kn_value e) { errinfo = e; }

/* ------------------------------------------------------------------------
 * Exception objects
 * ------------------------------------------------------------------------ */

/* One allocation, as kn_obj_alloc_default makes plain objects: the slots
 * the class knows of so far follow the exception (a user subclass's
 * `@field`), so its first ivar write does not allocate a slot array. A
 * fixed layout, so kn_alloc_exact's size classes apply. */
kn_value kn_exc_alloc(kn_class *klass) {
  kn_class *real = klass;
  while (real->h.flags & (KN_FL_SINGLETON | KN_FL_ICLASS)) real = real->super;
  uint32_t n = real->ivar_index.len;
  kn_exception *e = kn_alloc_exact(sizeof(kn_exception) + sizeof(kn_value) * n);
  if (n) {
    e->o.slots = (kn_value *)(e + 1);
    for (uint32_t i = 0; i < n; i++) e->o.slots[i] = KN_UNDEF;
    e->o.nslots = n;
  }
  e->o.h.klass = klass;
  e->o.h.type = KN_T_EXCEPTION;
  e->message = KN_NIL;
  e->backtrace = KN_NIL;
  e->cause = KN_UNDEF;
  e->aux1 = e->aux2 = KN_NIL;
  return (kn_value)e;
}

kn_value kn_exc_new(kn_value klass, kn_value message) {
  return kn_class_new_instance(klass, message == KN_UNDEF ? 0 : 1, &message, KN_NIL);
}

static kn_value exc_new_cstr(kn_value klass, const char *msg) {
  kn_value e = kn_exc_alloc(KN_CLASS(klass));
  KN_EXC(e)->message = kn_str_cstr(msg);
  return e;
}

bool kn_exc_match(kn_value exc, kn_value klass) {
  if (KN_TYPE_P(klass, KN_T_CLASS) || KN_TYPE_P(klass, KN_T_MODULE)) return kn_obj_is_kind_of(exc, klass);
  return KN_TEST(kn_send(klass, kn_intern("==="), 1, &exc, KN_NIL));
}

/* exc.message, guaranteed to be a String. */
kn_value kn_exc_message(kn_value exc) {
  kn_value m = kn_send(exc, kn_s_message, 0, NULL, KN_NIL);
  if (!KN_TYPE_P(m, KN_T_STRING)) m = kn_obj_to_s(m);
  return m;
}

/* ------------------------------------------------------------------------
 * Backtraces: a compact snapshot of the frame chain at raise time, turned
 * into Ruby's "file:LINE:in `name'" strings when someone asks.
 * ------------------------------------------------------------------------ */

static void capture_backtrace(kn_exception *e) {
  int n = 0;
  for (kn_frame *f = kn_current_frame; f; f = f->prev) n++;
  e->bt = kn_alloc_atomic(sizeof(kn_bt_entry) * (size_t)(n ? n : 1));
  e->bt_len = n;
  int i = 0;
  for (kn_frame *f = kn_current_frame; f; f = f->prev, i++) {
    e->bt[i].name = f->info->name;
    e->bt[i].file = f->info->file;
    e->bt[i].line = f->line;
  }
}

static kn_value bt_line(const kn_bt_entry *b) {
  kn_buf buf;
  kn_buf_init(&buf);
  kn_buf_printf(&buf, "%s:%d:in `%s'", b->file ? b->file : "<internal:kiln>", b->line,
                b->name ? b->name : "<main>");
  return kn_buf_to_str(&buf);
}

static kn_value exc_backtrace_ary(kn_value exc) {
  kn_exception *e = KN_EXC(exc);
  if (e->backtrace == KN_NIL && e->bt) {
    kn_value ary = kn_ary_new(e->bt_len);
    for (int i = 0; i < e->bt_len; i++) kn_ary_push(ary, bt_line(&e->bt[i]));
    e->backtrace = ary;
  }
  return e->backtrace;
}

kn_value kn_backtrace_here(int skip) {
  kn_value ary = kn_ary_new(8);
  for (kn_frame *f = kn_current_frame; f; f = f->prev) {
    if (skip > 0) { skip--; continue; }
    kn_bt_entry b = {f->info->name, f->info->file, f->line};
    kn_ary_push(ary, bt_line(&b));
  }
  return ary;
}

/* ------------------------------------------------------------------------
 * The jump protocol (see kiln.h): every non-local exit longjmps to the
 * innermost kn_jump; each handler either takes what arrived or passes it
 * on with kn_rethrow, so ensure clauses run on the way.
 * ------------------------------------------------------------------------ */

static _Noreturn void no_handler(kn_jump_kind kind, kn_value value) {
  /* Only possible outside kn_main (a C test, or a failure during boot). */
  if (kind == KN_JUMP_RAISE && KN_HEAP_P(value)) {
    if (kn_obj_is_kind_of(value, kn_eSystemExit)) {
      kn_io_flush_all();
      exit(kn_exit_status_of(value));
    }
    kn_report_exception(value, stderr);
    kn_io_flush_all();
    exit(1);
  }
  kn_bug(__FILE__, __LINE__, "a break, return or throw has nowhere to go");
}

_Noreturn void kn_jump_to(kn_jump_kind kind, kn_value value, kn_value aux, kn_jump *target) {
  kn_jump *j = kn_current_jump;
  if (!j) no_handler(kind, value);
  j->kind = kind;
  j->value = value;
  j->aux = aux;
  j->target = target;
  kn_current_jump = j->prev;
  kn_current_frame = j->frame;
  _longjmp(j->buf, 1);
}

_Noreturn void kn_rethrow(kn_jump *j) { kn_jump_to(j->kind, j->value, j->aux, j->target); }

_Noreturn void kn_raise(kn_value exc) {
  if (!kn_obj_is_kind_of(exc, kn_eException))
    kn_raise_fmt(kn_eTypeError, "exception class/object expected");
  kn_exception *e = KN_EXC(exc);
  if (!e->bt && e->backtrace == KN_NIL) capture_backtrace(e);
  if (e->cause == KN_UNDEF) e->cause = errinfo == exc ? KN_NIL : errinfo;
  kn_jump_to(KN_JUMP_RAISE, exc, KN_NIL, NULL);
}

_Noreturn void kn_raise_str(kn_value klass, kn_value msg) {
  kn_value e = kn_exc_alloc(KN_CLASS(klass));
  KN_EXC(e)->message = msg;
  kn_raise(e);
}

_Noreturn void kn_raise_fmt(kn_value klass, const char *fmt, ...) {
  kn_buf b;
  kn_buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *s = kn_alloc_atomic((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  va_end(ap);
  kn_raise_str(klass, kn_str_new(s, n));
}

_Noreturn void kn_raise_argc(int given, int min, int max) {
  if (min == max) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %d, expected %d)", given, min);
  if (max < 0) kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %d, expected %d+)", given, min);
  kn_raise_fmt(kn_eArgumentError, "wrong number of arguments (given %d, expected %d..%d)", given, min, max);
}

static _Noreturn void name_error_v(kn_value recv, kn_value name, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *s = kn_alloc_atomic((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  kn_value e = kn_exc_alloc(KN_CLASS(kn_eNameError));
  KN_EXC(e)->message = kn_str_new(s, n);
  KN_EXC(e)->aux1 = name;
  KN_EXC(e)->aux2 = recv;
  kn_raise(e);
}

_Noreturn void kn_name_error(kn_value name, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  name_error_v(KN_NIL, name, fmt, ap);
}

/* The same, with NameError#receiver (did_you_mean looks at its methods). */
_Noreturn void kn_name_error_recv(kn_value recv, kn_value name, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  name_error_v(recv, name, fmt, ap);
}

/* recv.inspect, or Ruby's "#<Class:0x...>" when inspect raises (as a
 * BasicObject's missing inspect does: without this, describing that
 * NoMethodError would raise another one forever). */
static kn_value inspect_or_any(kn_value recv) {
  /* Ruby builds the message lazily, so the NoMethodError that a missing
   * inspect raises in here never inspects again; kiln builds it at once,
   * so a nested description takes the plain form directly. */
  static int depth;
  if (depth > 0) return kn_any_to_s(recv);
  kn_value saved = kn_errinfo();
  kn_jump j;
  depth++;
  if (KN_PROTECT(j) == 0) {
    kn_value d = kn_inspect(recv);
    KN_UNPROTECT(j);
    depth--;
    return d;
  }
  depth--;
  if (j.kind != KN_JUMP_RAISE) kn_rethrow(&j);
  kn_set_errinfo(saved);
  return kn_any_to_s(recv);
}

/* Ruby's receiver description in NameError messages: the inspect when it
 * starts with '#', else inspect:Class ("nil:NilClass", "main:Object"). */
static kn_value receiver_desc(kn_value recv) {
  kn_value d;
  if (recv == kn_top_self) d = kn_str_cstr("main");
  else d = inspect_or_any(recv);
  if (KN_STR(d)->len > 0 && KN_STR(d)->ptr[0] == '#') return d;
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_addv(&b, d);
  kn_buf_printf(&b, ":%s", kn_class_name(kn_real_class(recv)));
  return kn_buf_to_str(&b);
}

/* NoMethodError#args: the call's arguments, and whether the call had no
 * receiver (NoMethodError#private_call?), in slots no Ruby code names. */
static kn_value iv_args, iv_private_call;

_Noreturn void kn_no_method_error(kn_value recv, kn_value name, int kind, const char *vis) {
  kn_no_method_error_args(recv, name, kind, vis, 0, NULL);
}

_Noreturn void kn_no_method_error_args(kn_value recv, kn_value name, int kind, const char *vis, int argc,
                                       const kn_value *argv) {
  kn_buf b;
  kn_buf_init(&b);
  if (vis) kn_buf_printf(&b, "%s method `%s' called for ", vis, kn_sym_name(name));
  else if (kind == KN_CALL_VCALL) kn_buf_printf(&b, "undefined local variable or method `%s' for ", kn_sym_name(name));
  else kn_buf_printf(&b, "undefined method `%s' for ", kn_sym_name(name));
  kn_buf_addv(&b, receiver_desc(recv));
  kn_value e = kn_exc_alloc(KN_CLASS(kind == KN_CALL_VCALL && !vis ? kn_eNameError : kn_eNoMethodError));
  KN_EXC(e)->message = kn_buf_to_str(&b);
  KN_EXC(e)->aux1 = name;
  KN_EXC(e)->aux2 = recv;
  if (kn_real_class(e) == kn_eNoMethodError) kn_ivar_set(e, iv_args, kn_ary_new_from(argc, argv));
  if (kind != KN_CALL_PUBLIC) kn_ivar_set(e, iv_private_call, KN_TRUE);
  kn_raise(e);
}

_Noreturn void kn_frozen_error(kn_value v) {
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "can't modify frozen %s: ", kn_class_name(kn_real_class(v)));
  kn_buf_addv(&b, kn_inspect(v));
  kn_value e = kn_exc_alloc(KN_CLASS(kn_eFrozenError));
  KN_EXC(e)->message = kn_buf_to_str(&b);
  KN_EXC(e)->aux2 = v;
  kn_raise(e);
}

/* Is t still on the chain of active protected regions?  A proc can outlive
 * the call site or method its break/return targets; jumping to a dead
 * kn_jump would resume a finished C frame. */
static bool jump_active(kn_jump *t) {
  for (kn_jump *j = kn_current_jump; j; j = j->prev)
    if (j == t) return true;
  return false;
}

_Noreturn void kn_break(kn_value proc, kn_value v) {
  kn_jump *t = KN_PROC(proc)->break_to;
  if (!t || !jump_active(t)) kn_raise(exc_new_cstr(kn_eLocalJumpError, "break from proc-closure"));
  kn_jump_to(KN_JUMP_BREAK, v, KN_NIL, t);
}

_Noreturn void kn_proc_return(kn_value proc, kn_value v) {
  kn_jump *t = KN_PROC(proc)->return_to;
  if (!t || !jump_active(t)) kn_raise(exc_new_cstr(kn_eLocalJumpError, "unexpected return"));
  kn_jump_to(KN_JUMP_RETURN, v, KN_NIL, t);
}

/* ------------------------------------------------------------------------
 * Stack overflow
 * ------------------------------------------------------------------------ */

void kn_stack_init(void *base) {
  struct rlimit rl;
  size_t size = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0) size = rl.rlim_cur;
  /* Leave room for raising and reporting below the limit: an eighth of the
   * stack, at least 256 KiB (sanitizer builds use larger frames). */
  size_t margin = size / 8 > (256u << 10) ? size / 8 : (256u << 10);
  if (margin > size / 2) margin = size / 2;
  kn_stack_limit = (char *)base - (size - margin);
}

void kn_stack_overflow(void) {
  /* Raise with the limit lowered so the raise itself has room; restored at once. */
  char *saved = kn_stack_limit;
  kn_stack_limit = 0;
  kn_value e = exc_new_cstr(kn_eSystemStackError, "stack level too deep");
  capture_backtrace(KN_EXC(e));
  kn_stack_limit = saved;
  kn_raise(e);
}

/* ------------------------------------------------------------------------
 * The uncaught-exception report, as ruby 3.1 prints it (no highlighting).
 * ------------------------------------------------------------------------ */

static void write_errinfo(kn_buf *b, kn_value exc, kn_value bt) {
  int64_t btlen = KN_TYPE_P(bt, KN_T_ARRAY) ? KN_ARY(bt)->len : 0;
  if (btlen > 0) {
    kn_buf_addv(b, KN_ARY(bt)->ptr[0]);
    kn_buf_adds(b, ": ");
  }
  kn_value klass = kn_real_class(exc);
  kn_value msg = kn_exc_message(exc);
  const char *p = KN_STR(msg)->ptr;
  int64_t len = KN_STR(msg)->len;
  if (len == 0) {
    kn_buf_adds(b, klass == kn_eRuntimeError ? "unhandled exception" : kn_class_name(klass));
    kn_buf_addc(b, '\n');
    return;
  }
  const char *nl = memchr(p, '\n', (size_t)len);
  const char *cname = kn_class_name(klass);
  kn_buf_add(b, p, nl ? (size_t)(nl - p) : (size_t)len);
  if (cname[0] != '#') kn_buf_printf(b, " (%s)", cname);
  kn_buf_addc(b, '\n');
  if (nl && nl + 1 < p + len) {
    const char *rest = nl + 1;
    kn_buf_add(b, rest, (size_t)(p + len - rest));
    if (p[len - 1] != '\n') kn_buf_addc(b, '\n');
  }
}

static void write_backtrace(kn_buf *b, kn_value exc, kn_value bt) {
  if (!KN_TYPE_P(bt, KN_T_ARRAY)) return;
  int64_t len = KN_ARY(bt)->len;
  int64_t skip_start = -1, skip_len = 0;
  /* ruby elides the middle of a stack overflow's backtrace */
  enum { TRACE_HEAD = 8, TRACE_TAIL = 5, TRACE_MAX = TRACE_HEAD + TRACE_TAIL + 5 };
  if (kn_obj_is_kind_of(exc, kn_eSystemStackError) && len > TRACE_MAX) {
    skip_start = TRACE_HEAD + 1;
    skip_len = len - TRACE_HEAD - TRACE_TAIL;
  }
  for (int64_t i = 1; i < len; i++) {
    if (i == skip_start) {
      kn_buf_printf(b, "\t ... %ld levels...\n", (long)skip_len);
      i += skip_len;
      if (i >= len) break;
    }
    kn_value line = KN_ARY(bt)->ptr[i];
    if (KN_TYPE_P(line, KN_T_STRING)) {
      kn_buf_adds(b, "\tfrom ");
      kn_buf_addv(b, line);
      kn_buf_addc(b, '\n');
    }
  }
}

static kn_value full_message(kn_value exc) {
  kn_buf b;
  kn_buf_init(&b);
  kn_value shown[16];
  int nshown = 0;
  for (kn_value e = exc; KN_HEAP_P(e) && kn_obj_is_kind_of(e, kn_eException) && nshown < 16;) {
    for (int i = 0; i < nshown; i++)
      if (shown[i] == e) goto done;
    shown[nshown++] = e;
    kn_value bt = kn_send(e, kn_s_backtrace, 0, NULL, KN_NIL);
    write_errinfo(&b, e, bt);
    write_backtrace(&b, e, bt);
    kn_value c = KN_EXC(e)->cause;
    e = c == KN_UNDEF ? KN_NIL : c;
  }
done:
  return kn_buf_to_str(&b);
}

void kn_report_exception(kn_value exc, FILE *out) {
  kn_value s = full_message(exc);
  kn_io_flush_all();
  fwrite(KN_STR(s)->ptr, 1, (size_t)KN_STR(s)->len, out);
  fflush(out);
}

int kn_exit_status_of(kn_value exc) {
  if (kn_obj_is_kind_of(exc, kn_eSystemExit)) {
    kn_value st = KN_EXC(exc)->aux1;
    return KN_FIXNUM_P(st) ? (int)KN_FIX2INT(st) : 0;
  }
  if (kn_obj_is_kind_of(exc, kn_eInterrupt)) return 130;
  return 1;
}

/* ------------------------------------------------------------------------
 * Exception's methods
 * ------------------------------------------------------------------------ */

static kn_value exc_s_exception(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return kn_class_new_instance(self, argc, argv, blk);
}

static kn_value exc_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  KN_EXC(self)->message = argc > 0 ? argv[0] : KN_NIL;
  return KN_NIL;
}

static kn_value exc_exception(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (argc == 0 || argv[0] == self) return self;
  kn_value e = kn_obj_clone(self);
  KN_EXC(e)->message = argv[0];
  return e;
}

static kn_value exc_to_s(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value m = KN_EXC(self)->message;
  if (m == KN_NIL) return kn_str_cstr(kn_class_name(kn_real_class(self)));
  return KN_TYPE_P(m, KN_T_STRING) ? m : kn_obj_to_s(m);
}

static kn_value exc_message(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return kn_obj_to_s(self);
}

static kn_value exc_inspect(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value s = kn_obj_to_s(self);
  const char *cname = kn_class_name(kn_real_class(self));
  if (KN_STR(s)->len == 0) return kn_str_cstr(cname);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_printf(&b, "#<%s: ", cname);
  kn_buf_addv(&b, s);
  kn_buf_addc(&b, '>');
  return kn_buf_to_str(&b);
}

static kn_value exc_full_message(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_exception *e = KN_EXC(self);
  if (!e->bt && e->backtrace == KN_NIL) {
    /* ruby reports an unraised exception at the caller of full_message,
     * that position alone (no "from" lines) */
    kn_value s = kn_backtrace_here(0);
    if (KN_TYPE_P(s, KN_T_ARRAY) && KN_ARY(s)->len > 1) s = kn_ary_new_from(1, KN_ARY(s)->ptr);
    kn_value tmp = kn_exc_alloc(kn_real_class_of(self));
    KN_EXC(tmp)->message = kn_exc_message(self);
    KN_EXC(tmp)->backtrace = s;
    KN_EXC(tmp)->cause = KN_NIL;
    return full_message(tmp);
  }
  return full_message(self);
}

static kn_value exc_backtrace(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return exc_backtrace_ary(self);
}

static kn_value exc_set_backtrace(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value bt = argv[0];
  if (KN_TYPE_P(bt, KN_T_STRING)) bt = kn_ary_new_from(1, &bt);
  else if (bt != KN_NIL && !KN_TYPE_P(bt, KN_T_ARRAY))
    kn_raise_fmt(kn_eTypeError, "backtrace must be Array of String");
  KN_EXC(self)->backtrace = bt;
  KN_EXC(self)->bt = NULL;
  return bt;
}

static kn_value exc_cause(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value c = KN_EXC(self)->cause;
  return c == KN_UNDEF ? KN_NIL : c;
}

static kn_value exc_eq(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value o = argv[0];
  if (o == self) return KN_TRUE;
  if (kn_real_class(o) != kn_real_class(self)) return KN_FALSE;
  return KN_BOOL(kn_equal(kn_exc_message(self), kn_exc_message(o)) &&
                 kn_equal(exc_backtrace_ary(self), exc_backtrace_ary(o)));
}

static kn_value exc_aux1(kn_value self, int argc, const kn_value *argv, kn_value blk) { return KN_EXC(self)->aux1; }
static kn_value exc_aux2(kn_value self, int argc, const kn_value *argv, kn_value blk) { return KN_EXC(self)->aux2; }

static kn_value name_err_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  KN_EXC(self)->message = argc > 0 ? argv[0] : KN_NIL;
  for (int i = 1; i < argc; i++) {
    if (KN_TYPE_P(argv[i], KN_T_HASH)) {
      kn_value r = kn_hash_lookup(argv[i], kn_intern("receiver"), KN_UNDEF);
      if (r != KN_UNDEF) KN_EXC(self)->aux2 = r;
    } else if (i == 1) {
      KN_EXC(self)->aux1 = argv[1];
    }
  }
  return KN_NIL;
}

/* NoMethodError.new(msg, name, args = nil, private_call = false, receiver: r) */
static kn_value nomethod_err_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  name_err_initialize(self, argc, argv, blk);
  if (argc > 2 && !KN_TYPE_P(argv[2], KN_T_HASH)) kn_ivar_set(self, iv_args, argv[2]);
  if (argc > 3 && !KN_TYPE_P(argv[3], KN_T_HASH) && KN_TEST(argv[3])) kn_ivar_set(self, iv_private_call, KN_TRUE);
  return KN_NIL;
}

static bool private_call(kn_value self) { return kn_ivar_get(self, iv_private_call) == KN_TRUE; }

/* NameError#to_s: ruby 3.1's error_highlight adds the failing call's line,
 * did_you_mean the names close to the missing one. */
static kn_value name_err_to_s(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value msg = kn_error_highlight(self, exc_to_s(self, 0, NULL, KN_NIL));
  return kn_did_you_mean(self, msg, private_call(self));
}

static kn_value nomethod_err_private_call(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return private_call(self) ? KN_TRUE : KN_FALSE;
}

static kn_value nomethod_err_args(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return kn_ivar_get(self, iv_args);
}

static kn_value key_err_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  KN_EXC(self)->message = argc > 0 && !KN_TYPE_P(argv[argc - 1], KN_T_HASH) ? argv[0] : KN_NIL;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    if (argc > 1) KN_EXC(self)->message = argv[0];
    kn_value r = kn_hash_lookup(argv[argc - 1], kn_intern("receiver"), KN_UNDEF);
    kn_value k = kn_hash_lookup(argv[argc - 1], kn_intern("key"), KN_UNDEF);
    if (r != KN_UNDEF) KN_EXC(self)->aux2 = r;
    if (k != KN_UNDEF) KN_EXC(self)->aux1 = k;
  }
  return KN_NIL;
}

static kn_value key_err_key(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (KN_EXC(self)->aux1 == KN_NIL && KN_EXC(self)->aux2 == KN_NIL)
    kn_raise_fmt(kn_eArgumentError, "no key is available");
  return KN_EXC(self)->aux1;
}

static kn_value key_err_to_s(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return kn_did_you_mean(self, exc_to_s(self, 0, NULL, KN_NIL), false);
}

static kn_value key_err_receiver(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (KN_EXC(self)->aux1 == KN_NIL && KN_EXC(self)->aux2 == KN_NIL)
    kn_raise_fmt(kn_eArgumentError, "no receiver is available");
  return KN_EXC(self)->aux2;
}

/* NoMatchingPatternKeyError.new(message, matchee:, key:); key and matchee raise when not given. */
static kn_value nmpke_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value opts = argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH) ? argv[--argc] : KN_NIL;
  KN_EXC(self)->message = argc > 0 ? argv[0] : KN_NIL;
  KN_EXC(self)->aux1 = opts == KN_NIL ? KN_UNDEF : kn_hash_lookup(opts, kn_intern("key"), KN_UNDEF);
  KN_EXC(self)->aux2 = opts == KN_NIL ? KN_UNDEF : kn_hash_lookup(opts, kn_intern("matchee"), KN_UNDEF);
  return KN_NIL;
}
static kn_value nmpke_key(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (KN_EXC(self)->aux1 == KN_UNDEF) kn_raise_fmt(kn_eArgumentError, "no key is available");
  return KN_EXC(self)->aux1;
}
static kn_value nmpke_matchee(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  if (KN_EXC(self)->aux2 == KN_UNDEF) kn_raise_fmt(kn_eArgumentError, "no matchee is available");
  return KN_EXC(self)->aux2;
}

/* A KeyError that knows its receiver and key, as Hash#fetch and ENV.fetch raise it. */
kn_value kn_key_error_new(kn_value message, kn_value receiver, kn_value key) {
  kn_value e = kn_exc_new(kn_eKeyError, message);
  KN_EXC(e)->aux1 = key;
  KN_EXC(e)->aux2 = receiver;
  return e;
}

/* SystemExit.new(status = 0, msg = "exit"), status may be true/false. */
static kn_value exit_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value status = KN_INT2FIX(0);
  int i = 0;
  if (argc > 0 && (KN_FIXNUM_P(argv[0]) || argv[0] == KN_TRUE || argv[0] == KN_FALSE)) {
    status = argv[0] == KN_TRUE ? KN_INT2FIX(0) : argv[0] == KN_FALSE ? KN_INT2FIX(1) : argv[0];
    i = 1;
  }
  KN_EXC(self)->aux1 = status;
  KN_EXC(self)->message = i < argc ? argv[i] : kn_str_cstr("exit");
  return KN_NIL;
}

static kn_value exit_success_p(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return KN_BOOL(KN_EXC(self)->aux1 == KN_INT2FIX(0));
}

static kn_value stop_iteration_result(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  return KN_EXC(self)->aux1;
}

static kn_value uncaught_throw_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  KN_EXC(self)->aux1 = argc > 0 ? argv[0] : KN_NIL;
  KN_EXC(self)->aux2 = argc > 1 ? argv[1] : KN_NIL;
  KN_EXC(self)->message = argc > 2 ? argv[2] : KN_NIL;
  return KN_NIL;
}

static kn_value uncaught_throw_to_s(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value m = KN_EXC(self)->message;
  if (KN_TYPE_P(m, KN_T_STRING)) return m;
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, "uncaught throw ");
  kn_buf_addv(&b, kn_inspect(KN_EXC(self)->aux1));
  return kn_buf_to_str(&b);
}

static kn_value frozen_err_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  KN_EXC(self)->message = argc > 0 && !KN_TYPE_P(argv[0], KN_T_HASH) ? argv[0] : KN_NIL;
  if (argc > 0 && KN_TYPE_P(argv[argc - 1], KN_T_HASH)) {
    kn_value r = kn_hash_lookup(argv[argc - 1], kn_intern("receiver"), KN_UNDEF);
    if (r != KN_UNDEF) KN_EXC(self)->aux2 = r;
  }
  return KN_NIL;
}

/* Errno::X.new(detail): "No such file or directory @ detail" style. */
static kn_value syserr_initialize(kn_value self, int argc, const kn_value *argv, kn_value blk) {
  kn_value errno_v = kn_const_get(kn_real_class(self), kn_intern("Errno"));
  const char *desc = strerror(KN_FIXNUM_P(errno_v) ? (int)KN_FIX2INT(errno_v) : 0);
  kn_buf b;
  kn_buf_init(&b);
  kn_buf_adds(&b, desc);
  if (argc > 0 && argv[0] != KN_NIL) {
    kn_buf_adds(&b, " - ");
    kn_buf_addv(&b, kn_obj_to_s(argv[0]));
  }
  KN_EXC(self)->message = kn_buf_to_str(&b);
  KN_EXC(self)->aux1 = errno_v;
  return KN_NIL;
}

static kn_value exc_alloc_fn(kn_class *k) { return kn_exc_alloc(k); }

static kn_value defexc(const char *name, kn_value super) {
  kn_value c = kn_define_class(kn_cObject, name, super);
  return c;
}

static kn_value deferrno(const char *name, int no) {
  kn_value c = kn_define_class(kn_mErrno, name, kn_eSystemCallError);
  kn_const_set(c, kn_intern("Errno"), KN_INT2FIX(no));
  return c;
}

static const kn_method_def exc_methods[] = {
    {"initialize", exc_initialize, 0, 1},
    {"exception", exc_exception, 0, 1},
    {"to_s", exc_to_s, 0, 0},
    {"message", exc_message, 0, 0},
    {"inspect", exc_inspect, 0, 0},
    {"full_message", exc_full_message, 0, 1},
    {"backtrace", exc_backtrace, 0, 0},
    {"set_backtrace", exc_set_backtrace, 1, 1},
    {"cause", exc_cause, 0, 0},
    {"==", exc_eq, 1, 1},
    {NULL, NULL, 0, 0}};

void kn_init_exception(void) {
  kn_eException = defexc("Exception", kn_cObject);
  KN_CLASS(kn_eException)->alloc = exc_alloc_fn;
  kn_define_methods(kn_eException, exc_methods);
  kn_define_singleton_method(kn_eException, "exception", exc_s_exception, 0, -1);

  kn_eNoMemoryError = defexc("NoMemoryError", kn_eException);
  kn_eScriptError = defexc("ScriptError", kn_eException);
  kn_eLoadError = defexc("LoadError", kn_eScriptError);
  kn_eNotImplementedError = defexc("NotImplementedError", kn_eScriptError);
  kn_eSyntaxError = defexc("SyntaxError", kn_eScriptError);
  kn_eSecurityError = defexc("SecurityError", kn_eException);
  kn_eSignalException = defexc("SignalException", kn_eException);
  kn_eInterrupt = defexc("Interrupt", kn_eSignalException);
  kn_eSystemExit = defexc("SystemExit", kn_eException);
  kn_define_method(kn_eSystemExit, "initialize", exit_initialize, 0, 2);
  kn_define_method(kn_eSystemExit, "status", exc_aux1, 0, 0);
  kn_define_method(kn_eSystemExit, "success?", exit_success_p, 0, 0);
  kn_eSystemStackError = defexc("SystemStackError", kn_eException);

  kn_eStandardError = defexc("StandardError", kn_eException);
  kn_eArgumentError = defexc("ArgumentError", kn_eStandardError);
  kn_eUncaughtThrowError = defexc("UncaughtThrowError", kn_eArgumentError);
  kn_define_method(kn_eUncaughtThrowError, "initialize", uncaught_throw_initialize, 0, 3);
  kn_define_method(kn_eUncaughtThrowError, "tag", exc_aux1, 0, 0);
  kn_define_method(kn_eUncaughtThrowError, "value", exc_aux2, 0, 0);
  kn_define_method(kn_eUncaughtThrowError, "to_s", uncaught_throw_to_s, 0, 0);
  kn_eEncodingError = defexc("EncodingError", kn_eStandardError);
  kn_eFiberError = defexc("FiberError", kn_eStandardError);
  kn_eIOError = defexc("IOError", kn_eStandardError);
  kn_eEOFError = defexc("EOFError", kn_eIOError);
  kn_eIndexError = defexc("IndexError", kn_eStandardError);
  kn_eKeyError = defexc("KeyError", kn_eIndexError);
  kn_define_method(kn_eKeyError, "initialize", key_err_initialize, 0, 2);
  kn_define_method(kn_eKeyError, "key", key_err_key, 0, 0);
  kn_define_method(kn_eKeyError, "receiver", key_err_receiver, 0, 0);
  kn_define_method(kn_eKeyError, "to_s", key_err_to_s, 0, 0);
  kn_eStopIteration = defexc("StopIteration", kn_eIndexError);
  kn_define_method(kn_eStopIteration, "result", stop_iteration_result, 0, 0);
  kn_eClosedQueueError = defexc("ClosedQueueError", kn_eStopIteration);
  kn_eLocalJumpError = defexc("LocalJumpError", kn_eStandardError);
  kn_eNameError = defexc("NameError", kn_eStandardError);
  kn_define_method(kn_eNameError, "initialize", name_err_initialize, 0, 3);
  kn_define_method(kn_eNameError, "name", exc_aux1, 0, 0);
  kn_define_method(kn_eNameError, "receiver", exc_aux2, 0, 0);
  kn_define_method(kn_eNameError, "to_s", name_err_to_s, 0, 0);
  kn_eNoMethodError = defexc("NoMethodError", kn_eNameError);
  iv_args = kn_intern("__args");
  iv_private_call = kn_intern("__private_call");
  kn_define_method(kn_eNoMethodError, "initialize", nomethod_err_initialize, 0, 5);
  kn_define_method(kn_eNoMethodError, "args", nomethod_err_args, 0, 0);
  kn_define_method(kn_eNoMethodError, "private_call?", nomethod_err_private_call, 0, 0);
  kn_eRangeError = defexc("RangeError", kn_eStandardError);
  kn_eFloatDomainError = defexc("FloatDomainError", kn_eRangeError);
  kn_eRegexpError = defexc("RegexpError", kn_eStandardError);
  kn_eRuntimeError = defexc("RuntimeError", kn_eStandardError);
  kn_eFrozenError = defexc("FrozenError", kn_eRuntimeError);
  kn_define_method(kn_eFrozenError, "initialize", frozen_err_initialize, 0, 2);
  kn_define_method(kn_eFrozenError, "receiver", exc_aux2, 0, 0);
  kn_eSystemCallError = defexc("SystemCallError", kn_eStandardError);
  kn_define_method(kn_eSystemCallError, "errno", exc_aux1, 0, 0);
  kn_eThreadError = defexc("ThreadError", kn_eStandardError);
  kn_eTypeError = defexc("TypeError", kn_eStandardError);
  kn_eZeroDivisionError = defexc("ZeroDivisionError", kn_eStandardError);
  kn_eNoMatchingPatternError = defexc("NoMatchingPatternError", kn_eStandardError);
  kn_eNoMatchingPatternKeyError = defexc("NoMatchingPatternKeyError", kn_eNoMatchingPatternError);
  kn_define_method(kn_eNoMatchingPatternKeyError, "initialize", nmpke_initialize, 0, 2);
  kn_define_method(kn_eNoMatchingPatternKeyError, "key", nmpke_key, 0, 0);
  kn_define_method(kn_eNoMatchingPatternKeyError, "matchee", nmpke_matchee, 0, 0);

  kn_mErrno = kn_define_module(kn_cObject, "Errno");
  kn_eErrno_ENOENT = deferrno("ENOENT", 2);
  kn_eErrno_EACCES = deferrno("EACCES", 13);
  kn_eErrno_EEXIST = deferrno("EEXIST", 17);
  kn_eErrno_ENOTDIR = deferrno("ENOTDIR", 20);
  kn_eErrno_EISDIR = deferrno("EISDIR", 21);
  kn_eErrno_EINVAL = deferrno("EINVAL", 22);
  kn_eErrno_EPIPE = deferrno("EPIPE", 32);
  kn_value edom = deferrno("EDOM", 33); /* Random and Math raise it by name */
  for (kn_value *e = (kn_value[]){kn_eErrno_ENOENT, kn_eErrno_EACCES, kn_eErrno_EEXIST, kn_eErrno_ENOTDIR,
                                  kn_eErrno_EISDIR, kn_eErrno_EINVAL, kn_eErrno_EPIPE, edom, 0};
       *e; e++)
    kn_define_method(*e, "initialize", syserr_initialize, 0, 1);

  kn_mMath = kn_define_module(kn_cObject, "Math");
  kn_eMathDomainError = kn_define_class(kn_mMath, "DomainError", kn_eArgumentError);
}
