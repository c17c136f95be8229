# Course enrolment analysis with Set: union/intersection/difference/xor,
# subset and superset, disjoint/intersect?, Set of Sets, classify/divide,
# sorting sets, and sets as Hash keys.
require "set"

enrolment = {
  "ann" => %w[math physics art],
  "ben" => %w[math chemistry],
  "cid" => %w[art music],
  "dee" => %w[math physics chemistry biology],
  "eve" => %w[music art],
}
students = enrolment.transform_values(&:to_set)
all_courses = students.values.reduce(Set.new, :|)
p all_courses.size, all_courses.sort

ann, dee = students.values_at("ann", "dee")
p ann | dee, ann & dee, ann - dee, ann ^ dee
p (ann & dee).subset?(dee), ann.superset?(Set["math"]), ann <= dee, Set["math", "physics"] < dee
p ann.disjoint?(students["ben"]), ann.intersect?(students["cid"])

by_course = Hash.new { |h, k| h[k] = Set.new }
students.each { |name, courses| courses.each { |c| by_course[c] << name } }
by_course.sort.each { |course, names| puts "#{course.ljust(10)} #{names.sort.join(", ")}" }

pairs = students.keys.combination(2).map do |a, b|
  [a, b, (students[a] & students[b]).size]
end
p pairs.max_by(2) { |_, _, n| n }

p students.values.uniq.size, Set[Set[1, 2], Set[2, 1], Set[3]].size
groups = students.keys.to_set.classify { |name| students[name].size }
p groups.transform_values(&:sort).sort.to_h

s = Set.new([3, 1, 2])
p s.add?(2), s.add?(4).class, s.delete?(9), s.delete(1), s.include?(1), s.member?(3)
p s.map { _1 * 2 }.class, s.to_a, s.min, s.sum, s.sort.reverse, s.length
s << 10 << 3
p s, s.frozen?, s.empty?, Set.new.empty?
p s.select(&:even?), s.reject(&:even?).class, s.group_by(&:odd?)
p s.partition(&:odd?), s.find { _1 > 3 }
p Set[1, 2] == Set[2, 1], Set[1, 2].eql?(Set[2, 1]), Set[1, 2].hash == Set[2, 1].hash
h = { Set["x", "y"] => "pair" }
p h[Set["y", "x"]]
frozen = Set[1, 2].freeze
begin
  frozen << 3
rescue => e
  p e.class
end
p Set[1, [2, 3]].flatten rescue p $!.class
p Set[Set[1], Set[2, 3]].flatten
p (1..10).to_set.divide { |a, b| (a - b).abs == 1 }.size
numbers = Set.new(1..20)
primes = numbers.select { |n| n > 1 && (2..Math.sqrt(n)).none? { n % _1 == 0 } }.to_set
p primes, numbers.subtract(primes).size, numbers.include?(7)
s2 = Set[5, 6]
s2.merge([7, 8])
p s2, s2.each_slice(2).to_a, s2.to_set.equal?(s2)
s2.keep_if(&:even?)
p s2
s2.map! { _1 + 1 }
p s2, s2 === 7, s2.inspect, s2.to_s
p [1, 2, 2, 3].to_set.size, %w[b a c].to_set.sort.first
p Set[3, 1].union([2]), Set[1, 2, 3].difference([2]), Set[1, 2].intersection(Set[2, 9])
