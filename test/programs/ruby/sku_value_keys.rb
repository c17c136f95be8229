# Value objects used as Hash keys and in Sets: ==, eql? and hash agree,
# <=> orders them, to_s and inspect are overridden, and a frozen object
# keeps its identity as a key.

require "set"

class Sku
  include Comparable
  attr_reader :family, :number

  def self.parse(text)
    m = text.strip.match(/\A([A-Za-z]+)-?(\d+)\z/) or raise ArgumentError, "bad sku: #{text.inspect}"
    new(m[1], m[2].to_i)
  end

  def initialize(family, number)
    @family = family.upcase.freeze
    @number = number
    freeze
  end

  def <=>(other)
    return nil unless other.is_a?(Sku)
    [family, number] <=> [other.family, other.number]
  end

  def eql?(other) = other.is_a?(Sku) && family == other.family && number == other.number
  alias == eql?

  def hash = [self.class, family, number].hash

  def to_s = format("%s-%04d", family, number)
  def inspect = "#<Sku #{self}>"
end

class Money
  attr_reader :cents

  def initialize(cents) = @cents = cents
  def +(other) = Money.new(cents + other.cents)
  def *(n) = Money.new(cents * n)
  def ==(other) = other.is_a?(Money) && cents == other.cents
  def to_s = format("$%d.%02d", *cents.divmod(100))
  def coerce(n) = [Money.new(n), self]
end

prices = {
  Sku.parse("ab-12") => Money.new(1999),
  Sku.parse("CD7") => Money.new(250),
  Sku.new("ab", 3) => Money.new(75)
}
p prices.keys
puts prices[Sku.new("AB", 12)]
puts prices.fetch(Sku.parse(" cd-0007 "))
p prices.key?(Sku.new("ab", 12)), prices.key?(Sku.new("ab", 13))

orders = %w[AB-12 cd7 AB12 ab-3 AB-0012 CD-7].map { |s| Sku.parse(s) }
counts = orders.tally
counts.sort.each { |sku, n| puts "#{sku.to_s.ljust(8)} x#{n}  #{prices[sku] * n}" }
total = counts.sum(Money.new(0)) { |sku, n| prices[sku] * n }
puts "total #{total}"

p orders.uniq.size, orders.to_set.size, Set.new(orders).include?(Sku.new("cd", 7))
p orders.sort.first, orders.max, orders.minmax.map(&:to_s)
p Sku.new("x", 1) == Sku.new("X", 1), Sku.new("x", 1).equal?(Sku.new("X", 1))
p Sku.new("a", 1).eql?("A-0001"), (Sku.new("a", 1) <=> "A-0001")
p Sku.new("a", 2).between?(Sku.new("a", 1), Sku.new("a", 3)), Sku.new("b", 1).clamp(Sku.new("a", 1), Sku.new("a", 9))

begin
  Sku.new("a", 1) < 5
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

begin
  Sku.parse("12-ab")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

sku = Sku.parse("zz-1")
p sku.frozen?, sku.family.frozen?
begin
  sku.instance_variable_set(:@number, 2)
rescue => e
  puts e.class
end
copy = sku.dup
p copy.frozen?, copy == sku, copy.hash == sku.hash

seen = Set.new
dups = orders.select { |o| !seen.add?(o) }
p dups.map(&:to_s)
grouped = orders.group_by(&:itself).transform_values(&:count)
p grouped
p({ Sku.new("q", 1) => 1 }.merge({ Sku.new("Q", 1) => 2 }))
