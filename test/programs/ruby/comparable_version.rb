require "set"
# Comparable and Enumerable in user classes
class Version
  include Comparable
  attr_reader :parts

  def initialize(str)
    @parts = str.split(".").map(&:to_i)
  end

  def <=>(other)
    return nil unless other.is_a?(Version)
    len = [parts.size, other.parts.size].max
    a = parts + [0] * (len - parts.size)
    b = other.parts + [0] * (len - other.parts.size)
    a <=> b
  end

  def to_s = parts.join(".")
  def inspect = "#<Version #{self}>"
end

vs = %w[1.2.10 1.2.9 1.10 1.2 2.0.0 1.2.0 0.9].map { |s| Version.new(s) }
puts vs.sort.join(" < ")
p vs.max, vs.min
p Version.new("1.2") == Version.new("1.2.0")
p Version.new("1.3").between?(Version.new("1.2"), Version.new("1.4"))
p Version.new("3.0").clamp(Version.new("1.0"), Version.new("2.0"))
p (Version.new("1.0") <=> "x")
begin
  Version.new("1.0") < "x"
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end

class NumberBag
  include Enumerable

  def initialize(*nums) = @nums = nums

  def each
    @nums.each { |n| yield n }
    self
  end
end

bag = NumberBag.new(5, 3, 8, 1, 9, 2)
p bag.sort, bag.map { |x| x * 2 }, bag.select(&:even?), bag.reject(&:even?)
p bag.min, bag.max, bag.sum, bag.count, bag.to_a.size
p bag.include?(8), bag.first, bag.first(2), bag.min_by { |x| -x }
p bag.sort_by { |x| -x }, bag.each_slice(2).to_a, bag.each_with_index.to_a.last
p bag.inject(:+), bag.reduce(0) { |a, b| a - b }, bag.partition { |x| x > 4 }
p bag.group_by(&:odd?), bag.tally, bag.minmax, bag.sum { |x| x * 10 }
p bag.each_cons(3).count, bag.zip(bag.map(&:to_s)).first, bag.to_set.size
p bag.entries, bag.lazy.map { |x| x + 1 }.first(2)
p bag.sort.chunk_while { |a, b| b == a + 1 }.to_a
p bag.find { |x| x > 5 }, bag.each_entry.to_a.size, bag.uniq.size
p bag.max(2), bag.min(2), bag.sort { |a, b| b <=> a }

class Card
  include Comparable
  RANKS = %w[2 3 4 5 6 7 8 9 10 J Q K A].freeze
  attr_reader :rank, :suit
  def initialize(rank, suit) = (@rank, @suit = rank, suit)
  def value = RANKS.index(rank)
  def <=>(o) = value <=> o.value
  def to_s = "#{rank}#{suit}"
end
hand = [Card.new("K", "h"), Card.new("3", "s"), Card.new("A", "d"), Card.new("10", "c")]
puts hand.sort.map(&:to_s).join(" "), hand.max.to_s, hand.minmax.map(&:to_s).inspect
