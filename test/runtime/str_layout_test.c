/* str_layout_test.c: how Strings hold their bytes (embedded after the header while small, a buffer
 * of their own once grown) and the flags results inherit. */
#include <gc.h>
#include "harness.h"

#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)

static bool embedded(kn_value s) { return KN_STR(s)->ptr == (char *)(KN_STR(s) + 1); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "str_layout_test.c");

  /* small strings are one allocation; the room is the rest of the object's granule */
  kn_value w = S("word");
  CHECK(embedded(w));
  CHECK(KN_STR(w)->capa >= 4 && KN_STR(w)->ptr[4] == 0);
  CHECK(embedded(kn_str_buf_new(0)));
  CHECK(!embedded(kn_str_buf_new(4096)));
  CHECK(KN_STR(kn_str_buf_new(4096))->capa == 4096);

  /* growing past the room moves the bytes out, keeping them and the NUL */
  kn_value g = kn_str_new("", 0);
  for (int i = 0; i < 100; i++) kn_str_cat(g, "abcdefghij", 10);
  CHECK(!embedded(g));
  CHECK(KN_STR(g)->len == 1000 && KN_STR(g)->ptr[1000] == 0);
  CHECK(memcmp(KN_STR(g)->ptr + 990, "abcdefghij", 10) == 0);
  /* appending a string to itself across the move */
  kn_value self_cat = S("0123456789");
  for (int i = 0; i < 4; i++) kn_str_concat(self_cat, self_cat);
  CHECK(KN_STR(self_cat)->len == 160);
  CHECK_STR(CALL2(self_cat, "[]", I(150), I(10)), "0123456789");

  /* embedded bytes survive collections while only the String is referenced */
  kn_value keep = kn_ary_new(0);
  char buf[32];
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(buf, sizeof buf, "key%d", i);
    kn_ary_push(keep, kn_str_new(buf, n));
  }
  GC_gcollect();
  CHECK_STR(KN_ARY(keep)->ptr[12345], "key12345");

  /* delete/squeeze keep the receiver's encoding flags; the result of an ASCII string is ASCII */
  kn_value a = S("a.b!c");
  CHECK(kn_str_ascii_p(a));
  kn_value d = CALL1(a, "delete", S(".!"));
  CHECK_STR(d, "abc");
  CHECK(KN_HDR(d)->flags & KN_FL_ASCII);
  kn_value bin = CALL0(S("\xff\xff\xfe"), "b");
  CHECK(KN_HDR(CALL0(bin, "squeeze"))->flags & KN_FL_BINARY);
  CHECK_INSPECT(CALL0(bin, "squeeze"), "\"\\xFF\\xFE\"");

  /* pieces of an ASCII-only string know they are ASCII-only; pieces of others find out themselves */
  kn_value line = S("ab cd");
  CHECK(kn_str_ascii_p(line));
  CHECK(KN_HDR(KN_ARY(CALL0(line, "split"))->ptr[1])->flags & KN_FL_ASCII);
  kn_value mixed = CALL0(S("ab é"), "split");
  CHECK(!(KN_HDR(KN_ARY(mixed)->ptr[0])->flags & KN_FL_ASCII) && kn_str_ascii_p(KN_ARY(mixed)->ptr[0]));
  CHECK(!kn_str_ascii_p(KN_ARY(mixed)->ptr[1]));

  return kn_test_finish();
}
