# Exact linear algebra with Rational: Gaussian elimination, inverse, determinant.
def solve(a, b)
  n = a.size
  m = a.each_with_index.map { |row, i| row.map { |x| Rational(x) } + [Rational(b[i])] }
  n.times do |col|
    pivot = (col...n).find { |r| m[r][col] != 0 } or raise ArgumentError, "singular matrix"
    m[col], m[pivot] = m[pivot], m[col]
    pv = m[col][col]
    m[col].map! { |x| x / pv }
    n.times do |r|
      next if r == col || m[r][col].zero?

      f = m[r][col]
      m[r] = m[r].zip(m[col]).map { |x, y| x - f * y }
    end
  end
  m.map(&:last)
end

def det(a)
  return a[0][0] if a.size == 1

  a[0].each_with_index.sum do |x, j|
    minor = a[1..].map { |row| row.reject.with_index { |_, k| k == j } }
    (-1)**j * x * det(minor)
  end
end

def inverse(a)
  n = a.size
  cols = (0...n).map { |i| solve(a, Array.new(n) { |k| k == i ? 1 : 0 }) }
  cols.transpose
end

def show(m) = m.map { |row| row.map { |x| x.denominator == 1 ? x.numerator.to_s : x.to_s }.map { |s| s.rjust(6) }.join }

a = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
x = solve(a, b)
p x, x.map(&:to_i)
h = [[1, Rational(1, 2), Rational(1, 3)], [Rational(1, 2), Rational(1, 3), Rational(1, 4)], [Rational(1, 3), Rational(1, 4), Rational(1, 5)]]
p det(h), det(a), det([[1, 2], [3, 4]])
puts show(inverse(h))
inv = inverse(a)
puts show(inv)
prod = a.map { |row| inv.transpose.map { |col| row.zip(col).sum { |p, q| p * q } } }
p prod == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
p solve([[1, 1], [1, -1]], [Rational(1, 2), Rational(1, 3)])
begin
  solve([[1, 2], [2, 4]], [1, 2])
rescue ArgumentError => e
  puts "error: #{e.message}"
end
r = Rational(3, 4)
p r, r + 1, r * 2, r / 3, r ** 2, r - Rational(1, 4), -r, r.abs, r.to_f, r.to_s, r.inspect
p r.numerator, r.denominator, r.floor, r.ceil, r.round, Rational(5, 2).round, Rational(-5, 2).round
p Rational(6, 8), Rational("2/3"), Rational(0.75), Rational(1, 3) + Rational(1, 6), 1 / Rational(3)
p 3.to_r, 0.5.to_r, Rational(1, 3) == Rational(2, 6), Rational(1, 2) < 0.6, [Rational(1, 2), Rational(1, 3)].max
p [Rational(1, 2), Rational(1, 3), Rational(1, 6)].sum, (1..5).sum { |k| Rational(1, k) }, Rational(7, 3).divmod(1)
p Rational(1, 3).round(2), Rational(22, 7).to_f.round(5), Rational(1, 3) * 3 == 1, 2 * Rational(1, 4)
harmonic = (1..10).map { |k| Rational(1, k) }.reduce(:+)
puts "H(10) = #{harmonic} ~ #{harmonic.to_f.round(6)}"
egypt = []
rest = Rational(7, 15)
until rest.zero?
  d = (rest.denominator + rest.numerator - 1) / rest.numerator
  egypt << Rational(1, d)
  rest -= Rational(1, d)
end
puts "7/15 = " + egypt.map(&:to_s).join(" + ")
begin
  Rational(1, 0)
rescue ZeroDivisionError => e
  puts "ZeroDivisionError: #{e.message}"
end
