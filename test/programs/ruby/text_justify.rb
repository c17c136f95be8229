# Full text justification (greedy line filling), centred titles, a
# two-column layout, hyphen-free wrapping with each_with_object, and a
# word-frequency sidebar, all from one paragraph.

PARAGRAPH = <<~TXT.split.join(" ")
  Ruby is a dynamic, open source programming language with a focus on
  simplicity and productivity. It has an elegant syntax that is natural to
  read and easy to write. Ruby is a language of careful balance: its creator
  blended parts of his favorite languages to form a new language that
  balanced functional programming with imperative programming.
TXT

def greedy_lines(words, width)
  words.each_with_object([[]]) do |word, lines|
    if (lines.last + [word]).join(" ").length > width && !lines.last.empty?
      lines << [word]
    else
      lines.last << word
    end
  end
end

def justify(line_words, width)
  return line_words.first.ljust(width) if line_words.size == 1

  gaps = line_words.size - 1
  spaces = width - line_words.sum(&:length)
  base, extra = spaces.divmod(gaps)
  line_words.each_with_index.map do |w, i|
    i == gaps ? w : w + " " * (base + (i < extra ? 1 : 0))
  end.join
end

def justified(text, width)
  lines = greedy_lines(text.split, width)
  lines.each_with_index.map do |lw, i|
    i == lines.size - 1 ? lw.join(" ").ljust(width) : justify(lw, width)
  end
end

[30, 42].each do |width|
  puts "+#{"-" * width}+"
  puts "|#{"Justified to #{width}".center(width)}|"
  puts "+#{"-" * width}+"
  justified(PARAGRAPH, width).each { |l| puts "|#{l}|" }
  puts "+#{"-" * width}+"
end

left = greedy_lines(PARAGRAPH.split, 24).map { |ws| ws.join(" ") }
freq = PARAGRAPH.downcase.scan(/[a-z']+/).reject { |w| w.size < 4 }.tally
top = freq.sort_by { |w, n| [-n, w] }.first(left.size).map { |w, n| format("%-12s %2d %s", w, n, "*" * n) }
puts
left.zip(top).each do |l, r|
  puts "#{l.to_s.ljust(26)}| #{r}"
end

puts
puts PARAGRAPH.scan(/\S.{0,35}(?=\s|\z)/).map(&:strip).map.with_index(1) { |l, i| format("%2d  %s", i, l) }
sentences = PARAGRAPH.split(/(?<=\.)\s+/)
p sentences.size, sentences.map { |s| s.split.size }, sentences.map { |s| s[/\A\w+/] }
p PARAGRAPH.length, PARAGRAPH.count("a-zA-Z"), PARAGRAPH.split.max_by(&:length), PARAGRAPH.split.min_by(&:length)
initials = PARAGRAPH.split.map { |w| w[0] }.join
p initials, initials.squeeze, initials.chars.uniq.size
p PARAGRAPH.split.each_slice(8).map { |ws| ws.join(" ").length }
ruler = (1..4).map { |i| "#{i}".rjust(10, ".") }.join
puts ruler
puts "abcdefghij" * 4
puts "Title".center(40, "=~"), "end".rjust(40, "<>"), "start".ljust(40, "12")
