# Enumerable chaining idioms
words = %w[apple banana cherry date elderberry fig grape honeydew kiwi lemon]

by_len = words.group_by(&:size)
by_len.keys.sort.each { |k| puts "#{k}: #{by_len[k].join(', ')}" }

counts = words.map { |w| w[0] }.tally
p counts
p words.each_with_object(Hash.new(0)) { |w, h| h[w.size] += 1 }

words.each_slice(3).with_index do |slice, i|
  puts "slice #{i}: #{slice.inspect}"
end

nums = [1, 2, 4, 9, 10, 11, 12, 15, 16, 19, 20, 21]
p nums.each_cons(2).map { |a, b| b - a }
p nums.chunk_while { |a, b| b == a + 1 }.to_a
p nums.slice_when { |a, b| b != a + 1 }.map { |r| r.size > 1 ? "#{r.first}-#{r.last}" : r.first.to_s }
evens, odds = nums.partition(&:even?)
p evens, odds
p nums.sum, nums.inject(:+), nums.reduce(1) { |a, b| a * b % 1000 }
p nums.minmax
p words.minmax_by(&:size)
p words.zip(nums).first(3)
p [[1, 2], [3, 4]].flat_map { |a, b| [a * 10, b * 10] }
p words.each_with_index.select { |w, i| i.odd? }.map(&:first)
p words.sort_by { |w| [-w.size, w] }.first(4)
p nums.each_slice(4).map(&:sum)
p (1..10).step(3).to_a
p 1.step(10, 4).to_a
p words.find { |w| w.include?("rr") }
p words.find_index("fig")
p words.count { |w| w.size > 5 }
p nums.take_while { |n| n < 10 }, nums.drop_while { |n| n < 10 }
p words.max_by(&:length), words.min_by(&:length)
p nums.sum { |n| n * n }
p nums.group_by { |n| n % 3 }.transform_values(&:size)
p words.chunk { |w| w.size > 4 }.map { |big, ws| [big, ws.size] }
p (1..4).each_with_object([]) { |i, acc| acc.unshift(i) }
p nums.uniq { |n| n / 5 }
p words.map.with_index(1) { |w, i| "#{i}.#{w}" }.last(2)
p nums.filter_map { |n| n * 2 if n.odd? }
p [3, 1, 2].sort.reverse, [3, 1, 2].max(2), [3, 1, 2].min(2)
p words.zip(words.map(&:upcase)).to_h.select { |k, _| k.size == 4 }
p [1, 2, 3].cycle.first(7)
p (1..3).inject { |s, x| s * x }
p [[1, :a], [2, :b]].each_with_object({}) { |(n, s), h| h[s] = n }
p nums.sum.fdiv(nums.size).round(3)
p %w[a b c].each_with_index.to_a
p [1, 2, 3].zip([4, 5, 6], [7, 8, 9]).map(&:sum)
p (1..6).each_cons(3).to_a.length
p words.sum("") { |w| w[0] }
p nums.all?(Integer), nums.any? { |n| n > 20 }, nums.none?(&:zero?), nums.one? { |n| n == 1 }
