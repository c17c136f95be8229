# Integer number theory helpers: digits, pow with modulus, bit_length, checksums and bases.
def luhn_valid?(number)
  digits = number.to_s.delete(" ").to_i.digits
  sum = digits.each_with_index.sum { |d, i| i.odd? ? (d * 2).divmod(10).sum : d }
  (sum % 10).zero?
end

def isbn10_check(isbn9)
  total = isbn9.to_s.rjust(9, "0").chars.map(&:to_i).each_with_index.sum { |d, i| d * (10 - i) }
  c = (11 - total % 11) % 11
  c == 10 ? "X" : c.to_s
end

def mod_inverse(a, m) = a.pow(m - 2, m)

def rsa_demo
  p_, q = 61, 53
  n = p_ * q
  phi = (p_ - 1) * (q - 1)
  e = 17
  d = (1..phi).find { |k| (k * e) % phi == 1 }
  msg = 65
  c = msg.pow(e, n)
  [n, d, c, c.pow(d, n)]
end

p 12345.digits, 12345.digits(100), 255.digits(16), 0.digits, 10.digits(2)
p 9875.digits.sum, 2**100.digits.size rescue p $!.class
p (2**100).digits.sum, (2**100).to_s.size, 99.digits.reverse.join.to_i
p %w[4539578763621486 4539578763621487 79927398713].map { |n| luhn_valid?(n) }
p isbn10_check("030640615"), isbn10_check(12)
p 3.pow(4), 3.pow(200, 1000), 2.pow(10, 1000), (-3).pow(3, 7), 5.pow(0, 3)
p 7.pow(123456789, 1_000_000_007), mod_inverse(3, 11), (3 * mod_inverse(3, 11)) % 11
p rsa_demo
p [0, 1, 2, 255, 256, -1, -256, -257, 2**64, -(2**64)].map(&:bit_length)
p 255.to_s(2), 255.to_s(16), "ff".to_i(16), "0b1010".to_i(0), "777".oct, "z".to_i(36), 35.to_s(36)
p 10.gcd(4), 10.lcm(4), -7.abs, 7.pred, 6.succ, -7 / 2, -7 % 3, -7.remainder(3), 7.fdiv(2)
p 17.divmod(5), -17.divmod(5), 17.divmod(-5), 2**-1, 0**0, 4**0.5, Integer.sqrt(99), 10**20 / 3
p 1234567.to_s.reverse.scan(/\d{1,3}/).join(",").reverse, 1e3.to_i, 12.5.to_i, -12.5.truncate, 12.5.round
p 25.round(-1), 15.round(-1), 1234.floor(-2), 1234.ceil(-2), -1234.round(-2), 35.round(-1, half: :even)
p 6[0], 6[1], 6[2], 0b1011 & 0b0110, 0b1011 | 1, 0b1011 ^ 0b1111, ~5, 1 << 70, -16 >> 2
p 5.bit_length, 1.0.next_float > 1, 10.times.sum, 3.zero?, 0.zero?, 5.positive?, -5.negative?
p 10.clamp(1, 5), 7.between?(1, 10), 3.14.floor(1), 3.15.ceil(1), 1.23456.round(3), Integer === 2**70
p (1..20).select { |n| n.to_s(2).count("1") == 2 }, 100.digits.each_slice(2).map(&:sum)
p 2**64 + 1, (2**64).class, (2**64 - 2**64).class, (3**40) % 1000, -(2**70) / 3, (2**70).fdiv(2**69)
p [1, 2, 3].sum { |x| x.pow(2) }, 1_000_000.to_s.size, 6.times.map { |i| i.pow(i) }
armstrong = (100..999).select { |n| n.digits.sum { |d| d**3 } == n }
p armstrong, (1..500).select { |n| (1...n).select { |d| (n % d).zero? }.sum == n }.first(3) rescue p $!
p 123.digits.reverse == [1, 2, 3], Integer("0x1A", 16) rescue p $!.message
p Integer("0x1A"), Integer("-0b11"), Integer(" 42 "), Integer("1_000"), Float("1e3")
begin
  Integer("12abc")
rescue ArgumentError => e
  puts e.message
end
begin
  -5.digits
rescue Math::DomainError => e
  puts "#{e.class}: #{e.message}"
end
begin
  3.pow(2, 0)
rescue ZeroDivisionError => e
  puts "ZeroDivisionError: #{e.message}"
end
