# A card deck and hand built on Forwardable delegation, as the stdlib idiom goes.
require "forwardable"

class Deck
  extend Forwardable
  include Enumerable

  def_delegators :@cards, :size, :empty?, :first, :last, :each, :[]
  def_delegator :@cards, :shift, :draw_one
  def_delegator :@cards, :push, :put_back

  SUITS = %w[S H D C].freeze
  RANKS = %w[A 2 3 4 5 6 7 8 9 T J Q K].freeze

  def initialize(cards = SUITS.product(RANKS).map { |s, r| "#{r}#{s}" })
    @cards = cards
  end

  def cut(n)
    @cards = @cards.rotate(n)
    self
  end

  def riffle
    half = (@cards.size + 1) / 2
    left = @cards[0, half]
    right = @cards[half..]
    @cards = left.zip(right).flatten.compact
    self
  end

  def deal(players, count)
    hands = Array.new(players) { Hand.new }
    count.times { hands.each { |h| h << draw_one } }
    hands
  end
end

class Hand
  extend Forwardable
  def_delegators :@cards, :<<, :size, :include?, :to_a, :sort_by, :sum, :map
  attr_reader :cards

  def initialize = @cards = []

  VALUES = Deck::RANKS.each_with_index.to_h { |r, i| [r, [i + 1, 10].min] }

  def points = @cards.sum { |c| VALUES[c[0]] }
  def to_s = @cards.join(" ")
end

deck = Deck.new
p deck.size, deck.first, deck.last, deck[13], deck.empty?
deck.cut(20).riffle.riffle.cut(7)
p deck.first(8), deck.count { |c| c.end_with?("H") }, deck.select { |c| c.start_with?("A") }
hands = deck.deal(4, 5)
hands.each_with_index { |h, i| puts "player #{i + 1}: #{h} = #{h.points}" }
p deck.size, hands.map(&:size), hands.max_by(&:points).to_s
card = deck.draw_one
deck.put_back(card)
p card, deck.last, deck.size
p Deck.instance_method(:size).owner == Deck, Hand.new.respond_to?(:<<), deck.respond_to?(:draw_one)
sorted = hands.first.sort_by { |c| [Deck::SUITS.index(c[1]), Deck::RANKS.index(c[0])] }
p sorted, hands.first.include?(sorted.first), hands.map(&:points).sum
