# Number theory toolkit: digits/digit sums, pow with a modulus, gcd/lcm,
# extended Euclid and modular inverse, a toy RSA round trip, Rational
# continued fractions, Integer.sqrt, and Luhn check digits.

def ext_gcd(a, b)
  return [a, 1, 0] if b.zero?

  g, x, y = ext_gcd(b, a % b)
  [g, y, x - (a / b) * y]
end

def mod_inverse(a, m)
  g, x, = ext_gcd(a, m)
  raise ArgumentError, "#{a} has no inverse mod #{m}" unless g == 1

  x % m
end

def prime?(n)
  return false if n < 2

  (2..Integer.sqrt(n)).none? { |d| (n % d).zero? }
end

def luhn_valid?(number)
  sum = number.digits.each_with_index.sum do |d, i|
    i.odd? ? (d * 2).digits.sum : d
  end
  (sum % 10).zero?
end

def luhn_check_digit(partial)
  (0..9).find { |d| luhn_valid?(partial * 10 + d) }
end

def continued_fraction(r)
  terms = []
  loop do
    whole = r.floor
    terms << whole
    frac = r - whole
    break if frac.zero?

    r = 1 / frac
  end
  terms
end

def convergents(terms)
  terms.each_index.map do |i|
    terms[0..i].reverse.reduce { |acc, t| t + Rational(1, acc) }
  end
end

p 12345.digits, 2**100 % 997, (2**100).digits.sum, 255.digits(16), 0.digits
p 3.pow(200, 1_000_007), 7.pow(0, 13), (-3).pow(3, 5), 2.pow(10)
p 84.gcd(36), 84.lcm(36), 84.gcdlcm(36), [12, 18, 30].reduce(:gcd), (1..10).reduce(:lcm)
p ext_gcd(240, 46), mod_inverse(17, 3120)
begin
  mod_inverse(6, 9)
rescue ArgumentError => e
  puts e.message
end

p_, q_ = 61, 53
n = p_ * q_
phi = (p_ - 1) * (q_ - 1)
e = 17
d = mod_inverse(e, phi)
message = "HI KILN".bytes
cipher = message.map { |m| m.pow(e, n) }
plain = cipher.map { |c| c.pow(d, n) }
p n, d, cipher, plain.pack("C*")

p (1..50).select { |k| prime?(k) }, prime?(7919), Integer.sqrt(10**20 + 1), Integer.sqrt(99)
p luhn_valid?(4539_1488_0343_6467), luhn_valid?(1234_5678_9012_3456), luhn_check_digit(7_992_739_871)

r = Rational(415, 93)
p r, continued_fraction(r), convergents(continued_fraction(r))
p continued_fraction(Rational(355, 113)), Rational(3, 4) + Rational(1, 6), Rational(7, 3).floor, Rational(-7, 3).ceil
p Rational(1, 3).round(2), Rational(5, 2).round, Rational(1, 3).to_f.round(5), 0.75.to_r, 1.5.rationalize, Rational("0.125")
p 10.fdiv(4), 10.divmod(3), (-10).divmod(3), 10.remainder(-3), -7 / 2, -7 % 3, 7.0.divmod(-2)
p 2**64, (2**64).bit_length, (2**64 - 1).to_s(16), "ff" .hex, "777".oct, "0b1011".to_i(0), "z".to_i(36)
p 100.to_s(2).count("1"), 6.5.floor, -6.5.round, 6.5.round, 7.5.round, 2.5.round(half: :even), 1234.5678.round(-2), 1234.5678.floor(2)
p (1..20).select { |k| (1..k).sum == k * (k + 1) / 2 }.size, 10.downto(7).to_a, 1.step(10, 4).to_a
fact = ->(k) { (1..k).inject(1, :*) }
p fact.(25), fact.(25).digits.count(0), fact.(20).to_s.reverse.index(/[^0]/)
p 1_000_000.to_s.reverse.scan(/\d{1,3}/).join(",").reverse, 12.34.truncate, -12.99.to_i, 9.99.ceil
p Integer("0x1A", 16) rescue p $!.message
p Integer("1A", 16), Integer("0b101"), Integer("  42  "), Float("1e3"), "3.7abc".to_f
p 17.0 / 0, -1 / 0.0, (0.0 / 0).nan?, 1e308 * 10, 0.1 + 0.2, (0.1 + 0.2).round(15), 1.0.next_float > 1
