/* kernel_test.c: puts/print/p output, conversions, rand/srand sequences, File round trips (expected values recorded from ruby 3.1). */
#include "harness.h"
#include <stdlib.h>
#include <unistd.h>

static const char *tmp_path = "/tmp/kiln_kernel_test.out";

/* Runs fn with $stdout redirected to a file; returns what it wrote. */
static kn_value capture(void (*fn)(void)) {
  kn_value saved = kn_gvar_get(SYM("$stdout"));
  kn_value f = kn_send(kn_cFile, SYM("open"), 2, (kn_value[]){STR(tmp_path), STR("w")}, KN_NIL);
  kn_gvar_set(SYM("$stdout"), f);
  fn();
  kn_gvar_set(SYM("$stdout"), saved);
  CALL0(f, "close");
  return kn_send(kn_cFile, SYM("read"), 1, (kn_value[]){STR(tmp_path)}, KN_NIL);
}

static kn_value p_result;
static void do_puts(void) {
  kn_value inner = kn_ary_new_from(2, (kn_value[]){KN_NIL, I(3)});
  KCALL("puts", kn_ary_new_from(2, (kn_value[]){I(1), kn_ary_new_from(2, (kn_value[]){I(2), inner})}), KN_NIL);
  kn_send_self(kn_top_self, SYM("puts"), 0, NULL, KN_NIL);
  KCALL("print", STR("a"), I(1), KN_NIL, SYM("b"), STR("\n"));
  p_result = KCALL("p", I(1), I(2));
  KCALL("puts", STR("x\n"), STR(""), kn_ary_new(0));
  KCALL("printf", STR("%05.1f|%s\n"), F(3.14159), SYM("z"));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "kernel_test.c");
  /* ruby -e 'puts [1, [2, [nil, 3]]], nil; puts; print "a", 1, nil, :b, "\n"; x = p 1, 2; puts "x\n", "", []; printf(...)'
   (an empty Array prints nothing) */
  CHECK_STR(capture(do_puts), "1\n2\n\n3\n\n\na1b\n1\n2\nx\n\n003.1|z\n");
  CHECK_INSPECT(p_result, "[1, 2]");
  CHECK_INSPECT(kn_send_self(kn_top_self, SYM("p"), 0, NULL, KN_NIL), "nil");

  /* conversions */
  CHECK_INSPECT(KCALL("Integer", STR("0x1A")), "26");
  CHECK_INSPECT(KCALL("Integer", STR(" 12 ")), "12");
  CHECK_INSPECT(KCALL("Integer", STR("0b101")), "5");
  CHECK_INSPECT(KCALL("Integer", STR("  0o17 ")), "15");
  CHECK_INSPECT(KCALL("Integer", STR("-0x1f")), "-31");
  CHECK_INSPECT(KCALL("Integer", STR("010")), "8");
  CHECK_INSPECT(KCALL("Integer", STR("12"), I(8)), "10");
  CHECK_INSPECT(KCALL("Integer", F(3.99)), "3");
  CHECK_INSPECT(KCALL("Integer", STR("1_000")), "1000");
  CHECK_INSPECT(KCALL("Integer", STR("123456789012345678901234567890")), "123456789012345678901234567890");
  CHECK_RAISES(KCALL("Integer", STR("abc")), kn_eArgumentError, "invalid value for Integer(): \"abc\"");
  CHECK_RAISES(KCALL("Integer", STR("08")), kn_eArgumentError, "invalid value for Integer(): \"08\"");
  CHECK_RAISES(KCALL("Integer", STR("1__0")), kn_eArgumentError, "invalid value for Integer(): \"1__0\"");
  CHECK_RAISES(KCALL("Integer", KN_NIL), kn_eTypeError, "can't convert nil into Integer");
  CHECK_RAISES(KCALL("Integer", F(0.0 / 0.0)), kn_eFloatDomainError, "NaN");
  CHECK_INSPECT(KCALL("Float", STR("1_000.5")), "1000.5");
  CHECK_INSPECT(KCALL("Float", STR(" 1e3 ")), "1000.0");
  CHECK_INSPECT(KCALL("Float", STR("0x1A")), "26.0");
  CHECK_INSPECT(KCALL("Float", STR(".5")), "0.5");
  CHECK_INSPECT(KCALL("Float", STR("-.5")), "-0.5");
  CHECK_INSPECT(KCALL("Float", I(3)), "3.0");
  CHECK_RAISES(KCALL("Float", STR("1.")), kn_eArgumentError, "invalid value for Float(): \"1.\"");
  CHECK_RAISES(KCALL("Float", STR("")), kn_eArgumentError, "invalid value for Float(): \"\"");
  CHECK_RAISES(KCALL("Float", STR("1e")), kn_eArgumentError, "invalid value for Float(): \"1e\"");
  CHECK_RAISES(KCALL("Float", STR("_1")), kn_eArgumentError, "invalid value for Float(): \"_1\"");
  CHECK_RAISES(KCALL("Float", KN_NIL), kn_eTypeError, "can't convert nil into Float");
  CHECK_INSPECT(KCALL("String", I(12)), "\"12\"");
  CHECK_INSPECT(KCALL("Array", KN_NIL), "[]");
  CHECK_INSPECT(KCALL("Array", I(1)), "[1]");

  /* rand: ruby -e 'srand(42); p [rand(100), rand(100), rand(100), rand(1000000), rand]' etc. */
  KCALL("srand", I(42));
  CHECK_INSPECT(kn_ary_new_from(5, (kn_value[]){KCALL("rand", I(100)), KCALL("rand", I(100)), KCALL("rand", I(100)),
                                                KCALL("rand", I(1000000)), kn_send_self(kn_top_self, SYM("rand"), 0, NULL, KN_NIL)}),
                "[51, 92, 14, 259178, 0.7796910002727693]");
  KCALL("srand", kn_int_pow(I(2), I(40)));
  CHECK_INSPECT(KCALL("rand", I(10)), "1");
  KCALL("srand", I(0));
  CHECK_INSPECT(KCALL("rand", I(6)), "4");
  KCALL("srand", I(1));
  CHECK_INSPECT(KCALL("rand", kn_range_new(I(1), I(6), false)), "6");
  CHECK_INSPECT(KCALL("rand", F(2.5)), "1");

  /* File */
  CHECK_INSPECT(kn_send(kn_cFile, SYM("write"), 2, (kn_value[]){STR(tmp_path), STR("hello\nworld\n")}, KN_NIL), "12");
  CHECK_INSPECT(CALL1(kn_cFile, "readlines", STR(tmp_path)), "[\"hello\\n\", \"world\\n\"]");
  kn_value chomp = kn_hash_new();
  kn_hash_aset(chomp, SYM("chomp"), KN_TRUE);
  CHECK_INSPECT(CALL2(kn_cFile, "readlines", STR(tmp_path), chomp), "[\"hello\", \"world\"]");
  CHECK_INSPECT(CALL1(kn_cFile, "exist?", STR(tmp_path)), "true");
  CHECK_RAISES(CALL1(kn_cFile, "read", STR("/nonexist")), kn_eErrno_ENOENT, "No such file or directory @ rb_sysopen - /nonexist");
  CHECK_RAISES(CALL1(kn_cFile, "read", STR("/tmp")), kn_eErrno_EISDIR, "Is a directory @ io_fread - /tmp");
  CHECK_INSPECT(CALL2(kn_cFile, "basename", STR("/a/b.rb"), STR(".rb")), "\"b\"");
  CHECK_INSPECT(CALL2(kn_cFile, "basename", STR("/a/b.rb"), STR(".*")), "\"b\"");
  CHECK_INSPECT(CALL1(kn_cFile, "basename", STR("/")), "\"/\"");
  CHECK_INSPECT(CALL1(kn_cFile, "dirname", STR("/a/b/c")), "\"/a/b\"");
  CHECK_INSPECT(CALL1(kn_cFile, "dirname", STR("a")), "\".\"");
  CHECK_INSPECT(CALL1(kn_cFile, "dirname", STR("/a")), "\"/\"");
  CHECK_INSPECT(kn_send(kn_cFile, SYM("join"), 3, (kn_value[]){STR("a"), STR("/b"), STR("c/")}, KN_NIL), "\"a/b/c/\"");
  CHECK_INSPECT(CALL2(kn_cFile, "expand_path", STR("x"), STR("/a/b")), "\"/a/b/x\"");
  CHECK_INSPECT(CALL2(kn_cFile, "expand_path", STR("../x"), STR("/a/b")), "\"/a/x\"");
  CHECK_INSPECT(CALL1(kn_cFile, "extname", STR("a.tar.gz")), "\".gz\"");
  kn_value f = kn_send(kn_cFile, SYM("open"), 1, (kn_value[]){STR(tmp_path)}, KN_NIL);
  CHECK_INSPECT(f, "#<File:/tmp/kiln_kernel_test.out>");
  CHECK_RAISES(CALL1(f, "write", STR("x")), kn_eIOError, "not opened for writing");
  CHECK_INSPECT(CALL0(f, "gets"), "\"hello\\n\"");
  CALL0(f, "close");
  CHECK_RAISES(CALL0(f, "read"), kn_eIOError, "closed stream");
  CHECK_INSPECT(kn_gvar_get(SYM("$stdout")), "#<IO:<STDOUT>>");
  CHECK_INSPECT(kn_const_get(kn_cObject, SYM("STDERR")), "#<IO:<STDERR>>");
  unlink(tmp_path);
  return kn_test_finish();
}
