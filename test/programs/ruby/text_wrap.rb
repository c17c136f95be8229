# Word wrapping, justification and column layout.
PARA = "Ruby is a dynamic, open source programming language with a focus on simplicity " \
       "and productivity. It has an elegant syntax that is natural to read and easy to write."

def wrap(text, width)
  lines = []
  line = +""
  text.split.each do |word|
    if line.empty?
      line << word
    elsif line.size + 1 + word.size <= width
      line << " " << word
    else
      lines << line
      line = word.dup
    end
  end
  lines << line unless line.empty?
  lines
end

def justify(line, width)
  words = line.split
  return line if words.size == 1
  gaps = words.size - 1
  spaces = width - words.sum(&:size)
  base, extra = spaces.divmod(gaps)
  words.each_with_index.map { |w, i| i < gaps ? w + " " * (base + (i < extra ? 1 : 0)) : w }.join
end

[30, 45].each do |w|
  puts "-" * w
  wrap(PARA, w).each { |l| puts l }
  puts "-" * w
end
puts
lines = wrap(PARA, 36)
lines[0...-1].each { |l| puts "|#{justify(l, 36)}|" }
puts "|#{lines.last.ljust(36)}|"
puts
lines.each { |l| puts "|#{l.center(36)}|" }
puts
lines.each { |l| puts "|#{l.rjust(36)}|" }

def columns(items, cols)
  width = items.map(&:size).max + 2
  items.each_slice(cols).map { |row| row.map { |i| i.ljust(width) }.join.rstrip }
end
puts columns(%w[alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu], 4)
puts PARA.scan(/\w+/).map(&:length).tally.sort.map { |len, n| "#{len}:#{n}" }.join(" ")
puts PARA.split(/(?<=\.)\s*/).map { |s| s.split.first(3).join(" ") + "..." }
puts PARA[0, 40] + "..."
puts PARA.slice(0, 20).tr("aeiou", "*")
