# Integer methods: digits, pow(mod), gcd/lcm, bit ops, bases, rounding, bignums.
n = 9_876_543_210
p n.digits, n.digits.sum, n.digits(100), 255.digits(16)
p 2.pow(100), 2.pow(100, 1_000_007), 3.pow(200, 13), (-7).pow(3, 5)
p 12.gcd(18), 12.lcm(18), 12.gcdlcm(18), [84, 126, 210].reduce(:gcd), (1..10).reduce(:lcm)
p 0b1011 & 0b0110, 0b1011 | 0b0110, 0b1011 ^ 0b0110, ~5, 1 << 10, 1024 >> 3, -16 >> 2
p 255.to_s(2), 255.to_s(16), "ff".to_i(16), "0b101".to_i(0), "777".oct, "z".to_i(36), 35.to_s(36)
p 10.bit_length, 255.bit_length, (2**64).bit_length, -1.bit_length, 6[1], 6[0]
p 17.divmod(5), -17.divmod(5), 17.divmod(-5), -17 / 5, -17 % 5, -17.remainder(5), 17.fdiv(5)
p 1234.5678.round(2), 1234.round(-2), 1250.round(-2), 1350.round(-2), 1234.floor(-2), 1234.ceil(-2)
p 25.round(-1, half: :even), 35.round(-1, half: :even), 25.round(-1, half: :down), 25.round(-1, half: :up)
p Integer.sqrt(99), Math.sqrt(99).floor, Integer.sqrt(10**20), 10.pred, 10.succ, -5.abs, 5.0.to_i
p 6.times.to_a, 3.upto(6).to_a, 6.downto(3).to_a, 1.step(10, 4).to_a, 10.step(1, -3).to_a
p 10.clamp(1, 5), -3.clamp(0..), 7.between?(1, 10), 0.zero?, 3.positive?, -3.negative?
p 100.to_s.rjust(8, "0"), 1_000_000.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
p 2**64, -(2**64), (2**64).to_s(16), (2**100) / (2**98), (10**30) % 7, (3**50).digits.size
p 123_456_789 * 987_654_321, 20.downto(1).reduce(:*), (1..30).reduce(:*).to_s.size
p 5.coerce(2.0), 7.0.to_i, 7.9.truncate, -7.9.truncate, -7.5.round, 7.5.round, 6.5.round
p 255.chr.bytes, 65.chr, 0x1F600.chr("UTF-8"), "😀".ord.to_s(16)
p 10.0 / 3, 10 / 3, 10 % 3.5, 2**0.5, 4**-1, 10.0.floor, 10.7.ceil, -0.0.zero?

def popcount(x) = x.to_s(2).count("1")
def perfect?(x) = (1...x).select { |d| (x % d).zero? }.sum == x
def prime?(x) = x > 1 && (2..Integer.sqrt(x)).none? { |d| (x % d).zero? }
def collatz_len(x) = x == 1 ? 1 : 1 + collatz_len(x.even? ? x / 2 : 3 * x + 1)
p (1..20).map { |x| popcount(x) }, (1..500).select { |x| perfect?(x) }
p (1..50).select { |x| prime?(x) }, collatz_len(27)
p (1..16).map { |x| x & (x - 1) == 0 ? x : nil }.compact
flags = { read: 1, write: 2, exec: 4 }
mode = flags[:read] | flags[:exec]
p flags.select { |_, bit| mode & bit != 0 }.keys, mode.to_s(2).rjust(3, "0")
p (mode | flags[:write]) ^ flags[:read], mode.anybits?(2), mode.allbits?(5), mode.nobits?(2)
p 1.0.nan?, (0.0 / 0.0).nan?, (1.0 / 0).infinite?, 1e308 * 10, -1 / 0.0
p 3.14.to_r rescue p $!.class
p Integer("42"), Integer("0x1A", 16) rescue p $!.message
p Integer("0x1A"), Float("3.5e2"), "12abc".to_i, "abc".to_i, " 42 ".to_i
begin
  Integer("12abc")
rescue ArgumentError => e
  puts e.message
end
p 1234567.89.to_s, 1e20.to_i, 1e-5, 100.0, 1.23456789e+20, 2.5e-10.to_s
