/* ostruct_test.c: OpenStruct fields through method_missing, [], to_h, delete_field, inspect (as ruby 3.1's ostruct). */
#include "harness.h"

int main(int argc, char **argv) {
  kn_init(argc, argv, "ostruct_test.c");
  kn_value h = kn_hash_new();
  kn_hash_aset(h, STR("a"), I(1));
  kn_hash_aset(h, SYM("b"), STR("x"));
  kn_value os = CALL1(kn_const_get(kn_cObject, SYM("OpenStruct")), "new", h);
  CHECK_INSPECT(os, "#<OpenStruct a=1, b=\"x\">");
  CHECK_INSPECT(CALL0(os, "a"), "1");
  CHECK_INSPECT(CALL0(os, "missing"), "nil");
  CALL1(os, "c=", I(3));
  CALL2(os, "[]=", STR("d"), I(4));
  CHECK_INSPECT(CALL1(os, "[]", SYM("c")), "3");
  CHECK(CALL1(os, "respond_to?", SYM("d")) == KN_TRUE);
  CHECK(CALL1(os, "respond_to?", SYM("d=")) == KN_TRUE);
  CHECK(CALL1(os, "respond_to?", SYM("e")) == KN_FALSE);
  CHECK_INSPECT(CALL1(os, "delete_field", SYM("d")), "4");
  CHECK_INSPECT(CALL0(os, "to_h"), "{:a=>1, :b=>\"x\", :c=>3}");
  CHECK(kn_equal(os, CALL0(os, "dup")));
  CHECK_RAISES(CALL1(os, "delete_field", SYM("zz")), kn_eNameError,
               "no field `zz' in #<OpenStruct a=1, b=\"x\", c=3>");
  return kn_test_finish();
}
