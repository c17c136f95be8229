# Ranges: step, %, endless/beginless, cover?, case/when, slicing with ranges.
r = (1..20)
p r.step(5).to_a, (r % 6).to_a, r.step(7).map { |x| x * 2 }, (1...20).step(5).to_a.last
p (0.0..1.0).step(0.25).to_a, 1.0.step(by: 0.5, to: 3).to_a, (1..2).step(0.5).map { |f| f.to_s }
p ('a'..'e').to_a, ('a'..'e').step(2).to_a, ('aa'..'ad').to_a, ('y'..'ab').to_a
p (1..10).sum, (1..10).reduce(:*), (1...10).size, (1..10).count(&:even?), (10..1).to_a, (1..0).sum
p (1..10).include?(5.5), (1..10).cover?(5.5), (1..10).member?(5), (1..10) === 10, (1...10) === 10
p ('a'..'z').cover?("mm"), ('a'..'z').include?("mm"), (1..10).cover?(2..5), (1..10).cover?(5..15)
p (1..).first(3), (1..).lazy.map { |x| x * 2 }.first(3), (..5).include?(3), (..5) === -100, (5..).size
p (1..10).first, (1..10).last(3), (1..10).min, (1..10).max, (1...10).max, (1.0..2.0).min, (3..1).max
p (1..10).minmax, (1..3).to_a.reverse, (1..10).each_slice(4).map(&:sum), (1..10).select(&:even?).sum
p (1..Float::INFINITY).lazy.select { |x| x % 7 == 0 }.first(3), (1..3).cycle.first(7)
p (-5..5).map(&:abs).uniq.size, (1..4).inject(:+), (1..4).each_cons(2).to_a, (1..4).zip(5..8)
a = %w[a b c d e f g]
p a[1..3], a[1...3], a[4..], a[..2], a[-3..], a[-3..-2], a[5..10], a[7..], a[8..]
s = "hello world"
p s[0..4], s[6..], s[-5..], s[..-7], s[2...-2]
a2 = a.dup
a2[1..2] = %w[X]
p a2
a2[0...0] = [:front]
p a2
def grade(score)
  case score
  when 90.. then "A"
  when 80...90 then "B"
  when 70...80 then "C"
  when ...70 then "F"
  end
end
p [95, 90, 89.9, 80, 75, 12, 100].map { |x| grade(x) }
def bucket(age)
  case age
  when 0..12 then :child
  when 13..19 then :teen
  when 20..64 then :adult
  else :senior
  end
end
p [5, 13, 19, 20, 64, 65].map { |x| bucket(x) }.tally
rng = (1..10)
p rng.begin, rng.end, (1...10).end, (1...10).exclude_end?, rng.frozen?, (1..).end, (..1).begin
p rng.to_s, rng.inspect, (1...10).inspect, ('a'..'c').to_s, (1.5..2).inspect, (nil..nil).inspect
p rng.step(3).class, (rng % 3).to_a, 1.step(10, 3).to_a, rng.each_entry.first(2) rescue p $!.class
p (1..10).bsearch { |x| x * x > 40 }, (0.0..100.0).bsearch { |x| x * x >= 2 }.round(6)
p Range.new(1, 5, true).to_a, Range.new(1, 5).sum, (1..5).eql?(1..5), (1..5) == (1...6), (1..5).hash == (1..5).hash
p (1..3).flat_map { |x| [x] * x }, (1..3).each_with_object([]) { |x, acc| acc.unshift(x) }
p (1..6).partition(&:odd?), (1..6).group_by { |x| x % 3 }, (1..6).chunk_while { |x, y| y == x + 1 }.to_a
p (1..20).step(4).include?(9), (1..20).step(4).include?(10), ((1..20) % 4).size rescue p $!.class
