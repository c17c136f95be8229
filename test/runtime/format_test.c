/* format_test.c: Kernel#format directives, flags, width and precision (expected values recorded from ruby 3.1). */
#include "harness.h"
#include <math.h>

#define FMT(...) kn_format(sizeof((kn_value[]){__VA_ARGS__}) / sizeof(kn_value), (kn_value[]){__VA_ARGS__})

static kn_value kwh(int n, const kn_value *kv) {
  kn_value h = kn_hash_new();
  for (int i = 0; i < n; i++) kn_hash_aset(h, kv[2 * i], kv[2 * i + 1]);
  return h;
}

/* random values; recorded with ruby -e format(...) */
static const struct { const char *fmt; double d; const char *want; } random_float_cases[] = {
  {"%.0f", 0.0001, "0"},
  {"%.1e", 97798951.19966029, "9.8e+07"},
  {"%.3g", 7.20511334, "7.21"},
  {"%g", 8.68801, "8.68801"},
  {"%10.3f", 0.6743, "     0.674"},
  {"%-12.4e|", -3459729362.4374, "-3.4597e+09 |"},
  {"%.6f", 851.2945863, "851.294586"},
  {"%.7e", 0.0009, "9.0000000e-04"},
  {"%.3g", -0.0, "-0"},
  {"%g", 4.90765889, "4.90766"},
  {"%10.3f", -8.37917994, "    -8.379"},
  {"%-12.4e|", 0.0014, "1.4000e-03  |"},
  {"%.5f", 0.0, "0.00000"},
  {"%.4e", -0.04, "-4.0000e-02"},
  {"%.3g", 0.0001, "0.0001"},
  {"%g", 0.0006, "0.0006"},
  {"%10.3f", 142.69, "   142.690"},
  {"%-12.4e|", 68462892.39538, "6.8463e+07  |"},
  {"%.4f", 0.0, "0.0000"},
  {"%.1e", 23512.04072575, "2.4e+04"},
  {"%.3g", -0.000472, "-0.000472"},
  {"%g", 30.8733657, "30.8734"},
  {"%10.3f", 485825.2287, "485825.229"},
  {"%-12.4e|", -0.03244, "-3.2440e-02 |"},
  {"%.3f", 0.0, "0.000"},
  {"%.7e", 0.5, "5.0000000e-01"},
  {"%.3g", 49791911160.416115, "4.98e+10"},
  {"%g", 939111353.73, "9.39111e+08"},
  {"%10.3f", 276563072.451134, "276563072.451"},
  {"%-12.4e|", 147147.57, "1.4715e+05  |"},
  {"%.2f", 47305.58083, "47305.58"},
  {"%.4e", -821227.60831, "-8.2123e+05"},
  {"%.3g", 392.0015578, "392"},
  {"%g", -6077707514.438673, "-6.07771e+09"},
  {"%10.3f", -2.0e-06, "    -0.000"},
  {"%-12.4e|", 5748625.88, "5.7486e+06  |"},
  {"%.1f", 8569756261.117601, "8569756261.1"},
  {"%.1e", -7969513.574436, "-8.0e+06"},
  {"%.3g", 1691010633.7, "1.69e+09"},
  {"%g", 197532889467.2, "1.97533e+11"},
  {"%10.3f", 16.48977448, "    16.490"},
  {"%-12.4e|", -4628.86797, "-4.6289e+03 |"},
  {"%.0f", -361616647712.05725, "-361616647712"},
  {"%.7e", 23.1903681, "2.3190368e+01"},
  {"%.3g", 42705.349301, "4.27e+04"},
  {"%g", 5903.5, "5903.5"},
  {"%10.3f", 24160.291665, " 24160.292"},
  {"%-12.4e|", 9266129377.700565, "9.2661e+09  |"},
  {"%.6f", 350601551008.3, "350601551008.299988"},
  {"%.4e", 8611482.6256, "8.6115e+06"},
  {"%.3g", -4.5, "-4.5"},
  {"%g", 0.003238, "0.003238"},
  {"%10.3f", 18140428.90574, "18140428.906"},
  {"%-12.4e|", 0.0, "0.0000e+00  |"},
  {"%.5f", -3.78e-06, "-0.00000"},
  {"%.1e", -476001.30071, "-4.8e+05"},
  {"%.3g", 82699424364.476, "8.27e+10"},
  {"%g", 820658191461.8845, "8.20658e+11"},
  {"%10.3f", -0.59562111, "    -0.596"},
  {"%-12.4e|", 74482367.36818, "7.4482e+07  |"},
  {"%.4f", 287579.9421199, "287579.9421"},
  {"%.7e", -6564502865.386021, "-6.5645029e+09"},
  {"%.3g", 272.19584, "272"},
  {"%g", 1.5e-05, "1.5e-05"},
  {"%10.3f", 0.00076108, "     0.001"},
  {"%-12.4e|", -0.24639, "-2.4639e-01 |"},
  {"%.3f", 0.0001, "0.000"},
  {"%.4e", 1047113.0357, "1.0471e+06"},
  {"%.3g", 6.2955017, "6.3"},
  {"%g", 30382209703.85, "3.03822e+10"},
  {"%10.3f", 38022209918.8819, "38022209918.882"},
  {"%-12.4e|", -0.0, "-0.0000e+00 |"},
  {"%.2f", -0.0, "-0.00"},
  {"%.1e", -27140.35, "-2.7e+04"},
  {"%.3g", 291.1103, "291"},
  {"%g", -5.184e-05, "-5.184e-05"},
  {"%10.3f", 5862311241.16, "5862311241.160"},
  {"%-12.4e|", 2.43e-05, "2.4300e-05  |"},
  {"%.1f", 377765877.04287, "377765877.0"},
  {"%.7e", 876.53216, "8.7653216e+02"},
  {"%.3g", 0.0644, "0.0644"},
  {"%g", -42296652.472327, "-4.22967e+07"},
  {"%10.3f", -0.03, "    -0.030"},
  {"%-12.4e|", 77786.007, "7.7786e+04  |"},
  {"%.0f", 5.302e-05, "0"},
  {"%.4e", 0.0, "0.0000e+00"},
  {"%.3g", 2.723e-05, "2.72e-05"},
  {"%g", -0.0, "-0"},
  {"%10.3f", 679125643.62, "679125643.620"},
  {"%-12.4e|", 908927715853.9, "9.0893e+11  |"},
  {"%.6f", -23648860304.958, "-23648860304.958000"},
  {"%.1e", 853.3407, "8.5e+02"},
  {"%.3g", 39860.2, "3.99e+04"},
  {"%g", 0.001, "0.001"},
  {"%10.3f", 4645.137, "  4645.137"},
  {"%-12.4e|", 2595710931.286208, "2.5957e+09  |"},
  {"%.5f", -68238359.2998, "-68238359.29980"},
  {"%.7e", 935174.68634, "9.3517469e+05"},
  {"%.3g", 0.0, "0"},
  {"%g", 561318.23, "561318"},
  {"%10.3f", 0.4774, "     0.477"},
  {"%-12.4e|", 0.006701, "6.7010e-03  |"},
  {"%.4f", 0.0, "0.0000"},
  {"%.4e", 5.1, "5.1000e+00"},
  {"%.3g", 295111155456.42, "2.95e+11"},
  {"%g", 6135827.924, "6.13583e+06"},
  {"%10.3f", 568.425, "   568.425"},
  {"%-12.4e|", -2624353.825397, "-2.6244e+06 |"},
  {"%.3f", 1.472, "1.472"},
  {"%.1e", -35666.2, "-3.6e+04"},
  {"%.3g", -4.3e-06, "-4.3e-06"},
  {"%g", -39837707.7125053, "-3.98377e+07"},
  {"%10.3f", 4708879.96729068, "4708879.967"},
  {"%-12.4e|", 0.0, "0.0000e+00  |"},
  {"%.2f", 48199331388.61155, "48199331388.61"},
  {"%.7e", 0.0007123, "7.1230000e-04"},
  {"%.3g", 0.0, "0"},
  {"%g", -0.00484, "-0.00484"},
  {"%10.3f", 6.0e-07, "     0.000"},
  {"%-12.4e|", 2.2438841, "2.2439e+00  |"},
  {"%.1f", 0.008, "0.0"},
  {"%.4e", 739.2942324, "7.3929e+02"},
  {"%.3g", 6.6e-05, "6.6e-05"},
  {"%g", 8.0e-06, "8e-06"},
  {"%10.3f", 22516386926.753685, "22516386926.754"},
  {"%-12.4e|", 3627288.8832698, "3.6273e+06  |"},
  {"%.0f", -955280395007.63, "-955280395008"},
  {"%.1e", -3.68357, "-3.7e+00"},
  {"%.3g", -0.025, "-0.025"},
  {"%g", -56348.17527, "-56348.2"},
  {"%10.3f", 4.9, "     4.900"},
  {"%-12.4e|", 3373500361.0, "3.3735e+09  |"},
  {"%.6f", 8.981e-05, "0.000090"},
  {"%.7e", 4110291.02405943, "4.1102910e+06"},
  {"%.3g", 52626.22111586, "5.26e+04"},
  {"%g", 98551624.1695, "9.85516e+07"},
  {"%10.3f", 0.0, "     0.000"},
  {"%-12.4e|", -1.0e-06, "-1.0000e-06 |"},
  {"%.5f", 3.827, "3.82700"},
  {"%.4e", -7.009e-05, "-7.0090e-05"},
  {"%.3g", 97514526910.02916, "9.75e+10"},
  {"%g", -893.95126, "-893.951"},
  {"%10.3f", 0.00079653, "     0.001"},
  {"%-12.4e|", -1.0e-05, "-1.0000e-05 |"},
  {"%.4f", 78.674424, "78.6744"},
  {"%.1e", 65165234349.37, "6.5e+10"},
  {"%.3g", 0.01, "0.01"},
  {"%g", 485.4104, "485.41"},
  {"%10.3f", -1.59e-06, "    -0.000"},
  {"%-12.4e|", 0.37916842, "3.7917e-01  |"},
};

int main(int argc, char **argv) {
  kn_init(argc, argv, "format_test.c");
  CHECK_STR(FMT(STR("%d"), I(42)), "42");
  CHECK_STR(FMT(STR("%5d|"), I(42)), "   42|");
  CHECK_STR(FMT(STR("%-5d|"), I(42)), "42   |");
  CHECK_STR(FMT(STR("%05d"), I(-42)), "-0042");
  CHECK_STR(FMT(STR("%+d"), I(5)), "+5");
  CHECK_STR(FMT(STR("% d"), I(5)), " 5");
  CHECK_STR(FMT(STR("%x"), I(255)), "ff");
  CHECK_STR(FMT(STR("%X"), I(255)), "FF");
  CHECK_STR(FMT(STR("%#x"), I(255)), "0xff");
  CHECK_STR(FMT(STR("%o"), I(8)), "10");
  CHECK_STR(FMT(STR("%#o"), I(8)), "010");
  CHECK_STR(FMT(STR("%b"), I(5)), "101");
  CHECK_STR(FMT(STR("%#b"), I(5)), "0b101");
  CHECK_STR(FMT(STR("%x %o %b"), I(-255), I(-8), I(-5)), "..f01 ..70 ..1011");
  CHECK_STR(FMT(STR("%+x"), I(-255)), "-ff");
  CHECK_STR(FMT(STR("%08x"), I(-1)), "..ffffff");
  CHECK_STR(FMT(STR("%.3d"), I(7)), "007");
  CHECK_STR(FMT(STR("%d"), F(3.99)), "3");
  CHECK_STR(FMT(STR("%d"), F(-3.99)), "-3");
  CHECK_STR(FMT(STR("%d"), STR("0x1f")), "31");
  CHECK_STR(FMT(STR("%d"), kn_int_from_str("1180591620717411303424", 10)), "1180591620717411303424");
  CHECK_STR(FMT(STR("%x"), kn_int_from_str("1180591620717411303424", 10)), "400000000000000000");
  CHECK_STR(FMT(STR("%f"), F(3.14159)), "3.141590");
  CHECK_STR(FMT(STR("%.2f"), F(2.675)), "2.68");
  CHECK_STR(FMT(STR("%08.3f"), F(3.14159)), "0003.142");
  CHECK_STR(FMT(STR("%-8.2f|"), F(1.5)), "1.50    |");
  CHECK_STR(FMT(STR("%+.1f"), F(2.0)), "+2.0");
  CHECK_STR(FMT(STR("%e"), F(12345.678)), "1.234568e+04");
  CHECK_STR(FMT(STR("%.2e"), F(0.000123)), "1.23e-04");
  CHECK_STR(FMT(STR("%E"), F(1.5)), "1.500000E+00");
  CHECK_STR(FMT(STR("%g"), F(1.0e20)), "1e+20");
  CHECK_STR(FMT(STR("%g"), F(0.0001)), "0.0001");
  CHECK_STR(FMT(STR("%g"), F(123456789.0)), "1.23457e+08");
  CHECK_STR(FMT(STR("%g"), F(100000.0)), "100000");
  CHECK_STR(FMT(STR("%G"), F(1.0e-10)), "1E-10");
  CHECK_STR(FMT(STR("%f %f %5.1f|"), F(HUGE_VAL), F(-HUGE_VAL), F(NAN)), "Inf -Inf   NaN|");
  CHECK_STR(FMT(STR("%010.2f"), F(-HUGE_VAL)), "      -Inf");
  CHECK_STR(FMT(STR("%.0f %.0f %.0f"), F(0.5), F(1.5), F(2.5)), "0 2 2");
  CHECK_STR(FMT(STR("%#.0f"), F(1.0)), "1.");
  CHECK_STR(FMT(STR("%f"), I(1)), "1.000000");
  CHECK_STR(FMT(STR("%.1f"), F(0.05)), "0.1");
  CHECK_STR(FMT(STR("%.10f"), F(0.3333333333333333)), "0.3333333333");
  CHECK_STR(FMT(STR("%s"), STR("abc")), "abc");
  CHECK_STR(FMT(STR("%5s|%-5s|"), STR("ab"), STR("ab")), "   ab|ab   |");
  CHECK_STR(FMT(STR("%.2s"), STR("abcdef")), "ab");
  CHECK_STR(FMT(STR("%s"), SYM("sym")), "sym");
  CHECK_STR(FMT(STR("%s"), KN_NIL), "");
  CHECK_STR(FMT(STR("%p"), KN_NIL), "nil");
  CHECK_STR(FMT(STR("%p"), STR("a\"b")), "\"a\\\"b\"");
  CHECK_STR(FMT(STR("%s and %p"), I(1), STR("x")), "1 and \"x\"");
  CHECK_STR(FMT(STR("%5s|"), STR("é")), "    é|");
  CHECK_STR(FMT(STR("%-3s|"), STR("日本")), "日本 |");
  CHECK_STR(FMT(STR("%c%c"), I(65), STR("x")), "Ax");
  CHECK_STR(FMT(STR("%c"), I(9786)), "☺");
  CHECK_STR(FMT(STR("%%")), "%");
  CHECK_STR(FMT(STR("100%%")), "100%");
  CHECK_STR(FMT(STR("%<a>05d %{b}"), kwh(2, (kn_value[]){SYM("a"), I(3), SYM("b"), STR("hi")})), "00003 hi");
  CHECK_STR(FMT(STR("%-8{b}|"), kwh(1, (kn_value[]){SYM("b"), I(1)})), "1       |");
  CHECK_STR(FMT(STR("%<x>.2f"), kwh(1, (kn_value[]){SYM("x"), F(2.5)})), "2.50");
  CHECK_STR(FMT(STR("%*d|%-*d|"), I(5), I(1), I(4), I(2)), "    1|2   |");
  CHECK_STR(FMT(STR("%s"), kn_ary_new_from(2, (kn_value[]){I(1), STR("a")})), "[1, \"a\"]");
  CHECK_STR(FMT(STR("%05s"), STR("a")), "    a");
  CHECK_STR(FMT(STR("%.3s"), STR("日本語テキスト")), "日本語");
  CHECK_STR(FMT(STR("%3c|"), I(65)), "  A|");
  CHECK_RAISES(FMT(STR("%d %d"), I(1)), kn_eArgumentError, "too few arguments");
  CHECK_RAISES(FMT(STR("%d"), KN_NIL), kn_eTypeError, "can't convert nil into Integer");
  CHECK_RAISES(FMT(STR("%d"), STR("abc")), kn_eArgumentError, "invalid value for Integer(): \"abc\"");
  CHECK_RAISES(FMT(STR("%c"), STR("xyz")), kn_eArgumentError, "%c requires a character");
  CHECK_RAISES(FMT(STR("%<a>d"), kwh(1, (kn_value[]){SYM("b"), I(1)})), kn_eKeyError, "key<a> not found");
  CHECK_RAISES(FMT(STR("%z"), I(1)), kn_eArgumentError, "malformed format string - %z");
  CHECK_RAISES(FMT(STR("%f"), STR("x")), kn_eArgumentError, "invalid value for Float(): \"x\"");
  /* numbered arguments, and CRuby's errors for mixing the three kinds */
  CHECK_STR(FMT(STR("%2$s %1$s %2$05.1f"), F(1.25), F(2.5)), "2.5 1.25 002.5");
  CHECK_STR(FMT(STR("%1$*2$d|"), I(5), I(8)), "       5|");
  CHECK_STR(FMT(STR("%1$.*2$f"), F(3.14159), I(2)), "3.14");
  CHECK_STR(FMT(STR("%1$s%1$s"), STR("ab")), "abab");
  CHECK_STR(FMT(STR("%2$-6s|%1$+d"), I(7), STR("ab")), "ab    |+7");
  CHECK_STR(FMT(STR("%3$x %2$o %1$b"), I(5), I(8), I(255)), "ff 10 101");
  CHECK_STR(FMT(STR("%1$s"), I(1), I(2)), "1");
  CHECK_STR(FMT(STR("%.*f"), I(-2), F(3.14159)), "3.141590");
  CHECK_STR(FMT(STR("%{a}-%<a>5s"), kwh(1, (kn_value[]){SYM("a"), STR("z")})), "z-    z");
  kn_value dflt = kn_hash_new();
  KN_HASH(dflt)->ifnone = STR("dflt");
  CHECK_STR(FMT(STR("%{a}"), dflt), "dflt"); /* format('%{a}', Hash.new("dflt")) */
  CHECK_RAISES(FMT(STR("%1$s %s"), I(1), I(2)), kn_eArgumentError, "unnumbered(1) mixed with numbered");
  CHECK_RAISES(FMT(STR("%*2$d|"), I(5), I(8)), kn_eArgumentError, "unnumbered(1) mixed with numbered");
  CHECK_RAISES(FMT(STR("%s %1$s"), I(1), I(2)), kn_eArgumentError, "numbered(1) after unnumbered(1)");
  kn_value ha = kwh(1, (kn_value[]){SYM("a"), I(1)});
  CHECK_RAISES(FMT(STR("%<a>s %1$s"), ha), kn_eArgumentError, "numbered(1) after named");
  CHECK_RAISES(FMT(STR("%1$s %<a>s"), ha), kn_eArgumentError, "named<a> after numbered");
  CHECK_RAISES(FMT(STR("%s %<a>s"), ha), kn_eArgumentError, "named<a> after unnumbered(1)");
  CHECK_RAISES(FMT(STR("%<a>s %s"), ha), kn_eArgumentError, "unnumbered(1) mixed with named");
  CHECK_RAISES(FMT(STR("%0$s"), I(1)), kn_eArgumentError, "malformed format string - %$");
  CHECK_RAISES(FMT(STR("%1$1$s"), I(1)), kn_eArgumentError, "value given twice - 1$");
  CHECK_RAISES(FMT(STR("%3$s"), I(1)), kn_eArgumentError, "too few arguments");
  for (size_t i = 0; i < sizeof random_float_cases / sizeof random_float_cases[0]; i++)
    CHECK_STR(FMT(STR(random_float_cases[i].fmt), F(random_float_cases[i].d)), random_float_cases[i].want);
  return kn_test_finish();
}
