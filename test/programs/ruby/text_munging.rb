# String processing: tr/delete/squeeze/count, succ sequences, each_char
# state, scan with groups, gsub with a Hash and a block, unpack1, and
# UTF-8 text (chars vs bytes, upcase of accented letters, center by chars).

text = "The  quick brown fox -- jumps over   the lazy dog!!  Café déjà vu."

p text.squeeze, text.squeeze(" "), text.squeeze("!-")
p text.tr("a-y", "b-z"), text.tr("^a-z", "*")[0, 20], text.delete("aeiou")
p text.count("aeiou"), text.count("a-z", "^aeiou"), text.count(" ")
p text.tr_s("a-z", "*")[0, 20]
p text.downcase.scan(/[a-zé]+/).tally.select { |_, n| n > 1 }

ROT13 = ->(s) { s.tr("A-Za-z", "N-ZA-Mn-za-m") }
p ROT13.("Hello, World"), ROT13.(ROT13.("Round trip"))

p "a".succ, "az".succ, "zz".succ, "a9".succ, "Zz".succ, "1.9.9".succ, "".succ
p ("aa".."ad").to_a, "v1.9".succ
id = "A0"
ids = 5.times.map { id = id.succ }
p ids

log = "2024-03-01 ERROR disk=92% host=web1; 2024-03-02 WARN disk=81% host=db2; 2024-03-05 ERROR disk=97% host=web1"
p log.scan(/(\d{4})-(\d\d)-(\d\d) (\w+)/)
p log.scan(/disk=(\d+)%/).flatten.map(&:to_i).sum
p log.scan(/host=(\w+)/).flatten.uniq
log.scan(/(?<date>[\d-]+) (?<level>ERROR) disk=(?<pct>\d+)/) { puts "#{$~[:date]}: #{$~[:pct]}%" }

ENTITIES = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }
p '<a href="x">Tom & Jerry</a>'.gsub(/[&<>"]/, ENTITIES)
p "snake_case_words here".gsub(/_(\w)/) { $1.upcase }
p "CamelCaseString".gsub(/(?<!^)([A-Z])/) { "_#{$1}" }.downcase
p "2 apples and 10 pears".gsub(/\d+/) { |n| (n.to_i * 2).to_s }
p "hello world".sub(/o/, "0"), "hello world".gsub("o", "o" => "0")
p "a-b_c d".split(/[-_ ]/), "a,b,,c,,".split(","), "a,b,,c,,".split(",", -1)
p "key = value = more".partition(" = "), "no-sep".rpartition("=")

caps = +""
state = :start
"hello. how are you? fine!  ok".each_char do |ch|
  if state == :start && ch =~ /[a-z]/
    caps << ch.upcase
    state = :mid
  else
    caps << ch
    state = :start if ".?!".include?(ch)
  end
end
p caps

word = "naïve café"
p word.length, word.bytesize, word.upcase, word.reverse, word.chars.first(3)
p word.bytes.first(4), word.encoding, word.valid_encoding?, word.ascii_only?
p word.unpack1("U*"), word.unpack("U*").first(4), "ABC".unpack1("H*"), "\x01\x02".unpack1("n")
p word.center(16, "*"), word.ljust(12, ".") + "|"
p "Ünïcödé".downcase, "straße".upcase, "ÀÉÎ".swapcase
p word.each_grapheme_cluster.count
p "%s|%-8s|%8s|" % ["é", "café", "naïve"]
p "  padded\n".strip, "xxhixx".delete_prefix("xx").delete_suffix("xx"), "abc".start_with?("ab", "z")
p "hello"[1..], "hello"[-3, 2], "hello".slice(1, 3), "hello".chars.each_slice(2).map(&:join)
p "Mississippi".chars.chunk_while { |a, b| a == b }.map(&:join)
p "Mississippi".each_char.with_index.select { |c, _| c == "s" }.map(&:last)
p "one two three".split.map(&:capitalize).join(" "), "title case words".split.map { _1[0].upcase + _1[1..] }.join(" ")
p "abc".ord, 97.chr, "%c" % 10004, "z".ord - "a".ord, "hello world".sum
p "ruby is fun".each_char.select { |c| "aeiou".include?(c) }.size, "ab\ncd\n".lines, "ab\ncd".each_line.map(&:chomp)
p "the cat sat".gsub(/\b(\w)(\w*)/) { "#{$2}#{$1}ay" }
