# A tour of Enumerable's grouping and combining methods on sensor readings.
readings = [12, 13, 13, 17, 18, 25, 24, 23, 30, 31, 31, 8, 9, 10, 10, 11]
p readings.each_slice(5).to_a, readings.each_slice(5).map(&:sum)
p readings.each_cons(3).count { |a, b, c| a < b && b < c }
p readings.each_cons(2).map { |a, b| b - a }
p readings.chunk_while { |a, b| b >= a }.to_a
p readings.slice_when { |a, b| (b - a).abs > 4 }.map { |g| [g.first, g.last, g.size] }
p readings.chunk { |r| r >= 20 ? :hot : :cool }.map { |k, v| [k, v.size] }
p readings.group_by { |r| r / 10 * 10 }.transform_values(&:size)
cool, hot = readings.partition { |r| r < 20 }
p cool.size, hot, readings.tally.select { |_, n| n > 1 }, readings.tally.max_by(&:last)
p readings.minmax, readings.min(3), readings.max(2), readings.sum, readings.sum(0.0) / readings.size
p readings.minmax_by { |r| (r - 20).abs }, readings.sort.uniq.first(4), readings.each_with_index.max[1]
names = %w[north south east west]
codes = %w[N S E W]
p names.zip(codes), names.zip(codes, 1..4).map(&:join), names.zip(codes).to_h
p [1, 2].product(%w[a b], [true]), names.product([1]).size, [].product([1])
p names.flat_map { |n| n.chars.first(2) }, [[1, [2]], [3]].flat_map { |x| x }, names.map(&:chars).flatten.tally.max_by(2, &:last)
p names.each_with_object({}) { |n, h| h[n[0]] = n }, names.inject { |a, b| a.size >= b.size ? a : b }
p (1..10).each_slice(3).map(&:sum), (1..6).each_cons(2).to_a.last, (1..10).step(3).to_a
p names.sort_by { |n| [-n.size, n] }, names.min_by(&:size), names.sum(""), names.cycle.first(6)
p (1..4).sum { |x| x * x }, (1..4).reduce(:*), (1..4).inject(10) { |s, x| s - x }
p [3, 1, 2].sort.reverse, [3, 1, 2].max_by { -_1 }, [1, 2, 3, 4, 5].each_entry.to_a.size
p names.find_index("east"), names.take_while { |n| n != "east" }, names.drop_while { |n| n != "east" }
p names.each_with_index.group_by { |_, i| i.even? }.transform_values { |v| v.map(&:first) }
p [1, 2, 3, 4, 5, 6].chunk_while { |a, b| b == a + 1 }.map { |r| r.size > 1 ? "#{r.first}-#{r.last}" : r.first.to_s }
p [1, 2, 4, 9, 10, 11, 12, 15].slice_when { |a, b| b != a + 1 }.map { |r| r.size > 2 ? "#{r[0]}..#{r[-1]}" : r }.inspect
p %w[apple avocado banana blueberry cherry].group_by(&:chr).map { |k, v| "#{k}=#{v.size}" }.join(",")
p [1, 1, 2, 3, 3, 3].chunk(&:itself).map { |k, v| [k, v.length] }
p (1..12).partition(&:even?).map(&:sum), %w[a b c d].each_slice(2).to_h, [[1, 2], [3, 4]].to_h { |a, b| [b, a] }
p [5, 3, 9].each_with_index.sort_by(&:first).map(&:last), [4, 5].zip([6, 7]).sum { |a, b| a * b }
p (1..3).zip(4..6, 7..9).transpose, [1, 2, 3].each_slice(2).include?([3]), [nil, 1, false, 2].compact
p %w[x y z].each.with_index(1).map { |s, i| "#{i}#{s}" }, [2, 4, 6].all?(&:even?), [1, 2].none?(3..), [1, nil].one?
p [1, 2, 3, 4].sum.fdiv(4), [0.1] * 3 == [0.1, 0.1, 0.1], [0.1, 0.2, 0.3].sum, [1e100, 1.0, -1e100].sum
p %w[b c a].sort!.first, [[2, "b"], [1, "z"], [2, "a"]].sort, [[1, :a], [1, :b]].min_by(&:first)
p readings.uniq.size, readings.count(10), readings.first(3).cycle(2).to_a, readings.each_slice(7).to_a.last
