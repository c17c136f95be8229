# matrix operations: multiply, transpose, determinant (Rational-free), identity, power
class Mat
  attr_reader :rows

  def self.identity(n) = new(Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } })
  def self.[](*rows) = new(rows)

  def initialize(rows) = @rows = rows
  def n = rows.size
  def m = rows.first.size
  def [](i, j) = rows[i][j]
  def transpose = Mat.new(rows.transpose)
  def ==(o) = o.is_a?(Mat) && rows == o.rows

  def *(o)
    return Mat.new(rows.map { |r| r.map { |x| x * o } }) if o.is_a?(Numeric)
    raise ArgumentError, "dimension mismatch #{n}x#{m} * #{o.n}x#{o.m}" unless m == o.n
    cols = o.rows.transpose
    Mat.new(rows.map { |r| cols.map { |c| r.zip(c).sum { |a, b| a * b } } })
  end

  def +(o) = Mat.new(rows.zip(o.rows).map { |a, b| a.zip(b).map(&:sum) })

  def **(k)
    result = Mat.identity(n)
    base = self
    while k.positive?
      result *= base if k.odd?
      base *= base
      k >>= 1
    end
    result
  end

  def det
    return rows[0][0] if n == 1
    return rows[0][0] * rows[1][1] - rows[0][1] * rows[1][0] if n == 2
    (0...n).sum do |j|
      minor = Mat.new(rows[1..].map { |r| r[0...j] + r[j + 1..] })
      (j.even? ? 1 : -1) * rows[0][j] * minor.det
    end
  end

  def to_s
    w = rows.flatten.map { |x| x.to_s.size }.max
    rows.map { |r| "[ " + r.map { |x| x.to_s.rjust(w) }.join(" ") + " ]" }.join("\n")
  end
end

a = Mat[[1, 2], [3, 4]]
b = Mat[[0, 1], [1, 0]]
puts a * b, "", a + b, "", a.transpose, "", a * 2.5
p a.det, Mat[[2, 0, 1], [1, 3, 2], [1, 1, 1]].det, Mat.identity(4).det
fib = Mat[[1, 1], [1, 0]]
p (fib**10)[0, 1], (fib**90)[0, 1], (fib**200)[0, 1]
puts Mat.identity(3)
p a * Mat.identity(2) == a, a == b
begin
  a * Mat[[1, 2, 3]]
rescue ArgumentError => e
  puts e.message
end
big = Mat.new(Array.new(5) { |i| Array.new(5) { |j| (i + 1)**(j) } })
puts big, big.det
rot = Mat[[0, -1], [1, 0]]
p (rot**4).rows, (rot**2).rows
v = [[3], [4]]
p (rot * Mat.new(v)).rows.flatten
spiral = lambda do |mat|
  out = []
  m2 = mat.map(&:dup)
  until m2.empty?
    out.concat(m2.shift)
    m2 = m2.transpose.reverse
  end
  out
end
p spiral.([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
p [[1, 2], [3, 4]].map { |r| r.map { |x| x**2 } }.inject(:+), [[1, 2], [3, 4]].sum([])
