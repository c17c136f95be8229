# Set algebra on course enrollments.
require "set"

enrolled = {
  "math" => Set["ann", "bob", "cy", "dee"],
  "art" => Set.new(%w[bob eve fay]),
  "chem" => %w[ann cy eve gus].to_set,
  "music" => Set.new,
}
math, art, chem = enrolled.values_at("math", "art", "chem")
p math | art, math & chem, math - chem, math ^ chem, art + chem
p math.union(art).size, math.intersection(art), math.difference(art).to_a, math.intersect?(art), math.disjoint?(art)
p Set["ann", "cy"].subset?(math), Set["ann", "cy"] <= math, math.superset?(Set["dee"]), math >= math, math > math
p Set["ann"] < math, math.proper_superset?(Set["bob"]), enrolled["music"].empty?, enrolled["music"].subset?(art)
p math.include?("bob"), math.member?("zed"), math === "cy", math.size, math.length
all = enrolled.values.reduce(:|)
p all.sort, all.size
everyone_in_two = all.select { |s| enrolled.count { |_, set| set.include?(s) } >= 2 }
p everyone_in_two.sort, everyone_in_two.class
p all.group_by { |s| s[0] }.keys.sort, all.partition { |s| s.size == 3 }.map(&:size)
p all.map(&:upcase).class, all.classify { |s| s.size }.transform_values(&:to_a).sort.to_h
s = Set.new([3, 1, 2])
s << 2 << 5
p s, s.add?(1), s.add?(7).size, s.delete(3), s.delete?(42), s.to_a
p s.min, s.max, s.sum, s.sort, s.map { |x| x * 10 }.to_set, s.frozen?
s2 = s.dup
s2.add(100)
p s.size, s2.size, s == Set[1, 2, 5, 7], Set[1, 2] == Set[2, 1], Set[[1, 2]].include?([1, 2])
p s.select(&:odd?), s.reject(&:odd?).class, s.count(&:even?), s.find { |x| x > 4 }, s.each_slice(2).to_a
s.delete_if(&:even?)
p s
s.keep_if { |x| x < 6 }
p s, s.inspect, s.to_s
evens = Set.new((1..10).select(&:even?))
threes = (1..10).step(3).to_set
p evens & threes, (evens | threes).sort, evens.disjoint?(Set[1, 3]), evens.each { |_| }.class
frozen = Set[:a, :b].freeze
begin
  frozen << :c
rescue => e
  p e.class
end
p frozen.include?(:a), Set[Set[1], Set[1]].size, Set["a", "b"].join("-")
h = Hash.new { |hh, k| hh[k] = Set.new }
[%w[alice go], %w[bob ruby], %w[alice ruby], %w[alice go]].each { |who, lang| h[who] << lang }
p h.transform_values(&:sort), h.values.map(&:size)
graph = { a: Set[:b, :c], b: Set[:d], c: Set[:d, :e], d: Set[], e: Set[:a] }
seen = Set.new
stack = [:a]
until stack.empty?
  node = stack.pop
  next unless seen.add?(node)
  stack.concat(graph[node].to_a.sort.reverse)
end
p seen.to_a, seen.length == graph.size
p Set.new("hello".chars).size, "hello".chars.to_set.sort.join, Set.new([1, 2]) { |x| x * 3 } rescue p $!
