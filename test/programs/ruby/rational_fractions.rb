# Rational arithmetic: fractions, harmonic numbers, Egyptian fractions, continued fractions
a = Rational(3, 4)
b = Rational(5, 6)
p a + b, a - b, a * b, a / b, a**2, -a, a.numerator, a.denominator
puts a + b, (a + b).to_f, (a + b).round(2), (a * 4).to_i
p 3.to_r, 0.75.to_r, Rational("2/3"), 1r / 3, 2 / 3r, Rational(6, 4), Rational(-1, -2)
p a < b, [b, a, Rational(1, 2)].sort, [a, b].max, a == 0.75, a.zero?, (a - a).zero?
h = (1..10).sum { |k| Rational(1, k) }
p h, h.to_f.round(6), h.floor, h.ceil, h.truncate
def egyptian(r)
  out = []
  while r.positive?
    d = (r.denominator + r.numerator - 1) / r.numerator
    out << Rational(1, d)
    r -= Rational(1, d)
  end
  out
end
p egyptian(Rational(4, 13)), egyptian(Rational(5, 6)).map { |q| "1/#{q.denominator}" }.join(" + ")
def cfrac(r, limit = 10)
  terms = []
  limit.times do
    i = r.floor
    terms << i
    frac = r - i
    break if frac.zero?
    r = 1 / frac
  end
  terms
end
p cfrac(Rational(415, 93)), cfrac(Rational(649, 200))
def convergents(terms)
  terms.each_index.map { |n| terms[0..n].reverse.inject { |acc, t| t + 1 / Rational(acc) } }
end
p convergents([1, 2, 2, 2, 2, 2]).map(&:to_s), convergents([3, 7, 15, 1]).last.to_f.round(8)
probs = { heads: Rational(1, 2), tails: Rational(1, 3), edge: Rational(1, 6) }
p probs.values.sum, probs.transform_values { |v| (v * 100).round(1).to_f }, probs.max_by(&:last).first
p Rational(1, 3).round(3), Rational(7, 2).round, Rational(5, 2).round, Rational(-5, 2).round, 1.5.round, 2.5.round, 2.5.round(half: :even)
p 10.fdiv(4), 10.quo(4), 7.0.to_r.class, 0.1.rationalize(Rational(1, 1000)) rescue p :rationalize
p Rational(1, 3).inspect, Rational(1, 3).to_s, format("%.5f", Rational(1, 7)), Rational(22, 7) - 3.14
