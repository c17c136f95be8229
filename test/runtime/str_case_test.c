/* str_case_test.c: kn_case_map_char (unicode_case.c) and the String case methods against ruby 3.1. */
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)

/* cp mapped in mode, as a NUL-terminated UTF-8 string */
static const char *mapped(uint32_t cp, int mode, bool turkic) {
  static char out[KN_CASE_MAX_BYTES + 1];
  out[kn_case_map_char(cp, mode, turkic, out)] = 0;
  return out;
}

#define CHECK_MAP(cp, mode, turkic, want) CHECK(strcmp(mapped((cp), (mode), (turkic)), (want)) == 0)

int main(int argc, char **argv) {
  kn_init(argc, argv, "str_case_test.c");

  CHECK_MAP('a', KN_CASE_UP, false, "A");
  CHECK_MAP('A', KN_CASE_SWAP, false, "a");
  CHECK_MAP('1', KN_CASE_UP, false, "1");
  CHECK_MAP(0xE4, KN_CASE_UP, false, "Ä");          /* Latin-1 */
  CHECK_MAP(0xC4, KN_CASE_DOWN, false, "ä");
  CHECK_MAP(0xDF, KN_CASE_UP, false, "SS");         /* ß: one char to two */
  CHECK_MAP(0xDF, KN_CASE_TITLE, false, "Ss");
  CHECK_MAP(0xDF, KN_CASE_FOLD, false, "ss");
  CHECK_MAP(0xDF, KN_CASE_DOWN, false, "ß");
  CHECK_MAP(0x17F, KN_CASE_UP, false, "S");         /* ſ, Latin Extended-A */
  CHECK_MAP(0x149, KN_CASE_UP, false, "ʼN");
  CHECK_MAP(0x1C5, KN_CASE_UP, false, "Ǆ");         /* ǅ: titlecase digraph */
  CHECK_MAP(0x1C5, KN_CASE_DOWN, false, "ǆ");
  CHECK_MAP(0x1C6, KN_CASE_TITLE, false, "ǅ");
  CHECK_MAP(0x1C5, KN_CASE_SWAP, false, "dŽ");
  CHECK_MAP(0x3A3, KN_CASE_DOWN, false, "σ");       /* Greek: no final-sigma rule in ruby 3.1 */
  CHECK_MAP(0x3C2, KN_CASE_UP, false, "Σ");
  CHECK_MAP(0x390, KN_CASE_UP, false, "\u0399\u0308\u0301"); /* ΐ: three codepoints */
  CHECK_MAP(0x451, KN_CASE_UP, false, "Ё");         /* Cyrillic */
  CHECK_MAP(0x41F, KN_CASE_SWAP, false, "п");
  CHECK_MAP(0x130, KN_CASE_DOWN, false, "i̇");       /* İ */
  CHECK_MAP(0x130, KN_CASE_DOWN, true, "i");
  CHECK_MAP('i', KN_CASE_UP, true, "İ");
  CHECK_MAP('I', KN_CASE_DOWN, true, "ı");
  CHECK_MAP('b', KN_CASE_UP, true, "B");
  CHECK_MAP(0xFB00, KN_CASE_TITLE, false, "Ff");    /* ﬀ */
  CHECK_MAP(0x1E922, KN_CASE_UP, false, "𞤀");       /* Adlam, past the BMP */
  CHECK_MAP(0x4E2D, KN_CASE_UP, false, "中");

  CHECK_STR(CALL0(S("ÄÖÜ straße"), "downcase"), "äöü straße");
  CHECK_STR(CALL0(S("ÄÖÜ straße"), "upcase"), "ÄÖÜ STRASSE");
  CHECK_STR(CALL0(S("ǆemal"), "capitalize"), "ǅemal");
  CHECK_STR(CALL0(S("Москва"), "swapcase"), "мОСКВА");
  CHECK_STR(CALL1(S("ÀB"), "downcase", SYM("ascii")), "Àb");
  CHECK_STR(CALL1(S("Straße"), "downcase", SYM("fold")), "strasse");
  CHECK_RAISES(CALL0(S("é\xff"), "upcase"), kn_eArgumentError, "input string invalid");
  CHECK_STR(CALL1(S("a\xff"), "upcase", SYM("ascii")), "A\xff");
  CHECK_RAISES(CALL1(S("a"), "upcase", SYM("fold")), kn_eArgumentError, "option :fold only allowed for downcasing");
  CHECK_INSPECT(CALL0(S("élan"), "downcase!"), "nil");
  CHECK(kn_str_ascii_p(CALL0(S("abc"), "upcase")));
  return kn_test_finish();
}
