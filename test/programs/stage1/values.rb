# Integers (overflow to Bignum), floats, strings, symbols, arrays, hashes, multiple assignment, case.
big = 4611686018427387903
puts big + 1
puts big * big
puts 2 ** 70
puts 10 / 3, -7 / 2, -7 % 3, 7.0 / 2
puts 1.5 + 2, 0.1 + 0.2, 1e20, 1.0 / 3
a, b, *rest = [1, 2, 3, 4]
p a, b, rest
a, b = b, a
p [a, b]
h = { a: 1, "b" => 2 }
h[:c] = 3
h["b"] += 10
h[:d] ||= []
h[:d] << 5
p h
s = "abc"
s << "def"
puts s.upcase, s[1, 3], s.sub("b", "B"), s.split("c").inspect
puts format("%05d|%-4s|%.2f", 42, "x", 3.14159)
words = %w[pear fig apple]
p words.sort, words.sort_by { |w| w.size }, words.group_by(&:size)
p words.each_with_object({}) { |w, acc| acc[w] = w.size }
p (1..5).inject(:+), (1..5).select(&:even?), 10.step(1, -3).to_a
def kw(a, b = 2, *c, d:, e: 5, **f, &g)
  [a, b, c, d, e, f, g ? g.call : nil]
end
p kw(1, d: 4)
p kw(1, 2, 3, d: 4, e: 6, z: 7) { :blk }
def grade(n)
  case n
  when 90..100 then "A"
  when 80...90 then "B"
  when Integer then "C"
  else "?"
  end
end
p [95, 85, 10, nil].map { |n| grade(n) }
t = nil
t ||= 7
t &&= t + 1
p t, !t, t.nil?, (t > 3 ? "big" : "small")
puts "#{1}#{:two}#{nil}#{[3]}"
p :sym.to_proc.call("sym") rescue p $!.class
$stdout.puts "out"
$stderr.puts "err"
exit 3
