require "set"

a = Set.new([1, 2, 3, 4])
b = Set[3, 4, 5]
p a, b, a | b, a & b, a - b, a ^ b
p a.include?(2), a.member?(9), a.size, a.empty?, Set.new.empty?
a << 2 << 10
p a, a.add?(10), a.add?(11).class, a.delete(1), a.subset?(Set[2, 3, 4, 10, 11, 99])
p Set[1, 2].subset?(a), a.superset?(Set[2, 3]), Set[1, 2] <= Set[1, 2, 3], Set[1] < Set[1]
p a.to_a.sort, a.map { |x| x * 2 }.class, a.select(&:even?).class, a.sort
p a.group_by(&:odd?), a.partition(&:odd?), a.sum, a.min, a.max
p Set[3, 1, 2] == Set[1, 2, 3], Set[[1, 2]].include?([1, 2]), Set[1, 2].disjoint?(Set[3]), Set[1, 2].intersect?(Set[2])
s = %w[apple banana apple cherry banana].to_set
p s, s.length, s.to_a
words = %w[stop pots tops opts spot post top pot]
groups = words.group_by { |w| w.chars.sort.join }.transform_values(&:to_set)
groups.each { |k, v| puts "#{k}: #{v.to_a.join(' ')}" }
seen = Set.new
dups = [1, 3, 5, 3, 1, 7].select { |x| !seen.add?(x) }
p dups
frozen = Set[1, 2].freeze
p frozen.frozen?
e = Set.new([1, 2, 3]).each_slice(2).to_a
p e
p Set.new("hello".chars).size, Set.new([1, 2]) { |x| x * 10 }
p a.reject { |x| x > 3 }, a.count, a.find { |x| x > 3 }
c = Set[5, 6]
c.merge([7, 8])
c.subtract([5])
p c, c.to_set.equal?(c), c.dup == c, c.hash == Set[6, 7, 8].hash
p c.inspect, c.to_s
h = { Set[1, 2] => "x" }
p h[Set[2, 1]]
c.each { |x| print x, " " }
puts
p Set[1, 2, 3].classify(&:odd?)
p c.delete_if(&:even?), c.filter! { |x| x > 100 }, c
