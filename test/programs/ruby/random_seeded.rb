# Seeded Random: dice, Monte Carlo, ranges of every kind, bytes, copies and
# errors. Seeded sequences are MT19937 as CRuby computes them, so every
# number below is what ruby prints.

dice = Random.new(2024)
rolls = Array.new(600) { dice.rand(1..6) }
counts = rolls.tally.sort.to_h
puts "600 rolls: #{counts}"
puts "seed: #{dice.seed}"

# Monte Carlo estimate of pi from a seeded generator
rng = Random.new(7)
inside = 0
20_000.times do
  x = rng.rand
  y = rng.rand
  inside += 1 if x * x + y * y <= 1.0
end
puts "pi ~ #{(4.0 * inside / 20_000).round(3)}"

# seeds of every size, limits of every size
[0, 1, 42, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 5, -99, 123_456_789_012_345_678_901_234_567_890].each do |seed|
  r = Random.new(seed)
  ints = [r.rand(10), r.rand(2**31), r.rand(2**40 + 3), r.rand(2**64), r.rand(10**30 + 7)]
  floats = [r.rand, r.rand(2.5), r.rand(1.0..2.0), r.rand(-1.0...1.0)]
  ranges = [r.rand(-3..3), r.rand(5...9), r.rand(0..2**70), r.rand(1.5..2)]
  puts "#{seed}: #{ints.inspect} #{floats.inspect} #{ranges.inspect} #{r.bytes(6).unpack1('H*')}"
end

# Kernel#rand and srand share the default generator
srand(99)
first = [rand, rand(10), rand(-10), rand(1.9), rand(2.0..3.0), rand(1..0), rand(2**80)]
p first
p srand(99)
p [rand, rand(10), rand(-10), rand(1.9), rand(2.0..3.0), rand(1..0), rand(2**80)] == first
p [Random.rand(7), Random.rand(2.5), Random.rand(1..6), Random.bytes(3).bytes, Random.seed]

# equal state, copies
a = Random.new(8)
b = Random.new(8)
p a == b
a.rand
p a == b
b.rand
p a == b
c = a.dup
p [a.rand(100), c.rand(100), a.rand(100), c.rand(100)]

p [Random.new(10).random_number, Random.new(10).random_number(0), Random.new(10).random_number(5)]

# what Random#rand refuses
[-1.5, 0, -3, 1..0, nil, "x", 1.0...1.0, 3...3].each do |limit|
  p Random.new(1).rand(limit)
rescue ArgumentError, TypeError => e
  puts "#{limit.inspect}: #{e.class}: #{e.message}"
end
begin
  rand(1..nil)
rescue SystemCallError => e
  puts "#{e.class}: #{e.message}"
end

# fresh seeds are big and differ
p [Random.new_seed.class, Random.new_seed.bit_length > 100, Random.new_seed != Random.new_seed]
p [Random.new.seed.class, Random.urandom(4).size, Random.new(5).bytes(3).encoding]
