# Enumerator::Lazy over infinite ranges and hand-made Enumerators.

def prime?(n)
  return false if n < 2
  (2..Integer.sqrt(n)).none? { |d| (n % d).zero? }
end

primes = (2..).lazy.select { |n| prime?(n) }
puts "first 15 primes: #{primes.first(15).join(' ')}"
puts "primes > 1000: #{primes.reject { |p| p < 1000 }.first(5).inspect}"

twins = primes.each_cons(2).select { |a, b| b - a == 2 }
puts "twin primes: #{twins.first(8).map { |a, b| "(#{a},#{b})" }.join(' ')}"

fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
puts "fibonacci: #{fib.take(15).join(', ')}"
puts "first fib with 30 digits: #{fib.lazy.map(&:to_s).find { |s| s.size >= 30 }}"
puts "even fibs under 4e6 sum: #{fib.lazy.take_while { |f| f < 4_000_000 }.select(&:even?).sum}"

squares = (1..Float::INFINITY).lazy.map { |n| n * n }
puts "squares ending in 6: #{squares.select { |s| s % 10 == 6 }.first(6).inspect}"
puts "lazy chain class: #{squares.class}, eager: #{squares.first(3).class}"

triangular = Enumerator.produce([1, 1]) { |n, t| [n + 1, t + n + 1] }.lazy.map(&:last)
puts "triangular: #{triangular.first(10).inspect}"

def divisor_count(n)
  count = 0
  (1..Integer.sqrt(n)).each { |d| count += (d * d == n ? 1 : 2) if (n % d).zero? }
  count
end
first_big = triangular.find { |t| divisor_count(t) > 100 }
puts "first triangular with >100 divisors: #{first_big}"

collatz = ->(n) { Enumerator.produce(n) { |x| x.even? ? x / 2 : 3 * x + 1 }.take_while { |x| x != 1 } + [1] }
puts "collatz(7): #{collatz.(7).join(' ')}"

evens = Enumerator.new { |y| 0.step(by: 2) { |n| y.yield n } }
odds = Enumerator.new { |y| 1.step(by: 2) { |n| y.yield n } }
puts "zip of lazies: #{evens.lazy.zip(odds.lazy).first(4).inspect}"
puts "with_index: #{(1..).lazy.map { |n| n * 3 }.with_index.map { |v, i| "#{i}:#{v}" }.first(4).join(' ')}"
puts "uniq: #{(1..).lazy.map { |n| n % 5 }.uniq.first(5).inspect}"
puts "filter_map: #{(1..).lazy.filter_map { |n| n * 2 if (n % 3).zero? }.first(5).inspect}"
puts "flat_map: #{(1..).lazy.flat_map { |n| [n] * n }.first(10).inspect}"
puts "chunk_while: #{(1..).lazy.map { |n| n * n % 7 }.chunk_while { |a, b| b >= a }.first(4).inspect}"
puts "eager: #{(1..).lazy.map { |n| n + 1 }.first(3).map { |n| n * 10 }.inspect}"

e = [10, 20, 30].each
puts "external next: #{e.next} #{e.next} #{e.peek} #{e.next}"
begin
  e.next
rescue StopIteration => ex
  puts "StopIteration: #{ex.message}"
end
gen = (1..3).cycle
puts "cycle: #{Array.new(7) { gen.next }.join}"
puts "each_slice of naturals: #{(1..).each_slice(4).first(3).inspect}"
puts "step float: #{1.0.step(by: 0.25).first(5).inspect} #{(0.5..).step(0.5).first(4).inspect}"
