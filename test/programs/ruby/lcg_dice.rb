# Deterministic dice games with a hand-written PRNG (xorshift and LCG), no Random.
class XorShift32
  MASK = 0xFFFF_FFFF

  def initialize(seed) = @state = seed & MASK

  def next_u32
    x = @state
    x ^= (x << 13) & MASK
    x ^= x >> 17
    x ^= (x << 5) & MASK
    @state = x
  end

  def rand(n) = next_u32 % n
  def roll(sides = 6) = rand(sides) + 1
  def shuffle(arr)
    a = arr.dup
    (a.size - 1).downto(1) do |i|
      j = rand(i + 1)
      a[i], a[j] = a[j], a[i]
    end
    a
  end
end

class Lcg
  def initialize(seed) = @x = seed
  def next = @x = (@x * 6364136223846793005 + 1442695040888963407) % 2**64
  def float = (self.next >> 11) / 2.0**53
end

rng = XorShift32.new(2024)
p Array.new(8) { rng.next_u32 }
p Array.new(12) { rng.roll }
rolls = Array.new(6000) { rng.roll }
dist = rolls.tally.sort.to_h
p dist, dist.values.sum, dist.values.minmax
puts dist.map { |face, n| "#{face}: #{'#' * (n / 50)}" }

def yahtzee_score(dice)
  counts = dice.tally.values.sort
  sorted = dice.uniq.sort
  straights = [[1, 2, 3, 4, 5], [2, 3, 4, 5, 6]]
  if counts == [5] then [:yahtzee, 50]
  elsif straights.include?(sorted) then [:large_straight, 40]
  elsif sorted.each_cons(4).any? { |w| w.each_cons(2).all? { |a, b| b == a + 1 } } then [:small_straight, 30]
  elsif counts == [2, 3] then [:full_house, 25]
  elsif counts.last >= 3 then [:three_kind, dice.sum]
  else [:chance, dice.sum]
  end
end

game = XorShift32.new(7)
results = Array.new(2000) { yahtzee_score(Array.new(5) { game.roll }) }
p results.first(5)
p results.map(&:first).tally.sort_by { |k, v| [-v, k] }.to_h
p results.sum(&:last), results.max_by(&:last)

deck = (1..10).to_a
p XorShift32.new(1).shuffle(deck), XorShift32.new(2).shuffle(deck), deck
lcg = Lcg.new(42)
p Array.new(3) { lcg.next }, Array.new(3) { lcg.float.round(6) }
inside = 0
mc = Lcg.new(99)
20_000.times do
  x = mc.float
  y = mc.float
  inside += 1 if x * x + y * y <= 1.0
end
pi = 4.0 * inside / 20_000
p inside, pi.round(4)

players = %w[ann bob cy]
dice = XorShift32.new(31337)
scores = players.to_h { |pl| [pl, 0] }
round = 0
until scores.values.max >= 30
  round += 1
  players.each do |pl|
    r = [dice.roll, dice.roll]
    bonus = r[0] == r[1] ? 5 : 0
    scores[pl] += r.sum + bonus
  end
end
p round, scores, scores.max_by(&:last).first
p (1..5).map { |s| XorShift32.new(s).rand(100) }, (2**32 - 1).to_s(16), (0xDEADBEEF << 13) & XorShift32::MASK
