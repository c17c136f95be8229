# Core constructors and iterators whose results inference types:
# Array.new / Hash.new forms, &:name blocks, zip/transpose/flatten/tally,
# group_by/partition/each_slice/filter_map, sums mixing Integer and Float.
grid = Array.new(3) { |i| Array.new(4) { |j| i * 4 + j } }
p grid, grid.transpose, grid.flatten, grid.map(&:sum), grid.sum(&:size)
zeros = Array.new(3, 0)
zeros[1] += 2.5
p zeros, zeros.sum, Array.new(2), Array.new, Array[1, "two", :three]
counts = Hash.new(0)
"the quick brown the lazy the end".split.each { |w| counts[w] += 1 }
p counts, counts["missing"], counts.fetch("the")
groups = Hash.new { |h, k| h[k] = [] }
%w[apple avocado banana blueberry cherry].each { |w| groups[w[0]] << w }
p groups, groups["z"], groups.keys
p [1, 2, 3].zip([4, 5], [6]), [[1, :a], [2, :b]].transpose, [3, 1, 2].minmax
p %w[a b a c a].tally, (1..10).group_by(&:odd?), (1..10).partition(&:even?)
p (1..7).each_slice(3).to_a, [1, 2, 3, 4].each_cons(2).map(&:sum)
[10, 20, 30, 40, 50].each_slice(2) { |s| p s }
p [1, nil, 2, false, 3].filter_map { |x| x && x * 2 }, [1, 2, 3].inject(&:+), [[1, 2], [3, 4]].map(&:first)
p({ a: 1, b: 2 }.map(&:first), { a: 1 }.map(&:last))
p [1, 2.5, 3].sum, [0.1] * 3 == [0.1, 0.1, 0.1], [0.1, 0.2, 0.3].sum, (1..4).sum { |i| i * 0.5 }, [].sum
p (0...3).sum { |i| grid[i][i] }, [1, 2].sum(10), [1, 2].sum(0.5)
pairs = [[1, 2], [3, 4], [5, 6]]
p pairs.map { |a, b| a * b }, pairs.each_with_index.map { |(a, b), i| a + b + i }
mixed = [1, 2.0, 3, 4.5]
acc = 0
mixed.each { |x| acc += x * 2 }
p acc, mixed.map { |x| x * x }, mixed.select { |x| x > 2 }, mixed.max
p 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53 + 1, 9007199254740993 < 9007199254740992.0, 3 < 3.5, 2.5 <= 2
begin
  [1, nil].sum
rescue TypeError => e
  p e.message
end
begin
  v = [nil].first
  v.size
rescue NoMethodError => e
  p e.class, e.name
end
h = Hash.new(5)
h.default = 7
p h[:x]
