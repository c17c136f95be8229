# Vectors and matrices with operator overloading, coerce and Enumerable.
class Vec
  include Enumerable
  attr_reader :xs

  def self.[](*xs) = new(xs)
  def self.zero(n) = new(Array.new(n, 0))

  def initialize(xs) = @xs = xs.dup.freeze
  def each(&block) = (block ? (@xs.each(&block); self) : @xs.each)
  def size = @xs.size
  def [](i) = @xs[i]

  def +(o) = zip_with(o) { |a, b| a + b }
  def -(o) = zip_with(o) { |a, b| a - b }
  def -@ = Vec.new(@xs.map(&:-@))

  def *(o)
    case o
    when Numeric then Vec.new(@xs.map { |x| x * o })
    when Vec then @xs.zip(o.xs).sum { |a, b| a * b }
    else raise TypeError, "can't multiply Vec by #{o.class}"
    end
  end

  def /(k) = Vec.new(@xs.map { |x| x.quo(k) })
  def norm = Math.sqrt(self * self)
  def ==(o) = o.is_a?(Vec) && xs == o.xs
  alias eql? ==
  def hash = xs.hash

  def coerce(num) = [Scalar.new(num), self]
  def to_s = "(#{@xs.join(', ')})"
  def inspect = "Vec#{@xs.inspect}"

  private

  def zip_with(o)
    raise ArgumentError, "size mismatch #{size} vs #{o.size}" unless size == o.size
    Vec.new(@xs.zip(o.xs).map { |a, b| yield a, b })
  end
end

Scalar = Struct.new(:value) do
  def *(v) = v * value
  def +(_) = raise(TypeError, "can't add a vector to a scalar")
end

class Mat
  attr_reader :rows

  def self.identity(n) = new(Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } })
  def initialize(rows) = @rows = rows.map(&:dup)
  def [](i, j) = @rows[i][j]
  def transpose = Mat.new(@rows.transpose)
  def dims = [@rows.size, @rows.first.size]

  def *(o)
    case o
    when Numeric then Mat.new(@rows.map { |r| r.map { |x| x * o } })
    when Vec then Vec.new(@rows.map { |r| Vec.new(r) * o })
    when Mat
      cols = o.rows.transpose
      Mat.new(@rows.map { |r| cols.map { |c| r.zip(c).sum { |a, b| a * b } } })
    end
  end

  def **(n) = (1..n).reduce(Mat.identity(dims[0])) { |acc, _| acc * self }
  def coerce(num) = [self, num]

  def det
    return @rows[0][0] if dims == [1, 1]
    @rows[0].each_with_index.sum do |x, j|
      minor = Mat.new(@rows[1..].map { |r| r.reject.with_index { |_, k| k == j } })
      (j.even? ? 1 : -1) * x * minor.det
    end
  end

  def to_s
    w = @rows.flatten.map { |x| x.to_s.size }.max
    @rows.map { |r| "| " + r.map { |x| x.to_s.rjust(w) }.join(" ") + " |" }.join("\n")
  end
end

a = Vec[1, 2, 3]
b = Vec[4, 5, 6]
puts a + b, a - b, -a
p a * b, a * 2, 2 * a, a / 2, (a / 2).to_a
p a.norm.round(4), a.max, a.sort.reverse, a.include?(2), a.map { _1 * 10 }
p a == Vec[1, 2, 3], { a => :first }[Vec[1, 2, 3]], a.eql?(b)
begin
  a + Vec[1]
rescue ArgumentError => e
  puts "error: #{e.message}"
end
begin
  a * "x"
rescue TypeError => e
  puts "error: #{e.message}"
end
begin
  1 + a
rescue TypeError => e
  puts "error: #{e.message}"
end
m = Mat.new([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
puts m, "", m.transpose, "", m * Mat.identity(3)
p m * a, m.det, (m**3).rows, (3 * m).rows.first
fib = Mat.new([[1, 1], [1, 0]])
p (fib**30)[0, 1], Mat.new([[Rational(1, 2), 1], [2, 3]]).det
