# Line and character diffs built on a longest-common-subsequence table,
# printed as a unified-style listing, plus Levenshtein distance and hunks.
OLD = <<~'A'.lines(chomp: true)
  def greet(name)
    puts "Hello, #{name}"
  end

  greet("world")
  greet("kiln")
A

NEW = <<~'B'.lines(chomp: true)
  # greeting helper
  def greet(name, punct = "!")
    puts "Hello, #{name}#{punct}"
  end

  greet("world")
  greet("ruby", "?")
B

module Diff
  Change = Struct.new(:op, :old_no, :new_no, :text) do
    def mark = { same: " ", del: "-", add: "+" }.fetch(op)
    def to_s = format("%s %3s %3s | %s", mark, old_no || "", new_no || "", text)
  end

  module_function

  def lcs_table(a, b)
    table = Array.new(a.size + 1) { Array.new(b.size + 1, 0) }
    a.each_with_index.reverse_each do |x, i|
      b.each_with_index.reverse_each do |y, j|
        table[i][j] = x == y ? table[i + 1][j + 1] + 1 : [table[i + 1][j], table[i][j + 1]].max
      end
    end
    table
  end

  def changes(a, b)
    t = lcs_table(a, b)
    i = j = 0
    out = []
    while i < a.size || j < b.size
      if i < a.size && j < b.size && a[i] == b[j]
        out << Change.new(:same, i + 1, j + 1, a[i])
        i += 1
        j += 1
      elsif j < b.size && (i == a.size || t[i][j + 1] >= t[i + 1][j])
        out << Change.new(:add, nil, j + 1, b[j])
        j += 1
      else
        out << Change.new(:del, i + 1, nil, a[i])
        i += 1
      end
    end
    out
  end

  # Groups changes into hunks with `context` unchanged lines around each edit.
  def hunks(changes, context: 1)
    edits = changes.each_index.reject { |k| changes[k].op == :same }
    return [] if edits.empty?
    ranges = edits.map { |k| ([k - context, 0].max..[k + context, changes.size - 1].min) }
    merged = ranges.slice_when { |r1, r2| r2.begin > r1.end + 1 }.map { |rs| rs.first.begin..rs.last.end }
    merged.map { |r| changes[r] }
  end

  def levenshtein(s, t)
    prev = (0..t.size).to_a
    s.each_char.with_index(1) do |cs, i|
      cur = [i]
      t.each_char.with_index(1) do |ct, j|
        cur << [prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs == ct ? 0 : 1)].min
      end
      prev = cur
    end
    prev.last
  end

  def inline(a, b)
    changes(a.chars, b.chars).chunk_while { |x, y| x.op == y.op }.map do |run|
      text = run.map(&:text).join
      case run.first.op
      when :same then text
      when :del then "[-#{text}-]"
      when :add then "{+#{text}+}"
      end
    end.join
  end
end

all = Diff.changes(OLD, NEW)
all.each { |c| puts c }
stats = all.map(&:op).tally
puts "summary: #{stats.fetch(:add, 0)} added, #{stats.fetch(:del, 0)} removed, #{stats.fetch(:same, 0)} kept"

Diff.hunks(all).each_with_index do |hunk, n|
  olds = hunk.filter_map(&:old_no)
  news = hunk.filter_map(&:new_no)
  puts "@@ hunk #{n + 1}: -#{olds.minmax.uniq.join(',')} +#{news.minmax.uniq.join(',')} @@"
  hunk.each { |c| puts "#{c.mark}#{c.text}" }
end

pairs = [%w[kitten sitting], %w[flaw lawn], ["", "abc"], %w[intention execution], %w[same same]]
pairs.each do |s, t|
  puts format("%-10s -> %-10s distance %d", s.inspect, t.inspect, Diff.levenshtein(s, t))
end

OLD.zip(NEW.drop(1)).each do |a, b|
  next if a == b || a.nil? || b.nil?
  puts Diff.inline(a, b)
end
puts Diff.lcs_table("ABCBDAB".chars, "BDCABA".chars)[0][0]
