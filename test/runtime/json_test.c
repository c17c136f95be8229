/* json_test.c: JSON.generate / pretty_generate / parse and their errors; expectations printed by ruby 3.1 (json 2.6.1). */
#include "harness.h"

#define JSON_MOD kn_const_get(kn_cObject, SYM("JSON"))
#define JSON_ERR(name) kn_const_get(JSON_MOD, SYM(name))

static kn_value parse(const char *s) { return CALL1(JSON_MOD, "parse", STR(s)); }

int main(int argc, char **argv) {
  kn_init(argc, argv, "json_test.c");
  /* Object#to_json and friends exist only after the require, as in ruby */
  CHECK(!kn_respond_to(I(1), SYM("to_json"), false));
  CHECK(kn_funcall1(kn_cObject, "require", STR("json")) == KN_TRUE);
  CHECK(kn_respond_to(I(1), SYM("to_json"), false));
  kn_value h = kn_hash_new(), list = kn_ary_new(0);
  kn_ary_push(list, I(1));
  kn_ary_push(list, kn_float_new(2.5));
  kn_ary_push(list, KN_NIL);
  kn_hash_aset(h, STR("a"), list);
  kn_hash_aset(h, SYM("b"), kn_hash_new());
  kn_hash_aset(h, I(3), kn_ary_new(0));
  CHECK_STR(CALL1(JSON_MOD, "generate", h), "{\"a\":[1,2.5,null],\"b\":{},\"3\":[]}");
  CHECK_STR(CALL1(JSON_MOD, "pretty_generate", h),
            "{\n  \"a\": [\n    1,\n    2.5,\n    null\n  ],\n  \"b\": {\n  },\n  \"3\": [\n\n  ]\n}");
  CHECK_STR(CALL0(STR("q\"\\/\x01\n\xc3\xa9"), "to_json"), "\"q\\\"\\\\/\\u0001\\n\xc3\xa9\"");
  CHECK_STR(CALL0(SYM("sym"), "to_json"), "\"sym\"");
  CHECK_STR(CALL0(kn_float_new(1e20), "to_json"), "1.0e+20");
  CHECK_RAISES(CALL0(kn_float_new(0.0 / 0.0), "to_json"), JSON_ERR("GeneratorError"), "1003: NaN not allowed in JSON");
  CHECK_RAISES(CALL0(STR("\xff"), "to_json"), JSON_ERR("GeneratorError"), "partial character in source, but hit end");

  CHECK_INSPECT(parse("{\"a\": [1, 2.5e1, \"\\u00e9\\ud83d\\ude00\", null, true]}"),
                "{\"a\"=>[1, 25.0, \"\xc3\xa9\xf0\x9f\x98\x80\", nil, true]}");
  kn_value opts = kn_hash_new();
  kn_hash_aset(opts, SYM("symbolize_names"), KN_TRUE);
  CHECK_INSPECT(CALL2(JSON_MOD, "parse", STR("{\"k\":{\"j\":[]}}"), opts), "{:k=>{:j=>[]}}");
  CHECK_INSPECT(parse("123456789012345678901234567890"), "123456789012345678901234567890");
  CHECK_RAISES(parse("{bad json}"), JSON_ERR("ParserError"), "859: unexpected token at '{bad json}'");
  CHECK_RAISES(parse("[1, 2 x]"), JSON_ERR("ParserError"), "451: unexpected token at 'x]'");
  CHECK_RAISES(parse("[NaN]"), JSON_ERR("ParserError"), "225: unexpected token at 'NaN]'");
  CHECK_RAISES(parse("\"\\ud800\""), JSON_ERR("ParserError"), "521: incomplete surrogate pair at '\\ud800\"'");
  CHECK_RAISES(parse("1."), JSON_ERR("ParserError"), "859: unexpected token at '.'");
  return kn_test_finish();
}
