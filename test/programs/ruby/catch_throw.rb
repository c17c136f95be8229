# catch/throw for early exit from nested loops; loop with break values.
GRID = [
  [3, 8, 1, 9],
  [4, 7, 2, 6],
  [5, 0, 11, 13],
]

def find_first(grid, target)
  catch(:found) do
    grid.each_with_index do |row, r|
      row.each_with_index do |v, c|
        throw :found, [r, c] if v == target
      end
    end
    nil
  end
end

p find_first(GRID, 2)
p find_first(GRID, 13)
p find_first(GRID, 42)

result = catch do |tag|
  10.times do |i|
    10.times do |j|
      throw tag, "stopped at #{i},#{j}" if i * j == 12
    end
  end
  "never"
end
puts result

def search_deep(data, depth = 0, &blk)
  data.each do |item|
    if item.is_a?(Array)
      search_deep(item, depth + 1, &blk)
    elsif yield(item)
      throw :hit, [item, depth]
    end
  end
  nil
end

nested = [1, [2, [3, [4, 50, 6]], 7], 8]
hit = catch(:hit) { search_deep(nested) { |x| x > 10 } }
puts "found #{hit[0]} at depth #{hit[1]}"
miss = catch(:hit) { search_deep(nested) { |x| x > 100 } }
p miss

value = [1, 2, 3, 4].each do |x|
  break x * 100 if x == 3
end
p value
n = 0
r = loop do
  n += 1
  next if n.odd?
  break n if n > 6
end
p r
p [5, 6, 7].each { |x| x }
found = (1..Float::INFINITY).each { |i| break i if i * i > 200 }
p found
out = [1, 2, 3, 4, 5, 6].map do |x|
  next 0 if x.even?
  x * x
end
p out
begin
  throw :nobody_catches
rescue UncaughtThrowError => e
  puts "UncaughtThrowError: #{e.message}"
end
i = 0
while true
  i += 1
  break if i >= 5
end
puts i
i = 10
i -= 3 until i < 0
puts i
begin
  i += 1
end while i < 3
puts i
outer = (1..3).map { |a| (1..3).map { |b| next :skip if a == b; a * b } }
p outer
