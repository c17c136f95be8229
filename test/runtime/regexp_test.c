/* regexp_test.c: Regexp, MatchData, $~ and String's Regexp forms against ruby 3.1's results. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define RE(lit, o) kn_regexp_new(lit, (long)sizeof(lit) - 1, (o))
#define CALLB(recv, name, a, blk) kn_send((recv), SYM(name), 1, (kn_value[]){(a)}, (blk))
#define BLK(fn, n) kn_proc_new(fn, KN_NIL, NULL, n, false)

static kn_value up1(kn_value p, int argc, const kn_value *argv, kn_value b) { return CALL0(kn_nth_match(1), "upcase"); }
static kn_value snake(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_str_plus(S("_"), CALL0(kn_nth_match(1), "downcase"));
}
static kn_value angle(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_str_plus(kn_str_plus(S("<"), argv[0]), S(">"));
}

/* Records the subject of each match scan yields, to check they share one snapshot. */
static kn_value seen_subjects;
static kn_value note_subject(kn_value p, int argc, const kn_value *argv, kn_value b) {
  return kn_ary_push(seen_subjects, CALL0(kn_last_match(), "string"));
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "regexp_test.c"); /* registers Regexp by itself: regexp.o is linked */

  CHECK_INSPECT(RE("a(b)?(?<x>c)", 0), "/a(b)?(?<x>c)/");
  CHECK_INSPECT(RE("a", 7), "/a/mix");
  CHECK_STR(CALL0(RE("a", 1), "to_s"), "(?i-mx:a)");
  kn_value rx = kn_const_get(kn_cObject, SYM("Regexp"));
  CHECK_INSPECT(CALL1(rx, "new", S("a/b")), "/a\\/b/");
  CHECK_RAISES(CALL1(rx, "new", S("*")), kn_eRegexpError, "target of repeat operator is not specified: /*/");
  CHECK_RAISES(CALL1(rx, "new", S("(")), kn_eRegexpError, "end pattern with unmatched parenthesis: /(/");
  CHECK_INSPECT(CALL1(rx, "escape", S("a.b*c? d-e#f\n")), "\"a\\\\.b\\\\*c\\\\?\\\\ d\\\\-e\\\\#f\\\\n\"");
  CHECK_INSPECT(kn_send(rx, SYM("union"), 3, (kn_value[]){S("a.b"), RE("c|d", 1), S("e")}, KN_NIL), "/a\\.b|(?i-mx:c|d)|e/");
  CHECK_INSPECT(CALL0(rx, "union"), "/(?!)/");

  kn_value m = CALL1(RE("(\\d+)-(\\d+)", 0), "match", S("tel 12-34 x"));
  CHECK_INSPECT(m, "#<MatchData \"12-34\" 1:\"12\" 2:\"34\">");
  CHECK_INSPECT(CALL0(m, "pre_match"), "\"tel \"");
  CHECK_INSPECT(CALL0(m, "post_match"), "\" x\"");
  CHECK_INSPECT(CALL0(m, "captures"), "[\"12\", \"34\"]");
  CHECK_INSPECT(CALL1(m, "begin", I(0)), "4");
  CHECK_INSPECT(CALL1(m, "offset", I(1)), "[4, 6]");
  kn_value nm = CALL1(RE("(?<y>\\d+)-(?<m>\\d+)", 0), "match", S("2024-05"));
  CHECK_INSPECT(nm, "#<MatchData \"2024-05\" y:\"2024\" m:\"05\">");
  CHECK_INSPECT(CALL1(nm, "[]", SYM("y")), "\"2024\"");
  CHECK_INSPECT(CALL0(nm, "named_captures"), "{\"y\"=>\"2024\", \"m\"=>\"05\"}");
  CHECK_INSPECT(CALL1(S("abc"), "match", RE("(x)?b", 0)), "#<MatchData \"b\" 1:nil>");
  CHECK_INSPECT(CALL1(S("abc"), "match", RE("z", 0)), "nil");

  CHECK_INSPECT(CALL1(S("a1b22c333"), "scan", RE("\\d+", 0)), "[\"1\", \"22\", \"333\"]");
  CHECK_INSPECT(CALL1(S("a1b22"), "scan", RE("([a-z])(\\d+)", 0)), "[[\"a\", \"1\"], [\"b\", \"22\"]]");
  CHECK_INSPECT(CALL1(S("日本語テキスト"), "scan", RE("\\p{Han}", 0)), "[\"日\", \"本\", \"語\"]");
  /* scan's matches share one frozen snapshot of the receiver (a copy per match was quadratic) */
  seen_subjects = kn_ary_new(0);
  kn_value subj = S("w1 w2 w3");
  CALLB(subj, "scan", RE("\\w+", 0), BLK(note_subject, 1));
  CHECK(KN_ARY(seen_subjects)->len == 3);
  CHECK(KN_ARY(seen_subjects)->ptr[0] == KN_ARY(seen_subjects)->ptr[2] && KN_ARY(seen_subjects)->ptr[0] != subj);
  CHECK(KN_FROZEN_P(KN_ARY(seen_subjects)->ptr[0]) && !KN_FROZEN_P(subj));
  CHECK_INSPECT(CALL2(S("hello world"), "gsub", RE("o", 0), S("0")), "\"hell0 w0rld\"");
  CHECK_INSPECT(CALLB(S("hello world"), "gsub", RE("(l+)", 0), BLK(up1, 1)), "\"heLLo worLd\"");
  CHECK_INSPECT(CALL2(S("hello world"), "sub", RE("(?<first>\\w+)", 0), S("<\\k<first>>")), "\"<hello> world\"");
  CHECK_INSPECT(CALL2(S("john smith"), "gsub", RE("(\\w+) (\\w+)", 0), S("\\2, \\1 \\0 \\\\ \\&")),
                "\"smith, john john smith \\\\ john smith\"");
  CHECK_INSPECT(CALL2(S("aaa"), "gsub", RE("a*", 0), S("-")), "\"--\"");
  CHECK_INSPECT(CALL2(S("abc"), "gsub", RE("", 0), S("-")), "\"-a-b-c-\"");
  CHECK_INSPECT(CALLB(S("abc"), "gsub", RE("x*", 0), BLK(angle, 1)), "\"<>a<>b<>c<>\"");
  CHECK_INSPECT(CALLB(S("CamelCaseString"), "gsub", RE("([A-Z])", 0), BLK(snake, 1)), "\"_camel_case_string\"");
  CHECK_INSPECT(CALL2(S("hello"), "gsub", S("l"), S("L")), "\"heLLo\""); /* string patterns still work */

  CHECK_INSPECT(CALL1(S("a,b;c d"), "split", RE("[,; ]", 0)), "[\"a\", \"b\", \"c\", \"d\"]");
  CHECK_INSPECT(CALL1(S("a1b2c3"), "split", RE("(\\d)", 0)), "[\"a\", \"1\", \"b\", \"2\", \"c\", \"3\"]");
  CHECK_INSPECT(CALL1(S("abc"), "split", RE("", 0)), "[\"a\", \"b\", \"c\"]");
  CHECK_INSPECT(CALL2(S("a  b c"), "split", RE(" ", 0), I(-1)), "[\"a\", \"\", \"b\", \"c\"]");
  CHECK_INSPECT(CALL2(S("a,b,c"), "split", RE(",", 0), I(2)), "[\"a\", \"b,c\"]");
  CHECK(!KN_FROZEN_P(KN_ARY(CALL2(S("a,b"), "split", RE(",", 0), I(1)))->ptr[0]));
  CHECK_INSPECT(CALL1(S(",a,,b,,"), "split", RE(",", 0)), "[\"\", \"a\", \"\", \"b\"]");

  CHECK_INSPECT(CALL1(S("héllo wörld"), "=~", RE("w", 0)), "6");
  CHECK_RAISES(CALL1(S("héllo"), "=~", S("x")), kn_eTypeError, "type mismatch: String given");
  CHECK_INSPECT(CALL1(S("abc"), "=~", RE("(b)", 0)), "1");
  CHECK_INSPECT(kn_nth_match(1), "\"b\"");
  CHECK_INSPECT(kn_nth_match(2), "nil");
  CHECK_INSPECT(CALL0(kn_last_match(), "pre_match"), "\"a\"");
  CHECK_INSPECT(CALL1(S("foo bar"), "[]", RE("o+", 0)), "\"oo\"");
  CHECK_INSPECT(CALL2(S("foo bar"), "[]", RE("(o+) (b)", 0), I(2)), "\"b\"");
  CHECK_INSPECT(CALL2(S("hello"), "[]", RE("l(?<x>l)o", 0), S("x")), "\"l\"");
  CHECK_INSPECT(CALL2(S("foo bar"), "index", RE("o", 0), I(2)), "2");
  CHECK_INSPECT(CALL1(S("foo bar"), "rindex", RE("o", 0)), "2");
  CHECK_INSPECT(CALL1(S("foo bar"), "start_with?", RE("fo+", 0)), "true");
  CHECK_INSPECT(CALL1(S("x-y-z"), "rpartition", RE("-", 0)), "[\"x-y\", \"-\", \"z\"]");
  CHECK_INSPECT(CALL1(RE("b", 0), "===", S("abc")), "true");
  CHECK_INSPECT(CALL1(RE("b", 0), "===", I(1)), "false");
  CHECK_INSPECT(CALL1(S("a\nb"), "=~", RE("^b", 0)), "2");
  CHECK_INSPECT(CALL1(S("The Cat"), "match?", RE("cat", 1)), "true");
  kn_value sl = S("12abc");
  CHECK_INSPECT(CALL1(sl, "slice!", RE("\\d+", 0)), "\"12\"");
  CHECK_INSPECT(sl, "\"abc\"");
  return kn_test_finish();
}
