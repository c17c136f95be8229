# Literal blocks of core iterators inlined as loops (stage1/inline.rb): edge cases.

def sum_times(n)
  s = 0
  n.times { |i| s += i }
  s
end
p sum_times(10)
p sum_times(0)
p sum_times(-3)

# Bignum values inside an inlined loop
big = 1
40.times { big *= 1000 }
p big
acc = 4611686018427387900
5.times { |i| acc += i }
p acc

# times/upto/downto return their receiver; break gives its value
p 3.times { |i| i }
p 1.upto(4) { |i| i }
p 4.downto(1) { |i| i }
p(10.times { |i| break i * 100 if i == 7 })
r = 1.upto(10) do |i|
  next if i.odd?
  break "stopped at #{i}" if i > 5
end
p r
out = []
10.downto(7) { |i| out << i }
p out

# Array#each re-reads the length: pushing during iteration is seen
a = [1, 2, 3]
seen = []
a.each do |x|
  seen << x
  a << x + 10 if x < 3
end
p seen, a
# shrinking during iteration
b = [1, 2, 3, 4, 5, 6]
visited = []
b.each { |x| visited << x; b.pop }
p visited, b
p [1, 2].each { |x| x }

# map / select / reject / inject / each_with_index
nums = [3, 1, 4, 1, 5, 9, 2, 6]
p nums.map { |x| x * 2 }
p nums.map { |x| next 0 if x == 1; x }
p nums.select { |x| x > 3 }
p nums.reject { |x| x > 3 }
p nums.inject(0) { |s, x| s + x }
p nums.inject { |s, x| s * x }
p [].inject { |s, x| s + x }
p [7].inject { |s, x| s + x }
p nums.reduce(100) { |s, x| s - x }
nums.each_with_index { |x, i| print i, ":", x, " " }
puts
p(nums.each_with_index { |x, i| break [x, i] if x == 5 })
p nums.map { |x| x.to_f / 2 }
p nums.collect { |x| x.to_s }
p(nums.map { |x| break :early if x == 4; x })

# Ranges
t = 0
(1..10).each { |i| t += i }
p t
t = 0
(1...10).each { |i| t += i }
p t
p((5..1).each { |i| p i })
lo = 3
hi = 6
(lo..hi).each { |i| print i }
puts

# Block parameters: one Array spreads over several parameters
pairs = [[1, 2], [3, 4], [5]]
pairs.each { |x, y| p [x, y] }
pairs.each { |x| p x }
[1, 2].each { |x, y| p [x, y] }
p pairs.map { |x, y| [y, x] }
[[1, [2, 3]]].each { |a1, (b1, c1)| p [a1, b1, c1] }

# Block-local variables start as nil on every call
3.times do |i|
  v = i if i == 1
  p v
end
[1, 2].each do |x; tmp|
  p tmp
  tmp = x
end

# Nested loops and closures that stay Procs
grid = []
3.times do |i|
  row = []
  3.times { |j| row << i * j }
  grid << row
end
p grid
counters = []
3.times { |i| counters << lambda { i * 10 } }
p counters.map { |c| c.call }
total = 0
add = proc { |x| total += x }
[1, 2, 3].each { |x| add.call(x) }
p total

# yield inside an inlined block
def each_twice(list)
  list.each { |x| yield x; yield x }
end
each_twice([1, 2]) { |x| print x }
puts

# return inside a block (not inlined) and exceptions inside inlined blocks
def find_first(list)
  list.each { |x| return x if x > 2 }
  nil
end
p find_first([1, 2, 3, 4])
def boom(list)
  list.each { |x| raise ArgumentError, "bad #{x}" if x == 2 }
rescue ArgumentError => e
  p e.message
  puts e.backtrace[0].sub(/^.*\//, "")
  puts e.backtrace[1].sub(/^.*\//, "")
  puts e.backtrace[2].sub(/^.*\//, "")
end
boom([1, 2, 3])
def boom2(n)
  n.times { |i| 5.times { |j| raise "deep" if i == 1 && j == 2 } }
rescue => e
  e.backtrace.first(5).each { |l| puts l.sub(/^.*\//, "") }
end
boom2(3)
begin
  [1].each_with_index { |x, i| raise "ewi" }
rescue => e
  e.backtrace.first(3).each { |l| puts l.sub(/^.*\//, "") }
end
begin
  [1, 2].inject(0) { |s, x| raise "inj" }
rescue => e
  e.backtrace.first(3).each { |l| puts l.sub(/^.*\//, "") }
end

# rescue and ensure inside an inlined block
res = []
4.times do |i|
  begin
    raise "odd" if i.odd?
    res << i
  rescue => e
    res << e.message
  ensure
    res << :e
  end
end
p res

# Floats accumulated in an inlined loop
f = 0.0
[1, 2, 3].each { |x| f += x * 0.5 }
p f

# break and next through ensure inside an inlined block
r = [1, 2, 3].each do |x|
  begin
    break x * 10 if x == 2
  ensure
    puts "ensure #{x}"
  end
end
p r
r = [1, 2, 3].map do |x|
  begin
    next x * 10 if x == 2
    x
  ensure
    puts "ensure #{x}"
  end
end
p r
