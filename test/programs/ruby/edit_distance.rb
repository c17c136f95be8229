# String DP: Levenshtein distance with an alignment trace, longest common
# subsequence, longest common substring, and a spelling suggester.
def levenshtein(a, b)
  rows = Array.new(a.size + 1) { |i| Array.new(b.size + 1) { |j| i.zero? ? j : (j.zero? ? i : 0) } }
  (1..a.size).each do |i|
    (1..b.size).each do |j|
      cost = a[i - 1] == b[j - 1] ? 0 : 1
      rows[i][j] = [rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost].min
    end
  end
  rows
end

def alignment(a, b, rows)
  i, j = a.size, b.size
  ops = []
  while i > 0 || j > 0
    if i > 0 && j > 0 && rows[i][j] == rows[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      ops << (a[i - 1] == b[j - 1] ? "=#{a[i - 1]}" : "~#{a[i - 1]}#{b[j - 1]}")
      i -= 1
      j -= 1
    elsif i > 0 && rows[i][j] == rows[i - 1][j] + 1
      ops << "-#{a[i - 1]}"
      i -= 1
    else
      ops << "+#{b[j - 1]}"
      j -= 1
    end
  end
  ops.reverse
end

[%w[kitten sitting], %w[flaw lawn], %w[intention execution], ["", "abc"], %w[same same]].each do |a, b|
  rows = levenshtein(a, b)
  puts "#{a.inspect} -> #{b.inspect}: #{rows.last.last}  #{alignment(a, b, rows).join(' ')}"
end

puts "\nDP table kitten/sitting:"
rows = levenshtein("kitten", "sitting")
puts "      " + "sitting".chars.map { |c| c.rjust(2) }.join
rows.each_with_index do |row, i|
  label = i.zero? ? " " : "kitten"[i - 1]
  puts "  #{label} " + row.map { |v| v.to_s.rjust(2) }.join
end

def lcs(a, b)
  memo = {}
  solve = lambda do |i, j|
    return "" if i == a.size || j == b.size
    memo[[i, j]] ||= if a[i] == b[j]
                       a[i] + solve.(i + 1, j + 1)
                     else
                       left = solve.(i + 1, j)
                       right = solve.(i, j + 1)
                       left.size >= right.size ? left : right
                     end
  end
  solve.(0, 0)
end

def longest_common_substring(a, b)
  best = ""
  prev = Array.new(b.size + 1, 0)
  a.each_char.with_index do |ca, i|
    cur = Array.new(b.size + 1, 0)
    b.each_char.with_index do |cb, j|
      next unless ca == cb
      cur[j + 1] = prev[j] + 1
      best = a[i - cur[j + 1] + 1..i] if cur[j + 1] > best.size
    end
    prev = cur
  end
  best
end

puts "\nLCS:"
[%w[AGGTAB GXTXAYB], %w[ABCBDAB BDCABA], %w[thisisatest testing123testing]].each do |a, b|
  puts "  #{a} / #{b}: subsequence #{lcs(a, b).inspect}, substring #{longest_common_substring(a, b).inspect}"
end

DICTIONARY = %w[apple apply ample maple angle ankle apples applet happy sample simple].freeze

def suggest(word, limit: 3)
  DICTIONARY.map { |w| [levenshtein(word, w).last.last, w] }
            .sort
            .take_while { |d, _| d <= 2 }
            .first(limit)
            .map { |d, w| "#{w}(#{d})" }
end

puts "\nsuggestions:"
%w[appel smaple angel zzz].each do |w|
  found = suggest(w)
  puts "  #{w.ljust(7)} -> #{found.empty? ? 'no suggestions' : found.join(', ')}"
end

def hamming(a, b)
  raise ArgumentError, "lengths differ (#{a.size} vs #{b.size})" unless a.size == b.size
  a.chars.zip(b.chars).count { |x, y| x != y }
end
puts "\nhamming: #{hamming('karolin', 'kathrin')} #{hamming('1011101', '1001001')} #{0b1011101 ^ 0b1001001}"
begin
  hamming("abc", "ab")
rescue ArgumentError => e
  puts "hamming error: #{e.message}"
end
