# hash_count: Hash insertion, lookup, update and deletion with Integer, String and Symbol keys.
counts = Hash.new(0)
1.upto(5_000_000) { |i| counts[i * 7919 % 10_007] += 1 }

names = {}
(0...600_000).each { |i| names["key#{i % 20_000}"] = (names["key#{i % 20_000}"] || 0) + i }

inventory = { apples: 0, pears: 0, plums: 0, figs: 0 }
kinds = inventory.keys
4_000_000.times { |i| inventory[kinds[i % 4]] += i % 13 }

hits = 0
1.upto(4_000_000) { |i| hits += 1 if counts.key?(i % 20_000) }
removed = 0
counts.each_key.select(&:even?).each { |k| removed += counts.delete(k) }

groups = names.group_by { |key, _| key.length }.transform_values(&:size)
merged = counts.merge(inventory.transform_keys(&:to_s)) { |_, a, b| a + b }
squares = (1..500_000).to_h { |i| [i, i * i] }
lookup = 0
(1..500_000).step(3) { |i| lookup += squares.fetch(i) % 1000 }

puts "counts: #{counts.size} #{counts.values.sum} #{removed}"
puts "names: #{names.size} #{names['key123']} #{names.values.max}"
puts "inventory: #{inventory.map { |k, v| "#{k}=#{v}" }.join(' ')}"
puts "hits: #{hits}"
puts "groups: #{groups.sort.map { |len, n| "#{len}:#{n}" }.join(' ')}"
puts "merged: #{merged.size} #{merged.first(3).inspect}"
puts "lookup: #{lookup} #{squares.size}"
