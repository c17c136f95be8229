/* integer_test.c: fixnum/Bignum arithmetic and Integer's methods (expected values recorded from ruby 3.1). */
#include "harness.h"

#define CASE(expr, want) CHECK_INSPECT(expr, want)

static kn_value times_sum;
static kn_value sum_block(kn_value proc, int argc, const kn_value *argv, kn_value blk) {
  times_sum = kn_op_plus(times_sum, argv[0]);
  return KN_NIL;
}

int main(int argc, char **argv) {
  kn_init(argc, argv, "integer_test.c");
  CHECK(KN_FIXNUM_P(kn_int_new(KN_FIXNUM_MAX)));
  CHECK(KN_BIGNUM_P(kn_int_new(KN_FIXNUM_MAX + 1)));
  CHECK(kn_num2long(kn_int_new(INT64_MIN)) == INT64_MIN);
  /* a Bignum that shrinks back is a fixnum again */
  CHECK(KN_FIXNUM_P(kn_op_minus(kn_op_plus(I(KN_FIXNUM_MAX), I(1)), I(1))));
  kn_value blk = kn_proc_new(sum_block, KN_NIL, NULL, 1, false);
  times_sum = I(0);
  kn_send(I(5), SYM("times"), 0, NULL, blk);
  CHECK_INSPECT(times_sum, "10");
  times_sum = I(0);
  kn_send(I(3), SYM("upto"), 1, (kn_value[]){I(6)}, blk);
  CHECK_INSPECT(times_sum, "18");
  times_sum = I(0);
  kn_send(I(6), SYM("downto"), 1, (kn_value[]){I(3)}, blk);
  CHECK_INSPECT(times_sum, "18");
  times_sum = I(0);
  kn_send(I(1), SYM("step"), 2, (kn_value[]){I(10), I(3)}, blk);
  CHECK_INSPECT(times_sum, "22");
  CASE(kn_op_plus(I(4611686018427387903), I(1)), "4611686018427387904"); /* 4611686018427387903 + 1 */
  CASE(kn_op_minus(I(-4611686018427387904), I(1)), "-4611686018427387905"); /* -4611686018427387904 - 1 */
  CASE(kn_op_mul(I(4611686018427387903), I(4611686018427387903)), "21267647932558653957237540927630737409"); /* 4611686018427387903 * 4611686018427387903 */
  CASE(kn_op_div(I(7), I(2)), "3"); /* 7 / 2 */
  CASE(kn_op_div(I(-7), I(2)), "-4"); /* -7 / 2 */
  CASE(kn_op_div(I(7), I(-2)), "-4"); /* 7 / -2 */
  CASE(kn_op_mod(I(-7), I(2)), "1"); /* -7 % 2 */
  CASE(kn_op_mod(I(7), I(-2)), "-1"); /* 7 % -2 */
  CASE(kn_op_mod(I(-7), I(-2)), "-1"); /* -7 % -2 */
  CASE(kn_op_div(I(-4611686018427387904), I(-1)), "4611686018427387904"); /* -4611686018427387904 / -1 */
  CASE(CALL1(kn_int_pow(I(2), I(64)), "/", I(-3)), "-6148914691236517206"); /* 2**64 / -3 */
  CASE(CALL1(kn_int_pow(I(2), I(64)), "%", I(-3)), "-2"); /* 2**64 % -3 */
  CASE(CALL1(I(-7), "divmod", I(2)), "[-4, 1]"); /* -7.divmod(2) */
  CASE(CALL1(I(7), "remainder", I(-2)), "1"); /* 7.remainder(-2) */
  CASE(CALL1(I(2), "**", I(100)), "1267650600228229401496703205376"); /* 2**100 */
  CASE(CALL1(I(-3), "**", I(3)), "-27"); /* (-3)**3 */
  CASE(CALL1(I(2), "**", F(0.5)), "1.4142135623730951"); /* 2**0.5 */
  CASE(CALL1(I(10), "fdiv", I(4)), "2.5"); /* 10.fdiv(4) */
  CASE(CALL2(I(3), "pow", I(100), I(7)), "4"); /* 3.pow(100, 7) */
  CASE(CALL2(I(3), "pow", I(5), I(-7)), "-2"); /* 3.pow(5, -7) */
  CASE(CALL0(I(5), "-@"), "-5"); /* -5 */
  CASE(CALL0(I(5), "~"), "-6"); /* ~5 */
  CASE(CALL0(kn_int_pow(I(2), I(64)), "~"), "-18446744073709551617"); /* ~(2**64) */
  CASE(CALL1(I(12), "&", I(10)), "8"); /* 12 & 10 */
  CASE(CALL1(I(12), "|", I(3)), "15"); /* 12 | 3 */
  CASE(CALL1(I(12), "^", I(10)), "6"); /* 12 ^ 10 */
  CASE(CALL1(I(-12), "&", kn_int_pow(I(2), I(64))), "18446744073709551616"); /* -12 & 2**64 */
  CASE(CALL1(I(1), "<<", I(70)), "1180591620717411303424"); /* 1 << 70 */
  CASE(CALL1(I(-1), "<<", I(3)), "-8"); /* -1 << 3 */
  CASE(CALL1(kn_int_pow(I(2), I(64)), ">>", I(60)), "16"); /* 2**64 >> 60 */
  CASE(CALL1(I(-16), ">>", I(2)), "-4"); /* -16 >> 2 */
  CASE(CALL1(I(5), ">>", I(100)), "0"); /* 5 >> 100 */
  CASE(CALL1(I(-5), ">>", I(100)), "-1"); /* -5 >> 100 */
  CASE(CALL1(I(5), "[]", I(0)), "1"); /* 5[0] */
  CASE(CALL1(I(5), "[]", I(1)), "0"); /* 5[1] */
  CASE(CALL1(I(1), "<=>", I(2)), "-1"); /* 1 <=> 2 */
  CASE(CALL1(kn_int_pow(I(2), I(64)), "<=>", I(2)), "1"); /* 2**64 <=> 2 */
  CASE(CALL1(I(1), "<=>", STR("a")), "nil"); /* 1 <=> 'a' */
  CASE(CALL1(I(1), "==", F(1.0)), "true"); /* 1 == 1.0 */
  CASE(CALL1(I(1), "eql?", F(1.0)), "false"); /* 1.eql?(1.0) */
  CASE(CALL1(kn_int_pow(I(2), I(64)), "==", kn_int_pow(I(2), I(64))), "true"); /* 2**64 == 2**64 */
  CASE(CALL1(I(3), "<", F(3.5)), "true"); /* 3 < 3.5 */
  CASE(CALL1(kn_int_pow(I(2), I(53)), "<", F(9007199254740992.0)), "false"); /* 2**53 < 9007199254740992.0 */
  CASE(CALL1(kn_op_plus(kn_int_pow(I(2), I(53)), I(1)), ">", F(9007199254740992.0)), "true"); /* 2**53+1 > 9007199254740992.0 */
  CASE(CALL0(I(-5), "abs"), "5"); /* -5.abs */
  CASE(CALL0(I(-5), "abs2"), "25"); /* -5.abs2 */
  CASE(CALL0(kn_int_pow(I(2), I(40)), "abs2"), "1208925819614629174706176"); /* (2**40).abs2 */
  CASE(CALL0(F(-1.5), "abs2"), "2.25"); /* -1.5.abs2 */
  CASE(CALL1(I(255), "to_s", I(2)), "\"11111111\""); /* 255.to_s(2) */
  CASE(CALL1(I(-255), "to_s", I(16)), "\"-ff\""); /* -255.to_s(16) */
  CASE(CALL1(kn_int_pow(I(2), I(64)), "to_s", I(36)), "\"3w5e11264sgsg\""); /* (2**64).to_s(36) */
  CASE(CALL0(kn_int_pow(I(2), I(64)), "inspect"), "\"18446744073709551616\""); /* (2**64).inspect */
  CASE(CALL0(I(65), "chr"), "\"A\""); /* 65.chr */
  CASE(CALL0(I(97), "ord"), "97"); /* 97.ord */
  CASE(CALL0(I(0), "succ"), "1"); /* 0.succ */
  CASE(CALL0(I(0), "pred"), "-1"); /* 0.pred */
  CASE(CALL0(I(4), "even?"), "true"); /* 4.even? */
  CASE(CALL0(kn_int_pow(I(2), I(64)), "odd?"), "false"); /* (2**64).odd? */
  CASE(CALL0(I(0), "zero?"), "true"); /* 0.zero? */
  CASE(CALL0(I(-3), "negative?"), "true"); /* -3.negative? */
  CASE(CALL0(I(3), "positive?"), "true"); /* 3.positive? */
  CASE(CALL0(I(1234), "digits"), "[4, 3, 2, 1]"); /* 1234.digits */
  CASE(CALL1(I(255), "digits", I(16)), "[15, 15]"); /* 255.digits(16) */
  CASE(CALL1(I(12), "gcd", I(18)), "6"); /* 12.gcd(18) */
  CASE(CALL1(I(4), "lcm", I(6)), "12"); /* 4.lcm(6) */
  CASE(CALL0(I(255), "bit_length"), "8"); /* 255.bit_length */
  CASE(CALL0(I(-256), "bit_length"), "8"); /* -256.bit_length */
  CASE(CALL0(kn_int_pow(I(2), I(64)), "bit_length"), "65"); /* (2**64).bit_length */
  /* Bignum operands read in place, fixnums viewed as one-limb mpz, results taking their limbs */
  kn_value big = kn_int_pow(I(2), I(64)), nbig = CALL0(big, "-@");
  CASE(CALL0(nbig, "bit_length"), "64"); /* (-(2**64)).bit_length */
  CASE(CALL0(kn_op_minus(nbig, I(1)), "bit_length"), "65"); /* (-(2**64)-1).bit_length */
  CASE(CALL0(kn_op_plus(nbig, I(1)), "bit_length"), "64"); /* (-(2**64)+1).bit_length */
  CASE(CALL2(big, "pow", I(3), kn_op_plus(CALL0(kn_int_pow(I(2), I(70)), "-@"), I(1))), "-1180587117117783932927"); /* (2**64).pow(3, -(2**70)+1) */
  CASE(CALL2(kn_op_plus(big, I(3)), "pow", I(5), I(-1000003)), "-391082"); /* (2**64+3).pow(5, -1000003) */
  CASE(CALL1(CALL0(kn_int_pow(I(2), I(80)), "-@"), ">>", I(3)), "-151115727451828646838272"); /* (-(2**80)) >> 3 */
  CASE(kn_op_mul(kn_int_pow(I(2), I(80)), I(-3)), "-3626777458843887524118528"); /* (2**80) * -3 */
  CASE(kn_op_mod(kn_int_pow(I(2), I(100)), I(-7)), "-5"); /* (2**100) % -7 */
  CASE(CALL1(CALL0(kn_int_pow(I(2), I(100)), "-@"), "to_s", I(7)), "\"-322653455556104044451560330542514132\""); /* (-(2**100)).to_s(7) */
  CHECK(KN_FIXNUM_P(kn_op_plus(kn_op_minus(big, big), I(5)))); /* 2**64 - 2**64 + 5 is a fixnum */
  CASE(kn_op_minus(I(5), big), "-18446744073709551611"); /* 5 - 2**64 */
  CASE(CALL1(big, "<=>", kn_op_plus(big, I(1))), "-1"); /* (2**64) <=> (2**64+1) */
  CASE(CALL1(nbig, "fdiv", I(3)), "-6.148914691236517e+18"); /* (-(2**64)).fdiv(3) */
  CASE(CALL0(I(1), "size"), "8"); /* 1.size */
  CASE(CALL1(I(1234), "floor", I(-2)), "1200"); /* 1234.floor(-2) */
  CASE(CALL1(I(1250), "round", I(-2)), "1300"); /* 1250.round(-2) */
  CASE(CALL1(I(-1250), "round", I(-2)), "-1300"); /* -1250.round(-2) */
  CASE(CALL1(I(1234), "ceil", I(-2)), "1300"); /* 1234.ceil(-2) */
  CASE(CALL1(I(-1234), "truncate", I(-2)), "-1200"); /* -1234.truncate(-2) */
  CASE(CALL1(I(15), "round", I(1)), "15"); /* 15.round(1) */
  CASE(CALL1(kn_cInteger, "sqrt", I(24)), "4"); /* Integer.sqrt(24) */
  CASE(CALL1(kn_cInteger, "sqrt", kn_int_pow(I(10), I(40))), "100000000000000000000"); /* Integer.sqrt(10**40) */
  CASE(CALL1(I(1), "coerce", F(2.5)), "[2.5, 1.0]"); /* 1.coerce(2.5) */
  CASE(CALL1(I(1), "coerce", I(2)), "[2, 1]"); /* 1.coerce(2) */
  CASE(kn_int_from_str("123456789012345678901234567890", 10), "123456789012345678901234567890"); /* 123456789012345678901234567890 */
  CASE(kn_int_from_str("-ff_ff", 16), "-65535"); /* -0xffff */
  CASE(CALL0(kn_int_pow(I(10), I(25)), "to_f"), "1.0e+25"); /* (10**25).to_f */
  CASE(CALL0(kn_op_plus(kn_int_pow(I(2), I(62)), I(0)), "class"), "Integer"); /* (2**62).class */
  CASE(CALL1(I(10), "div", F(3.0)), "3"); /* 10.div(3.0) */
  CHECK_RAISES(kn_op_div(I(1), I(0)), kn_eZeroDivisionError, "divided by 0");  /* 1 / 0 */
  CHECK_RAISES(kn_op_mod(I(1), I(0)), kn_eZeroDivisionError, "divided by 0");  /* 1 % 0 */
  CHECK_RAISES(CALL1(kn_int_pow(I(2), I(64)), "/", I(0)), kn_eZeroDivisionError, "divided by 0");  /* 2**64 / 0 */
  CHECK_RAISES(CALL1(I(1), "divmod", I(0)), kn_eZeroDivisionError, "divided by 0");  /* 1.divmod(0) */
  CHECK_RAISES(CALL1(I(1), "div", F(0.0)), kn_eZeroDivisionError, "divided by 0");  /* 1.div(0.0) */
  CHECK_RAISES(kn_op_plus(I(1), KN_NIL), kn_eTypeError, "nil can't be coerced into Integer");  /* 1 + nil */
  CHECK_RAISES(kn_op_plus(I(1), STR("a")), kn_eTypeError, "String can't be coerced into Integer");  /* 1 + 'a' */
  CHECK_RAISES(kn_op_lt(I(1), KN_NIL), kn_eArgumentError, "comparison of Integer with nil failed");  /* 1 < nil */
  CHECK_RAISES(kn_op_lt(I(1), SYM("a")), kn_eArgumentError, "comparison of Integer with :a failed");  /* 1 < :a */
  CHECK_RAISES(CALL0(I(300), "chr"), kn_eRangeError, "300 out of char range");  /* 300.chr */
  CHECK_RAISES(CALL0(I(-1), "chr"), kn_eRangeError, "-1 out of char range");  /* -1.chr */
  CHECK_RAISES(CALL1(I(10), "to_s", I(37)), kn_eArgumentError, "invalid radix 37");  /* 10.to_s(37) */
  CHECK_RAISES(CALL0(I(-1), "digits"), kn_eMathDomainError, "out of domain");  /* -1.digits */
  CHECK_RAISES(CALL1(kn_cInteger, "sqrt", I(-1)), kn_eMathDomainError, "Numerical argument is out of domain - \"isqrt\"");  /* Integer.sqrt(-1) */
  CHECK_RAISES(CALL1(I(1), "&", F(1.5)), kn_eTypeError, "1.5 can't be coerced into Integer");  /* 1 & 1.5 */
  CHECK_RAISES(CALL0(kn_cInteger, "new"), kn_eNoMethodError, "undefined method `new' for Integer:Class");  /* Integer.new */
  return kn_test_finish();
}
