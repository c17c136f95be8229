# Blocks capturing locals at several depths, yield from blocks, procs, lambdas, break/next/return.
def each_pair(list)
  list.each_with_index { |x, i| yield x, i }
end

def find_first(list, want)
  list.each { |x| return x * 10 if x == want }
  nil
end

total = 0
each_pair([3, 4, 5]) { |x, i| total += x * i }
puts total
counter = 0
add = lambda { |n| counter += n }
add.call(2)
add.call(5)
puts counter
sq = proc { |a, b| (a || 0) * (b || 1) }
puts sq.call(3, 4)
puts sq.call([5, 6])
puts find_first([1, 2, 3], 2)
p find_first([1, 2, 3], 9)
r = [1, 2, 3, 4].each { |x| break x * 100 if x == 3 }
puts r
odd = [1, 2, 3, 4, 5].map { |x| next 0 if x.even?; x }
p odd
make = lambda do |base|
  lambda { |k| base + k }
end
puts make.call(10).call(5)
i = 0
while i < 10
  i += 1
  next if i.odd?
  break if i > 6
  print i, " "
end
puts
x = 5
y = [1, 2].map { |v| [1].map { |w| v + w + x } }
p y
