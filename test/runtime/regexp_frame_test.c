/* regexp_frame_test.c: $~ per method frame through kn_set_last_match, as a compiled method saves and restores it. */
#include "harness.h"

/* What a compiled `def helper(s) = s.sub(/x/, "y")` does around its body. */
static kn_value helper(kn_value s) {
  kn_value saved = kn_set_last_match(KN_NIL);
  CHECK(kn_last_match() == KN_NIL); /* a new frame starts without a match */
  kn_value out = CALL2(s, "sub", kn_regexp_new("x", 1, 0), STR("y"));
  CHECK_INSPECT(kn_nth_match(0), "\"x\"");
  kn_set_last_match(saved);
  return out;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "regexp_frame_test.c");
  CHECK(KN_TEST(CALL1(STR("ab"), "=~", kn_regexp_new("(b)", 3, 0))));
  kn_value before = kn_last_match();
  CHECK_STR(helper(STR("x")), "y");
  CHECK(kn_last_match() == before);
  CHECK_INSPECT(kn_nth_match(1), "\"b\"");
  CHECK(kn_set_last_match(KN_NIL) == before);
  CHECK(kn_nth_match(1) == KN_NIL);
  return kn_test_finish();
}
