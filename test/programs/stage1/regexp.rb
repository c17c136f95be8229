# Regexp literals and match variables (stage1 lowering of /.../, %r{}, /#{}/, $~, $1, named captures).
x = "a"
p(/\d+\/x\n/ix)
p %r{a/b}m
p(/#{x}b/)
p(/(?<year>\d+)-(?<mon>\d+)/ =~ "2024-05")
p $~, $1, $`, $', $&
if /(?<y>\d+)/ =~ "ab12"
  p y
end
if /(?<z>\d+)/ =~ "none"
  p :no
else
  p z
end
puts "a1b2".gsub(/\d/, "#")
puts "hello" =~ /ll/
p "xyz" !~ /a/
p "xyz" =~ /q/

def kind(s)
  case s
  when /\A\d+\z/ then :num
  when /\A[a-z]+\z/i then :word
  else :other
  end
end
p kind("12"), kind("AbC"), kind("-")

def once(i)
  /#{i}/o
end
p once(1), once(2)
3.times { |i| p(/#{i}x/) }
"k=v" =~ Regexp.new("(\\w)=(\\w)")
p $1, $2, $~[0]
p(/x/ =~ "abc", $~, $1)
words = "the quick brown fox".scan(/\w+/)
p words
p "2024-01-15".match(/(\d+)-(\d+)-(\d+)/).captures.map(&:to_i)
p "a,b;c".split(/[,;]/)
re = /(\w+)@(\w+)\.com/
if "mail bob@example.com now" =~ re
  puts "user #{$1} at #{$2}, before #{$`.inspect}, after #{$'.inspect}"
end
p "CamelCaseString".gsub(/([a-z])([A-Z])/, '\1_\2').downcase
p "hello world".sub(/o/) { |m| m.upcase }
