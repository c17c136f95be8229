# Frames and lines through direct calls: what backtraces, __method__ and
# caller see after the call path was made cheaper (static frame infos,
# line stores dropped where the frame already holds the line, the stack
# check before the push).

def where
  caller(1, 1).first
end

# Lines set on both arms of a branch, then read after the join.
def branchy(x)
  if x > 0
    y = where
  else
    y = where
  end
  [y, where]
end
puts branchy(1)
puts branchy(-1)

# The first line of a body is the frame's line from the start.
def first_line(a)
  raise ArgumentError, "first #{a}"
end
begin
  first_line(1)
rescue ArgumentError => e
  puts e.message, e.backtrace.first(2)
end

# A loop: the line at the top of the loop is stored again on the way back.
def looped(n)
  i = 0
  out = []
  while i < n
    out << where
    i += 1
    out << where if i == 2
  end
  out
end
puts looped(3)

# Recursion: each frame keeps its own line across calls it makes.
def fact(n)
  return [where] if n <= 1
  inner = fact(n - 1)
  inner << where
end
puts fact(3)

def named = __method__
p named

# SystemStackError ends at the caller's line, as in ruby.
def deep(n)
  x = n + 1
  deep(x)
end
begin
  deep(0)
rescue SystemStackError => e
  puts e.class, e.backtrace.first(2)
end

# Arity errors still come from the definition's line.
def two(a, b)
  a + b
end
begin
  two(1)
rescue ArgumentError => e
  puts e.message, e.backtrace.first(2)
end

# Inlined iterators keep their frames; a raise inside names them.
def each_raise
  [1, 2].each do |v|
    raise "in block #{v}" if v == 2
  end
rescue RuntimeError => e
  puts e.message, e.backtrace.first(3)
end
each_raise

# An Enumerator's next: the body's frames continue the resumer's.
def gen
  Enumerator.new do |y|
    y << where
    raise "from enumerator"
  end
end
en = gen
puts en.next
begin
  en.next
rescue RuntimeError => e
  puts e.message, e.backtrace.first
end

# Calls between methods of a class through a proven receiver.
class Pt
  def initialize(x)
    @x = x
  end

  def bump(k)
    check(k)
    Pt.new(@x + k)
  end

  def check(k)
    raise ArgumentError, "negative" if k < 0
    k
  end
  attr_reader :x
end
p Pt.new(1).bump(2).x
begin
  Pt.new(1).bump(-1)
rescue ArgumentError => e
  puts e.backtrace.first(3)
end
