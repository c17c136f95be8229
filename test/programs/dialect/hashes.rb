# Hashes: literals with any keys and values, insertion order, defaults, mutation and queries.
h = { "one" => 1, :two => 2, 3 => [3], nil => "nil", [1, 2] => "pair" }
p h
p h["one"], h[:two], h[3], h[nil], h[[1, 2]], h["missing"]
h["new"] = { nested: true }
p h.keys, h.values.length, h.size
p h.key?("one"), h.key?("zz"), h.include?(:two), h.value?(2)
p h.fetch("one"), h.fetch("zz", 0), h.fetch("zz") { |k| k * 2 }
begin
  h.fetch("zz")
rescue KeyError => e
  puts e.message
end
h.delete(nil)
p h.keys
counts = Hash.new(0)
%w[a b a c a].each { |w| counts[w] += 1 }
p counts
groups = Hash.new { |hash, k| hash[k] = [] }
groups[:x] << 1
groups[:x] << 2
groups[:y] << 3
p groups
m = { a: 1 }.merge({ b: 2 }) { |_k, old, new| old + new }
p m, m.merge(a: 5) { |_k, old, new| old + new }
m.update(c: 3)
p m
p m.to_a, m.map { |k, v| "#{k}#{v}" }, m.sort_by { |_k, v| -v }.first
p m.select { |_k, v| v.odd? }, m.reject { |_k, v| v.odd? }, m.min_by { |_k, v| v }
p m.transform_values { |v| v * 10 }, m.filter_map { |k, v| k if v > 1 }
p m.sum { |_k, v| v }, m.count, m.any? { |_k, v| v > 2 }, m.empty?, {}.empty?
p m.dig(:a), { a: { b: { c: 1 } } }.dig(:a, :b, :c)
p m.to_h { |k, v| [v, k] }, m.invert, m.key(2)
p m.group_by { |_k, v| v.odd? }
p m.each_with_object({}) { |(k, v), acc| acc[k.to_s] = v }
p m.sort_by { |k, _v| k.to_s }.to_h
h2 = {}
h2[:z] = 1
h2[:a] = 2
h2[:m] = 3
h2.delete(:a)
h2[:a] = 4
p h2, h2.first, h2.keys.first
k = "key"
h3 = { k => 1 }
k << "!"
p h3, h3["key"]
p({ "b" => 1, "a" => 2 }.min_by { |key, _| key })
p h2 == { z: 1, m: 3, a: 4 }, h2.frozen?, h2.length
x = { a: 1, "b": 2 }
p x, x.compare_by_identity.class
p m.each_with_index.map { |(key, val), i| [key, val, i] }
p m.find { |_k, v| v == 2 }, m.max_by { |_k, v| v }&.first
p Hash[[[1, 2]]], m.keys.map(&:to_s).sort
