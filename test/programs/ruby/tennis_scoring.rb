# tennis game/set scoring
class TennisGame
  NAMES = %w[Love Fifteen Thirty Forty].freeze

  def initialize(p1, p2)
    @players = [p1, p2]
    @points = [0, 0]
  end

  def point(name) = @points[@players.index(name)] += 1

  def winner
    a, b = @points
    return nil if [a, b].max < 4 || (a - b).abs < 2
    a > b ? @players[0] : @players[1]
  end

  def score
    a, b = @points
    if (w = winner) then "Game #{w}"
    elsif a >= 3 && b >= 3
      case a - b
      when 0 then "Deuce"
      when 1 then "Advantage #{@players[0]}"
      else "Advantage #{@players[1]}"
      end
    elsif a == b then "#{NAMES[a]}-All"
    else "#{NAMES[a]}-#{NAMES[b]}"
    end
  end
end

g = TennisGame.new("Ann", "Ben")
"AABBABABBAAA".each_char do |c|
  g.point(c == "A" ? "Ann" : "Ben")
  puts g.score
end

class SetScore
  def initialize = @games = Hash.new(0)
  def win_game(p) = @games[p] += 1
  def to_s = @games.sort.map { |k, v| "#{k}:#{v}" }.join(" ")
  def over? = @games.values.max.to_i >= 6 && (@games.values.max - @games.values.min).abs >= 2 && @games.size == 2
end

set = SetScore.new
sequence = "ABABAABBAABAA"
sequence.each_char.with_index do |c, i|
  set.win_game(c)
  puts "after game #{i + 1}: #{set}#{set.over? ? ' (set over)' : ''}"
  break if set.over?
end

Frame = Struct.new(:rolls) do
  def strike? = rolls.first == 10
  def spare? = !strike? && rolls.sum == 10
end

def bowling(rolls)
  frames = []
  i = 0
  10.times do
    if rolls[i] == 10
      frames << [rolls[i], rolls[i + 1], rolls[i + 2]].sum
      i += 1
    elsif rolls[i] + rolls[i + 1] == 10
      frames << 10 + rolls[i + 2]
      i += 2
    else
      frames << rolls[i] + rolls[i + 1]
      i += 2
    end
  end
  frames.each_with_object([]) { |f, acc| acc << (acc.last || 0) + f }
end
p bowling([10] * 12), bowling([9, 1] * 10 + [9]), bowling([3, 4] * 10), bowling([10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1])
p Frame.new([10]).strike?, Frame.new([4, 6]).spare?, Frame.new([4, 5]).spare?
