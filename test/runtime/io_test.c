/* io_test.c: File.binread/binwrite (ASCII-8BIT), foreach, readlines(chomp:), IO.readlines, $stdin.read and
 * STDIN.each_line (expected values recorded from ruby 3.1). */
#include "harness.h"
#include <stdio.h>
#include <unistd.h>

static const char *in_path = "/tmp/kiln_io_test.in";
static const char *bin_path = "/tmp/kiln_io_test.bin";

static kn_value chomp_kw(void) {
  kn_value h = kn_hash_new();
  kn_hash_aset(h, SYM("chomp"), KN_TRUE);
  KN_HDR(h)->flags |= KN_FL_KWARGS;
  return h;
}

static kn_value lines;
static kn_value collect(kn_value p, int argc, const kn_value *argv, kn_value b) { return kn_ary_push(lines, argv[0]); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "io_test.c");
  FILE *fp = fopen(in_path, "w");
  fputs("a\nb\xff\nc", fp);
  fclose(fp);
  kn_value in = STR(in_path);

  /* File.binread: ASCII-8BIT */
  kn_value b = CALL1(kn_cFile, "binread", in);
  CHECK_INSPECT(b, "\"a\\nb\\xFF\\nc\"");
  CHECK_INSPECT(CALL0(b, "encoding"), "#<Encoding:ASCII-8BIT>");
  CHECK_INSPECT(CALL0(CALL1(kn_cFile, "read", in), "encoding"), "#<Encoding:UTF-8>");
  CHECK_INSPECT(CALL2(kn_cFile, "binread", in, I(2)), "\"a\\n\"");
  CHECK_INSPECT(kn_send(kn_cFile, SYM("binread"), 3, (kn_value[]){in, I(2), I(1)}, KN_NIL), "\"\\nb\"");
  CHECK_RAISES(CALL1(kn_cFile, "binread", STR("/nonexist")), kn_eErrno_ENOENT,
               "No such file or directory @ rb_sysopen - /nonexist");
  /* File.binwrite */
  CHECK_INSPECT(CALL2(kn_cFile, "binwrite", STR(bin_path), kn_str_new("x\xffy", 3)), "3");
  CHECK_INSPECT(CALL1(kn_cFile, "binread", STR(bin_path)), "\"x\\xFFy\"");
  /* foreach, readlines */
  CHECK_INSPECT(CALL1(kn_cFile, "foreach", in), "#<Enumerator: File:foreach(\"/tmp/kiln_io_test.in\")>");
  CHECK_INSPECT(CALL0(CALL1(kn_cFile, "foreach", in), "to_a"), "[\"a\\n\", \"b\\xFF\\n\", \"c\"]");
  CHECK_INSPECT(CALL0(CALL2(kn_cFile, "foreach", in, chomp_kw()), "to_a"), "[\"a\", \"b\\xFF\", \"c\"]");
  lines = kn_ary_new(0);
  CHECK_INSPECT(kn_send(kn_cFile, SYM("foreach"), 1, &in, kn_proc_new(collect, KN_NIL, NULL, 1, false)), "nil");
  CHECK_INSPECT(lines, "[\"a\\n\", \"b\\xFF\\n\", \"c\"]");
  CHECK_INSPECT(CALL2(kn_cFile, "readlines", in, chomp_kw()), "[\"a\", \"b\\xFF\", \"c\"]");
  CHECK_INSPECT(CALL1(kn_cIO, "readlines", in), "[\"a\\n\", \"b\\xFF\\n\", \"c\"]");
  CHECK_INSPECT(CALL1(kn_cIO, "read", in), "\"a\\nb\\xFF\\nc\"");
  CHECK_INSPECT(CALL0(CALL1(kn_cIO, "foreach", in), "first"), "\"a\\n\"");

  /* dup: its own descriptor, at the original's position (ruby: f.gets; d = f.dup; d.gets => "b\xFF\n") */
  kn_value f = CALL1(kn_cFile, "open", in);
  CHECK_INSPECT(CALL0(f, "gets"), "\"a\\n\"");
  kn_value d = CALL0(f, "dup");
  CHECK(d != f && CALL0(d, "fileno") != CALL0(f, "fileno"));
  CHECK_INSPECT(d, "#<File:/tmp/kiln_io_test.in>");
  CHECK_INSPECT(CALL0(d, "gets"), "\"b\\xFF\\n\"");
  CALL0(d, "close");
  CHECK_INSPECT(CALL0(f, "closed?"), "false");
  CALL0(f, "close");

  /* $stdin.read reads everything, then "" */
  if (!freopen(in_path, "r", stdin)) return 1;
  CHECK_INSPECT(CALL0(kn_stdin, "read"), "\"a\\nb\\xFF\\nc\"");
  CHECK_INSPECT(CALL0(kn_stdin, "read"), "\"\"");
  if (!freopen(in_path, "r", stdin)) return 1;
  CHECK_INSPECT(CALL0(CALL0(kn_const_get(kn_cObject, SYM("STDIN")), "each_line"), "to_a"), "[\"a\\n\", \"b\\xFF\\n\", \"c\"]");
  CHECK_INSPECT(CALL0(kn_stdin, "eof?"), "true");

  /* warn writes as puts does, to $stderr; nothing when $VERBOSE is nil or for category: :deprecated */
  const char *err_path = "/tmp/kiln_io_test.err";
  kn_value saved_err = kn_gvar_get(kn_intern("$stderr"));
  CHECK_INSPECT(kn_gvar_get(kn_intern("$VERBOSE")), "false");
  kn_value errf = CALL2(kn_cFile, "open", STR(err_path), STR("w"));
  kn_gvar_set(kn_intern("$stderr"), errf);
  kn_value deprecated = kn_hash_new();
  kn_hash_aset(deprecated, SYM("category"), SYM("deprecated"));
  CHECK_INSPECT(kn_send(I(0), SYM("send"), 3, (kn_value[]){SYM("warn"), STR("a"), STR("b\n")}, KN_NIL), "nil");
  kn_send(I(0), SYM("send"), 3, (kn_value[]){SYM("warn"), STR("old"), deprecated}, KN_NIL);
  kn_gvar_set(kn_intern("$VERBOSE"), KN_NIL);
  kn_send(I(0), SYM("send"), 2, (kn_value[]){SYM("warn"), STR("quiet")}, KN_NIL);
  kn_gvar_set(kn_intern("$VERBOSE"), KN_FALSE);
  CALL0(errf, "close");
  kn_gvar_set(kn_intern("$stderr"), saved_err);
  CHECK_INSPECT(CALL1(kn_cFile, "read", STR(err_path)), "\"a\\nb\\n\"");
  unlink(err_path);
  unlink(in_path);
  unlink(bin_path);
  return kn_test_finish();
}
