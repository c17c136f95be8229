# Value objects: eql?/hash/== used as Hash keys, in Set, with uniq, group_by and Array#-.
require "set"

class Coord
  attr_reader :lat, :lng

  def initialize(lat, lng)
    @lat = lat.round(4)
    @lng = lng.round(4)
  end

  def ==(other) = other.class == self.class && other.state == state
  alias eql? ==
  def hash = state.hash
  def to_s = format("(%.4f, %.4f)", lat, lng)
  def inspect = "#<Coord #{self}>"

  protected

  def state = [lat, lng]
end

class Tag
  attr_reader :name

  def initialize(name) = @name = name.downcase.strip
  def eql?(other) = other.is_a?(Tag) && name == other.name
  def hash = [Tag, name].hash
  def to_s = "##{name}"
end

class Loose
  attr_reader :id

  def initialize(id) = @id = id
  def ==(other) = other.respond_to?(:id) && id == other.id
end

a = Coord.new(52.37021234, 4.89516789)
b = Coord.new(52.37019, 4.89517)
c = Coord.new(48.8566, 2.3522)
p a == b, a.eql?(b), a.equal?(b), a.hash == b.hash, a == c
visits = Hash.new(0)
[a, b, c, b].each { |x| visits[x] += 1 }
p visits.size, visits[Coord.new(52.3702, 4.8952)], visits.keys.map(&:to_s)
p [a, b, c].uniq.size, [a, c] - [b], ([a] & [b]).size, [a, b, c].group_by(&:itself).transform_values(&:size).values
p [a, c].include?(b), [c, a].index(b), [a, b, c].count(b), [[a, 1]].to_h[b], [a, c].to_set.include?(b)

begin
  a.state
rescue NoMethodError => e
  puts "protected: #{e.message[/protected method `\w+'/]}"
end

tags = Set.new(%w[Ruby ruby\  RUBY compilers Compilers c].map { |t| Tag.new(t) })
p tags.size, tags.map(&:to_s).sort
p tags.include?(Tag.new(" C ")), Tag.new("x") == Tag.new("x"), Tag.new("x").eql?(Tag.new("x"))
tags << Tag.new("Ruby")
p tags.size
h = { Tag.new("a") => 1 }
p h[Tag.new("A")], h.key?(Tag.new("b"))

l1 = Loose.new(1)
l2 = Loose.new(1)
p l1 == l2, l1.eql?(l2), [l1, l2].uniq.size, { l1 => :x }[l2], [l1].include?(l2), ([l1] - [l2]).size

key = [1, 2]
table = { key => "v" }
key << 3
p table[[1, 2]], table[[1, 2, 3]], table.rehash[[1, 2, 3]]
s = Set[1, 2, 3]
p s == Set[3, 2, 1], s.eql?(Set[3, 2, 1]), s.hash == Set[3, 2, 1].hash, { s => 1 }[Set[2, 1, 3]]
p 1 == 1.0, 1.eql?(1.0), 1.hash == 1.0.hash, { 1 => :int }[1.0], [1, 1.0].uniq, 17.equal?(17)
p "a" == :a, :a.equal?(:a), "ab".eql?("ab"), "ab".equal?("ab"), { "k" => 1 }.compare_by_identity["k"]
p [0.0, -0.0].uniq, 0.0 == -0.0, 0.0.eql?(-0.0), Float::NAN == Float::NAN, [Float::NAN].include?(Float::NAN)
p Set[[1, [2]], [1, [2]]].size, { { a: 1 } => 2 }[{ a: 1 }], Struct.new(:q).new(1).hash == Struct.new(:q).new(1).hash
