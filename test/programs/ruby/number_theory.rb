# Number theory and numeric formatting helpers.

module NumberTheory
  module_function

  def prime?(n)
    return false if n < 2
    return true if n < 4
    return false if n.even?
    (3..Integer.sqrt(n)).step(2).none? { |d| (n % d).zero? }
  end

  def factorize(n)
    factors = Hash.new(0)
    d = 2
    while d * d <= n
      while (n % d).zero?
        factors[d] += 1
        n /= d
      end
      d += d == 2 ? 1 : 2
    end
    factors[n] += 1 if n > 1
    factors
  end

  def totient(n)
    factorize(n).keys.reduce(n) { |acc, p| acc / p * (p - 1) }
  end

  def divisors(n)
    (1..Integer.sqrt(n)).each_with_object([]) do |d, acc|
      next unless (n % d).zero?
      acc << d
      acc << n / d unless d * d == n
    end.sort
  end

  def perfect?(n) = divisors(n).sum - n == n

  def modinv(a, m)
    a.pow(totient(m) - 1, m)
  end

  def collatz_length(n)
    steps = 0
    until n == 1
      n = n.even? ? n / 2 : 3 * n + 1
      steps += 1
    end
    steps
  end
end

include NumberTheory

p (1..50).select { |n| prime?(n) }
p factorize(360), factorize(97), factorize(2**10 * 3**4)
p factorize(360).map { |b, e| e == 1 ? b.to_s : "#{b}^#{e}" }.join(" * ")
p (1..12).map { |n| totient(n) }
p divisors(36), divisors(97)
p (1..10_000).select { |n| perfect?(n) }
p modinv(3, 11), (3 * modinv(3, 11)) % 11
p 7.pow(128, 13), 2.pow(100), 2.pow(100, 1_000_007)
p 12.gcd(18), 12.lcm(18), 0.gcd(5), -12.gcd(18), [12, 18, 30].reduce(:gcd), [4, 6, 10].reduce(1, :lcm)
p 1234.digits, 1234.digits(16), 255.digits(2).reverse.join
p 12345.to_s.chars.map(&:to_i).sum, 2**64, (2**64).digits.size
p (1..30).max_by { |n| collatz_length(n) }, collatz_length(27)
p Integer.sqrt(10**20), Math.sqrt(2), 10.fdiv(4), 7.divmod(-2), -7.divmod(2), -7 % 3, -7.remainder(3)
p 255.to_s(2), 255.to_s(16), "ff".to_i(16), "0b1010".to_i(0), "777".oct, "z".ord, 122.chr
p 10.bit_length, -1.bit_length, 5[0], 5[1], 6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, -16 >> 2

# Floats: rounding and to_s
p 3.14159.round(2), 3.14159.floor(3), 3.14159.ceil(1), 1234.5678.round(-2), 1234.round(-2), 2.5.round, 3.5.round, -2.5.round
p 2.5.round(half: :even), 2.5.round(half: :down), 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e20, 1e16, 1.5e-5, 0.0001, 123456789.123456789
p 1e100, -0.0, 2.0**62, 2**0.5, 10.0**-3, 1/3r + 0.5, 1.23456e-300
p Float::INFINITY, -Float::INFINITY, (0.0 / 0.0).nan?, Float::EPSILON, Float::MAX, Float::MIN
p 7.0.floor, 7.9.to_i, -7.9.truncate, -7.9.floor, -7.1.ceil, 7.0 == 7, 7.0.eql?(7), 7.0.to_r, 0.75.to_r, 0.1.rationalize(1/100r)
p format("%.2f", 2.675), format("%.3e", 123456.0), format("%g", 1e-5), format("%g", 123456789.0), format("%10.4f|", Math::PI), format("%-10.1f|", -2.25)
p 1234567.89.to_s, 12.0.to_s, 1.0e-4.to_s, 12345678901234567.0.to_s

# Rational
r = Rational(3, 4)
p r, r + 1, r * 2, r / 3, r ** 2, r - Rational(1, 4), r.numerator, r.denominator
p Rational("2/6"), 0.5.to_r + r, r.to_f, r.round(1), Rational(7, 2).floor, Rational(-7, 2).ceil, r <=> 1, [r, 1/2r, 2/3r].sort
harmonic = (1..10).sum { |k| Rational(1, k) }
p harmonic, harmonic.to_f.round(6)
p (1..6).map { |n| Rational(1, n) }.reduce(:+)

def with_delimiter(n)
  int, frac = n.to_s.split(".")
  int = int.reverse.scan(/\d{1,3}/).join(",").reverse
  int = "-#{int}" if n.negative?
  frac ? "#{int}.#{frac}" : int
end

p with_delimiter(1234567), with_delimiter(-9876543.21), with_delimiter(999)
