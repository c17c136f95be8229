# in-place string mutation and slicing
s = +"Hello, World"
s << "!" << " " << 42.to_s
s.insert(5, " there")
p s, s.length
s[0] = "J"
s[-2..] = "99"
s["World"] = "Ruby"
p s
p s.slice!(0, 6), s
s.sub!(/there/) { |m| m.upcase }
p s, s.sub!("zzz", "y"), s.gsub!(/\d/) { |d| (d.to_i + 1).to_s }, s
t = +"  lots   of   space  "
p t.squeeze(" "), t.strip!, t, t.squeeze!, t, t.lstrip, t.rstrip!
u = +"abc"
u.prepend(">> ").concat(" <<", "!")
p u, u.replace("new"), u * 3, u.upcase!, u.upcase!, u.downcase!.capitalize!, u
v = "The rain in Spain"
p v.index("ain"), v.index("ain", 6), v.rindex("ain"), v =~ /S\w+/, $~[0], v[/r(\w+)/, 1], v[4, 4], v[4..7], v[-5..]
p v.partition(" in "), v.rpartition("ain"), v.each_char.first(3), v.chars.last, v.bytes.first
p v.delete("aeiou"), v.count("a-z"), v.tr("a-z", "A-Z"), v.tr_s("a-z", "*"), v.tr("^a-z", "_")
p v.center(25, "*"), v.ljust(20, "."), v.start_with?("The"), v.casecmp?("THE RAIN IN SPAIN"), v.hash == v.dup.hash
w = +"line one\nline two\nline three"
w.each_line.with_index { |l, i| print i, ":", l.chomp.reverse, "\n" }
p w.lines.size, w.split("\n", 2), w.each_line.map(&:length), w.scan(/line (\w+)/).flatten
p "abc".each_char.to_a, "ab\u00e9".length, "ab\u00e9".bytesize, "ab\u00e9".reverse, "x".ord.chr
p "hello world".split.map(&:capitalize).join(" "), "hello"*0, "a".."e", ("a".."e").to_a.join
p "snake_case_name".tr("_", " ").split.map.with_index { |x, i| i.zero? ? x : x.capitalize }.join
p "%-6s|%6s|" % %w[ab cd], "tab\tend".sub("\t", "    "), "abc".sum, "a-b-c".split("-", 2)
z = "frozen".dup
z.freeze
p z.frozen?, z.upcase, (z.upcase! rescue "FrozenError")
p "Ruby" <=> "ruby", "a".upto("e").to_a, "az".next, "a9".succ, "Zz".succ, "1.9".succ
p "word " * 3, "abcdef".each_char.each_slice(2).map(&:join), "abcdef".scan(/../), "hello".sub(/l/) { $&.upcase }
