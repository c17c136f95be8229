# String building and mutation; frozen string literals.
# frozen_string_literal: false
buf = String.new
buf << "Hello"
buf << ", " << "world"
buf.concat("!", "!")
puts buf
puts buf.length

s = "The rain in Spain"
s2 = s.dup
s2.gsub!("ain", "AIN")
puts s, s2
p s.sub!("xyz", "abc")
s.upcase!
puts s
s.downcase!
s.capitalize!
puts s
p "already".downcase!
t = "  padded  "
t.strip!
puts "[#{t}]"
w = "hello"
w[0] = "J"
puts w
w[-1..] = "y"
puts w
w.insert(2, "--")
puts w
w.replace("new")
puts w
w.prepend(">> ")
puts w
puts w.frozen?
line = +"a,b,,c"
line.squeeze!(",")
puts line
line.tr!(",", ";")
puts line
parts = line.split(";")
parts.each_with_index { |p, i| parts[i] = p * (i + 1) }
puts parts.join("|")
c = "abc"
d = c
d << "def"
puts c
e = c.clone
e << "!"
puts c, e
frozen = "lit".freeze
begin
  frozen << "x"
rescue FrozenError => ex
  puts "FrozenError: #{ex.message}"
rescue => ex
  puts "#{ex.class}: #{ex.message}"
end
puts :sym.to_s.frozen?
str = "x" * 3 + "y" * 2
puts str, str.chars.uniq.join, str.each_char.to_a.inspect
txt = "one two three"
txt.slice!(0, 4)
puts txt
puts txt.center(21, "*")
puts txt.ljust(15, ".") + "|"
puts txt.rjust(15, "0")
puts "abc".succ, "az".next, "zz".succ, "a9".succ
puts "Ruby" * 2 + "!" * 3
puts "%s has %d chars" % ["word", 4]
puts "tab\tsep", 'single #{not} interp', "uni: \u00e9".bytesize
puts "multi\nline".lines.inspect
puts "CamelCaseString".gsub(/([a-z])([A-Z])/, '\1_\2').downcase
puts "snake_case_here".split("_").map.with_index { |p, i| i.zero? ? p : p.capitalize }.join
puts "hello world".each_char.select.with_index { |_, i| i.even? }.join
puts "a-b_c d".tr("-_", "  ").split.inspect
puts "Hello"[1..3], "Hello"[-3, 2], "Hello"[10].inspect
puts "abc".start_with?("ab"), "abc".end_with?("bc", "x"), "abc".include?("d")
puts "x=%05.1f" % 3.14159
puts "a".ord, 98.chr, "%c" % 99
puts "hello world".index("o"), "hello world".rindex("o")
