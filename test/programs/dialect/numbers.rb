# Integer and Float arithmetic: operators, division and modulo signs, Bignum overflow,
# Float formatting, conversions, comparisons, and the numeric methods a compiler uses.
p 1 + 2, 7 - 10, 6 * 7, 7 / 2, -7 / 2, 7 % 3, -7 % 3, 7.fdiv(2), 2**10
p 7.divmod(2), -7.divmod(2), 7.remainder(-2), 10.gcd(4), 10.lcm(4)
p 2**64, 2**64 - 1, -(2**70), (2**62) * (2**62), 2**62 - 1 + 1
big = 2**62 - 1
p big + 1, big * 2, (big + 1) - 1, (big + 1).class, -big - 2, big.class
p 100.digits, 255.to_s(2), "11".to_i(2), 1_000_000
p 1.5 + 2, 1.0 / 3, 10.0 / 4, 2.5 * 2, 1e20, 1e16, 1.23e-5, 100.0, 1.0e15, -0.0
p 3.7.floor, 3.2.ceil, 3.5.round, -3.5.round, 3.14159.round(2), 3.9.to_i, 7.to_f
p 0.1 + 0.2, 1.0 / 0, -1.0 / 0, (0.0 / 0).nan?
p 10.0.to_s, 1e100.to_s, 123456789.123456789, 2.0**0.5
p 5.abs, -5.abs, -2.5.abs, 5.pred, 5.succ, 3.zero?, 0.zero?, 4.even?, 3.odd?
p 3 <=> 5, 5 <=> 5, 1.5 <=> 1, 1 == 1.0, 1.eql?(1.0), 1.equal?(1)
p [3, 1.5, 2].max, [3, 1.5, 2].min, [1, 2.5].sum, 10.clamp(1, 5)
p Integer("42"), Float("2.5"), 42.to_s.rjust(5, "0"), 3.14.to_s
p 17.between?(1, 20), 5.positive?, -5.negative?, 10.pow(3, 7)
p 1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3, ~5
p 10.0.floor, 10.9.truncate, -10.9.truncate, 1.5e3.to_i
p Integer === 3, Float === 3, (1..3) === 2, Numeric === 2.0
p 7.0.div(2), 7.0 % 2, -7.0 % 2
x = 5
x -= 2
x *= 3
x /= 2
x **= 2
x %= 7
p x
p 1.0.to_i.class, 3.0 * 1.5, 2.0 ** 3, 4 ** 0.5
p 0.1 * 3, 1.1 + 2.2, 3.0e-10, 12.5.to_s, 1.0e-4, 0.0001
p 1234567.89.round(1), 1e2.to_i, 99.999.round, 5.0 / 3
