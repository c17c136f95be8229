# Exact fractions: harmonic numbers, Egyptian fractions, continued fractions,
# Bernoulli numbers and Rational formatting.
def harmonic(n) = (1..n).sum { |k| Rational(1, k) }

puts "Harmonic numbers:"
[1, 2, 3, 5, 10, 20].each do |n|
  h = harmonic(n)
  puts "  H(#{n.to_s.rjust(2)}) = #{h.to_s.ljust(24)} ~ #{h.to_f.round(8)}"
end

def egyptian(r)
  parts = []
  while r.numerator != 0
    d = (r.denominator + r.numerator - 1) / r.numerator
    parts << Rational(1, d)
    r -= Rational(1, d)
  end
  parts
end

puts "\nEgyptian fractions:"
[Rational(4, 13), Rational(5, 6), 3r / 7, Rational(17, 29)].each do |r|
  parts = egyptian(r)
  puts "  #{r} = #{parts.map(&:to_s).join(' + ')}  (check #{parts.sum == r})"
end

def continued_fraction(r, limit = 20)
  terms = []
  limit.times do
    whole = r.floor
    terms << whole
    frac = r - whole
    break if frac.zero?
    r = 1 / frac
  end
  terms
end

def convergents(terms)
  h_prev, h = 1, terms[0]
  k_prev, k = 0, 1
  result = [Rational(h, k)]
  terms.drop(1).each do |a|
    h_prev, h = h, a * h + h_prev
    k_prev, k = k, a * k + k_prev
    result << Rational(h, k)
  end
  result
end

puts "\nContinued fractions:"
[Rational(415, 93), Rational(-13, 5), Rational(355, 113), 3.14159.to_r.round(5)].each do |r|
  puts "  #{r.inspect} = #{continued_fraction(r).inspect}"
end
pi_terms = continued_fraction(Math::PI.rationalize(Rational(1, 10**12)), 8)
puts "  pi ~ #{pi_terms.inspect}"
convergents(pi_terms).first(5).each do |c|
  puts "    #{c.to_s.rjust(14)}  error #{format('%.3e', (c - Math::PI).abs)}"
end

def bernoulli(n)
  a = Array.new(n + 1) { |m| Rational(1, m + 1) }
  b = []
  (0..n).each do |m|
    a[m] = Rational(1, m + 1)
    m.downto(1) { |j| a[j - 1] = j * (a[j - 1] - a[j]) }
    b << a[0]
  end
  b
end

puts "\nBernoulli numbers:"
bernoulli(16).each_with_index.reject { |b, i| b.zero? && i > 1 }.each do |b, i|
  puts "  B(#{i}) = #{b}"
end

x = Rational(3, 4)
y = Rational(-5, 6)
puts "\nArithmetic: #{x} + #{y} = #{x + y}; * = #{x * y}; / = #{x / y}; ** 3 = #{y**3}; ** -2 = #{x**-2}"
puts "mixed: #{x + 1} #{x * 2.0} #{x == 0.75} #{x < 1} #{[x, y, 0, 1.5].max} #{1r / 3 + 2r / 3}"
puts "parts: #{y.numerator} #{y.denominator} #{y.abs} #{y.floor} #{y.ceil} #{y.round} #{y.truncate} #{Rational(7, 2).round} #{Rational(-7, 2).round}"
puts "rounding: #{Rational(22, 7).round(3)} #{Rational(22, 7).floor(2)} #{Rational(1, 3).to_f} #{Rational('0.125')} #{Rational('2/6')} #{'1.5'.to_r}"
puts "inspect: #{Rational(6, 4).inspect} #{Rational(5).inspect} #{Rational(0, 3)} #{2.to_r} #{0.5.to_r} #{Rational(1, 3).zero?} #{Rational(4, 2).to_i}"
puts "fdiv/quo: #{7.quo(2)} #{7.quo(2).class} #{7.fdiv(2)} #{6.quo(3)}"
begin
  Rational(1, 0)
rescue ZeroDivisionError => e
  puts "Rational(1, 0): #{e.message}"
end
sum = (1..50).reduce(0r) { |acc, n| acc + Rational(1, n * (n + 1)) }
puts "telescoping sum 1/(n(n+1)) to 50: #{sum}"
