/* link_check.c: linked with a program's flags (link-flags.txt order).  Without KN_USE_REGEXP it must not
 * link Oniguruma; with it, kn_use_regexp alone links regexp.o and kn_init registers Regexp by itself. */
#include "harness.h"

int main(int argc, char **argv) {
#ifdef KN_USE_REGEXP
  kn_use_regexp();
#endif
  kn_init(argc, argv, "link_check.c");
  kn_value rx = kn_const_get(kn_cObject, SYM("Regexp"));
#ifdef KN_USE_REGEXP
  /* ruby: Regexp.new("b+").match("abbc")[0] => "bb"; "a1b2".sub(Regexp.new("\\d"), "#") => "a#b2" */
  CHECK_INSPECT(CALL1(CALL1(rx, "new", STR("b+")), "match", STR("abbc")), "#<MatchData \"bb\">");
  CHECK_INSPECT(CALL2(STR("a1b2"), "sub", CALL1(rx, "new", STR("\\d")), STR("#")), "\"a#b2\"");
#else
  CHECK_INSPECT(CALL2(STR("a1b2"), "sub", STR("1"), STR("#")), "\"a#b2\"");
#endif
  return kn_test_finish();
}
