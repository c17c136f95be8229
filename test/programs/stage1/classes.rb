# Classes, modules, inheritance, super, attr accessors, class methods, constants, Comparable.
module Shape
  SIDES = { "square" => 4, "triangle" => 3 }

  def describe
    "#{name} with #{sides} sides"
  end
end

class Polygon
  include Shape
  include Comparable
  attr_reader :name
  attr_accessor :size

  def initialize(name, size = 1)
    @name = name
    @size = size
  end

  def sides
    SIDES[@name] || 0
  end

  def <=>(other)
    area <=> other.area
  end

  def area
    @size * @size
  end

  def self.unit(name)
    new(name)
  end
end

class Square < Polygon
  def initialize(size)
    super("square", size)
  end

  def area
    super + 0
  end

  def to_s
    "Square(#{size})"
  end
end

a = Square.new(3)
b = Polygon.unit("triangle")
puts a.describe
puts b.describe
puts a > b
puts [a, b].max.to_s
b.size += 4
puts b.area
puts a
puts Shape::SIDES.size
puts Polygon.new("hex", 2).sides
