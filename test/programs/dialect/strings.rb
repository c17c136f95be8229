# Strings: literals and escapes, interpolation, the String methods a compiler uses, symbols, format.
s = "hello"
t = 'single #{not} interpolated'
puts s, t
puts "tab\there", "quote \" backslash \\ nl-escape \\n"
puts "bytes: \x41\101\u00e9"
puts "sum: #{1 + 2}, nested: #{"in#{s}ner"}, nil: [#{nil}], sym: #{:ab}"
u = s + " world"
puts u
v = +""
v << "a" << "b"
v << 67.chr
puts v
puts s == "hello", s == "Hello", s.eql?("hello")
p s <=> "help", "b" <=> "a", "a" <=> "a"
p s[0], s[1, 3], s[1..], s[-3..], s[1...-1], s[10]
p s.start_with?("he"), s.end_with?("lo"), s.include?("ll"), s.include?("z")
p s.index("l"), s.index("z"), s.rindex("l")
p "a,b,,c".split(","), "a b  c".split, "abc".split("")
p %w[x y z].join("-"), [1, 2].join
p "  pad  ".strip, "xxhixx".delete_prefix("xx").delete_suffix("xx")
p "hello".sub("l", "L"), "hello".gsub("l", "L"), "a.b.c".gsub(".", "::")
p "ab".ljust(5, ".") + "|", "ab".rjust(5) + "|", "ab".center(6, "*")
p "42".to_i, "-7".to_i, "3.5".to_f, "x".to_i, "0x1f".hex, "12abc".to_i
p 42.to_s, 255.to_s(16), 3.7.to_s, :sym.to_s, nil.to_s, true.to_s
p "name".to_sym, :upcase.to_proc.call("str"), "a b".to_sym
p "A".ord, 97.chr, "hé".bytes, "hé".length, "hé".bytesize
p format("%05d|%-4s|%.2f|%x|%s", 42, "ab", 3.14159, 255, [1])
p "%d-%s" % [1, "two"]
p s.upcase, s.capitalize, "ABC".downcase, s.reverse, s.length, s.size
p s.chars, s.each_char.to_a.length, "a\nb\n".lines, "abc".succ
p "abc" * 3, "a-b_c".tr("-_", "  "), "hello world".count("lo")
p s.frozen?, "lit".dup.frozen?, s.empty?, "".empty?
p "%s and %p" % ["str", "str"], "x".inspect, "a\tb\"".inspect
p s.start_with?("x", "h"), "CamelCase".gsub("C", "c")
p "line1\nline2".each_line.map(&:chomp), "abc\n".chomp, "abc".chop
w = "mutable"
w[0] = "M"
p w
p w.slice(0, 3), w.replace("new"), w
p "snake_case_name".split("_").map(&:capitalize).join
p "abc".each_char.with_index.map { |c, i| "#{i}#{c}" }.join
p :abc <=> :abd, :a.length, %i[a b]
q = "x"
q += "y"
q *= 2
p q
p "a" "b" 'c'
p <<~HEREDOC
  indented
    more
  done #{1 + 1}
HEREDOC
