# Seeded Array#shuffle / shuffle! / sample print what ruby prints: they draw
# from the same Mersenne Twister as rand, in CRuby's order.

deck = %w[A 2 3 4 5 6 7 8 9 10 J Q K]

srand(2024)
p deck.shuffle
p deck.sample, deck.sample(2), deck.sample(3), deck.sample(7), deck.sample(20)

rng = Random.new(7)
hand = deck.dup
hand.shuffle!(random: rng)
p hand
p deck.sample(random: rng), deck.sample(4, random: rng)

# Large samples take the partial Fisher-Yates path.
big = (1..500).to_a
p big.sample(12, random: Random.new(1)), big.sample(40, random: Random.new(1)).sum

# A copied generator repeats the original's sequence.
a = Random.new(99)
b = a.dup
p [1, 2, 3, 4, 5].shuffle(random: a) == [1, 2, 3, 4, 5].shuffle(random: b)

# Any object with rand(n) can be the generator.
class Rigged
  def rand(n) = n - 1
end
p (1..6).to_a.shuffle(random: Rigged.new), (1..6).to_a.sample(3, random: Rigged.new)

p [].sample, [].sample(2), [:only].sample, [:only].shuffle
begin
  deck.sample(-1)
rescue ArgumentError => e
  p e.message
end
begin
  deck.freeze.shuffle!
rescue FrozenError => e
  p e.class
end
