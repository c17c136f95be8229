# Operator overloading: +, -, *, ==, [], <=>, coerce, unary minus, to_s.
class Vec
  include Comparable
  attr_reader :x, :y

  def initialize(x, y)
    @x = x
    @y = y
  end

  def +(other) = Vec.new(x + other.x, y + other.y)
  def -(other) = Vec.new(x - other.x, y - other.y)
  def -@ = Vec.new(-x, -y)

  def *(k)
    case k
    when Numeric then Vec.new(x * k, y * k)
    when Vec then x * k.x + y * k.y
    else raise TypeError, "can't multiply Vec by #{k.class}"
    end
  end

  def [](i)
    case i
    when 0 then x
    when 1 then y
    else raise IndexError, "index #{i} out of range"
    end
  end

  def length = Math.sqrt(x**2 + y**2)
  def <=>(other) = length <=> other.length

  def ==(other)
    other.is_a?(Vec) && x == other.x && y == other.y
  end
  alias eql? ==

  def hash = [x, y].hash

  def coerce(num)
    [Vec.new(num, num), self]
  end

  def to_s = "(#{x}, #{y})"
  def inspect = "Vec#{self}"
end

a = Vec.new(3, 4)
b = Vec.new(1, -2)
puts a + b
puts a - b
puts -a
puts a * 2
puts a * b
puts a[0], a[1]
puts a.length
puts a == Vec.new(3, 4)
puts a != b
puts a > b
puts [a, b, Vec.new(0, 1)].sort.inspect
puts [a, b].max
begin
  a[2]
rescue IndexError => e
  puts "IndexError: #{e.message}"
end
begin
  a * "x"
rescue TypeError => e
  puts "TypeError: #{e.message}"
end
counts = Hash.new(0)
[Vec.new(1, 1), Vec.new(1, 1), Vec.new(2, 2)].each { |v| counts[v] += 1 }
puts counts.inspect
puts [Vec.new(1, 2), Vec.new(1, 2)].uniq.size
puts (5 * Vec.new(1, 2)).inspect rescue puts "coerce failed"
puts [a, b, a].sum(Vec.new(0, 0))
puts a.clamp(b, b)
