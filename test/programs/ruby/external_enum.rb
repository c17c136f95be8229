# Enumerators: Enumerator.new with a yielder, external next/peek/rewind, generators.
fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.take(12), fib.first(3), fib.lazy.select(&:odd?).first(5), fib.each_slice(3).first(2)

primes = Enumerator.new do |y|
  found = []
  (2..).each do |n|
    next if found.any? { |pr| (n % pr).zero? }

    found << n
    y.yield n
  end
end
p primes.take(10), primes.each_with_index.find { |pr, _| pr > 30 }

e = [10, 20, 30].each
p e.next, e.peek, e.next, e.next
begin
  e.next
rescue StopIteration => err
  p err.class, err.result
end
e.rewind
p e.next

words = %w[alpha beta gamma].each_with_index
p words.next, words.next
letters = "abc".each_char
nums = [1, 2, 3, 4].each
pairs = []
loop { pairs << [letters.next, nums.next] }
p pairs, nums.next

def countdown(from)
  return to_enum(:countdown, from) { from + 1 } unless block_given?

  from.downto(0) { |i| yield i }
  :liftoff
end
en = countdown(3)
p en.size, en.to_a, en.map { |x| x * 2 }, countdown(2) { |x| print x, " " }

class Tree
  include Enumerable
  def initialize(value, *children)
    @value = value
    @children = children
  end

  def each(&block)
    return enum_for(:each) unless block

    yield @value
    @children.each { |c| c.each(&block) }
    self
  end
end
t = Tree.new(1, Tree.new(2, Tree.new(4)), Tree.new(3, Tree.new(5), Tree.new(6)))
p t.to_a, t.each.next, t.select(&:even?), t.each_slice(2).to_a, t.sort_by { |x| -x }.first(2)
p t.each.with_index.map { |v, i| v * i }, t.min_by { |v| (v - 4).abs }, t.include?(5), t.sum
it = t.each
vals = []
while true
  begin
    vals << it.next
  rescue StopIteration
    break
  end
end
p vals

gen = Enumerator.new { |y| 3.times { |i| y.yield i, i * i } }
p gen.to_a, gen.next, gen.size
cycle = %i[red green blue].cycle
p Array.new(5) { cycle.next }
chars = Enumerator.new { |y| "hello".each_char { |ch| y << ch.upcase } }
p chars.with_index(1).to_a.last, chars.zip(1..5).to_h
p (1..3).each_entry.to_a rescue p (1..3).to_a
ext = [1, 2, 3].map
p ext.with_index { |x, i| x * 10 + i }
p [4, 5].each_with_index.to_a, %w[a b c].each.with_object([]).each { |s, acc| acc.unshift(s) }
lazy = (1..Float::INFINITY).lazy.map { |x| x * x }.reject(&:even?).map { |x| x + 1 }
p lazy.first(4), lazy.take(2).to_a
squares = Enumerator.produce(1) { |x| x * 2 }
p squares.take(8), Enumerator.produce([0, 1]) { |a, b| [b, a + b] }.take(5).map(&:first)
