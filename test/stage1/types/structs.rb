# Struct classes: members typed like ivars from `new` and writers; methods
# in the Struct.new block are the class's (ivars of other classes stay
# slots); a keyword_init struct; class X < Struct.new; an escaping struct.
class Box
  attr_reader :items

  def initialize
    @items = []
  end
end

Point = Struct.new(:x, :y) do
  def sum
    x + y
  end

  def memo
    @memo ||= sum * 2
  end
end

Opt = Struct.new(:name, :level, keyword_init: true)

class Pair < Struct.new(:left, :right)
  def both
    [left, right]
  end
end

Loose = Struct.new(:v)

b = Box.new
pt = Point.new(1, 2)
pt.y = 3.5
b.items << pt.sum << pt.memo
o = Opt.new(name: "a", level: 1)
pr = Pair.new(o, nil)
pr.both
lz = Loose.new([1])
lz.to_h
