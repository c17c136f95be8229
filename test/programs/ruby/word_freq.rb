# Word frequencies and concordance over an embedded text.
TEXT = <<~TXT
  It was the best of times, it was the worst of times, it was the age of wisdom,
  it was the age of foolishness, it was the epoch of belief, it was the epoch of
  incredulity, it was the season of Light, it was the season of Darkness, it was
  the spring of hope, it was the winter of despair.
TXT
STOP = %w[it was the of].freeze

words = TEXT.downcase.scan(/[a-z']+/)
puts "words: #{words.size}, distinct: #{words.uniq.size}"
freq = words.tally
top = freq.sort_by { |w, c| [-c, w] }.first(6)
top.each { |w, c| puts "#{w.ljust(8)} #{'*' * c} #{c}" }
content = freq.reject { |w, _| STOP.include?(w) }
puts "content words: #{content.keys.sort.join(' ')}"
puts "repeated: #{content.select { |_, c| c > 1 }.keys.sort.inspect}"
by_len = words.uniq.group_by(&:length).sort.map { |len, ws| "#{len}:#{ws.sort.join(',')}" }
puts by_len
longest = words.max_by(&:length)
puts "longest: #{longest} (#{longest.length})"
lines = TEXT.lines.map(&:chomp)
index = Hash.new { |h, k| h[k] = [] }
lines.each_with_index do |line, i|
  line.downcase.scan(/[a-z]+/).uniq.each { |w| index[w] << i + 1 unless STOP.include?(w) }
end
index.keys.sort.first(8).each { |w| puts "#{w}: lines #{index[w].join(', ')}" }
puts "bigrams:"
words.each_cons(2).map { |a, b| "#{a} #{b}" }.tally.select { |_, c| c >= 3 }.sort_by { |b, c| [-c, b] }.each do |b, c|
  puts format("  %-12s %2d", b, c)
end
letters = TEXT.downcase.delete("^a-z").chars.tally.sort_by { |l, c| [-c, l] }
puts "top letters: " + letters.first(5).map { |l, c| "#{l}=#{c}" }.join(" ")
puts "missing letters: " + (("a".."z").to_a - letters.map(&:first)).join
sentences = TEXT.tr("\n", " ").split(/(?<=[,.])\s*/)
puts "clauses: #{sentences.size}, first: #{sentences.first.strip.inspect}"
caps = TEXT.scan(/\b[A-Z][a-z]+\b/)
puts "capitalized: #{caps.inspect}"
avg = words.sum(&:length).fdiv(words.size)
puts "avg word length: #{avg.round(3)}"
puts "vowel ratio: #{format('%.1f%%', 100.0 * TEXT.count('aeiouAEIOU') / TEXT.count('a-zA-Z'))}"
wrapped = words.each_slice(9).map { |ws| ws.join(" ") }
puts wrapped.first(2)
acronym = content.keys.first(6).map { |w| w[0].upcase }.join
puts "acronym: #{acronym}"
puts "palindromes: #{words.select { |w| w.size > 1 && w == w.reverse }.uniq.inspect}"
puts "anagram groups: #{words.uniq.group_by { |w| w.chars.sort.join }.values.select { |g| g.size > 1 }.inspect}"
