# Immutable settings objects: freeze, FrozenError messages, dup vs clone,
# deep freezing and value-object equality used as Hash keys.

class Settings
  attr_reader :values

  def initialize(values = {})
    @values = values
  end

  def set(key, value)
    @values[key] = value
    self
  end

  def deep_freeze
    @values.each_value { |v| v.freeze }
    @values.freeze
    freeze
  end

  def inspect = "#<Settings #{@values}>"

  def with(**changes)
    self.class.new(@values.merge(changes)).deep_freeze
  end
end

Pair = Struct.new(:x)

def attempt(label)
  yield
  puts "#{label}: ok"
rescue FrozenError => e
  puts "#{label}: #{e.class}: #{e.message}"
rescue => e
  puts "#{label}: #{e.class}: #{e.message}"
end

s = Settings.new(name: +"app", tags: [:web]).deep_freeze
p s.frozen?, s.values.frozen?, s.values[:name].frozen?, s.values[:tags].frozen?
attempt("hash store") { s.set(:debug, true) }
attempt("string append") { s.values[:name] << "!" }
attempt("array push") { s.values[:tags] << :api }
attempt("ivar set") { s.instance_variable_set(:@values, {}) }
attempt("string upcase!") { "lit".freeze.upcase! }
attempt("symbol") { :sym.to_s << "x" }
attempt("clear") { [1, 2].freeze.clear }
attempt("hash delete") { { a: 1 }.freeze.delete(:a) }
attempt("merge!") { { a: 1 }.freeze.merge!(b: 2) }
attempt("setter") do
  obj = Pair.new(1).freeze
  obj.x = 2
end

t = s.with(debug: true)
p t.values, t.frozen?, s.values.key?(:debug)

d = s.dup
c = s.clone
p d.frozen?, c.frozen?, s.clone(freeze: false).frozen?
d.instance_variable_set(:@values, d.values.merge(extra: 1))
p d.values.keys

str = "hello".freeze
p str.frozen?, str.dup.frozen?, (+str).frozen?, (-"abc").frozen?, str.upcase.frozen?
p [1, [2, 3]].freeze.map(&:frozen?)
p "abc".equal?("abc"), :a.frozen?, 1.frozen?, nil.frozen?, 1.5.frozen?, (1..2).frozen?

CONSTANT_LIST = %w[a b c].freeze
attempt("constant list") { CONSTANT_LIST << "d" }
p CONSTANT_LIST.map(&:upcase)
p CONSTANT_LIST.first.frozen?

class Point
  attr_reader :x, :y

  def initialize(x, y)
    @x = x
    @y = y
    freeze
  end

  def ==(other) = other.is_a?(Point) && x == other.x && y == other.y
  alias eql? ==

  def hash = [self.class, x, y].hash

  def to_s = "(#{x}, #{y})"
  def inspect = "#<Point #{self}>"

  def move(dx, dy) = Point.new(x + dx, y + dy)
end

a = Point.new(1, 2)
b = Point.new(1, 2)
p a == b, a.eql?(b), a.equal?(b), a.hash == b.hash
visits = Hash.new(0)
[a, b, a.move(1, 0), Point.new(2, 2)].each { |pt| visits[pt] += 1 }
p visits
p [a, b, a.move(0, 1)].uniq
p({ a => "home" }[Point.new(1, 2)])
attempt("move point") { a.instance_variable_set(:@x, 5) }
p a.frozen?, a.move(2, 3)
require "set"
p Set[a, b, Point.new(0, 0)].size
