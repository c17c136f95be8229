# Foo.new with a proven class (allocate + compiled initialize) and attr_reader calls as guarded slot reads.

class Point
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end
end

class Empty
end

class Lazy
  attr_reader :v
  def set
    @v = 5
  end
end

class Point3 < Point
  attr_reader :z
  def initialize(x, y, z)
    super(x, y)
    @z = z
  end
end

pts = []
10.times { |i| pts << Point.new(i, i * 2) }
s = 0
pts.each { |pt| s += pt.x + pt.y }
p s
e = Empty.new
p e.class
l = Lazy.new
p l.v
l.set
p l.v
q = Point3.new(1, 2, 3)
p [q.x, q.y, q.z]
begin
  Point.new(1)
rescue ArgumentError => err
  p err.message
end
begin
  Empty.new(1)
rescue ArgumentError => err
  p err.message
end
fz = Point.new(7, 8).freeze
p fz.x

# A reader redefined later: the slot read must not be used once it is a method
class Box
  attr_reader :w
  def initialize(w)
    @w = w
  end
end
b = Box.new(3)
p b.w
class Box
  def w
    @w * 100
  end
end
p b.w

# A singleton class from extend overrides the reader
module Neg
  def w
    -1
  end
end
c = Box.new(4)
c.extend(Neg)
p c.w
