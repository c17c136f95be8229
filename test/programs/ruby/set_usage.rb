# Sets: require 'set', membership, algebra, dedup of structured data.
require "set"

vowels = Set.new(%w[a e i o u])
text = "the quick brown fox jumps over the lazy dog"
seen = Set.new
text.each_char { |c| seen << c if c =~ /[a-z]/ }
puts "pangram? #{seen.size == 26}"
puts "vowels used: #{(seen & vowels).to_a.sort.join}"
puts "consonants: #{(seen - vowels).size}"

a = Set[1, 2, 3, 4]
b = Set[3, 4, 5]
puts (a | b).to_a.inspect
puts (a & b).to_a.inspect
puts (a - b).to_a.inspect
puts (a ^ b).to_a.sort.inspect
puts a.subset?(Set[1, 2, 3, 4, 5]), a.superset?(Set[1]), a.disjoint?(Set[9])
puts a.include?(2), a.member?(7)
p a.add?(2), a.add?(10).class
a.delete(10)
puts a.size, a.sum, a.map { |x| x * x }.sort.inspect
puts Set[[1, 2], [1, 2], [2, 1]].size
friends = {
  "ann" => Set["bob", "cat"],
  "bob" => Set["ann", "dan"],
  "cat" => Set["ann", "dan", "eve"],
}
common = friends["bob"] & friends["cat"]
puts "bob & cat share: #{common.to_a.inspect}"
everyone = friends.values.reduce(Set.new, :|) | friends.keys.to_set
puts "everyone: #{everyone.to_a.sort.join(' ')}"
puts Set[3, 1, 2] == Set[1, 2, 3]
p Set[1, 2].to_a
s = Set.new([1, 2, 3]) { |x| x * 10 }
p s.to_a
p s.select(&:positive?).class
dups = %w[a b a c b d].each_with_object([Set.new, Set.new]) { |x, (once, twice)| once.add?(x) || twice << x }
p dups[1].to_a
