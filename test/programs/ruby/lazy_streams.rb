# Enumerator::Lazy pipelines over infinite sequences and generators.
primes = (2..).lazy.select { |n| (2..Integer.sqrt(n)).none? { |d| (n % d).zero? } }
p primes.first(10), primes.take(5).to_a, primes.map { |x| x * x }.first(3)
p primes.each_slice(2).first(3), primes.with_index.map { |x, i| x * i }.first(4)

fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.take(10), fib.lazy.select(&:even?).first(5), fib.lazy.reject(&:odd?).map { _1 / 2 }.first(4)
p fib.each_with_index.find { |f, _| f > 1000 }, fib.lazy.take_while { |f| f < 100 }.to_a.size

words = %w[apple banana cherry date elderberry fig grape honeydew]
pipeline = words.lazy.map(&:upcase).select { |w| w.size > 4 }.map { |w| w[0, 3] }
p pipeline.class, pipeline.to_a, pipeline.first, pipeline.force.size
calls = []
lz = (1..Float::INFINITY).lazy.map { |x| calls << x; x * 2 }.select { |x| (x % 3).zero? }
p lz.first(3), calls
p (1..20).lazy.filter_map { |x| x * 3 if x.even? }.first(4)
p (1..3).lazy.flat_map { |x| [x, -x] }.to_a, (1..4).lazy.zip(10..).to_a
p (1..).lazy.map { |x| x * x }.take_while { |x| x < 50 }.to_a
p (1..10).lazy.drop(7).to_a, (1..10).lazy.drop_while { |x| x < 8 }.map(&:to_s).to_a
p [3, 1, 4, 1, 5, 9, 2, 6].lazy.uniq.first(5), %w[a b c].lazy.with_index.to_a
p (1..).lazy.map { |i| "line #{i}" }.with_index.map { |s, i| "#{i}:#{s}" }.select { |s| s.start_with?("1") }.first(2)
p (1..6).lazy.eager.class rescue p $!.class
gen = Enumerator.new { |y| 3.times { |i| y.yield i, i * 10 } }
p gen.to_a, gen.next, gen.size, gen.rewind.class
e = [1, 2, 3].each
p e.next, e.next, e.next
begin
  e.next
rescue StopIteration => ex
  p ex.class, ex.result
end
e.rewind
p e.peek, e.next
ch = %w[a b c].each_with_index
loop do
  v, i = ch.next
  print v * (i + 1), " "
end
puts
collatz = ->(n) { Enumerator.new { |y| loop { y << n; break if n == 1; n = n.even? ? n / 2 : 3 * n + 1 } } }
p collatz.(6).to_a, collatz.(27).lazy.map(&:to_s).select { |s| s.size > 3 }.first(3)
sq = Enumerator.produce(2) { |x| x * x } rescue sq = nil
p sq ? sq.take(5) : :no_produce
chars = "hello world".each_char.lazy.reject { |c| c == " " }.map(&:ord)
p chars.first(3), chars.sum rescue p $!
p (1..3).each_entry.to_a rescue p $!.class
ints = Enumerator.new { |y| n = 0; loop { y << (n += 1) } }
p ints.lazy.map { |x| x * 2 }.select { |x| x % 3 == 0 }.first(3), ints.take(2)
p ints.each_slice(3).first(2), ints.lazy.compact.first(1)
seen = []
p (1..20).lazy.map { |x| seen << x; x }.grep(5..7).first(2), seen.size
seen.clear
p (1..20).lazy.map { |x| seen << x; x }.grep_v(1..3).first(2), seen.size
