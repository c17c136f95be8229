# frozen objects, dup and clone
s = "hello".freeze
p s.frozen?
begin
  s << " world"
rescue FrozenError => e
  puts "#{e.class}: #{e.message}"
end
t = s.dup
t << " there"
p t, t.frozen?, s.clone.frozen?, s.clone(freeze: false).frozen?

arr = [1, [2, 3], "x"].freeze
begin
  arr << 4
rescue => e
  puts "#{e.class}: #{e.message}"
end
arr[1] << 99
p arr
copy = arr.dup
copy << 5
p copy, arr.size, copy.frozen?

h = { a: 1 }.freeze
begin
  h[:b] = 2
rescue FrozenError => e
  puts e.message
end
p h.merge(b: 2), h.frozen?, h.merge(b: 2).frozen?

class Point
  attr_accessor :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def to_s = "(#{x}, #{y})"
  def initialize_copy(src)
    super
    @copied = true
  end
  def copied? = !!@copied
end

pt = Point.new(1, 2)
q = pt.dup
q.x = 10
puts pt, q, q.copied?, pt.copied?
pt.freeze
begin
  pt.x = 5
rescue FrozenError => e
  puts e.class
end
c = pt.clone
d = pt.dup
p c.frozen?, d.frozen?
d.y = 7
puts d

pt2 = Point.new(3, 4)
def pt2.special = "singleton"
e = pt2.clone
p e.special
begin
  pt2.dup.special
rescue NoMethodError => err
  puts "dup drops singleton: #{err.class}"
end

CONST = %w[a b c].map(&:freeze).freeze
p CONST.all?(&:frozen?), CONST.frozen?
p :sym.frozen?, 1.frozen?, nil.frozen?, "lit".frozen?, "a#{1}b".frozen?
str = +"mutable"
str << "!"
p str
u = -"interned"
p u.frozen?
nested = { list: [1, 2] }
shallow = nested.dup
shallow[:list] << 3
p nested
deep = nested.transform_values(&:dup)
deep[:list] << 4
p nested, deep
p [1, 2].freeze.map { |x| x * 2 }.frozen?
o = Object.new.freeze
p o.frozen?, o.dup.frozen?
