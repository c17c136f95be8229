# Loops and jumps: while/until, begin..end while, loop with break values, next/break in blocks.
i = 0
i += 1 while i < 10
p i
j = 10
j -= 3 until j < 0
p j
k = 0
begin
  k += 5
end while k < 3
p k
n = 100
begin
  n /= 2
end until n < 10
p n

found = [4, 8, 15, 16, 23, 42].each do |x|
  break x if x.odd?
end
p found
none = [2, 4].each { |x| break x if x.odd? }
p none
p [1, 2, 3, 4, 5].map { |x| next 0 if x.even?; x * 10 }
r = loop do
  i -= 1
  break i * 100 if i < 7
end
p r
p loop { break }, (loop do break 1, 2 end)
e = [1, 2, 3].each
p loop { e.next }, e.size

res = (1..Float::INFINITY).each { |x| break x if x * x > 200 }
p res
outer = (1..3).flat_map do |a|
  (1..3).filter_map do |b|
    next if a == b
    break [:stop] if a + b > 4

    [a, b]
  end
end
p outer

def find_first(list)
  list.each_with_index do |x, idx|
    return "#{x} at #{idx}" if yield(x)
  end
  "not found"
end
p find_first(%w[a bb ccc]) { |s| s.size == 2 }, find_first([1]) { false }

def early(flag)
  return :early if flag

  :late
ensure
  puts "ensure in early(#{flag})"
end
p early(true), early(false)

count = 0
while true
  count += 1
  next if count.odd?
  break if count > 6

  print count, " "
end
puts
for x in [1, 2, 3] do print x * x, "," end
puts
for a, b in { one: 1, two: 2 }
  print a, "=", b, " "
end
puts
p x, a
nums = [3, 7, 0, 2]
total = nums.each_with_index.inject(0) do |acc, (v, idx)|
  break acc if v.zero?

  acc + v * idx
end
p total
result = [1, 2, 3].each_with_object([]) { |v, acc| acc << v; break acc if acc.size == 2 }
p result
p (1..3).each_slice(2).map { |s| s.sum }, 3.times.map { |t| t.succ }
p [1, 2, 3].each { |v| v }.equal?(nil), 5.times { }, 1.upto(3) { }, 10.downto(8).to_a
x2 = if false then 1 end
p x2, (true && nil), (false || :default), (nil or :other), (1 if nil).inspect, unless true then 2 end
v = case 5 when 1..3 then :low when 4..6 then :mid end
w = case when 1 > 2 then :a else :b end
p v, w
matched = case "hello" when /^h/, "x" then :h when String then :str end
p matched
LIST = %w[a b]
p(case "b" when *LIST then :in_list else :out end)
p(case 7 when Integer, Float then :num end, case [1, 2] when Array then :arr end)
p(case 5 when ->(z) { z > 3 } then :big else :small end)
p [1, 2, 3].sum.then { |s| s > 5 ? "big #{s}" : "small" }, 5.clamp(..3)
catch(:done) { 10.times { |q| 10.times { |u| throw :done if q * u > 20 } } }
p :after_catch
