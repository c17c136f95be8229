# Everyday sequence work: slicing, runs, digits, stepping and generated sequences.
temps = [12, 14, 15, 15, 9, 8, 10, 11, 13, 7]
p temps.each_slice(3).map(&:sum), temps.each_cons(2).count { |a, b| b > a }
p temps.chunk_while { |a, b| b >= a }.map(&:size), temps.slice_when { |a, b| (b - a).abs > 2 }.to_a
p 1234.digits, 1234.digits.sum, 255.digits(16), 10.pow(3, 7), 2**64 % 1000
evens = (0..20).step(4)
p evens, evens.class, evens.to_a, evens.size, evens.last(2), evens == (0..20) % 4
p 5.step(1, -2).to_a, 1.0.step(2.0, 0.25).map { |f| f.round(2) }, 3.step(by: 3, to: 12).sum
fib = Enumerator.produce([0, 1]) { |a, b| [b, a + b] }.lazy.map(&:first)
p fib.first(10), fib.select(&:odd?).first(4)
dates = Enumerator.produce(1) { |d| d >= 5 ? raise(StopIteration) : d + 1 }
p dates.to_a, dates.map { |d| "day #{d}" }.last
p (1..10).each_with_object(Hash.new { |h, k| h[k] = [] }) { |n, h| h[n % 3] << n }
p %w[apple avocado banana blueberry cherry].group_by { _1[0] }.transform_values(&:size)
p [3, 1, 2].sort.reverse.zip(%w[c a b]).to_h, [1, 2, 3, 4].partition(&:even?), [[1, 2], [3, 4]].sum([])
p (1..6).each_slice(2).to_h, (1..4).flat_map { |i| [i] * i }.tally.max_by(&:last)
p({ a: 1, b: 2, c: 3 } <= { a: 1, b: 2, c: 3, d: 4 }, { a: 1 } > { a: 1 }, Hash([]), Hash(nil))
