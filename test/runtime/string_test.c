/* string_test.c: String and Symbol methods against ruby 3.1's results. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define CALLN(recv, name, n, ...) kn_send((recv), SYM(name), (n), (kn_value[]){__VA_ARGS__}, KN_NIL)

static kn_value upcase_blk(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  return CALL0(argv[0], "upcase");
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "string_test.c");

  /* inspect: Ruby's escapes, UTF-8 printed as is */
  CHECK_INSPECT(S("a\nb\t\x1b\"\\#{x}#$y#@z#a"), "\"a\\nb\\t\\e\\\"\\\\\\#{x}\\#$y\\#@z#a\"");
  CHECK_INSPECT(S("\x00\x01\x7f"), "\"\\u0000\\u0001\\u007F\"");
  CHECK_INSPECT(S("é日本\xff"), "\"é日本\\xFF\"");
  CHECK_INSPECT(S("\u2028"), "\"\\u2028\"");
  CHECK_INSPECT(CALL0(S("é"), "b"), "\"\\xC3\\xA9\"");
  CHECK_STR(CALL0(S("é\x00\n"), "dump"), "\"\\u00E9\\x00\\n\"");

  /* length and char indexing */
  CHECK_INSPECT(CALL0(S("héllo"), "length"), "5");
  CHECK_INSPECT(CALL0(S("héllo"), "bytesize"), "6");
  CHECK_INSPECT(CALL1(S("héllo"), "[]", I(1)), "\"é\"");
  CHECK_INSPECT(CALL2(S("héllo"), "[]", I(1), I(3)), "\"éll\"");
  CHECK_INSPECT(CALL1(S("héllo"), "[]", kn_range_new(I(-3), KN_NIL, false)), "\"llo\"");
  CHECK_INSPECT(CALL1(S("abc"), "[]", I(3)), "nil");
  CHECK_INSPECT(CALL2(S("abc"), "[]", I(3), I(1)), "\"\"");
  CHECK_INSPECT(CALL2(S("abc"), "[]", I(4), I(1)), "nil");
  CHECK_INSPECT(CALL1(S("abc"), "[]", S("bc")), "\"bc\"");
  CHECK_INSPECT(CALL0(S("héllo"), "reverse"), "\"olléh\"");
  CHECK_INSPECT(CALL0(S("héllo"), "chars"), "[\"h\", \"é\", \"l\", \"l\", \"o\"]");
  CHECK_INSPECT(CALL1(S("héllo"), "index", S("l")), "2");
  CHECK_INSPECT(CALL1(S("héllo"), "rindex", S("l")), "3");
  CHECK_INSPECT(CALL0(S("ab"), "bytes"), "[97, 98]");
  CHECK_INSPECT(CALL0(S("é"), "ord"), "233");

  /* []= and its errors */
  kn_value s = S("abc");
  CALL2(s, "[]=", I(1), S("XY"));
  CHECK_INSPECT(s, "\"aXYc\"");
  CHECK_RAISES(CALL2(S("abc"), "[]=", I(10), S("x")), kn_eIndexError, "index 10 out of string");
  CHECK_RAISES(CALL2(S("abc"), "[]=", S("z"), S("x")), kn_eIndexError, "string not matched");

  /* frozen */
  kn_value fz = kn_obj_freeze(S("abc"));
  CHECK_RAISES(kn_str_concat(fz, S("x")), kn_eFrozenError, "can't modify frozen String: \"abc\"");
  CHECK_RAISES(CALL0(fz, "upcase!"), kn_eFrozenError, "can't modify frozen String: \"abc\"");

  /* conversions and errors */
  CHECK_RAISES(kn_str_plus(S("abc"), I(1)), kn_eTypeError, "no implicit conversion of Integer into String");
  CHECK_RAISES(kn_str_concat(S("abc"), KN_NIL), kn_eTypeError, "no implicit conversion of nil into String");
  CHECK_RAISES(CALL1(S("abc"), "*", I(-1)), kn_eArgumentError, "negative argument");
  CHECK_RAISES(CALL2(S("abc"), "center", I(10), S("")), kn_eArgumentError, "zero width padding");
  CHECK_RAISES(CALL1(S("abc"), "to_i", I(1)), kn_eArgumentError, "invalid radix 1");
  CHECK_RAISES(CALL0(S(""), "ord"), kn_eArgumentError, "empty string");
  CHECK_INSPECT(CALL1(S("ab"), "*", I(3)), "\"ababab\"");
  CHECK_INSPECT(kn_str_concat(S("a"), I(233)), "\"aé\"");

  /* split */
  CHECK_INSPECT(CALL2(S("a b  c "), "split", S(" "), I(-1)), "[\"a\", \"b\", \"c\", \"\"]");
  CHECK_INSPECT(CALL2(S(" a b "), "split", S(" "), I(2)), "[\"a\", \"b \"]");
  CHECK_INSPECT(CALL1(S("a,b,,"), "split", S(",")), "[\"a\", \"b\"]");
  CHECK_INSPECT(CALL2(S("a,b,,"), "split", S(","), I(-1)), "[\"a\", \"b\", \"\", \"\"]");
  CHECK_INSPECT(CALL1(S("abc"), "split", S("")), "[\"a\", \"b\", \"c\"]");
  CHECK_INSPECT(CALL1(S(""), "split", S(",")), "[]");
  CHECK_INSPECT(CALL2(S("a,b"), "split", S(","), I(1)), "[\"a,b\"]");
  CHECK_INSPECT(CALL0(S("  a\tb\n c  "), "split"), "[\"a\", \"b\", \"c\"]");
  CHECK_INSPECT(CALL0(S("a\nb\n\nc"), "lines"), "[\"a\\n\", \"b\\n\", \"\\n\", \"c\"]");

  /* succ */
  CHECK_INSPECT(CALL0(S("az"), "succ"), "\"ba\"");
  CHECK_INSPECT(CALL0(S("zz"), "succ"), "\"aaa\"");
  CHECK_INSPECT(CALL0(S("a9"), "succ"), "\"b0\"");
  CHECK_INSPECT(CALL0(S("Zz"), "succ"), "\"AAa\"");
  CHECK_INSPECT(CALL0(S("a-9"), "succ"), "\"a-10\"");
  CHECK_INSPECT(CALL0(S("1.9"), "succ"), "\"2.0\"");
  CHECK_INSPECT(CALL0(S("zz99"), "succ"), "\"aaa00\"");
  CHECK_INSPECT(CALL0(S(""), "succ"), "\"\"");

  /* numbers */
  CHECK_INSPECT(CALL0(S(" 0x1A"), "hex"), "26");
  CHECK_INSPECT(CALL1(S("-0b101"), "to_i", I(0)), "-5");
  CHECK_INSPECT(CALL0(S("0o17"), "oct"), "15");
  CHECK_INSPECT(CALL0(S("1_000"), "to_i"), "1000");
  CHECK_INSPECT(CALL0(S("1__0"), "to_i"), "1");
  CHECK_INSPECT(CALL0(S("12abc"), "to_i"), "12");
  CHECK_INSPECT(CALL1(S("z"), "to_i", I(36)), "35");
  CHECK_INSPECT(CALL0(S("123456789012345678901234567890"), "to_i"), "123456789012345678901234567890");
  CHECK_INSPECT(CALL0(S("1e3"), "to_f"), "1000.0");
  CHECK_INSPECT(CALL0(S(".5"), "to_f"), "0.5");
  CHECK_INSPECT(CALL0(S("1_0.5"), "to_f"), "10.5");
  CHECK_INSPECT(CALL0(S("0x10"), "to_f"), "0.0");

  /* case, strip, chomp, padding, tr family */
  CHECK_INSPECT(CALL0(S("hello World"), "capitalize"), "\"Hello world\"");
  CHECK_INSPECT(CALL0(S("Hello"), "swapcase"), "\"hELLO\"");
  CHECK_INSPECT(CALL0(S("abc"), "upcase!"), "\"ABC\"");
  CHECK_INSPECT(CALL0(S("ABC"), "upcase!"), "nil");
  CHECK_INSPECT(CALL0(S("  x \n"), "strip"), "\"x\"");
  CHECK_INSPECT(CALL0(S("x\r\n"), "chomp"), "\"x\"");
  CHECK_INSPECT(CALL1(S("hello"), "chomp", S("lo")), "\"hel\"");
  CHECK_INSPECT(CALL0(S("x\r\n"), "chop"), "\"x\"");
  CHECK_INSPECT(CALL2(S("ab"), "center", I(7), S("*-")), "\"*-ab*-*\"");
  CHECK_INSPECT(CALL1(S("ab"), "rjust", I(4)), "\"  ab\"");
  CHECK_INSPECT(CALL2(S("hello"), "tr", S("el"), S("ip")), "\"hippo\"");
  CHECK_INSPECT(CALL2(S("hello"), "tr", S("a-y"), S("b-z")), "\"ifmmp\"");
  CHECK_INSPECT(CALL2(S("hello"), "tr", S("^l"), S("*")), "\"**ll*\"");
  CHECK_INSPECT(CALL1(S("hello"), "delete", S("l")), "\"heo\"");
  CHECK_INSPECT(CALL0(S("aaabbb  c"), "squeeze"), "\"ab c\"");
  CHECK_INSPECT(CALL1(S("hello world"), "count", S("lo")), "5");
  CHECK_INSPECT(CALL2(S("hello"), "tr_s", S("l"), S("r")), "\"hero\"");

  /* sub/gsub with string patterns */
  CHECK_INSPECT(CALL2(S("hello"), "gsub", S("l"), S("L")), "\"heLLo\"");
  CHECK_INSPECT(CALL2(S("hello"), "sub", S("l"), S("[\\0]")), "\"he[l]lo\"");
  CHECK_INSPECT(kn_send(S("hello"), SYM("gsub"), 1, (kn_value[]){S("l")}, kn_proc_new(upcase_blk, KN_NIL, NULL, 1, false)),
                "\"heLLo\"");

  /* comparison, hashing */
  CHECK(kn_hash_of(S("abc")) == kn_hash_of(S("abc")));
  CHECK_INSPECT(CALL1(S("a"), "<=>", S("b")), "-1");
  CHECK_INSPECT(CALL1(S("a"), "<=>", I(1)), "nil");
  CHECK_INSPECT(CALL1(S("aBc"), "casecmp?", S("AbC")), "true");
  CHECK_INSPECT(CALL1(S("abc"), "start_with?", S("ab")), "true");
  CHECK_INSPECT(CALL1(S("abc"), "end_with?", S("bc")), "true");
  CHECK_INSPECT(CALL1(S("x-y-z"), "partition", S("-")), "[\"x\", \"-\", \"y-z\"]");
  CHECK_INSPECT(CALL1(S("x-y-z"), "rpartition", S("-")), "[\"x-y\", \"-\", \"z\"]");
  CHECK_INSPECT(CALL1(S("%05.1f|%s"), "%", kn_ary_new_from(2, (kn_value[]){F(3.14159), S("x")})), "\"003.1|x\"");
  CHECK_INSPECT(CALL0(S("abc"), "encoding"), "#<Encoding:UTF-8>");

  /* Symbols */
  CHECK_INSPECT(SYM("foo bar"), ":\"foo bar\"");
  CHECK_INSPECT(SYM("+"), ":+");
  CHECK_INSPECT(SYM("[]="), ":[]=");
  CHECK_INSPECT(SYM("a?"), ":a?");
  CHECK_INSPECT(SYM("foo="), ":foo=");
  CHECK_INSPECT(SYM("foo?="), ":\"foo?=\"");
  CHECK_INSPECT(SYM("@a"), ":@a");
  CHECK_INSPECT(SYM("$a"), ":$a");
  CHECK_INSPECT(SYM("9a"), ":\"9a\"");
  CHECK_INSPECT(SYM("é"), ":é");
  CHECK_INSPECT(SYM(""), ":\"\"");
  CHECK_INSPECT(SYM("="), ":\"=\"");
  CHECK_INSPECT(CALL0(SYM("abc"), "length"), "3");
  CHECK_INSPECT(CALL0(SYM("abc"), "upcase"), ":ABC");
  CHECK_INSPECT(CALL1(SYM("a"), "<=>", SYM("b")), "-1");
  kn_value up = kn_to_proc(SYM("upcase"));
  CHECK_INSPECT(kn_yield1(up, S("x")), "\"X\"");

  return kn_test_finish();
}
