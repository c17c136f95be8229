# Typed direct entries: methods whose parameters or results are proven
# Floats (or true/false) take and return them unboxed between typed
# functions; every other way in (send, method objects, arity errors,
# redefinition, super, Foo.new) must see the same values.

def half(x)
  x / 2.0
end

def scale(x, k)
  x * k
end

def both(a, b)
  a < b
end

def pick(flag)
  return 1.5 if flag
  2.5
end

def mixed(flag)
  return 1 if flag
  2.5
end

total = 0.0
10.times { |i| total += half(i) + scale(i * 1.0, 0.5) }
puts total
puts half(7)
puts scale(1.5, 4.0)
puts both(1.0, 2.0), both(3.0, 2.0)
puts pick(true) + pick(false)
puts mixed(true).inspect, mixed(false).inspect

# The argv entry and the plain entry: send, method objects, public_send.
puts send(:half, 9)
puts method(:scale).call(2.0, 3.0)
puts [1.0, 2.0, 3.0].map { |v| half(v) }.sum

# Values outside the flonum range (heap Floats) and special values.
puts half(1e-310), half(-0.0).inspect, half(Float::INFINITY), half(Float::NAN).nan?
puts scale(1e300, 1e10), scale(1e-300, 1e-300)

# Arity errors through every entry.
begin
  half
rescue ArgumentError => e
  puts "#{e.message} #{File.basename(e.backtrace[0])}"
end
begin
  send(:scale, 1.0)
rescue ArgumentError => e
  puts e.message
end

# Floats through instance methods, Foo.new and super.
class Vec
  attr_reader :x, :y

  def initialize(x, y)
    @x = x
    @y = y
  end

  def norm2
    @x * @x + @y * @y
  end

  def dot(o)
    @x * o.x + @y * o.y
  end

  def longer?(o)
    norm2 > o.norm2
  end
end

class Vec3 < Vec
  def initialize(x, y, z)
    super(x, y)
    @z = z
  end

  def norm2
    super + @z * @z
  end
end

a = Vec.new(3.0, 4.0)
b = Vec3.new(1.0, 2.0, 2.0)
puts a.norm2, b.norm2, a.dot(b), a.longer?(b), b.longer?(a)
vs = [a, b, Vec.new(0.5, 0.25)]
acc = 0.0
vs.each { |v| acc += v.norm2 }
puts acc

# A redefinition with another result type: later calls see the new one.
def area(r)
  3.0 * r * r
end
puts area(2.0)
def area(r)
  "area #{r}"
end
puts area(2.0)

# A raise inside a typed method keeps its backtrace.
def root(x)
  raise ArgumentError, "negative" if x < 0.0
  Math.sqrt(x)
end
puts root(16.0)
begin
  root(-1.0)
rescue ArgumentError => e
  puts "#{e.message} #{e.backtrace[0..1].map { |l| File.basename(l) }.join(" ")}"
end

# Deep recursion through a typed entry.
def fsum(n, acc)
  return acc if n == 0
  fsum(n - 1, acc + 0.5)
end
puts fsum(5000, 0.0)
