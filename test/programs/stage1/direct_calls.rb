# Direct C entries of fixed-arity methods (codegen_c.rb: kf_N_dA): calls at
# proven sites pass C arguments; the argv entry checks the count.
def two(a, b)
  a * 10 + b
end

def none
  :none
end

def opt(a, b = 5)
  a + b
end

def rest(a, *r)
  [a, r]
end

def kw(a, k: 1)
  a + k
end

def with_block(a)
  yield a
end

def captured(a)
  f = -> { a += 1 }
  f.call
  a
end

def deep(n)
  n == 0 ? 0 : 1 + deep(n - 1)
end

def fl(x, y)
  x * y + 0.5
end

p two(1, 2), none, opt(1), opt(1, 2), rest(1), rest(1, 2, 3), kw(1), kw(1, k: 3)
p with_block(4) { |x| x * 2 }
p captured(7)
p deep(1000)
p fl(1.5, 2.0), fl(2, 3)

# Wrong counts: ArgumentError raised from the callee's frame.
def show(e)
  puts "#{e.class}: #{e.message}"
  puts e.backtrace[0].sub(/^.*\//, "")
  puts e.backtrace[1].sub(/^.*\//, "")
end

begin
  two(1)
rescue ArgumentError => e
  show(e)
end
begin
  two(1, 2, 3)
rescue ArgumentError => e
  show(e)
end
begin
  none(1)
rescue ArgumentError => e
  show(e)
end
begin
  send(:two, 1)
rescue ArgumentError => e
  puts e.message # (kiln's backtrace shows a `send' frame ruby 3.1 does not)
end
args = [1, 2, 3]
begin
  two(*args)
rescue ArgumentError => e
  show(e)
end
p two(*args[0, 2]), send(:two, 3, 4), method(:two).call(5, 6)

class Pt
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end

  def add(o)
    Pt.new(@x + o.x, @y + o.y)
  end

  def to_s
    "(#{@x}, #{@y})"
  end
end

puts Pt.new(1, 2).add(Pt.new(3, 4))
begin
  Pt.new(1)
rescue ArgumentError => e
  show(e)
end
begin
  Pt.new(1, 2).add
rescue ArgumentError => e
  show(e)
end

# A method redefined with another arity: the new definition is called.
def later(a)
  a
end
p later(1)
def later(a, b)
  a + b
end
p later(1, 2)

def stack(n)
  stack(n + 1)
end
begin
  stack(0)
rescue SystemStackError => e
  puts e.class
end
