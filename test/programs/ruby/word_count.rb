# Word frequency report over an embedded text.
TEXT = <<~EOS
  The quick brown fox jumps over the lazy dog. The dog sleeps;
  the fox runs away! A quick fox is a happy fox, and a lazy dog
  is a sleepy dog. Foxes and dogs: friends or foes?
EOS

def words(text)
  text.downcase.scan(/[a-z']+/)
end

all = words(TEXT)
puts "Total words: #{all.size}"
puts "Unique words: #{all.uniq.size}"

counts = Hash.new(0)
all.each { |w| counts[w] += 1 }

top = counts.sort_by { |word, n| [-n, word] }.first(8)
puts
puts "Top words:"
top.each_with_index do |(word, n), i|
  puts format("%2d. %-8s %3d %s", i + 1, word, n, "*" * n)
end

tally = all.tally
puts
puts "tally agrees: #{tally == counts}"

by_length = all.uniq.group_by(&:length)
by_length.keys.sort.each do |len|
  puts "#{len.to_s.rjust(2)}: #{by_length[len].sort.join(', ')}"
end

longest = all.max_by(&:length)
shortest = all.min_by { |w| [w.length, w] }
puts "Longest: #{longest} (#{longest.length})"
puts "Shortest: #{shortest}"

lines = TEXT.lines.map(&:chomp)
lines.each_with_index do |line, idx|
  puts "Line #{idx + 1}: #{line.split.size} words, #{line.length} chars"
end

letters = TEXT.downcase.delete("^a-z").chars.tally.sort_by { |c, n| [-n, c] }.first(5)
puts letters.map { |c, n| "#{c}=#{n}" }.join(" ")
puts "Capitalized: " + TEXT.split(/(?<=[.!?])\s+/).map(&:strip).map { |s| s.split.map(&:capitalize).join(" ") }.first
