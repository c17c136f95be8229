# Superclasses named from inside a namespace (`class Square < Base` inside
# `module Shapes` is Shapes::Base), by a path (`Shapes::Base`, `::Top`), or
# computed: each subclass sets its own instance variables before `super`
# sets the inherited ones, so the objects' layouts must follow the real
# superclass.
class Top
  def initialize(tag)
    @tag = tag
  end

  def tag = @tag
end

module Shapes
  class Base
    attr_reader :name

    def initialize(name)
      @name = name
    end

    def describe = "#{name} (#{@name.size} letters) with area #{area}"
  end

  class Square < Base
    def initialize(side)
      @side = side
      super("square")
    end

    def area = @side * @side
  end

  module Round
    class Circle < Base
      def initialize(r)
        @r = r
        super("circle")
      end

      def area = (3.14159 * @r * @r).round(2)
    end
  end

  class Top < ::Top
    def initialize
      @extra = [1, 2]
      super("shapes top")
    end

    def both = [tag, @extra]
  end
end

class Hexagon < Shapes::Base
  def initialize(side)
    @side = side
    super("hexagon")
  end

  def area = (2.598 * @side * @side).round(1)
end

parent = [Shapes::Base].first
class Triangle < parent
  def initialize(b, h)
    @b = b
    @h = h
    super("triangle")
  end

  def area = @b * @h / 2.0
end

shapes = [Shapes::Square.new(3), Shapes::Round::Circle.new(2), Hexagon.new(1), Triangle.new(3, 4)]
shapes.each { |s| puts s.describe }
p shapes.map(&:name)
p Shapes::Round::Circle.superclass, Shapes::Top.superclass, Triangle.ancestors.take(2)
p Shapes::Top.new.both
