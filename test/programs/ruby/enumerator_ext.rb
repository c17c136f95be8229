# external enumerators, generators, with_index/with_object, zip of enumerators
fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.take(12), fib.first, fib.each_with_index.first(3), fib.take_while { |v| v < 50 }
e = fib.each_slice(3)
p e.next, e.next
gen = [10, 20, 30].each
p gen.next, gen.peek, gen.next, gen.next
begin
  gen.next
rescue StopIteration => ex
  puts "StopIteration: #{ex.message}"
end
gen.rewind
p gen.next
chars = %w[a b c].each_with_index
p chars.to_a, chars.map { |c, i| c * (i + 1) }
p %w[x y z].each.with_index(1).to_a, %w[x y].map.with_index { |c, i| "#{i}#{c}" }
p (1..3).each_with_object([]).with_index { |(v, acc), i| acc << v * i } rescue p :ewo
primes = Enumerator.new do |y|
  n = 2
  found = []
  loop do
    if found.none? { |pr| (n % pr).zero? }
      found << n
      y.yield n
    end
    n += 1
  end
end
p primes.take(15), primes.each_slice(5).first(2)
squares = Enumerator.new { |y| 1.step { |i| y << i * i } }
p squares.take(5), squares.find { |s| s > 200 }
p [1, 2, 3].each_entry.to_a, [4, 5].each.with_object(:memo).to_a
cycle = %w[red green blue].cycle
p Array.new(5) { cycle.next }
zipped = [1, 2, 3].zip(%w[a b c].each, [:x, :y, :z])
p zipped
p (1..Float::INFINITY).each.first(3), 3.times.to_a, 5.downto(2).to_a, 1.upto(4).select(&:even?)
p "hello".each_char.with_index.select { |c, i| i.even? }.map(&:first).join
p({ a: 1, b: 2 }.each.next, { a: 1 }.each_pair.to_a, { a: 1, b: 2 }.map.with_index { |(k, v), i| [k, v, i] })
en = Enumerator.new { |y| y.yield 1, 2; y << 3; y.yield }
p en.to_a, en.size
ch = Enumerator::Yielder rescue nil
p ch.nil?
p [3, 1, 2].each_with_index.sort_by { |v, i| v }.map(&:last), [3, 1, 2].each.with_index.max_by(&:first)
p [1, 2, 3, 4].each_slice(2).with_index.map { |(a, b), i| (a + b) * i }
