# Hash methods in daily use: merging with blocks, slicing, filtering, inverting, nested updates.
stock = { apples: 10, pears: 0, plums: 7, figs: 3 }
prices = { apples: 0.5, pears: 0.75, plums: 0.3, kiwis: 0.9 }
p stock.merge(prices) { |_, qty, price| qty * price }
p stock.merge({ apples: 5, kiwis: 2 }, { figs: 1 }) { |_, a, b| a + b }
p stock.slice(:apples, :figs, :nope), stock.except(:pears), stock.filter_map { |k, v| k if v > 5 }
p stock.select { |_, v| v.positive? }, stock.reject { |_, v| v < 5 }, stock.partition { |_, v| v.odd? }
p stock.min_by { |_, v| v }, stock.max_by(2) { |_, v| v }, stock.sort_by { |k, v| [-v, k] }.to_h
p stock.sum { |_, v| v }, stock.count { |_, v| v.zero? }, stock.find { |_, v| v == 7 }, stock.any? { |_, v| v > 9 }
p stock.invert, stock.key(7), stock.values_at(:apples, :kiwis), stock.fetch_values(:plums, :figs)
p stock.to_a.transpose, stock.keys.zip(stock.values) == stock.to_a, stock.each_with_index.map { |(k, v), i| "#{i}:#{k}=#{v}" }
p stock.group_by { |_, v| v.zero? ? :out : :in }.transform_values(&:to_h)
p stock.each_with_object({}) { |(k, v), acc| (acc[v.even?] ||= []) << k }
p stock.reduce(0) { |s, (k, v)| s + k.size * v }, stock.sort.first, stock.min_by(&:last).first
h = stock.dup
h.store(:dates, 4)
h.delete(:pears)
p h, h.delete(:nope), h.delete(:nope) { |k| "no #{k}" }, h.length
h.delete_if { |_, v| v > 6 }
p h
h2 = stock.dup
p h2.reject! { |_, v| v > 100 }, h2.select! { |_, v| v < 10 }, h2
h2.keep_if { |k, _| k.size > 4 }
p h2, h2.compact, { a: nil, b: 1 }.compact
p stock.transform_keys(&:to_s), stock.transform_keys(apples: :APPLES), stock.to_h { |k, v| [v, k] }
p stock.filter_map { |k, v| "#{k}!" if v.odd? }, stock.flat_map { |k, v| [k] * [v, 2].min }
p stock.each_slice(2).map(&:to_h), stock.min(2) { |a, b| a[1] <=> b[1] }, stock.sum([]) { |k, _| [k] }
nested = { a: { b: { c: 1 } }, list: [{ id: 1 }, { id: 2, tags: ["x"] }] }
p nested.dig(:a, :b, :c), nested.dig(:list, 1, :tags, 0), nested.dig(:a, :x, :c), nested[:list].map { |e| e[:id] }
deep_merge = ->(a, b) { a.merge(b) { |_, x, y| x.is_a?(Hash) && y.is_a?(Hash) ? deep_merge.(x, y) : y } }
p deep_merge.({ a: { b: 1, c: 2 }, d: 1 }, { a: { c: 3, e: 4 }, f: 5 })
counts = Hash.new(0)
%w[x y x z x y].each { |w| counts[w] += 1 }
p counts, counts.sort_by { |w, c| [-c, w] }.first, counts.sum { |_, c| c }, counts.default, counts.to_a.flatten
p Hash[[[:k, 1], [:j, 2]]], Hash[%w[a b c d].each_slice(2).to_a], [[1, 2]].to_h, %i[a b].zip([1, 2]).to_h
p({ b: 1, a: 2 }.sort.to_h, { b: 1, a: 2 }.min, { b: 1, a: 2 }.sort_by(&:last).map(&:first))
p({ a: 1 }.update(b: 2) { |*| 0 }, { a: 1 }.update(a: 2) { |_, o, n| o + n }, { a: 1 }.merge!(c: 3))
frozen = { a: 1 }.freeze
p frozen.merge(b: 2), frozen.frozen?, frozen.to_a, frozen.map { |k, v| [k, v + 1] }.to_h
p({ a: 1, b: 2 } == { b: 2, a: 1 }, { a: 1 }.eql?({ a: 1.0 }), { a: 1 } <= { a: 1, b: 2 }, { a: 1 } > {})
p({ "b" => 1, :a => 2, 3 => 4, nil => 5, [1] => 6 }.keys.map(&:class))
p({ a: 1, b: 2 }.each_pair.to_a, { a: 1 }.each_entry.to_a, { a: 1 }.entries, { x: 5 }.sum { |_, v| v })
h3 = {}
h3[:later] = 1
h3[:earlier] = 2
h3[:later] = 3
p h3, h3.first, h3.keys, h3.to_a.last, h3.shift, h3
p({ a: 1, b: 2, c: 3 }.filter_map { |k, v| [k, v * 10] if v.odd? }.to_h, { a: 2 }.any?, {}.none?, { a: nil }.all? { |_, v| v.nil? })
