/* pack_test.c: Array#pack and String#unpack/unpack1; expectations from ruby 3.1. */
#include "harness.h"

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})
#define S(lit) kn_str_new(lit, (int64_t)sizeof(lit) - 1)
#define PACK(a, f) CALL1((a), "pack", kn_str_cstr(f))
#define UNPACK(s, f) CALL1((s), "unpack", kn_str_cstr(f))

int main(int argc, char **argv) {
  kn_init(argc, argv, "pack_test.c");
  CHECK_INSPECT(PACK(ARY(I(65), I(66)), "C*"), "\"AB\"");
  CHECK_INSPECT(UNPACK(S("AB"), "C*"), "[65, 66]");
  CHECK_INSPECT(PACK(ARY(I(-1), I(255), I(256)), "c*"), "\"\\xFF\\xFF\\x00\"");
  CHECK_INSPECT(PACK(ARY(I(1)), "s>"), "\"\\x00\\x01\"");
  CHECK_INSPECT(PACK(ARY(I(1), I(2)), "L<L>"), "\"\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x02\"");
  CHECK_INSPECT(PACK(ARY(I(-2)), "q"), "\"\\xFE\\xFF\\xFF\\xFF\\xFF\\xFF\\xFF\\xFF\"");
  CHECK_INSPECT(PACK(ARY(I(1)), "N"), "\"\\x00\\x00\\x00\\x01\"");
  CHECK_INSPECT(PACK(ARY(I(1)), "v"), "\"\\x01\\x00\"");
  CHECK_INSPECT(PACK(ARY(kn_op_minus(kn_int_pow(I(2), I(64)), I(1))), "Q"), "\"\\xFF\\xFF\\xFF\\xFF\\xFF\\xFF\\xFF\\xFF\"");
  CHECK_INSPECT(PACK(ARY(I(233), I(8364), I(128512)), "U*"), "\"é€😀\"");
  CHECK_INSPECT(PACK(ARY(I(300), I(1), I(16384)), "w*"), "\"\\x82,\\x01\\x81\\x80\\x00\"");
  CHECK_INSPECT(PACK(ARY(S("abc")), "a5"), "\"abc\\x00\\x00\"");
  CHECK_INSPECT(PACK(ARY(S("abc")), "A5"), "\"abc  \"");
  CHECK_INSPECT(PACK(ARY(S("abc")), "Z*"), "\"abc\\x00\"");
  CHECK_INSPECT(PACK(ARY(S("10110")), "B*"), "\"\\xB0\"");
  CHECK_INSPECT(PACK(ARY(S("10110")), "b*"), "\"\\r\"");
  CHECK_INSPECT(PACK(ARY(S("a1f")), "H*"), "\"\\xA1\\xF0\"");
  CHECK_INSPECT(PACK(ARY(S("a1f")), "h*"), "\"\\x1A\\x0F\"");
  CHECK_INSPECT(PACK(ARY(I(1), I(2)), "CxC"), "\"\\x01\\x00\\x02\"");
  CHECK_INSPECT(PACK(ARY(S("hello world")), "m"), "\"aGVsbG8gd29ybGQ=\\n\"");
  CHECK_INSPECT(PACK(ARY(S("hello")), "m0"), "\"aGVsbG8=\"");
  CHECK_INSPECT(UNPACK(S("\x01\x02\x03\x04"), "S*"), "[513, 1027]");
  CHECK_INSPECT(UNPACK(S("\x01\x02\x03\x04"), "N"), "[16909060]");
  CHECK_INSPECT(UNPACK(S("\xff\xff\xff\xff"), "l"), "[-1]");
  CHECK_INSPECT(UNPACK(S("\x01\x02\x03"), "S*"), "[513]");
  CHECK_INSPECT(UNPACK(S("\x01"), "S2"), "[nil, nil]");
  CHECK_INSPECT(UNPACK(S("é€😀"), "U*"), "[233, 8364, 128512]");
  CHECK_INSPECT(UNPACK(S("abc  \0"), "A*"), "[\"abc\"]");
  CHECK_INSPECT(UNPACK(S("abc\0def"), "Z*"), "[\"abc\"]");
  CHECK_INSPECT(UNPACK(S("abcdef"), "a2a2"), "[\"ab\", \"cd\"]");
  CHECK_INSPECT(UNPACK(S("\x82\x2c\x01"), "w*"), "[300, 1]");
  CHECK_INSPECT(UNPACK(S("AB"), "B*"), "[\"0100000101000010\"]");
  CHECK_INSPECT(UNPACK(S("AB"), "h*"), "[\"1424\"]");
  CHECK_INSPECT(UNPACK(S("aGVsbG8gd29ybGQ=\n"), "m"), "[\"hello world\"]");
  CHECK_INSPECT(CALL1(S("AB"), "unpack1", kn_str_cstr("C*")), "65");
  CHECK_INSPECT(UNPACK(S("\xff\xff\xff\xff\xff\xff\xff\xff"), "Q"), "[18446744073709551615]");
  CHECK_RAISES(PACK(ARY(I(1)), "CC"), kn_eArgumentError, "too few arguments");
  CHECK_RAISES(PACK(ARY(S("x")), "C"), kn_eTypeError, "no implicit conversion of String into Integer");
  CHECK_RAISES(PACK(ARY(I(1)), "a"), kn_eTypeError, "no implicit conversion of Integer into String");
  CHECK_RAISES(UNPACK(S("\xc3"), "U"), kn_eArgumentError, "malformed UTF-8 character (expected 2 bytes, given 1 bytes)");
  CHECK_INSPECT(PACK(ARY(I(1)), "y"), "\"\""); /* ruby 3.1 ignores unknown directives */
  /* uuencode: length character, groups padded with '`', 45 bytes a line unless a count says */
  CHECK_INSPECT(PACK(ARY(S("hello")), "u"), "\"%:&5L;&\\\\`\\n\"");
  CHECK_INSPECT(PACK(ARY(S("abcdefg")), "u3"), "\"#86)C\\n#9&5F\\n!9P``\\n\"");
  CHECK_INSPECT(UNPACK(S("%:&5L;&\\`\n"), "u"), "[\"hello\"]");
  CHECK_INSPECT(UNPACK(S("#86)C\n#9&5F\n!9P``\n"), "u"), "[\"abcdefg\"]");
  return kn_test_finish();
}
