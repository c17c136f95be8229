# for loops: the variable and the body's locals stay visible after the loop.

for i in 1..3 do print i, " " end
puts
p i

total = 0
for x in [10, 20, 30]
  next if x == 20
  last = x
  total += x
end
p total, x, last

for k, v in { a: 1, b: 2 }
  puts "#{k}=#{v}"
end
p k, v

r = for y in [1, 2, 3, 4]
  break y * 100 if y == 3
end
p r
p(for z in [5, 6] do end)

a = [1, 2]
for e in a
  a << e + 10 if a.size < 4
  print e, " "
end
puts

def sum_odd(list)
  s = 0
  for n in list
    s += n if n.odd?
  end
  s
end
p sum_odd([1, 2, 3, 5])

procs = []
for j in 1..3
  procs << -> { j }
end
p procs.map(&:call)
[1].each do
  for q in [7, 8]
    break if q == 8
  end
  p q
end
