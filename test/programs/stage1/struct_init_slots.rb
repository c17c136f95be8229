# Struct#initialize writes members straight into an object's slots once its
# class is known: these cases must still behave as ruby's.
Pair = Struct.new(:a, :b)
p Pair.new(1, 2)
p Pair.new(1)
p Pair.new
3.times { |i| p Pair.new(i, i * 2).to_a }
begin
  Pair.new(1, 2, 3)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

# a subclass whose own initialize sets an ivar before super: other slots first
class Tagged < Pair
  def initialize(a, b)
    @tag = :t
    super
  end
  attr_reader :tag
end
2.times { |i| t = Tagged.new(i, -i); p [t.a, t.b, t.tag, t] }

# a subclass adding members' neighbours after the first object
class Wide < Struct.new(:x, :y)
  def grow; @extra = x + y; self; end
  attr_reader :extra
end
w = Wide.new(1, 2).grow
p [w, w.extra]
w2 = Wide.new(3)
p [w2, w2.extra]

# keyword_init
KW = Struct.new(:p, :q, keyword_init: true)
p KW.new(p: 1, q: 2)
p KW.new(q: 5)
p KW.new
begin
  KW.new(1, 2)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  KW.new(z: 1)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

# initialize again: on a frozen struct it raises, on a plain one it resets
s = Pair.new(1, 2)
s.send(:initialize, 9)
p s
s.freeze
begin
  s.send(:initialize, 7, 8)
rescue => e
  puts e.class
end
p s

# a struct with a singleton class
u = Pair.new(4, 5)
def u.sum; a + b; end
p u.sum
u.send(:initialize, 6, 7)
p [u, u.sum]

# many classes share the cache by address: each keeps its own members
classes = (1..100).map { |i| Struct.new(*(1..(i % 5 + 1)).map { |k| :"m#{k}" }) }
total = 0
3.times do
  classes.each_with_index do |c, i|
    o = c.new(*(1..c.members.size).map { |k| k * i })
    total += o.to_a.sum
  end
end
p total
p classes[7].new(1, 2, 3).to_h
