# Memoization with Hash.new blocks, default values and ||= caches.
fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[80]
p fib.size, fib.keys.first(5)

collatz = Hash.new do |h, n|
  h[n] = if n == 1 then 1
         elsif n.even? then 1 + h[n / 2]
         else 1 + h[3 * n + 1]
         end
end
best = (1..3000).max_by { |n| collatz[n] }
puts "longest collatz under 3000: #{best} (#{collatz[best]} steps)"

# Partition counts p(n) with a two-key cache.
parts = Hash.new { |h, (n, k)| h[[n, k]] = k.zero? || n.negative? ? (n.zero? ? 1 : 0) : h[[n, k - 1]] + h[[n - k, k]] }
p (1..12).map { |n| parts[[n, n]] }

# default object vs default block pitfalls
shared = Hash.new([])
shared[:a] << 1
shared[:b] << 2
p shared, shared[:c], shared.default
fresh = Hash.new { |h, k| h[k] = [] }
fresh[:a] << 1
fresh[:b] << 2
p fresh, fresh.fetch(:c, :none), fresh.default_proc.nil?
counts = Hash.new(0)
"mississippi".each_char { |c| counts[c] += 1 }
p counts, counts["z"], counts.key?("z")

class Grid
  def initialize(w, h)
    @w = w
    @h = h
    @paths = {}
    @calls = 0
  end

  attr_reader :calls

  def paths(x = 0, y = 0)
    @calls += 1
    return 1 if x == @w || y == @h

    @paths[[x, y]] ||= paths(x + 1, y) + paths(x, y + 1)
  end
end
g = Grid.new(16, 16)
p g.paths, g.calls

def memoize(fn)
  cache = {}
  ->(*args) { cache.key?(args) ? cache[args] : (cache[args] = fn.(*args)) }
end
slow_calls = 0
square = memoize(->(x) { slow_calls += 1; x * x })
p [3, 4, 3, 3, 4, 5].map { |x| square.(x) }, slow_calls

edit = Hash.new do |h, (a, b)|
  h[[a, b]] =
    if a.empty? then b.size
    elsif b.empty? then a.size
    elsif a[0] == b[0] then h[[a[1..], b[1..]]]
    else 1 + [h[[a[1..], b]], h[[a, b[1..]]], h[[a[1..], b[1..]]]].min
    end
end
%w[kitten:sitting flaw:lawn intention:execution ruby:ruby].each do |pair|
  a, b = pair.split(":")
  puts "#{a} -> #{b}: #{edit[[a, b]]}"
end
h = Hash.new { |hash, key| "no #{key}" }
p h[:x], h.size, h.to_a
h.default = 5
p h[:y], h.default_proc
nested = Hash.new { |hh, k| hh[k] = Hash.new(0) }
%w[a:x a:y b:x a:x].each { |s| o, i = s.split(":"); nested[o][i] += 1 }
p nested
