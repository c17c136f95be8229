# Inheritance, super, to_s/inspect overrides, polymorphism.
class Shape
  attr_reader :name

  def initialize(name)
    @name = name
  end

  def area
    raise NotImplementedError, "#{self.class} must implement area"
  end

  def perimeter
    0
  end

  def to_s
    format("%-10s area=%8.3f perimeter=%7.3f", name, area, perimeter)
  end

  def <=>(other)
    area <=> other.area
  end
  include Comparable
end

class Circle < Shape
  def initialize(r)
    super("circle")
    @r = r
  end

  def area = Math::PI * @r**2
  def perimeter = 2 * Math::PI * @r

  def inspect
    "#<Circle r=#{@r}>"
  end
end

class Rect < Shape
  attr_reader :w, :h

  def initialize(w, h, name = "rect")
    super(name)
    @w, @h = w, h
  end

  def area
    w * h
  end

  def perimeter
    2 * (w + h)
  end

  def inspect = "#<#{self.class.name} #{w}x#{h}>"
end

class Square < Rect
  def initialize(side)
    super(side, side, "square")
  end

  def to_s
    super + " (side #{w})"
  end
end

class Triangle < Shape
  def initialize(a, b, c)
    super("triangle")
    @sides = [a, b, c]
  end

  def perimeter
    @sides.sum
  end

  def area
    s = perimeter / 2.0
    Math.sqrt(@sides.reduce(s) { |acc, x| acc * (s - x) })
  end
end

class Blob < Shape
  def initialize
    super("blob")
  end
end

shapes = [Circle.new(1.5), Rect.new(3, 4), Square.new(2.5), Triangle.new(3, 4, 5)]
shapes.each { |s| puts s }
puts
p shapes.first
p shapes[1]
p shapes.sort.map(&:name)
puts "largest: #{shapes.max.name}"
puts "total area: #{shapes.sum(&:area).round(4)}"
puts Square.new(2) > Rect.new(1, 3)
puts Square.new(3).between?(Rect.new(2, 4), Circle.new(2))
puts Square.ancestors.take(4).inspect
puts Square.superclass, Square.superclass.superclass
puts Square.new(1).is_a?(Rect), Square.new(1).instance_of?(Rect)
begin
  Blob.new.area
rescue NotImplementedError => e
  puts "#{e.class}: #{e.message}"
end
puts shapes.group_by(&:class).map { |k, v| "#{k}: #{v.size}" }.join(", ")
