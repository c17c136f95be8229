# 2D/3D vectors and a small matrix class with operator overloading and coerce.
class Vec
  include Enumerable
  attr_reader :coords

  def self.[](*coords) = new(coords)

  def initialize(coords)
    @coords = coords.freeze
  end

  def each(&block) = coords.each(&block)
  def size = coords.size
  def [](i) = coords[i]

  def +(other) = Vec.new(zip_with(other) { |a, b| a + b })
  def -(other) = Vec.new(zip_with(other) { |a, b| a - b })
  def -@ = Vec.new(coords.map(&:-@))
  def +@ = self

  def *(other)
    case other
    when Numeric then Vec.new(coords.map { |c| c * other })
    when Vec then zip_with(other) { |a, b| a * b }.sum
    else raise TypeError, "can't multiply Vec by #{other.class}"
    end
  end

  def /(scalar) = Vec.new(coords.map { |c| c.fdiv(scalar) })

  def coerce(num)
    [Vec.new(Array.new(size, num)), self]
  end

  def ==(other) = other.is_a?(Vec) && coords == other.coords
  alias eql? ==
  def hash = coords.hash

  def magnitude = Math.sqrt(coords.sum { |c| c * c })
  def to_s = "(#{coords.join(', ')})"
  def inspect = "Vec#{coords.inspect}"

  private

  def zip_with(other)
    raise ArgumentError, "dimension mismatch: #{size} vs #{other.size}" unless size == other.size

    coords.zip(other.coords).map { |a, b| yield a, b }
  end
end

class Mat
  attr_reader :rows

  def initialize(rows) = @rows = rows

  def self.identity(n) = new(Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } })

  def *(other)
    case other
    when Vec then Vec.new(rows.map { |r| Vec.new(r) * other })
    when Mat
      cols = other.rows.transpose
      Mat.new(rows.map { |r| cols.map { |c| r.zip(c).sum { |a, b| a * b } } })
    when Numeric then Mat.new(rows.map { |r| r.map { |x| x * other } })
    end
  end

  def **(n) = (1..n).reduce(Mat.identity(rows.size)) { |acc, _| acc * self }

  def coerce(num) = [self, num]

  def to_s = rows.map { |r| r.map { |x| x.to_s.rjust(4) }.join }.join("\n")
end

a = Vec[1, 2, 3]
b = Vec[4, 5, 6]
puts a + b, a - b, -a, +a
p a * b
p a * 2
p 2 * a
p a / 2
p (3 * Vec[1, 1]) + Vec[0.5, 0.25]
puts format("%.4f", Vec[3, 4].magnitude)
p a == Vec[1, 2, 3], a.eql?(Vec[1, 2, 3]), a.equal?(Vec[1, 2, 3])
h = { Vec[0, 0] => "origin", Vec[1, 0] => "east" }
p h[Vec[0, 0]], h.key?(Vec[1, 0])
p a.map { |x| x * 10 }, a.select(&:odd?), a.max, a.sort.reverse, a.include?(2)
p a.each_slice(2).to_a, a.reduce(:*)
begin
  a + Vec[1, 2]
rescue ArgumentError => e
  puts "error: #{e.message}"
end
begin
  a * "x"
rescue TypeError => e
  puts "error: #{e.message}"
end
rot = Mat.new([[0, -1], [1, 0]])
puts rot * Vec[1, 0]
puts (rot ** 2)
puts rot ** 4
puts 3 * Mat.identity(3)
m = Mat.new([[1, 1], [1, 0]])
puts (m ** 10).rows.first.inspect
p [Vec[1, 2], Vec[1, 2], Vec[2, 1]].uniq
p 1.5.coerce(2), 3.coerce(2.5)
