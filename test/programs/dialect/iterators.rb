# Iterators of Array, Hash, Range and Integer that a compiler uses.
a = [5, 3, 8, 1]
a.each { |x| print x, " " }
puts
a.each_with_index { |x, i| print "#{i}:#{x} " }
puts
p a.each_with_object([]) { |x, acc| acc << x * 2 }
p a.map { |x| x + 1 }
p a.flat_map { |x| [x, x] }
p a.select { |x| x > 3 }
p a.reject { |x| x > 3 }
p a.find { |x| x > 4 }
p a.find { |x| x > 100 }
p a.inject(0) { |s, x| s + x }
p a.inject { |s, x| s * x }
p a.sum
p a.sum { |x| x * 10 }
p a.min_by { |x| (x - 4).abs }
p a.max_by { |x| -x }
p a.sort
p a.sort_by { |x| -x }
p a.group_by(&:odd?)
p a.any? { |x| x > 7 }
p a.all? { |x| x > 0 }
p a.count { |x| x.even? }
p a.count
p a.each_slice(2).to_a
p a.zip([1, 2, 3, 4])
p a.min, a.max
p a.include?(8)
p a.index(8)
p a.take_while { |x| x > 2 }
p a.partition(&:even?)
p a.each_with_index.map { |x, i| x * i }
p a.map.with_index { |x, i| [i, x] }
p a.uniq, [1, 1, 2].uniq
p a.reverse
p a.first, a.last, a.first(2)
h = { "b" => 2, "a" => 1 }
h.each { |k, v| puts "#{k}=#{v}" }
h.each_pair { |k, v| puts "#{k}-#{v}" }
p h.map { |k, v| [k, v * 2] }.to_h
p h.select { |_k, v| v > 1 }
p h.sort_by { |k, _v| k }
p h.min_by { |_k, v| v }
p h.sum { |_k, v| v }
p h.count { |k, _v| k == "a" }
p h.find { |_k, v| v == 2 }
p h.each_with_object({}) { |(k, v), acc| acc[v] = k }
p h.any? { |_k, v| v > 1 }
3.times { |i| print i }
puts
1.upto(3) { |i| print i }
puts
3.downto(1) { |i| print i }
puts
1.step(10, 3) { |i| print i, " " }
puts
(1..4).each { |i| print i }
puts
(1...4).each { |i| print i }
puts
p (1..10).step(2).to_a
p (1..5).map { |i| i * i }
p (1..5).select(&:even?)
p (1..3).inject(:+)
p (1..4).reduce(1) { |acc, i| acc * i }
r = []
(0..2).each_with_index { |v, i| r << v + i }
p r
p [[1, :a], [2, :b]].each_with_object({}) { |(n, s), acc| acc[s] = n }
p %w[x y z].each_with_index.to_a
