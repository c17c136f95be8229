# Poker hand ranking: parsing, tallies, sorting by composite keys, Comparable hands.
class Card
  RANKS = %w[2 3 4 5 6 7 8 9 T J Q K A].freeze
  SUITS = { "h" => "♥", "d" => "♦", "c" => "♣", "s" => "♠" }.freeze
  attr_reader :rank, :suit

  def self.parse(str)
    r, s = str.chars
    raise ArgumentError, "bad card #{str.inspect}" unless RANKS.include?(r) && SUITS.key?(s)

    new(RANKS.index(r) + 2, s)
  end

  def initialize(rank, suit)
    @rank = rank
    @suit = suit
  end

  def to_s = "#{RANKS[rank - 2]}#{SUITS[suit]}"
end

class Hand
  include Comparable
  CATEGORIES = %i[high_card pair two_pair trips straight flush full_house quads straight_flush].freeze
  attr_reader :cards, :category, :tiebreak

  def initialize(str)
    @cards = str.split.map { |c| Card.parse(c) }
    raise ArgumentError, "need 5 cards, got #{@cards.size}" unless @cards.size == 5

    evaluate
  end

  def <=>(other) = [CATEGORIES.index(category), tiebreak] <=> [CATEGORIES.index(other.category), other.tiebreak]

  def to_s = "#{cards.join(' ')} (#{category.to_s.tr('_', ' ')})"

  private

  def evaluate
    counts = cards.map(&:rank).tally.sort_by { |rank, n| [-n, -rank] }
    shape = counts.map(&:last)
    ranks = counts.map(&:first)
    flush = cards.map(&:suit).uniq.size == 1
    values = cards.map(&:rank).sort.reverse
    values = [5, 4, 3, 2, 1] if values == [14, 5, 4, 3, 2]
    straight = shape.size == 5 && values.first - values.last == 4
    @tiebreak = straight ? values : ranks
    @category =
      if straight && flush then :straight_flush
      elsif shape == [4, 1] then :quads
      elsif shape == [3, 2] then :full_house
      elsif flush then :flush
      elsif straight then :straight
      elsif shape == [3, 1, 1] then :trips
      elsif shape == [2, 2, 1] then :two_pair
      elsif shape == [2, 1, 1, 1] then :pair
      else :high_card
      end
  end
end

hands = {
  "alice" => "Ah Kh Qh Jh Th",
  "bob" => "2c 2d 2h 9s 9d",
  "carol" => "5s 4d 3c 2h Ah",
  "dave" => "Kc Kd 7h 7s 2c",
  "erin" => "Kh Ks 7c 7d 3h",
  "frank" => "9h 9c 9s 9d 2s",
  "gina" => "2h 7h 9h Jh Kh",
  "hal" => "Ac Qd 9s 6h 3c",
  "ivy" => "Qc Qs 5d 4h 3s",
  "jon" => "8c 8d 8h Kd 2s",
  "kim" => "6c 7d 8h 9s Tc",
}.transform_values { |s| Hand.new(s) }

ranked = hands.sort_by { |name, h| [h, name] }.reverse
ranked.each_with_index { |(name, h), i| puts format("%2d. %-6s %s", i + 1, name, h) }
puts "winner: #{hands.max_by { |_, h| h }.first}"
puts "dave beats erin? #{hands['dave'] > hands['erin']} (#{hands['dave'].tiebreak} vs #{hands['erin'].tiebreak})"
puts "wheel straight tiebreak: #{hands['carol'].tiebreak.inspect}"
puts hands.values.map(&:category).tally.sort_by { |c, _| Hand::CATEGORIES.index(c) }.map { |c, n| "#{c}=#{n}" }.join(" ")
puts hands.group_by { |_, h| h.cards.map(&:suit).uniq.size }.transform_values { |v| v.map(&:first) }.sort.inspect
pairs = hands.to_a.combination(2).count { |(_, a), (_, b)| a == b }
puts "tied pairs: #{pairs}"
puts hands.values.minmax.map(&:category).inspect
["Ah Kh", "Ah Kh Qh Jh 1h", "Zz Ah Kh Qh Jh"].each do |bad|
  Hand.new(bad)
rescue ArgumentError => e
  puts "invalid: #{e.message}"
end
deck = Card::RANKS.product(Card::SUITS.keys).map(&:join)
puts "deck: #{deck.size} cards, first #{deck.first(3).join(',')}, last #{deck.last}"
dealt = deck.each_slice(5).first(3).map { |h| Hand.new(h.join(" ")) }
puts dealt.map(&:category).inspect
