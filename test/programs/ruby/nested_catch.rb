# catch/throw for non-local exits
def find_pair(grid, target)
  catch(:found) do
    grid.each_with_index do |row, i|
      row.each_with_index do |v, j|
        throw :found, [i, j] if v == target
      end
    end
    nil
  end
end

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
p find_pair(grid, 6), find_pair(grid, 10)

result = catch do |tag|
  10.times { |i| throw tag, i * 100 if i == 4 }
  :never
end
p result

v = catch(:outer) do
  catch(:inner) do
    throw :outer, "from inner to outer"
  end
  "not reached"
end
p v

w = catch(:outer) do
  x = catch(:inner) do
    throw :inner, 5
  end
  x * 2
end
p w

p catch(:nothing) { 42 }
p catch(:nil_throw) { throw :nil_throw }

def deep(n)
  throw :bottom, n if n.zero?
  deep(n - 1)
ensure
  print "unwind#{n} "
end
r = catch(:bottom) { deep(3) }
puts
p r

begin
  throw :unknown
rescue UncaughtThrowError => e
  puts "#{e.class}: #{e.message}"
  p e.tag
end

def search(words)
  words.each do |w|
    w.each_char do |ch|
      return "found vowel in #{w}" if "aeiou".include?(ch) && w.size > 3
    end
  end
  "none"
end
p search(%w[sky dry fly tree moon]), search(%w[a b])

out = []
[1, 2, 3].each do |i|
  [10, 20, 30].each do |j|
    next if j == 20
    break if j == 30
    out << i * j
  end
end
p out
p [1, 2, 3, 4].each { |i| break i * 10 if i == 3 }
p (1..Float::INFINITY).each { |i| break i if i * i > 50 }
p [5, 6, 7].map { |x| next 0 if x == 6; x }
obj = Object.new
p catch(obj) { throw obj, :by_object }
counter = 0
loop do
  counter += 1
  next if counter.odd?
  break if counter > 6
  print counter, " "
end
puts
p loop { break :loop_value }
en = [1, 2].each
en.next; en.next
p loop { en.next }
