# Course enrollment with Set: union, intersection, difference, symmetric
# difference, subset tests, sets of sets, classification, and a small
# scheduling conflict check.

require "set"

enrollment = {
  "algebra" => Set["ana", "ben", "cho", "dev"],
  "biology" => Set["ben", "eli", "fay"],
  "chemistry" => Set["cho", "dev", "eli", "gus"],
  "drama" => Set["ana", "fay", "gus", "hal"],
  "economics" => Set["ben", "eli"]
}

everyone = enrollment.values.reduce(:|)
puts "students (#{everyone.size}): #{everyone.sort.join(' ')}"

alg = enrollment["algebra"]
chem = enrollment["chemistry"]
p (alg & chem).sort, (alg | chem).size, (alg - chem).sort, (alg ^ chem).sort
p enrollment["economics"].subset?(enrollment["biology"]), enrollment["economics"] <= enrollment["biology"]
p enrollment["biology"].superset?(Set["ben"]), alg.disjoint?(enrollment["biology"]), alg.intersect?(chem)
p alg.proper_subset?(alg), alg.subset?(alg), Set[1, 2] < Set[1, 2, 3]

load = Hash.new(0)
enrollment.each_value { |set| set.each { |s| load[s] += 1 } }
busy, light = everyone.partition { |s| load[s] >= 3 }
puts "busy: #{busy.sort.join(', ')}; light: #{light.sort.join(', ')}"

by_load = everyone.classify { |s| load[s] }
by_load.sort.each { |n, set| puts "  #{n} course(s): #{set.sort.join(', ')}" }

slots = { "algebra" => :mon9, "biology" => :mon9, "chemistry" => :tue11, "drama" => :tue11, "economics" => :wed2 }
conflicts = slots.group_by { |_, slot| slot }.flat_map do |slot, pairs|
  courses = pairs.map(&:first)
  courses.combination(2).filter_map do |a, b|
    shared = enrollment[a] & enrollment[b]
    "#{slot}: #{a}/#{b} share #{shared.sort.join(',')}" unless shared.empty?
  end
end
puts conflicts

pairs = Set.new
enrollment.each_value do |set|
  set.to_a.sort.combination(2) { |pair| pairs << pair }
end
p pairs.size, pairs.include?(%w[ben eli]), pairs.include?(%w[eli ben])

groups = Set[Set["a", "b"], Set["b", "a"], Set["c"]]
p groups.size, groups.include?(Set["a", "b"])

s = Set.new([3, 1, 2])
s << 2 << 5
s.add(7)
p s.add?(7), s.add?(8).class, s.delete(1).size, s.include?(1)
p s.select(&:odd?).class, s.map { |x| x * 10 }.class, s.sort, s.min, s.sum
p s.to_a.sort == s.sort, s.frozen?, s.dup.equal?(s)
s.delete_if(&:even?)
p s.sort, s.length, s.empty?, Set.new.empty?
t = s.dup
t.merge([100, 200])
t.subtract([5])
p s.sort, t.sort, (t.group_by(&:even?).transform_values(&:size))
words = %w[apple Apple APPLE banana Banana cherry]
p words.to_set.size, words.map(&:downcase).to_set.sort, Set.new(words, &:downcase).size
p Set[1, 2, 3] == Set[3, 2, 1], Set[1, 2].eql?(Set[2, 1]), { Set[1] => :x }[Set[1]]
frozen = Set[1, 2].freeze
begin
  frozen << 3
rescue => e
  puts e.class
end
p everyone.each_slice(3).map { |sl| sl.sort.join("+") }.size
p everyone.sort.each_with_index.to_h { |name, i| [name, i] }.select { |_, i| i.even? }.keys
