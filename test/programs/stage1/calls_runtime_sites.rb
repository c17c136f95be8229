# Cached sends the runtime makes itself: Foo.new's initialize (a site per
# class) and a Symbol's proc (&:name, a site per Symbol). The caches must
# follow redefinitions, many classes and names sharing table entries,
# receivers of several classes, and the errors a plain send raises.

Point = Struct.new(:x, :y)
p Point.new(1, 2)
class Point
  def initialize(x, y)
    super(y, x)
  end
end
p Point.new(1, 2)

# Many classes: more than the table has entries, built at run time.
classes = (0...600).map do |i|
  Class.new do
    define_method(:initialize) { |v| @v = v + i }
    attr_reader :v
  end
end
sum = 0
3.times { classes.each { |c| sum += c.new(1).v } }
puts sum

# initialize redefined between calls of the same class's new.
class Box
  attr_reader :w

  def initialize(w)
    @w = w
  end
end
boxes = [Box.new(1)]
class Box
  def initialize(w)
    @w = w * 10
  end
end
boxes << Box.new(1)
p boxes.map(&:w)

# A private initialize stays callable from new; arity errors still raise.
begin
  Box.new
rescue ArgumentError => e
  puts e.message
end

# Symbol procs over receivers of several classes, and many names.
puts [1, 2.5, "ab", :cd, [1, 2]].map(&:to_s).inspect
puts (1..10).select(&:even?).inspect
puts [1, 2, 3].reduce(&:+)
names = (0...400).map { |i| :"m#{i}" }
class Many; end
names.each_with_index { |n, i| Many.define_method(n) { i } }
m = Many.new
total = 0
2.times { names.each { |n| total += n.to_proc.call(m) } }
puts total

# A method redefined between two uses of the same Symbol's proc.
class Integer
  def twice = self * 2
end
p [1, 2].map(&:twice)
class Integer
  def twice = self * 3
end
p [1, 2].map(&:twice)

# Errors a send raises: private, missing, method_missing, no receiver.
class Secret
  def method_missing(name, *args)
    name == :ghost ? "boo" : super
  end

  def respond_to_missing?(name, priv = false) = name == :ghost || super

  private

  def hidden = 1
end
p [Secret.new].map(&:ghost)
begin
  [Secret.new].map(&:hidden)
rescue NoMethodError => e
  puts e.message[0, 40]
end
begin
  [1].map(&:nope)
rescue NoMethodError => e
  puts e.message.lines.first
end
begin
  :upcase.to_proc.call
rescue ArgumentError => e
  puts e.message
end

# A block passed through a Symbol's proc, and a break out of it.
p [[3, 1, 2]].map(&:sort)
r = [1, 2, 3].each_slice(2).map(&:sum)
p r
p((1..Float::INFINITY).lazy.map(&:succ).first(3))
