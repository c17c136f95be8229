# Parameter shapes: destructuring method parameters, **nil, optional block
# parameters with a splat, parameters after a block splat, numbered block
# parameters, rational literals, and to_ary in multiple assignment and blocks.

def restore((a, b)) = a + b
p restore([1, 2])
def mixed(x, (y, (z, w)), *r, (q, s)) = [x, y, z, w, r, q, s]
p mixed(1, [2, [3, 4]], 5, 6, [7, 8])
p mixed(1, 2, 3)
def nokw(x, **nil) = x
p nokw(1)
p nokw({a: 1})
begin
  nokw(1, a: 2)
rescue ArgumentError => e
  p e.message
end
def m = yield(1, 2, 3)
p m { |a, b = 5, *c| [a, b, c] }
p [[1], [1, 2], [1, 2, 3, 4]].map { |a, b = 5, *c| [a, b, c] }
p [[1, 2], [3, 4]].map { _1 + _2 }
p [[1, 2], [3, 4]].map { _1 }
p [1, 2].map { _1 * 2 }
p [1, 2].each_with_index.map { _1 * _2 }
h = { a: 1 }
h.each { p [_1, _2] }
p(-> { _1 * 3 }.call(4))
p proc { [_1, _2] }.arity, lambda { _1 }.arity
p 1r, 3r / 4, 1.5r, 2/3r
p [[1], [1, 2], [1, 2, 3, 4]].map { |a, *r, z| [a, r, z] }
p [[1], [1, 2], [1, 2, 3]].map { |*r, z| [r, z] }
p [[1, [2, 3]]].map { |a, *, (b, c)| [a, b, c] }
def y3 = yield(1, 2, 3)
p y3 { |a, *r, z| [a, r, z] }
p y3 { |*r| r }
p proc { |a, *r, z| }.arity, proc { |a, b = 1, *r| }.arity, proc { |*r, z| }.arity
p [1, 2].map { x = 10; [3].map { _1 + x } }
p [1, 2].map { x = _1; [3].map { |y| y + x } }
l = -> { _1 + _2 }
p l.(1, 2), l.arity, l.lambda?
begin
  l.(1)
rescue ArgumentError => e
  p e.message
end
p [3, 1, 2].sort { _2 <=> _1 }
p({ a: 1, b: 2 }.map { "#{_1}=#{_2}" })
p [[1, 2]].each_with_object([]) { _2 << _1 }
p 10r / 4, -3r, 0.75r, 1/3r + 1/6r
x = 2r
p x.class, x * 1.5

class Pair
  def initialize(a, b) = (@a, @b = a, b)
  def to_ary = [@a, @b]
end

class Opaque; end

class Broken
  def to_ary = 42
end

first, last = Pair.new("Ada", "Lovelace")
p first, last
x, y = Opaque.new
p x.class, y
head, *tail = Pair.new(1, 2)
p head, tail
p [[Pair.new(1, 2), 3]].map { |(a, b), c| [a, b, c] }
p [Pair.new(5, 6)].map { |a, b| [a, b] }
p [Pair.new(7, 8)].map { |a, *r| [a, r] }
p [Pair.new(7, 8)].map { |a| a.class }
def each_pair = yield(Pair.new(:k, :v))
each_pair { |k, v = 0| p [k, v] }
begin
  a, b = Broken.new
rescue TypeError => e
  p e.message
end
s1, s2 = "one"
p s1, s2
