# text processing: word frequencies, n-grams, wrapping, justification
TEXT = <<~T
  It was the best of times, it was the worst of times, it was the age of
  wisdom, it was the age of foolishness, it was the epoch of belief, it was
  the epoch of incredulity, it was the season of Light, it was the season of
  Darkness, it was the spring of hope, it was the winter of despair.
T

words = TEXT.downcase.scan(/[a-z']+/)
p words.size, words.uniq.size
freq = words.tally.sort_by { |w, c| [-c, w] }
freq.first(6).each { |w, c| puts "#{w.ljust(8)} #{c.to_s.rjust(3)} #{'*' * c}" }
bigrams = words.each_cons(2).map { |a, b| "#{a} #{b}" }.tally.select { |_, c| c > 2 }.sort_by { |b, c| [-c, b] }
p bigrams
p words.group_by(&:size).transform_values(&:count).sort.to_h
p words.max_by(&:size), words.select { |w| w.size == words.map(&:size).max }.uniq
sentences = TEXT.gsub("\n", " ").split(/(?<=[.,])\s+/)
p sentences.size, sentences.first, sentences.last

def wrap(text, width)
  text.split.each_with_object([+""]) do |w, lines|
    if lines.last.empty? then lines.last << w
    elsif lines.last.size + 1 + w.size <= width then lines.last << " " << w
    else lines << w.dup
    end
  end
end

def justify(line, width)
  gaps = line.count(" ")
  return line if gaps.zero?
  extra = width - line.size
  ws = line.split(" ")
  base, rem = extra.divmod(gaps)
  ws.each_with_index.map { |w, i| i < gaps ? w + " " * (1 + base + (i < rem ? 1 : 0)) : w }.join
end

lines = wrap(TEXT, 36)
lines[0..-2].each { |l| puts "|#{justify(l, 36)}|" }
puts "|#{lines.last.ljust(36)}|"
puts TEXT.lines.map(&:chomp).map(&:length).inspect
p TEXT.count("aeiou"), TEXT.count("a-z"), TEXT.delete("aeiou")[0, 30], TEXT.squeeze("s")[0, 20]
p "hello world".each_char.chunk_while { |a, b| a == b }.map(&:join).select { |g| g.size > 1 }
p "Mississippi".chars.slice_when { |a, b| a != b }.map { |g| "#{g.first}#{g.size}" }.join
caesar = ->(s, k) { s.gsub(/[a-z]/) { |c| ((c.ord - 97 + k) % 26 + 97).chr } }
p caesar.("attack at dawn", 3), caesar.(caesar.("round trip", 7), 19)
p "The Cat".swapcase, "snake_case_here".split("_").each_with_index.map { |w, i| i.zero? ? w : w.capitalize }.join
p "CamelCaseString".gsub(/([A-Z])/) { "_" + $1.downcase }.delete_prefix("_"), "abc".succ, "az".succ, "zz".succ
p "racecar".reverse == "racecar", "A man, a plan".downcase.delete("^a-z"), "tab\tsep".expand_tabs rescue p :noexp
p "%s" % "a\tb".split("\t").inspect, "line1\nline2\r\nline3".lines.map(&:chomp), "  pad  ".strip.center(9, "~")
p "hello"[1..3], "hello"[-3..], "hello"[10], "hello".slice(1, 2), "hello".index("l"), "hello".rindex("l")
p "a,b,,c,,".split(","), "a,b,,c,,".split(",", -1), "a b  c".split(" "), "abc".split(""), "a-b_c".split(/[-_]/)
p "hello world".start_with?("hell"), "x.rb".end_with?(".rb", ".py"), "abc" <=> "abd", "a" * 3 + "b"
