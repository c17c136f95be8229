# Objects as Hash keys: eql?/hash contracts, uniq, Set membership, group_by.
require "set"

class Money
  include Comparable
  attr_reader :cents, :currency

  def initialize(cents, currency = "USD")
    @cents = cents
    @currency = currency
  end

  def <=>(other)
    return nil unless other.is_a?(Money) && currency == other.currency

    cents <=> other.cents
  end

  def eql?(other) = other.is_a?(Money) && cents == other.cents && currency == other.currency
  def hash = [cents, currency].hash
  def to_s = format("%s %d.%02d", currency, cents / 100, cents % 100)
  def inspect = "#<Money #{self}>"
end

class Loose
  attr_reader :v
  def initialize(v) = @v = v
  def ==(other) = other.is_a?(Loose) && v == other.v
  def inspect = "Loose(#{v})"
end

a = Money.new(500)
b = Money.new(500)
c = Money.new(500, "EUR")
p a == b, a.eql?(b), a.equal?(b), a.hash == b.hash, a == c, a.eql?(c)
prices = { a => "five dollars" }
p prices[b], prices[c], prices.key?(Money.new(500))
p [a, b, c, Money.new(100)].uniq
p [a, b, c].tally.values, [a, b, c].group_by(&:currency).transform_values(&:size)
s = Set[a, c]
p s.include?(b), s.size, (s << b).size, s.add?(Money.new(1)).nil?
p [Money.new(300), Money.new(100), Money.new(200)].sort.map(&:to_s), [a, Money.new(1)].max
begin
  [a, c].sort
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
p a.between?(Money.new(1), Money.new(1000)), a.clamp(Money.new(1), Money.new(200)).to_s

x = Loose.new(1)
y = Loose.new(1)
p x == y, x.eql?(y), [x, y].uniq.size, { x => 1 }.key?(y), [x].include?(y), [x].index(y)
p [x, y].count(x), [Loose.new(2), x].delete(y), ([x] - [y]).size

p 1 == 1.0, 1.eql?(1.0), 1.hash == 1.0.hash, { 1 => :int }[1.0], { 1.0 => :float }[1]
p "a".eql?("a"), :a.equal?(:a), "a".equal?("a"), [1, [2]].hash == [1, [2]].hash
p({ [1, 2] => :pair }[[1, 2]], { { k: 1 } => :h }[{ k: 1 }], { nil => 0 }[nil])
h = Hash.new
h[[1, 2]] = :list
h["str"] = :s
h[:sym] = :y
h[1..2] = :range
h[2.0] = :two
p h[[1, 2]], h["str"], h[1..2], h[2], h[2.0], h.keys.map(&:class)
key = "mutable"
hk = { key => 1 }
key << "!"
p hk, hk["mutable"], hk.keys.first.frozen?
p hk.compare_by_identity.class, hk.compare_by_identity?
ident = {}.compare_by_identity
s1 = "k"
ident[s1] = 1
ident["k".dup] = 2
p ident.size, ident[s1], ident["k"]
p [[1, "a"], [1, "a"], [2, "b"]].to_h, [[1, 2], [1, 3]].to_h { |a, b| [b, a] }
counts = %w[apple Apple APPLE pear].group_by(&:downcase).map { |k, v| [k, v.size] }.to_h
p counts, counts.sum { |_, v| v }, counts.max_by(&:last), counts.sort_by { |k, v| [-v, k] }.first
p [Money.new(100), Money.new(100, "EUR")].map(&:hash).uniq.size, Money.new(5).hash == Money.new(5).hash
p({ a => 1, b => 2 }.size, { a => 1 }.merge({ b => 2 }).values)
