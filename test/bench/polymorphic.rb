# polymorphic: several classes sharing methods through a module, called at polymorphic sites.
module Shape
  def describe
    "#{name} with area #{format('%.2f', area)}"
  end

  def bigger_than?(other)
    area > other.area
  end

  def scaled_area(factor)
    area * factor * factor
  end

  def compactness
    perimeter.zero? ? 0.0 : 4 * Math::PI * area / (perimeter * perimeter)
  end
end

class Circle
  include Shape
  def initialize(radius)
    @radius = radius
  end

  def name = "circle"
  def area = Math::PI * @radius * @radius
  def perimeter = 2 * Math::PI * @radius
end

class Square
  include Shape
  def initialize(side)
    @side = side
  end

  def name = "square"
  def area = @side * @side
  def perimeter = 4 * @side
end

class Rectangle
  include Shape
  def initialize(width, height)
    @width = width
    @height = height
  end

  def name = "rectangle"
  def area = @width * @height
  def perimeter = 2 * (@width + @height)
end

class Triangle
  include Shape
  def initialize(a, b, c)
    @a = a
    @b = b
    @c = c
  end

  def name = "triangle"

  def area
    s = perimeter / 2.0
    Math.sqrt(s * (s - @a) * (s - @b) * (s - @c))
  end

  def perimeter = @a + @b + @c
end

class Hexagon
  include Shape
  def initialize(side)
    @side = side
  end

  def name = "hexagon"
  def area = 3 * Math.sqrt(3) / 2 * @side * @side
  def perimeter = 6 * @side
end

class Ring < Circle
  def initialize(outer, inner)
    super(outer)
    @inner = inner
  end

  def name = "ring"
  def area = super - Math::PI * @inner * @inner
end

shapes = (0...500).map do |i|
  size = i % 17 + 1
  case i % 6
  when 0 then Circle.new(size)
  when 1 then Square.new(size)
  when 2 then Rectangle.new(size, i % 5 + 1)
  when 3 then Triangle.new(size + 3, size + 4, size + 5)
  when 4 then Hexagon.new(size)
  else Ring.new(size + 1, size)
  end
end

total_area = 0.0
total_perimeter = 0
bigger = 0
compact = 0.0
2_500.times do |round|
  shapes.each_with_index do |shape, i|
    total_area += shape.scaled_area(1 + round % 3)
    total_perimeter += shape.perimeter.to_i
    bigger += 1 if shape.bigger_than?(shapes[(i + round) % shapes.size])
    compact += shape.compactness
  end
end

puts format("%.3f", total_area)
puts total_perimeter
puts bigger
puts format("%.6f", compact)
puts shapes.first(6).map(&:describe)
puts shapes.max_by(&:area).describe
