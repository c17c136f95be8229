# Seeded randomness: Random instances, srand/rand, shuffle/sample with random:,
# and a Monte Carlo estimate that must be reproducible.
rng = Random.new(42)
puts "Random.new(42).rand(100) x10: #{Array.new(10) { rng.rand(100) }.join(' ')}"
puts "seed: #{rng.seed}"

rng = Random.new(2026)
puts "floats: #{Array.new(4) { rng.rand.round(6) }.inspect}"
puts "ranges: #{Array.new(6) { rng.rand(1..6) }.inspect} #{Array.new(3) { rng.rand(10...20) }.inspect}"
puts "float range: #{Array.new(3) { rng.rand(1.5..2.5).round(4) }.inspect}"
puts "float max: #{rng.rand(10.0).round(5)}"
puts "bytes: #{rng.bytes(6).unpack1('H*')}"

deck = %w[A 2 3 4 5 6 7 8 9 10 J Q K].product(%w[S H]).map(&:join)
puts "shuffled: #{deck.shuffle(random: Random.new(7)).first(8).join(' ')}"
puts "sample: #{deck.sample(random: Random.new(7))} #{deck.sample(3, random: Random.new(7)).inspect}"

srand(1234)
first = Array.new(5) { rand(1000) }
srand(1234)
second = Array.new(5) { rand(1000) }
puts "srand repeatable: #{first.inspect} #{first == second}"
old = srand(99)
puts "srand returns previous seed: #{old}"
puts "Kernel#rand float: #{rand.round(8)} Random.rand: #{Random.rand(50)}"
puts "[].shuffle: #{[1, 2, 3, 4, 5].shuffle.inspect} sample: #{(1..100).to_a.sample}"

a = Random.new(5)
b = Random.new(5)
puts "same seed streams equal: #{Array.new(100) { a.rand(1 << 40) } == Array.new(100) { b.rand(1 << 40) }}"
puts "Random == : #{Random.new(3) == Random.new(3)}"

big = Random.new(11)
puts "big bound: #{big.rand(10**30)} #{big.rand(2**64)}"

def monte_carlo_pi(n, rng)
  inside = n.times.count { rng.rand**2 + rng.rand**2 <= 1.0 }
  4.0 * inside / n
end
puts format("pi ~ %.5f", monte_carlo_pi(20_000, Random.new(3)))

dice = Random.new(8)
rolls = Array.new(6000) { dice.rand(1..6) + dice.rand(1..6) }
puts "\n2d6 distribution (6000 rolls):"
rolls.tally.sort.each do |sum, count|
  puts "#{sum.to_s.rjust(2)} #{'*' * (count / 20)} #{count}"
end

walker = Random.new(100)
pos = 0
path = Array.new(30) { pos += walker.rand(2).zero? ? -1 : 1 }
puts "\nrandom walk: #{path.join(',')}"
puts "min #{path.min} max #{path.max} final #{path.last}"

names = %w[ada bob cyd dee eve fay gus]
teams = names.shuffle(random: Random.new(31)).each_slice(3).to_a
puts "teams: #{teams.map { |t| t.join('+') }.join(' | ')}"
puts "new_seed is Integer: #{Random.new_seed.is_a?(Integer)}"
