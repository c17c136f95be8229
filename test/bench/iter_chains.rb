# iter_chains: Enumerable pipelines (map, select, reject, inject, each_slice, zip, flat_map, min_by).
total = 0
digest = 0
120.times do |round|
  numbers = (1..20_000).map { |i| (i * 37 + round) % 10_007 }
  evens = numbers.select(&:even?)
  odds = numbers.reject(&:even?)
  squares = evens.map { |n| n * n % 65_536 }
  total += squares.inject(0) { |sum, n| sum + n }
  total += odds.reduce(:+)
  total += numbers.each_slice(4).map { |slice| slice.max - slice.min }.sum
  total += evens.zip(odds).count { |a, b| b && a > b }
  total += numbers.each_cons(2).sum { |a, b| (a - b).abs } % 1000
  total += numbers.flat_map { |n| [n, -n / 2] }.sum
  total += numbers.min_by { |n| (n - 5000).abs } + numbers.max_by { |n| n % 1000 }
  total += 1 if numbers.any? { |n| n > 10_000 }
  total += 1 if numbers.all?(&:positive?)
  total += numbers.find { |n| n % 97 == 0 } || 0
  total += numbers.partition { |n| n < 5000 }.map(&:size).inject(:*) % 1000
  digest = (digest * 31 + total) % 1_000_000_007
end
puts total
puts digest
