# object equality and Hash keys (eql?/hash overrides)
class Coord
  attr_reader :r, :c
  def initialize(r, c) = (@r, @c = r, c)
  def ==(o) = o.class == self.class && o.r == r && o.c == c
  alias eql? ==
  def hash = [r, c].hash
  def to_s = "#{r},#{c}"
end

class Loose
  attr_reader :v
  def initialize(v) = @v = v
  def ==(o) = o.respond_to?(:v) && o.v == v
end

h = {}
h[Coord.new(1, 2)] = "a"
h[Coord.new(1, 2)] = "b"
h[Coord.new(2, 1)] = "c"
p h.size, h[Coord.new(1, 2)], h.key?(Coord.new(2, 1)), h.keys.map(&:to_s)

l = {}
l[Loose.new(1)] = 1
l[Loose.new(1)] = 2
p l.size, Loose.new(1) == Loose.new(1), Loose.new(1).eql?(Loose.new(1))

p [Coord.new(0, 0), Coord.new(0, 0), Coord.new(1, 1)].uniq.size
p [Loose.new(0), Loose.new(0)].uniq.size
p [Coord.new(3, 3)].include?(Coord.new(3, 3)), [Coord.new(3, 3)].index(Coord.new(3, 3))
p ([Coord.new(1, 1), Coord.new(2, 2)] - [Coord.new(1, 1)]).map(&:to_s)
p ([Coord.new(1, 1)] & [Coord.new(1, 1)]).size, ([Coord.new(1, 1)] | [Coord.new(1, 1)]).size
p 1 == 1.0, 1.eql?(1.0), 1.equal?(1), "a".equal?("a"), :a.equal?(:a)
p({ 1 => :int, 1.0 => :float }.size)
p({ [1, 2] => 1 }[[1, 2]], { { a: 1 } => 2 }[{ a: 1 }])
p "ab".hash == "ab".hash, [1, "x"].hash == [1, "x"].hash, 1.hash == 1.0.hash

key = [1]
hh = { key => :v }
key << 2
p hh[[1, 2]], hh[[1]]
hh.rehash
p hh[[1, 2]]

counts = Hash.new(0)
%w[a b a c b a].each { |w| counts[w] += 1 }
p counts, counts.default, counts["zzz"], counts.fetch("a"), counts.size
p counts.sort_by { |k, v| [-v, k] }.to_h
p counts.max_by { |_, v| v }, counts.sum { |_, v| v }, counts.invert, counts.key(2)
p counts.select { |_, v| v > 1 }, counts.reject { |k, _| k == "a" }, counts.min_by(&:last)
p counts.sort.to_h, counts.to_a.transpose, counts.find { |k, v| v == 1 }
p counts.group_by { |_, v| v.odd? }, counts.partition { |_, v| v > 1 }.map(&:to_h)
p counts.each_with_object({}) { |(k, v), acc| (acc[v] ||= []) << k }
p counts.filter_map { |k, v| k.upcase if v < 3 }, counts.count { |_, v| v >= 2 }
h2 = { b: 2, a: 1 }
p h2.merge({ a: 5, c: 3 }) { |_, old, new| old + new }, h2.sort.to_h, h2.min_by { |_, v| v }
p h2.to_a.flatten, h2.any? { |_, v| v > 1 }, h2.all? { |k, _| k.is_a?(Symbol) }, h2.sum { |_, v| v }
h2.default = 0
p h2[:zz], h2.dig(:a), h2.values_at(:a, :b, :q), h2.fetch_values(:a, :b)
p h2.compare_by_identity.class rescue p :cbi
h3 = { "x" => 1 }
h3.store("y", 2)
h3.delete("x")
p h3, h3.delete("nope"), h3.delete("nope") { |k| "no #{k}" }, h3.empty?, h3.to_a
p Hash[[[:k, :v]]], [[:a, 1]].to_h { |k, v| [v, k] }, { a: nil }.compact, { a: 1 }.invert
