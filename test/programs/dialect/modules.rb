# Modules: namespaces, constants inside them, mixins with include and extend,
# module methods (def self.x and module_function), nested modules and classes.
module Geometry
  PI_ISH = 3

  def self.double(x)
    x * 2
  end

  class Square
    def initialize(side)
      @side = side
    end

    def area
      @side * @side
    end

    def perimeter
      4 * @side * PI_ISH / PI_ISH
    end
  end

  module Inner
    DEPTH = 2
    def self.depth
      DEPTH + PI_ISH
    end
  end
end

module Greeter
  def greet
    "hello from #{name}"
  end

  def shout
    greet.upcase
  end
end

module Counter
  def count_up
    @count = (@count || 0) + 1
  end
end

class Person
  include Greeter
  include Counter
  attr_reader :name

  def initialize(name)
    @name = name
  end
end

module Util
  module_function

  def triple(x)
    x * 3
  end
end

module Registry
  extend self

  def items
    @items ||= []
  end
end

class Thing
  extend Greeter
  def self.name
    "Thing"
  end
end

puts Geometry.double(21)
puts Geometry::PI_ISH
puts Geometry::Square.new(4).area
puts Geometry::Square.new(4).perimeter
puts Geometry::Inner.depth
puts Geometry::Inner::DEPTH
pe = Person.new("Ann")
puts pe.greet
puts pe.shout
pe.count_up
puts pe.count_up
puts Person.include?(Greeter)
puts pe.is_a?(Counter)
puts Util.triple(5)
Registry.items << :a
Registry.items << :b
p Registry.items
puts Thing.greet
p Person.ancestors.take(3)
