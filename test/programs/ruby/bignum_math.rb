# arbitrary precision integer math
def fact(n) = (1..n).inject(1, :*)
f50 = fact(50)
p f50, f50.to_s.size, f50.digits.sum, f50.to_s.count("0")
p 2**100, 2**100 - 1, (2**100).to_s(16), (2**100) / 3, (2**100) % 97, -(2**70) / 3, -(2**70) % 7
p (3**200).bit_length, (10**30).fdiv(10**28), 10**20 / 10**10, (10**20).class
p 123456789 * 987654321 * 111111111, (2**64).pred, 18446744073709551615 + 1
a = 2**127 - 1
p a.even?, a.odd?, a.to_s.reverse, a <=> 2**127, a == 170141183460469231731687303715884105727
p (2**64).divmod(2**33 + 1), Integer.sqrt(10**40), Math.sqrt(2**60).to_i
p (1..30).map { |i| 2**i }.sum, (1..10).sum { |i| 10**i }
def modpow(b, e, m)
  r = 1
  b %= m
  while e.positive?
    r = r * b % m if e.odd?
    b = b * b % m
    e >>= 1
  end
  r
end
p modpow(2, 10**18, 10**9 + 7), 2.pow(10**18, 10**9 + 7), 3.pow(1000) % 1000
def prime?(n)
  return false if n < 2
  [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37].each { |p| return n == p if (n % p).zero? }
  d, s = n - 1, 0
  d, s = d / 2, s + 1 while d.even?
  [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37].all? do |a|
    x = a.pow(d, n)
    next true if x == 1 || x == n - 1
    (s - 1).times.any? { x = x * x % n; x == n - 1 }
  end
end
p [2**31 - 1, 2**61 - 1, 2**67 - 1, 10**18 + 9, 10**18 + 7, 1_000_000_007].map { |n| prime?(n) }
def digits_of_e(n)
  scale = 10**(n + 5)
  term = scale
  sum = 0
  k = 0
  while term.positive?
    sum += term
    k += 1
    term /= k
  end
  (sum / 10**5).to_s.insert(1, ".")
end
puts digits_of_e(60)
p (2**200).to_s.scan(/\d{1,20}/), (2**100).to_s(2).count("1"), (2**100 + 5) & 0xff, (2**100) >> 90, 1 << 80
p [2**65, 2**64, 5, -2**66].sort, [2**65, 3].max, (2**65).hash == (2**65).hash, { 2**65 => :big }[2**65]
p (-2**65).abs, -(2**65) * -1, (2**65).zero?, 0 * 2**65, (2**65).coerce(1), Integer === 2**65
p 25.0**20, (5**40).to_f, (2**70).to_s.rjust(30, "0"), format("%d", 2**70), format("%x", 2**70)
p 10**20 == 1e20, 2**53 + 1 > 2.0**53, (7**77).to_s[-5..], 99**99 % 1000
