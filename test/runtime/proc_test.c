/* proc_test.c: Proc calls, lambda arity, block parameter spreading, Symbol#to_proc. */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})

static kn_value add2(kn_value p, int argc, const kn_value *argv, kn_value b) {
  kn_value v[2];
  kn_block_params(argc, argv, 2, v);
  return ARY(v[0], v[1]);
}
static kn_value self_of(kn_value p, int argc, const kn_value *argv, kn_value b) { return KN_PROC(p)->self; }

/* def m; proc { return 1 }; end: a proc whose return targets m's kn_jump.  The jump sits below a big
 * buffer so a later protected region does not land on the same (dead) address. */
static kn_value do_return(kn_value p, int argc, const kn_value *argv, kn_value b) { kn_proc_return(p, I(1)); }
static kn_value do_break(kn_value p, int argc, const kn_value *argv, kn_value b) { kn_break(p, I(2)); }
__attribute__((noinline)) static kn_value make_escaping(kn_block_fn fn, bool brk) {
  volatile char pad[4096];
  pad[0] = 1;
  kn_jump j;
  kn_value pr = kn_proc_new(fn, KN_NIL, NULL, 0, false);
  if (KN_PROTECT(j) == 0) {
    if (brk) KN_PROC(pr)->break_to = &j; /* a call site that never clears it */
    else KN_PROC(pr)->return_to = &j;
    KN_UNPROTECT(j);
  }
  (void)pad[0];
  return pr;
}
/* def n; x = proc { return 1 }; x.call; 3; end  => 1 (the target is live) */
__attribute__((noinline)) static kn_value live_return(void) {
  kn_jump j;
  kn_value pr = kn_proc_new(do_return, KN_NIL, NULL, 0, false);
  if (KN_PROTECT(j) == 0) {
    KN_PROC(pr)->return_to = &j;
    kn_proc_call(pr, 0, NULL, KN_NIL);
    KN_UNPROTECT(j);
    return I(3);
  }
  return j.kind == KN_JUMP_RETURN && j.target == &j ? j.value : KN_UNDEF;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "proc_test.c");
  kn_value pr = kn_proc_new(add2, KN_NIL, NULL, 2, false);
  kn_value la = kn_proc_new(add2, KN_NIL, NULL, 2, true);

  /* procs spread one Array argument and pad/drop; lambdas check arity */
  CHECK_INSPECT(kn_proc_call(pr, 1, (kn_value[]){ARY(I(1), I(2), I(3))}, KN_NIL), "[1, 2]");
  CHECK_INSPECT(kn_proc_call(pr, 1, (kn_value[]){I(1)}, KN_NIL), "[1, nil]");
  CHECK_INSPECT(kn_proc_call(pr, 3, (kn_value[]){I(1), I(2), I(3)}, KN_NIL), "[1, 2]");
  CHECK_INSPECT(kn_proc_call(la, 2, (kn_value[]){I(1), I(2)}, KN_NIL), "[1, 2]");
  CHECK_RAISES(kn_proc_call(la, 1, (kn_value[]){I(1)}, KN_NIL), kn_eArgumentError,
               "wrong number of arguments (given 1, expected 2)");
  kn_value lrest = kn_proc_new(add2, KN_NIL, NULL, -2, true);
  CHECK_RAISES(kn_proc_call(lrest, 0, NULL, KN_NIL), kn_eArgumentError, "wrong number of arguments (given 0, expected 1+)");
  CHECK_RAISES(kn_yield(KN_NIL, 0, NULL), kn_eLocalJumpError, "no block given (yield)");

  kn_value out[3];
  kn_block_params(1, (kn_value[]){ARY(I(7))}, 3, out);
  CHECK(out[0] == I(7) && out[1] == KN_NIL && out[2] == KN_NIL);
  kn_block_params(1, (kn_value[]){ARY(I(7), I(8))}, 1, out);
  CHECK_INSPECT(out[0], "[7, 8]");

  /* Proc methods */
  CHECK_INSPECT(CALL2(pr, "call", I(1), I(2)), "[1, 2]");
  CHECK_INSPECT(CALL2(pr, "[]", I(1), I(2)), "[1, 2]");
  CHECK_INSPECT(CALL0(pr, "lambda?"), "false");
  CHECK_INSPECT(CALL0(la, "lambda?"), "true");
  CHECK_INSPECT(CALL0(la, "arity"), "2");
  kn_value cur = CALL0(la, "curry");
  CHECK_INSPECT(CALL1(CALL1(cur, "call", I(1)), "call", I(2)), "[1, 2]");
  kn_value withself = kn_proc_new(self_of, I(42), NULL, 0, false);
  CHECK_INSPECT(CALL0(withself, "call"), "42");

  /* Symbol#to_proc: cached, a lambda, calls the method on its first argument */
  kn_value sp = kn_to_proc(SYM("upcase"));
  CHECK(sp == kn_to_proc(SYM("upcase")));
  CHECK_INSPECT(CALL0(sp, "lambda?"), "true");
  CHECK_INSPECT(kn_yield1(sp, kn_str_cstr("ab")), "\"AB\"");
  CHECK_INSPECT(kn_send(ARY(ARY(I(1), I(2)), ARY(I(3))), SYM("map"), 0, NULL, kn_to_proc(SYM("first"))), "[1, 3]");
  CHECK_RAISES(kn_proc_call(sp, 0, NULL, KN_NIL), kn_eArgumentError, "no receiver given");
  CHECK(kn_to_proc(KN_NIL) == KN_NIL);
  CHECK(kn_to_proc(pr) == pr);
  CHECK_RAISES(kn_to_proc(I(1)), kn_eTypeError, "wrong argument type Integer (expected Proc)");

  /* return/break from a proc whose method or call site has returned: LocalJumpError (ruby 3.1) */
  CHECK_INSPECT(live_return(), "1");
  kn_value esc = make_escaping(do_return, false);
  CHECK_RAISES(kn_proc_call(esc, 0, NULL, KN_NIL), kn_eLocalJumpError, "unexpected return");
  kn_value escb = make_escaping(do_break, true);
  CHECK_RAISES(kn_proc_call(escb, 0, NULL, KN_NIL), kn_eLocalJumpError, "break from proc-closure");
  /* f = lambda { |x| return x + 1 }; f.call(1) => 2: return leaves the lambda (ruby 3.1) */
  kn_value lr = kn_proc_new(do_return, KN_NIL, NULL, 0, true);
  CHECK_INSPECT(kn_proc_call(lr, 0, NULL, KN_NIL), "1");
  CHECK_INSPECT(CALL0(lr, "call"), "1");
  CHECK_INSPECT(kn_yield(lr, 0, NULL), "1");
  CHECK(KN_PROC(lr)->return_to == NULL);
  return kn_test_finish();
}
