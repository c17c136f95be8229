# Euclid, extended Euclid, and rational arithmetic by hand.
def gcd(a, b)
  b.zero? ? a.abs : gcd(b, a % b)
end

def ext_gcd(a, b)
  return [a, 1, 0] if b.zero?
  g, x, y = ext_gcd(b, a % b)
  [g, y, x - (a / b) * y]
end

def mod_inverse(a, m)
  g, x, _ = ext_gcd(a, m)
  raise ArgumentError, "#{a} has no inverse mod #{m}" unless g == 1
  x % m
end

class Frac
  attr_reader :num, :den

  def initialize(num, den = 1)
    raise ZeroDivisionError, "zero denominator" if den.zero?
    g = gcd(num, den)
    sign = den.negative? ? -1 : 1
    @num = sign * num / g
    @den = sign * den / g
  end

  def +(o) = Frac.new(num * o.den + o.num * den, den * o.den)
  def -(o) = Frac.new(num * o.den - o.num * den, den * o.den)
  def *(o) = Frac.new(num * o.num, den * o.den)
  def /(o) = Frac.new(num * o.den, den * o.num)

  def ==(o)
    o.is_a?(Frac) && num == o.num && den == o.den
  end

  def to_s
    den == 1 ? num.to_s : "#{num}/#{den}"
  end
end

pairs = [[48, 18], [17, 5], [100, 75], [-12, 8], [0, 9]]
pairs.each do |a, b|
  puts "gcd(#{a}, #{b}) = #{gcd(a, b)}, builtin = #{a.gcd(b)}, lcm = #{a.lcm(b)}"
end

g, x, y = ext_gcd(240, 46)
puts "240*#{x} + 46*#{y} = #{g}"
puts "inverse of 3 mod 11 = #{mod_inverse(3, 11)}"
begin
  mod_inverse(4, 8)
rescue ArgumentError => e
  puts "error: #{e.message}"
end

h = Frac.new(0)
(1..10).each { |n| h += Frac.new(1, n) }
puts "H(10) = #{h}"
puts Frac.new(3, -6)
puts Frac.new(1, 3) * Frac.new(3, 4) - Frac.new(1, 8)
puts Frac.new(2, 3) / Frac.new(4, 9)
puts Frac.new(1, 2) == Frac.new(2, 4)
begin
  Frac.new(1, 0)
rescue ZeroDivisionError => e
  puts "#{e.class}: #{e.message}"
end
puts (1..20).reduce(:lcm)
puts (1..20).reduce(1) { |acc, n| acc.lcm(n) } == 232792560
