# Comparable: <=> defines <, <=, ==, >, >=, between?, clamp; sorting, min/max of custom objects.
class Version
  include Comparable
  attr_reader :major, :minor

  def initialize(major, minor)
    @major = major
    @minor = minor
  end

  def <=>(other)
    return nil unless other.is_a?(Version)
    [major, minor] <=> [other.major, other.minor]
  end

  def to_s
    "#{major}.#{minor}"
  end

  def inspect
    "v#{self}"
  end
end

a = Version.new(1, 2)
b = Version.new(1, 10)
c = Version.new(2, 0)
p a < b, b < a, a <= a, c > b, a >= c, a == Version.new(1, 2), a != b
p b.between?(a, c), c.clamp(a, b)
p [c, a, b].sort, [c, a, b].min, [c, a, b].max
p [c, a, b].sort { |x, y| y <=> x }
p [c, a, b].sort_by(&:minor), [c, a, b].minmax
p a == 5, (a <=> 5)
begin
  a < 5
rescue ArgumentError => e
  puts e.message
end
p 1 <=> 2, "a" <=> "b", [1, 2] <=> [1, 2], nil <=> 1
p [3, 1, 2].sort.reverse, %w[pear apple fig].sort, %w[pear apple fig].min
