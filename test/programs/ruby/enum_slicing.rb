# Enumerable slicing and aggregation on everyday data.
temps = [12, 14, 15, 15, 13, 9, 8, 10, 14, 18, 21, 21, 19, 17]
p temps.each_slice(4).to_a
p temps.each_slice(4).map(&:sum)
p temps.each_cons(3).map { |w| w.sum / 3.0 }.map { |v| v.round(1) }.first(5)
p temps.each_cons(2).count { |a, b| b > a }
p temps.chunk_while { |a, b| b >= a }.to_a
p temps.slice_when { |a, b| (b - a).abs > 2 }.map(&:size)
p temps.chunk { |t| t >= 15 ? :warm : :cold }.map { |k, v| [k, v.size] }
p temps.tally.select { |_, n| n > 1 }.keys
p temps.minmax, temps.sum, temps.sum(0.0) / temps.size
p temps.min(3), temps.max(2), temps.minmax_by { |t| (t - 15).abs }
p temps.each_with_index.max_by { |t, _| t }
p temps.each_with_index.select { |t, i| i.even? && t > 12 }.map(&:last)
days = %w[mon tue wed thu fri sat sun]
p days.zip(temps.first(7), temps.last(7))
p days.zip(temps).to_h.select { |_, t| t < 12 }
p days.each_with_index.to_h
p days.partition { |d| d.start_with?("t", "s") }
p days.group_by(&:size), days.group_by { |d| d[-1] }.transform_values(&:size)
p days.each_with_object(Hash.new(0)) { |d, h| h[d[0]] += 1 }
p days.inject { |acc, d| acc.size >= d.size ? acc : d }
p days.reduce(0) { |sum, d| sum + d.sum { |c| c.ord } % 7 }
p (1..10).each_slice(3).map(&:sum), (1..10).step(3).to_a
p days.cycle.first(9).last(3)
p days.rotate(2).first, days.rotate(-1).first
p [3, 1, 2].sort.reverse, [3, 1, 2].sort { |a, b| b <=> a }
p temps.uniq.sort.each_slice(3).map { |s| s.join("-") }.join(" | ")
p temps.find_index(21), temps.index { |t| t < 10 }, temps.rindex(21)
p temps.take_while { |t| t < 15 }, temps.drop_while { |t| t < 20 }
p temps.sum { |t| t * 9 / 5 + 32 }
p temps.none?(&:zero?), temps.all?(Integer), temps.any? { |t| t > 20 }, temps.one?(8)
p temps.first(3).product([0, 1]).size
p [[1, :a], [2, :b]].each_with_object([]) { |(n, s), acc| acc << "#{s}#{n}" }
p %w[apple avocado banana blueberry cherry].chunk { |w| w[0] }.to_a
scores = { ann: [90, 85], bob: [70, 95, 80], cy: [] }
p scores.map { |k, v| [k, v.empty? ? nil : v.sum.fdiv(v.size).round(2)] }.to_h
p scores.sum { |_, v| v.size }, scores.min_by { |_, v| v.size }.first
p scores.sort_by { |k, v| [-v.size, k] }.map(&:first)
p scores.flat_map { |k, v| v.map { |s| "#{k}:#{s}" } }
p scores.each_slice(2).to_a.last
p (1..6).each_cons(2).to_a.transpose
p [4, 5, 6].each.with_index(1).map { |x, i| x * i }
p [1, 2, 3].zip([4, 5, 6]).map { |a, b| a * b }.sum
p %w[a b c].each_with_index.map { |s, i| s * (i + 1) }
p [1, 2, 2, 3, 3, 3].uniq { |x| x.odd? }, [5, 3, 1].sort!.first
