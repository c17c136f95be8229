# Rational floor division (%, modulo, div, divmod, remainder) with mixed signs and operand kinds; to_f correctly rounded.
[[Rational(7, 2), 1], [Rational(7, 2), -1], [Rational(-7, 2), Rational(2, 3)], [Rational(5, 3), 0.5], [3r, 2]].each do |a, b|
  p [a % b, a.modulo(b), a.div(b), a.divmod(b), a.remainder(b)]
end
begin
  Rational(1, 2) % 0
rescue ZeroDivisionError => e
  p e.message
end
p Rational(5, 3).to_f, Rational(1, 3).to_f, Rational(-2, 7).to_f, Rational(2**60 + 1, 3).to_f, 0.1r.to_f
