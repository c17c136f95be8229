/* pp_test.c: Kernel#pp's line breaking as Ruby 3.1's pp (PrettyPrint, width 79); expectations are
 * pretty_inspect results printed by ruby 3.1 (addresses replaced by 0xADDR). */
#include "harness.h"
#include <ctype.h>

#define ARY(...) kn_ary_new_from(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})

static kn_value range_ary(int64_t a, int64_t b) {
  kn_value r = kn_ary_new(0);
  for (int64_t i = a; i <= b; i++) kn_ary_push(r, I(i));
  return r;
}
static kn_value times_str(const char *s, int n) { return CALL1(STR(s), "*", I(n)); }

/* the pretty_inspect text with every 0x + 16 hex digits replaced by 0xADDR */
static kn_value ppn(kn_value v) {
  kn_value s = kn_pretty_inspect(v, 79);
  kn_buf b;
  kn_buf_init(&b);
  const char *p = KN_STR(s)->ptr;
  for (int64_t i = 0; i < KN_STR(s)->len;) {
    if (p[i] == '0' && p[i + 1] == 'x' && i + 18 <= KN_STR(s)->len) {
      int k = 0;
      while (k < 16 && isxdigit((unsigned char)p[i + 2 + k])) k++;
      if (k == 16) {
        kn_buf_adds(&b, "0xADDR");
        i += 18;
        continue;
      }
    }
    kn_buf_addc(&b, p[i++]);
  }
  return kn_buf_to_str(&b);
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "pp_test.c");
  kn_value foo = kn_define_class(kn_cObject, "Foo", KN_NIL);
  kn_value st = kn_send(kn_cStruct, SYM("new"), 2, (kn_value[]){SYM("name"), SYM("values")}, KN_NIL);
  kn_const_set(kn_cObject, SYM("S"), st);

  CHECK_STR(ppn(range_ary(1, 40)),
            "[1,\n 2,\n 3,\n 4,\n 5,\n 6,\n 7,\n 8,\n 9,\n 10,\n 11,\n 12,\n 13,\n 14,\n 15,\n 16,\n 17,\n 18,\n 19,\n 20,\n 21,\n 22,\n 23,\n 24,\n 25,\n 26,\n 27,\n 28,\n 29,\n 30,\n 31,\n 32,\n 33,\n 34,\n 35,\n 36,\n 37,\n 38,\n 39,\n 40]\n");
  kn_value keys = kn_hash_new(), syms = kn_hash_new();
  for (int i = 1; i <= 12; i++) {
    char k[16];
    snprintf(k, sizeof k, "key%d", i);
    kn_hash_aset(keys, STR(k), I(i * 1000));
    snprintf(k, sizeof k, "sym%d", i);
    kn_hash_aset(syms, SYM(k), ARY(I(i), I(i * 2), times_str("x", i)));
  }
  CHECK_STR(ppn(keys),
            "{\"key1\"=>1000,\n \"key2\"=>2000,\n \"key3\"=>3000,\n \"key4\"=>4000,\n \"key5\"=>5000,\n \"key6\"=>6000,\n \"key7\"=>7000,\n \"key8\"=>8000,\n \"key9\"=>9000,\n \"key10\"=>10000,\n \"key11\"=>11000,\n \"key12\"=>12000}\n");
  CHECK_STR(ppn(syms),
            "{:sym1=>[1, 2, \"x\"],\n :sym2=>[2, 4, \"xx\"],\n :sym3=>[3, 6, \"xxx\"],\n :sym4=>[4, 8, \"xxxx\"],\n :sym5=>[5, 10, \"xxxxx\"],\n :sym6=>[6, 12, \"xxxxxx\"],\n :sym7=>[7, 14, \"xxxxxxx\"],\n :sym8=>[8, 16, \"xxxxxxxx\"],\n :sym9=>[9, 18, \"xxxxxxxxx\"],\n :sym10=>[10, 20, \"xxxxxxxxxx\"],\n :sym11=>[11, 22, \"xxxxxxxxxxx\"],\n :sym12=>[12, 24, \"xxxxxxxxxxxx\"]}\n");
  kn_value deep = kn_hash_new(), inner = kn_hash_new(), d3 = kn_hash_new();
  kn_hash_aset(d3, SYM("deep"), range_ary(1, 25));
  kn_hash_aset(inner, SYM("inner"), d3);
  kn_hash_aset(deep, SYM("outer"), inner);
  CHECK_STR(ppn(deep),
            "{:outer=>\n  {:inner=>\n    {:deep=>\n      [1,\n       2,\n       3,\n       4,\n       5,\n       6,\n       7,\n       8,\n       9,\n       10,\n       11,\n       12,\n       13,\n       14,\n       15,\n       16,\n       17,\n       18,\n       19,\n       20,\n       21,\n       22,\n       23,\n       24,\n       25]}}}\n");
  CHECK_STR(ppn(times_str("line one\nline two\n", 8)),
            "\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\" +\n\"line one\\n\" +\n\"line two\\n\"\n");
  CHECK_STR(ppn(ARY(STR("a\nb"), I(1))), "[\"a\\n\" + \"b\", 1]\n");
  kn_value ones = kn_ary_new(0);
  for (int i = 0; i < 30; i++) kn_ary_push(ones, I(1));
  CHECK_STR(ppn(ARY(ARY(ARY(ARY(ones))))),
            "[[[[[1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1,\n     1]]]]]\n");
  /* class Foo; def initialize(a, b); @b = b; @a = a; end; end: ivars print sorted */
  kn_value f1 = kn_obj_alloc(foo);
  kn_ivar_set(f1, SYM("@b"), times_str("b", 40));
  kn_ivar_set(f1, SYM("@a"), times_str("a", 40));
  CHECK_STR(ppn(f1),
            "#<Foo:0xADDR\n @a=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\n @b=\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\">\n");
  kn_value f2 = kn_obj_alloc(foo), kh = kn_hash_new();
  kn_hash_aset(kh, SYM("k"), times_str("v", 70));
  kn_ivar_set(f2, SYM("@b"), kh);
  kn_ivar_set(f2, SYM("@a"), range_ary(1, 30));
  CHECK_STR(ppn(f2),
            "#<Foo:0xADDR\n @a=\n  [1,\n   2,\n   3,\n   4,\n   5,\n   6,\n   7,\n   8,\n   9,\n   10,\n   11,\n   12,\n   13,\n   14,\n   15,\n   16,\n   17,\n   18,\n   19,\n   20,\n   21,\n   22,\n   23,\n   24,\n   25,\n   26,\n   27,\n   28,\n   29,\n   30],\n @b=\n  {:k=>\n    \"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\"}>\n");
  kn_value cyc = ARY(I(1), I(2));
  kn_ary_push(cyc, cyc);
  CHECK_STR(ppn(cyc), "[1, 2, [...]]\n");
  CHECK_STR(ppn(CALL2(st, "new", times_str("n", 40), range_ary(1, 30))),
            "#<struct S\n name=\"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn\",\n values=\n  [1,\n   2,\n   3,\n   4,\n   5,\n   6,\n   7,\n   8,\n   9,\n   10,\n   11,\n   12,\n   13,\n   14,\n   15,\n   16,\n   17,\n   18,\n   19,\n   20,\n   21,\n   22,\n   23,\n   24,\n   25,\n   26,\n   27,\n   28,\n   29,\n   30]>\n");
  CHECK_STR(ppn(ARY(I(1), I(2), I(3))), "[1, 2, 3]\n");
  return kn_test_finish();
}
