# Integer#step(limit, by) with literal blocks: both directions, steps read
# once, limits not reached exactly, Bignums, next/break, a zero step and
# backtraces.

p 1.step(10, 3) { |i| print i, " " }
p 10.step(1, -4) { |i| print i, " " }
p 1.step(3) { |i| print i, " " }
p 5.step(1) { |i| print i, " " }
p 1.step(1, 5) { |i| print i, " " }
puts

def squares(limit, by)
  out = []
  0.step(limit, by) { |i| out << i * i }
  out
end
p squares(20, 5), squares(-9, -3), squares(3, 7)

# The limit and the step are read once; the variable may change inside.
lim = 6
by = 2
seen = []
0.step(lim, by) do |i|
  seen << i
  lim = 100
  by = 50
end
p seen

# Past the fixnum range the counter becomes a Bignum.
big = 2**62 - 2
p big.step(big + 6, 3).to_a
c = []
big.step(big + 6, 3) { |i| c << i }
p c

# next and break.
r = 0.step(100, 7) do |i|
  next if i.odd?
  break i if i > 40
end
p r
t = 0
p(1.step(9, 2) { |i| next t += i })
p t

# Sieve-style nested steps.
def sieve(n)
  composite = Array.new(n + 1, false)
  primes = []
  2.step(n, 1) do |i|
    next if composite[i]
    primes << i
    (i * i).step(n, i) { |j| composite[j] = true }
  end
  primes
end
p sieve(50)

# A zero step raises from the `step` frame.
def zero(by)
  1.step(5, by) { |i| p i }
end
begin
  zero(0)
rescue ArgumentError => e
  p e
  puts e.backtrace
end

def deep(by)
  3.step(0, by) { |i| raise "at #{i}" if i == 1 }
end
begin
  deep(-1)
rescue => e
  p e
  puts e.backtrace
end
