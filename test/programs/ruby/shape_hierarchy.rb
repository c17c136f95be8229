# inheritance, super chains, alias, to_s/inspect overrides, class-level config
class Shape
  attr_reader :name

  @count = 0
  class << self
    attr_accessor :count
    def inherited(sub)
      super
      (@subclasses ||= []) << sub.name
    end
    def subclasses_seen = @subclasses
  end

  def initialize(name)
    @name = name
    Shape.count += 1
  end

  def area = raise(NotImplementedError, "#{self.class} must implement area")
  def perimeter = 0
  def to_s = format("%-10s area=%8.3f perim=%7.3f", name, area, perimeter)
  def inspect = "#<#{self.class.name} #{name}>"
  def <=>(other) = area <=> other.area
  include Comparable
end

class Rect < Shape
  def initialize(w, h, name = "rect")
    super(name)
    @w, @h = w, h
  end
  def area = @w * @h
  def perimeter = 2 * (@w + @h)
  alias_method :size, :area
end

class Square < Rect
  def initialize(s) = super(s, s, "square")
  def to_s = super + " (side #{@w})"
end

class Circle < Shape
  def initialize(r)
    super("circle")
    @r = r
  end
  def area = Math::PI * @r**2
  def perimeter = 2 * Math::PI * @r
end

class Blob < Shape
  def initialize = super("blob")
end

shapes = [Rect.new(3, 4), Square.new(2.5), Circle.new(1), Circle.new(2.5), Square.new(1)]
shapes.each { |s| puts s }
p shapes.sort.map(&:name), shapes.max, shapes.min_by(&:perimeter)
p Shape.count, Shape.subclasses_seen, Square.ancestors.take(4), Square.superclass.superclass
p Square.new(3).size, Rect.instance_method(:size) == Rect.instance_method(:area) rescue p :um
begin
  Blob.new.area
rescue NotImplementedError => e
  puts "#{e.class}: #{e.message}"
end
p shapes.group_by(&:class).transform_keys(&:name).transform_values(&:size)
p shapes.map { |s| s.is_a?(Rect) }, shapes.count { |s| s.instance_of?(Rect) }, Square <= Rect, Circle < Rect, Rect <=> Square
p shapes.sum(&:area).round(4), shapes.select { |s| s > Square.new(2) }.map(&:inspect)
p Shape.count
case shapes[1]
when Circle then puts "circle"
when Square then puts "square first"
when Rect then puts "rect"
end
p shapes.map { |s| s.class.name.downcase.to_sym }.tally
p Rect.method_defined?(:size), Circle.method_defined?(:size), Shape.respond_to?(:count), Circle.new(1).respond_to?(:area)
