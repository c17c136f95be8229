# String methods people reach for: tr, squeeze, succ, ord/chr, %, scan, gsub forms.
s = "Hello,   World!  Hello again."
p s.tr("lo", "01"), s.tr("a-y", "b-z"), s.tr("^a-zA-Z", "_"), s.delete("l"), s.squeeze, s.squeeze(" ")
p s.count("lo"), s.count("a-z"), s.index("World"), s.rindex("Hello"), s.scan(/Hello/).size
p s.sub("Hello", "Bye"), s.gsub("Hello") { |m| m.upcase }, s.gsub(/o/, "o" => "0")
p s.gsub(/(\w+),/) { "<#{$1}>" }, s.gsub(/(?<word>W\w+)/, '[\k<word>]'), s.gsub(/l+/) { |m| m.length.to_s }
p s.split, s.split(/\s+/, 2), s.split(","), s.split(""), s.chars.first(3), s.partition(" "), s.rpartition(" ")
p "az".succ, "zz".succ, "a9".succ, "Zz".succ, "1.9".succ, "v1.2.9".next
p "a".ord, 98.chr, "ABC".bytes, "ABC".sum, "ruby".each_char.map(&:ord).sum
p "snake_case_words".split("_").map.with_index { |w, i| i.zero? ? w : w.capitalize }.join
p "CamelCaseString".gsub(/([A-Z])/) { "_" + $1.downcase }.sub(/\A_/, "")
p "title of the book".split.map(&:capitalize).join(" ")
p "%05d|%-6s|%x|%o|%b|%08.3f|%+d|%e" % [42, "ab", 255, 8, 5, 3.14159, 7, 12345.678]
p "%s and %p" % ["str", "str"], "%c%c" % [72, "i"], "%%d", "%3s|%-3s|" % %w[a b]
p "key=val; k2=v2".scan(/(\w+)=(\w+)/), "a1b22c333".scan(/[a-z]\d+/), "a1b22".scan(/\d/) { |d| print d }
puts
p "2024-03-15".match(/(\d+)-(\d+)-(\d+)/).captures.map(&:to_i)
m = "John Smith <john@example.com>".match(/(?<first>\w+) (?<last>\w+) <(?<mail>[^>]+)>/)
p m[:first], m["mail"], m.names, m.pre_match, m.begin(0)
p "abc".unpack1("H*"), "\x01\x02".unpack1("n"), "hello".unpack("a2a3")
p "ruby".center(10, "*"), "ruby".ljust(7, ".") + "|", "ruby".rjust(7, "0")
p "  padded\t\n".strip, "xxhixx".delete_prefix("xx").delete_suffix("xx"), "..a..".gsub(/\A\.+|\.+\z/, "")
p "abc" * 3, "a,b,,c,,".split(","), "a,b,,c,,".split(",", -1), "a b".split(" ", -1)
p "Hello"[1..3], "Hello"[-3..], "Hello"[1, 2], "Hello"[10], "Hello".slice(0), "Hello".chars.last(2).join
p "hello world".capitalize, "HeLLo".swapcase, "hello"[0].upcase + "hello"[1..]
p "stressed".reverse, "racecar" == "racecar".reverse, "level".each_char.to_a.uniq.size
p "line1\nline2\r\nline3".lines.map(&:chomp), "a-b_c d".tr("-_", "  ").split.size
p "ab\tc".expand_tabs rescue p "no expand_tabs: #{$!.class}"
p "hello"=~ /ll/, "hello".start_with?("he"), "hello".end_with?("lo", "x"), "hello".include?("ell")
p "The quick brown fox".split.sort_by { |w| [-w.size, w] }, "aAbB".chars.sort, "b,a;c".split(/[,;]/).sort
p "abc".each_char.with_index.map { |c, i| c * (i + 1) }.join("-"), "zebra" <=> "apple", "a".casecmp?("A")
p "hello %s, you are %d" % ["Ann", 30], format("%-10.3s|", "abcdef"), format("%.2e", 0.000123)
p "tic-tac-toe".tr_s("-", "+"), "aaabbbccc".squeeze("a-b"), "hello".delete("l", "lo"), "abc".ord
p "Ünïcödé".length, "Ünïcödé".bytesize, "Ünïcödé".downcase, "ß".upcase rescue p $!
