/* exception_test.c: raise and the jump protocol, backtraces, the uncaught-exception report, NameError messages (expected text recorded from ruby 3.1). */
#include "harness.h"
#include <sys/wait.h>
#include <unistd.h>

#define ARGS kn_value self, int argc, const kn_value *argv, kn_value blk

static kn_value full(kn_value e) { return kn_send(e, SYM("full_message"), 0, NULL, KN_NIL); }

/* Runs fn under a protected region; returns what was raised (or nil). */
static kn_value rescue(void (*fn)(void)) {
  kn_jump j;
  kn_frame *f = kn_current_frame;
  if (KN_PROTECT(j) == 0) {
    fn();
    KN_UNPROTECT(j);
    return KN_NIL;
  }
  kn_current_frame = f;
  KN_ASSERT(j.kind == KN_JUMP_RAISE, "expected a raise");
  return j.value;
}

/* t.rb: def foo; raise "boom"; end (line 3), foo called from <main> line 6 */
static void foo_raises(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "foo", "t.rb", 3);
  kn_raise_fmt(kn_eRuntimeError, "boom");
}
static void main_calls_foo(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "t.rb", 6);
  foo_raises();
}

static kn_value raise_msg;
static kn_value raise_class;
static void raise_with_msg(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "t.rb", 1);
  kn_raise(kn_exc_new(raise_class, raise_msg));
}

static void cause_chain(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "-e", 1);
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    kn_raise_fmt(kn_eRuntimeError, "a");
  }
  kn_set_errinfo(j.value);
  kn_frame r;
  KN_FRAME_PUSH(r, "rescue in <main>", "-e", 1);
  kn_raise_fmt(kn_eTypeError, "b");
}

static void recurse(int n) __attribute__((noinline));
static volatile int recurse_forever = 1;
static void recurse(int n) {
  kn_frame f;
  KN_FRAME_PUSH(f, "f", "-e", 1);
  if (recurse_forever) recurse(n + 1);
  KN_FRAME_POP(f);
}
static void overflow(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "-e", 1);
  recurse(0);
}

static void call_kernel_raise(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "-e", 7);
  KCALL("raise", kn_eArgumentError, STR("bad"));
}

static void call_integer(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "-e", 2);
  KCALL("Integer", STR("abc"));
}

static kn_value stop_block(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  kn_value n = kn_ivar_get(kn_top_self, SYM("@n"));
  if (n == I(3)) kn_raise(kn_exc_new(kn_eStopIteration, STR("done")));
  kn_ivar_set(kn_top_self, SYM("@n"), kn_op_plus(n, I(1)));
  return KN_NIL;
}

static kn_value throw_block(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  KCALL("throw", argv[0], I(42));
  return I(0);
}

/* A break from a block returns from the call the block was given to. */
static kn_value break_block(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  if (argv[0] == I(2)) kn_break(proc, SYM("broke"));
  return KN_NIL;
}
static kn_value call_with_break(void) {
  kn_value blk = kn_proc_new(break_block, KN_NIL, NULL, 1, false);
  kn_jump j;
  if (KN_PROTECT(j) == 0) {
    KN_PROC(blk)->break_to = &j;
    kn_value r = kn_send(I(5), SYM("times"), 0, NULL, blk);
    KN_UNPROTECT(j);
    KN_PROC(blk)->break_to = NULL;
    return r;
  }
  KN_PROC(blk)->break_to = NULL;
  if (j.kind == KN_JUMP_BREAK && j.target == &j) return j.value;
  kn_rethrow(&j);
}

/* ---- kn_main in a child process: stderr and the exit status ---- */

static kn_value body_raises(void) {
  kn_frame f; /* on the stack: a push checks the stack limit against its address */
  KN_FRAME_PUSH(f, "<main>", "t.rb", 6);
  foo_raises();
  return KN_NIL;
}
static kn_value body_exits(void) {
  KCALL("exit", I(3));
  return KN_NIL;
}
static kn_value at_exit_block(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  kn_io_write_stderr("ae\n", 3);
  return KN_NIL;
}
static kn_value body_at_exit(void) {
  kn_frame f;
  KN_FRAME_PUSH(f, "<main>", "t.rb", 1);
  kn_send_self(kn_top_self, SYM("at_exit"), 0, NULL, kn_proc_new(at_exit_block, KN_NIL, NULL, 0, false));
  kn_raise_fmt(kn_eRuntimeError, "x");
}

static int run_child(kn_value (*body)(void), char *err, size_t errsize) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    _exit(kn_main(body));
  }
  close(fds[1]);
  size_t n = 0;
  ssize_t r;
  while (n + 1 < errsize && (r = read(fds[0], err + n, errsize - 1 - n)) > 0) n += (size_t)r;
  err[n] = 0;
  close(fds[0]);
  int st;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static kn_value mm_method(ARGS) { return kn_ary_new_from(argc, argv); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "exception_test.c");

  kn_value e = rescue(main_calls_foo);
  CHECK(kn_real_class(e) == kn_eRuntimeError);
  CHECK_STR(full(e), "t.rb:3:in `foo': boom (RuntimeError)\n\tfrom t.rb:6:in `<main>'\n");
  CHECK_INSPECT(CALL0(e, "backtrace"), "[\"t.rb:3:in `foo'\", \"t.rb:6:in `<main>'\"]");
  CHECK_INSPECT(e, "#<RuntimeError: boom>");
  CHECK_STR(CALL0(e, "message"), "boom");

  /* message layouts, recorded from ruby -e 'raise ...' */
  struct { kn_value *klass; const char *msg, *want; } forms[] = {
      {&kn_eRuntimeError, "", "t.rb:1:in `<main>': unhandled exception\n"},
      {&kn_eArgumentError, "", "t.rb:1:in `<main>': ArgumentError\n"},
      {&kn_eRuntimeError, "a\nb\nc", "t.rb:1:in `<main>': a (RuntimeError)\nb\nc\n"},
      {&kn_eRuntimeError, "a\n", "t.rb:1:in `<main>': a (RuntimeError)\n"},
      {&kn_eRuntimeError, "a\n\n", "t.rb:1:in `<main>': a (RuntimeError)\n\n"},
      {&kn_eRuntimeError, "\nb", "t.rb:1:in `<main>':  (RuntimeError)\nb\n"},
  };
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    raise_class = *forms[i].klass;
    raise_msg = STR(forms[i].msg);
    CHECK_STR(full(rescue(raise_with_msg)), forms[i].want);
  }
  raise_class = kn_class_new(kn_eStandardError);
  raise_msg = STR("anon");
  CHECK_STR(full(rescue(raise_with_msg)), "t.rb:1:in `<main>': anon\n");
  raise_class = kn_eArgumentError;
  raise_msg = KN_UNDEF;
  CHECK_STR(full(rescue(raise_with_msg)), "t.rb:1:in `<main>': ArgumentError (ArgumentError)\n");

  /* cause: ruby -e 'begin; raise "a"; rescue => e; raise TypeError, "b"; end' */
  e = rescue(cause_chain);
  kn_set_errinfo(KN_NIL);
  CHECK_STR(full(e), "-e:1:in `rescue in <main>': b (TypeError)\n\tfrom -e:1:in `<main>'\n-e:1:in `<main>': a (RuntimeError)\n");
  CHECK_INSPECT(CALL0(e, "cause"), "#<RuntimeError: a>");

  /* Kernel#raise starts the backtrace at its caller; cfuncs get frames */
  e = rescue(call_kernel_raise);
  CHECK_STR(full(e), "-e:7:in `<main>': bad (ArgumentError)\n");
  e = rescue(call_integer);
  CHECK_STR(full(e), "-e:2:in `Integer': invalid value for Integer(): \"abc\" (ArgumentError)\n\tfrom -e:2:in `<main>'\n");

  /* SystemStackError, with ruby's elided report */
  e = rescue(overflow);
  CHECK(kn_real_class(e) == kn_eSystemStackError);
  CHECK_STR(CALL0(e, "message"), "stack level too deep");
  kn_value rep = full(e);
  CHECK(strstr(KN_STR(rep)->ptr, "-e:1:in `f': stack level too deep (SystemStackError)\n\tfrom -e:1:in `f'\n") == KN_STR(rep)->ptr);
  CHECK(strstr(KN_STR(rep)->ptr, " levels...\n\tfrom -e:1:in `f'\n\tfrom -e:1:in `f'\n\tfrom -e:1:in `f'\n\tfrom -e:1:in `<main>'\n") != NULL);

  /* Exception basics */
  CHECK_INSPECT(kn_exc_new(kn_eRuntimeError, STR("")), "RuntimeError");
  CHECK_INSPECT(kn_exc_new(kn_eRuntimeError, KN_UNDEF), "#<RuntimeError: RuntimeError>");
  CHECK_STR(CALL0(kn_exc_new(kn_eException, KN_NIL), "message"), "Exception");
  CHECK(KN_TEST(CALL1(kn_exc_new(kn_eRuntimeError, STR("x")), "==", kn_exc_new(kn_eRuntimeError, STR("x")))));
  CHECK(kn_exc_match(kn_exc_new(kn_eKeyError, STR("x")), kn_eIndexError));
  CHECK(!kn_exc_match(kn_exc_new(kn_eKeyError, STR("x")), kn_eArgumentError));
  CHECK_INSPECT(CALL0(kn_eZeroDivisionError, "superclass"), "StandardError");
  CHECK_INSPECT(CALL0(kn_eFrozenError, "superclass"), "RuntimeError");
  CHECK_INSPECT(CALL0(kn_eStopIteration, "superclass"), "IndexError");
  CHECK_INSPECT(CALL0(kn_eSystemExit, "superclass"), "Exception");
  CHECK_INSPECT(CALL0(kn_eNotImplementedError, "superclass"), "ScriptError");
  CHECK_INSPECT(CALL0(kn_eErrno_ENOENT, "superclass"), "SystemCallError");
  CHECK_INSPECT(kn_eErrno_ENOENT, "Errno::ENOENT");
  CHECK_INSPECT(kn_eMathDomainError, "Math::DomainError");
  CHECK_STR(CALL0(kn_exc_new(kn_eErrno_ENOENT, STR("x")), "message"), "No such file or directory - x");

  /* NameError messages (ruby 3.1; did_you_mean adds a line for close names) */
  CHECK_RAISES(CALL0(KN_NIL, "foo"), kn_eNoMethodError, "undefined method `foo' for nil:NilClass");
  CHECK_RAISES(CALL0(I(1), "foo"), kn_eNoMethodError, "undefined method `foo' for 1:Integer\nDid you mean?  floor");
  CHECK_RAISES(CALL0(STR("abc"), "foo"), kn_eNoMethodError, "undefined method `foo' for \"abc\":String");
  CHECK_RAISES(CALL0(SYM("sym"), "foo"), kn_eNoMethodError, "undefined method `foo' for :sym:Symbol");
  CHECK_RAISES(CALL0(F(1.5), "foo"), kn_eNoMethodError, "undefined method `foo' for 1.5:Float\nDid you mean?  floor");
  CHECK_RAISES(CALL0(KN_TRUE, "foo"), kn_eNoMethodError, "undefined method `foo' for true:TrueClass");
  CHECK_RAISES(CALL0(kn_mComparable, "foo"), kn_eNoMethodError, "undefined method `foo' for Comparable:Module");
  CHECK_RAISES(CALL0(kn_cString, "foo"), kn_eNoMethodError, "undefined method `foo' for String:Class");
  CHECK_RAISES(kn_send_vcall(NULL, kn_top_self, SYM("xyz")), kn_eNameError, "undefined local variable or method `xyz' for main:Object");
  CHECK_RAISES(kn_send_self(kn_top_self, SYM("xyz"), 1, (kn_value[]){I(1)}, KN_NIL), kn_eNoMethodError, "undefined method `xyz' for main:Object");
  CHECK_RAISES(CALL0(kn_top_self, "puts"), kn_eNoMethodError, "private method `puts' called for main:Object");
  CHECK_RAISES(kn_const_get(kn_cString, SYM("BAR")), kn_eNameError, "uninitialized constant String::BAR");
  CHECK_RAISES(kn_const_lookup(0, NULL, SYM("BAZ")), kn_eNameError, "uninitialized constant BAZ");
  CHECK_RAISES(kn_class_new_instance(kn_cObject, 1, (kn_value[]){I(1)}, KN_NIL), kn_eArgumentError, "wrong number of arguments (given 1, expected 0)");
  CHECK_RAISES(kn_send(kn_mKernel, SYM("Integer"), 0, NULL, KN_NIL), kn_eArgumentError, "wrong number of arguments (given 0, expected 1..3)");
  CHECK_RAISES(KCALL("raise", kn_eArgumentError), kn_eArgumentError, "ArgumentError");
  CHECK_RAISES(KCALL("raise", STR("x")), kn_eRuntimeError, "x");
  CHECK_RAISES(KCALL("raise", I(1)), kn_eTypeError, "exception class/object expected");
  CHECK_RAISES(KCALL("throw", SYM("x")), kn_eUncaughtThrowError, "uncaught throw :x");
  CHECK_RAISES(KCALL("require", STR("foo")), kn_eLoadError, "cannot load such file -- foo");
  CHECK_RAISES(kn_ivar_set(kn_obj_freeze(STR("a")), SYM("@a"), I(1)), kn_eFrozenError, "can't modify frozen String: \"a\"");

  /* method_missing defined by the program */
  kn_value mmc = kn_define_class(kn_cObject, "MM", KN_NIL);
  kn_define_method_sym(mmc, SYM("method_missing"), mm_method, 1, -1, KN_PRIVATE);
  CHECK_INSPECT(CALL1(kn_class_new_instance(mmc, 0, NULL, KN_NIL), "zork", I(1)), "[:zork, 1]");

  /* loop rescues StopIteration and returns its result; catch/throw; break */
  kn_ivar_set(kn_top_self, SYM("@n"), I(0));
  CHECK_INSPECT(kn_send_self(kn_top_self, SYM("loop"), 0, NULL, kn_proc_new(stop_block, KN_NIL, NULL, 0, false)), "nil");
  CHECK_INSPECT(kn_ivar_get(kn_top_self, SYM("@n")), "3");
  CHECK_INSPECT(kn_send_self(kn_top_self, SYM("catch"), 1, (kn_value[]){SYM("t")}, kn_proc_new(throw_block, KN_NIL, NULL, 1, false)), "42");
  CHECK_INSPECT(call_with_break(), ":broke");
  CHECK(kn_current_jump == NULL);

  /* NoMatchingPatternKeyError.new("y", matchee: {a: 1}, key: :b): key :b; without them key raises */
  kn_value opts = kn_hash_new();
  kn_hash_aset(opts, SYM("matchee"), I(1));
  kn_hash_aset(opts, SYM("key"), SYM("b"));
  kn_value nk = CALL2(kn_eNoMatchingPatternKeyError, "new", STR("y"), opts);
  CHECK_INSPECT(CALL0(nk, "key"), ":b");
  CHECK_INSPECT(CALL0(nk, "matchee"), "1");
  CHECK_RAISES(CALL0(CALL1(kn_eNoMatchingPatternKeyError, "new", STR("x")), "key"), kn_eArgumentError, "no key is available");
  kn_value ke = kn_key_error_new(STR("key not found: :b"), opts, SYM("b"));
  CHECK_INSPECT(CALL0(ke, "key"), ":b");
  CHECK(CALL0(ke, "receiver") == opts);

  /* kn_main: report on stderr, exit status; SystemExit silent; at_exit first */
  char err[4096];
  CHECK(run_child(body_raises, err, sizeof err) == 1);
  CHECK(strcmp(err, "t.rb:3:in `foo': boom (RuntimeError)\n\tfrom t.rb:6:in `<main>'\n") == 0);
  CHECK(run_child(body_exits, err, sizeof err) == 3);
  CHECK(strcmp(err, "") == 0);
  CHECK(run_child(body_at_exit, err, sizeof err) == 1);
  CHECK(strcmp(err, "ae\nt.rb:1:in `<main>': x (RuntimeError)\n") == 0);
  return kn_test_finish();
}
