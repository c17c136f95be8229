# Array methods beyond each/map: combinatorics, in-place mutation, set-like ops, slicing.
a = [5, 3, 8, 1, 9, 2]
p a.combination(2).count, a.combination(3).first(2), a.permutation(2).first(3), [1, 2].product([3, 4], [5])
p [[1, 2, 3], [4, 5, 6]].transpose, [[1, [2]], [3, [4, [5]]]].flatten(1), a.rotate(2), a.rotate(-1)
p a.each_slice(2).map(&:sum), a.each_cons(3).map(&:max), a.sum.fdiv(a.size), a.minmax, a.sort.reverse.take(3)
p a.values_at(0, 2, 10, -1), a.values_at(1..3), a.dig(0), [[1, [2, 3]]].dig(0, 1, 0), a.fetch(1), a.fetch(10, :none)
p a.first, a.first(2), a.last(2), a.take(4), a.drop(4), a.sample.nil?, a.assoc(1).inspect, [[1, :a], [2, :b]].assoc(2), [[1, :a]].rassoc(:a)
b = a.dup
p b.push(4).pop, b.unshift(0).shift, b.insert(2, :x, :y), b.delete(:x), b.delete_at(2), b
p b.slice!(1, 2), b, b.fill(0, 3), b.fill { |i| i * i }, Array.new(3, "z"), Array.new(3) { |i| i.to_s * i }
c = [3, nil, 1, nil, 2, 3, 1]
p c.compact, c.compact!, c.compact!, c.uniq!, c.uniq!, c.sort!, c.map! { |x| x * 10 }, c.select! { |x| x > 10 }, c.reject!(&:zero?)
d = %w[pear Apple fig banana Cherry]
p d.sort, d.sort_by(&:downcase), d.sort_by { |w| [-w.size, w] }, d.min_by(&:size), d.max(2), d.sort.bsearch { |x| x >= "banana" }
d.sort_by!(&:size)
p d, d.reverse!, d.keep_if { |w| w.size > 3 }, d.delete_if { |w| w.start_with?("C") }, d
p [1, 2, 2, 3] - [2], [1, 2] | [2, 3], [1, 2, 2] & [2, 2, 3], [1, 2] + [3], [1, 2] * 2, [1, 2] * ", ", [[1, 2], [3]].sum([])
p [1, 2, 3].union([4], [5, 1]), [1, 2, 3].intersection([2, 3], [3]), [1, 2, 3].difference([2]), [1, 2].intersect?([2, 9])
p [3, 1, 2] <=> [3, 1, 3], [1, 2] == [1, 2.0], [1, 2].eql?([1, 2.0]), [[2, "b"], [1, "z"], [2, "a"]].sort, [0.1, 0.2, 0.3].sum
p (1..4).each_with_object([]) { |i, acc| acc.unshift(i) }, [1, 2, 3].each_entry.to_a, [4, 5].each_index.to_a, [1, 2, 3].cycle.take(5)
p [1, 2, 3, 4].find_index(3), [1, 2, 3, 4].index { |x| x > 1 }, [1, 2, 1].rindex(1), [1, 2, 3].include?(2), [nil, false].none?
p [1, [2, [3, [4]]]].flatten, [1, [2, [3, [4]]]].flatten(2), ["a", ["b"]].join("-"), [1, [2, 3]].to_s, %w[a b c].each_with_index.to_a.flatten
p [1, 2, 3].zip([4, 5], [6]), [1, 2, 3].zip, [[1, 2], [3, 4]].to_h { |a2, b2| [b2, a2] }, [1, 2, 3, 4, 5].partition(&:even?)
p [5, 1, 4].max { |x, y| y <=> x }, %w[aa b cccc].max_by(&:size), [1, 2, 3].inject { |s, x| s * x }, [].sum, [].max, [2.5, 1].sum
p [1, 2, 3].lazy.map { |x| x * 2 }.to_a, [1, 2, 3].each_slice(2).include?([3]), [4, 6, 8].all?(&:even?), [1, 2, 3].count(&:odd?)
p Array(nil), Array([1]), Array(1..3), Array("str"), Array({ a: 1 }), [nil] * 3, Array.new(2) { [] }.map(&:object_id).uniq.size
matrix = Array.new(3) { |r| Array.new(3) { |c2| r * 3 + c2 } }
p matrix, matrix.map(&:sum), matrix.transpose.map(&:sum), (0..2).map { |i| matrix[i][i] }.sum, matrix.flatten.each_slice(3).to_a == matrix
p matrix.map { |row| row.map { |x| x.to_s.rjust(2) }.join(" ") }, matrix.reverse.map(&:reverse), matrix.rotate.first
stack = []
stack.push(1, 2, 3)
queue = stack.dup
p stack.pop(2), stack, queue.shift(2), queue, stack.concat([7, 8], [9]), stack.prepend(0), stack.append(10)
p %w[a b c d e].each_slice(2).to_a, %w[a b c d e].each_with_index.group_by { |_, i| i % 2 }.transform_values { |v| v.map(&:first) }
p [1, 2, 3].pack("C*").bytes, [3, 1, 2].sort.freeze.frozen?, [1, 2, 3].sum { |x| x / 2.0 }, [1, 2, 3, 4].minmax_by { |x| (x - 2.5).abs }
p [1, 2, 3, 4, 5, 6].each_slice(2).map(&:reverse).flatten, %w[x y z].each.with_index(1).map { |s, i| "#{i}#{s}" }
