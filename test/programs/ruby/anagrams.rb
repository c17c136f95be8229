# Anagram groups, palindromes, and word games over a fixed word list.
WORDS = %w[listen silent enlist inlets google elgoog banana tinsel stone tones notes onset
           level radar rotor civic apple paple stressed desserts evil vile live veil racecar].freeze

groups = WORDS.group_by { |w| w.chars.sort.join }.values.select { |g| g.size > 1 }
groups.sort_by { |g| [-g.size, g.first] }.each { |g| puts g.sort.join(", ") }

palindromes = WORDS.select { |w| w == w.reverse }
puts "palindromes: #{palindromes.join(' ')}"
reversals = WORDS.select { |w| w != w.reverse && WORDS.include?(w.reverse) }
puts "reversal pairs: #{reversals.map { |w| [w, w.reverse].sort }.uniq.map { |a, b| "#{a}/#{b}" }.join(' ')}"

def anagram?(a, b)
  normalize = ->(s) { s.downcase.delete("^a-z").chars.sort }
  normalize.(a) == normalize.(b)
end

[["Dormitory", "dirty room"], ["The eyes", "They see"], ["Hello", "World"],
 ["Astronomer", "Moon starer"]].each do |a, b|
  puts "#{a.inspect} ~ #{b.inspect}: #{anagram?(a, b)}"
end

letter_counts = WORDS.join.each_char.tally
top = letter_counts.max_by(3) { |_, n| n }
puts "top letters: #{top.map { |c, n| "#{c}#{n}" }.join(' ')}"
puts "longest: #{WORDS.max_by(&:length)}"
puts "by length: " + WORDS.map(&:size).tally.sort.to_h.inspect
puts "starting letters: " + WORDS.map { |w| w[0] }.uniq.sort.join
puts "chars in all: " + WORDS.map { |w| w.chars.uniq }.reduce(:&).inspect
puts "sum of lengths: #{WORDS.sum(&:size)}"
puts "word with most vowels: #{WORDS.max_by { |w| [w.count('aeiou'), w] }}"
puts WORDS.each_slice(6).map { |s| s.map { |w| w.ljust(9) }.join.rstrip }
puts WORDS.first(5).zip(WORDS.last(5)).map { |a, b| "#{a}-#{b}" }.join(" ")
puts WORDS.index("stone"), WORDS.find_index { |w| w.start_with?("r") }
puts WORDS.each_with_index.select { |w, i| i % 7 == 0 }.map(&:first).join(",")
puts WORDS.sort.first(3).inspect, WORDS.minmax.inspect
puts WORDS.count { |w| w.include?("e") }, WORDS.reject { |w| w =~ /[aeiou]{2}/ }.size
