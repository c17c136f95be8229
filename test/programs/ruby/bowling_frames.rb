# Bowling scorer: frames, strikes/spares, tenth-frame bonus balls, validation and a score sheet.
class BowlingError < StandardError; end

class Game
  Frame = Struct.new(:rolls, :score) do
    def strike? = rolls.first == 10
    def spare? = !strike? && rolls.first(2).sum == 10
    def mark
      return "X" if strike?
      a, b = rolls
      [a.zero? ? "-" : a.to_s, spare? ? "/" : (b.nil? ? " " : (b.zero? ? "-" : b.to_s))].join
    end
  end

  def initialize = @rolls = []

  def roll(pins)
    raise BowlingError, "pins must be 0..10, got #{pins}" unless (0..10).include?(pins)
    raise BowlingError, "game is over" if complete?
    @rolls << pins
    validate!
    self
  end

  def complete?
    frames = 0
    i = 0
    while frames < 10 && i < @rolls.size
      if @rolls[i] == 10
        return @rolls.size >= i + 3 if frames == 9
        i += 1
      else
        return false if @rolls[i + 1].nil?
        if frames == 9
          return @rolls[i] + @rolls[i + 1] < 10 || @rolls.size >= i + 3
        end
        i += 2
      end
      frames += 1
    end
    frames == 10
  end

  def frames
    out = []
    i = 0
    total = 0
    10.times do |f|
      break if i >= @rolls.size
      first = @rolls[i]
      if first == 10
        bonus = @rolls[i + 1, 2]
        take = f == 9 ? @rolls[i, 3] : [10]
        total += 10 + bonus.sum if bonus.size == 2
        out << Frame.new(take, bonus.size == 2 ? total : nil)
        i += 1
      else
        pair = @rolls[i, 2]
        if pair.sum == 10 && pair.size == 2
          bonus = @rolls[i + 2]
          total += 10 + bonus if bonus
          out << Frame.new(f == 9 ? @rolls[i, 3] : pair, bonus ? total : nil)
        else
          total += pair.sum if pair.size == 2
          out << Frame.new(pair, pair.size == 2 ? total : nil)
        end
        i += 2
      end
    end
    out
  end

  def score = frames.map(&:score).compact.last || 0

  private

  def validate!
    i = 0
    9.times do
      break if i >= @rolls.size
      if @rolls[i] == 10 then i += 1
      else
        raise BowlingError, "frame has #{@rolls[i] + @rolls[i + 1]} pins" if @rolls[i + 1] && @rolls[i] + @rolls[i + 1] > 10
        i += 2
      end
    end
  end
end

def play(rolls)
  g = Game.new
  rolls.each { |r| g.roll(r) }
  g
end

games = {
  "gutter" => [0] * 20, "all ones" => [1] * 20, "perfect" => [10] * 12,
  "all spares" => [5] * 21, "dutch 200" => [10, 5, 5] * 5 + [10],
  "typical" => [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
  "partial" => [3, 4, 10, 2]
}
games.each do |name, rolls|
  g = play(rolls)
  sheet = g.frames.map { |f| f.mark.ljust(3) }.join("|")
  scores = g.frames.map { |f| f.score.to_s.rjust(3) }.join("|")
  puts format("%-10s %3d %s", name, g.score, g.complete? ? "done" : "in progress")
  puts "  #{sheet}", "  #{scores}"
end
[[11], [5, 6], [10] * 13, [-1]].each do |rolls|
  play(rolls)
rescue BowlingError => e
  puts "#{rolls.inspect[0, 20]}: #{e.message}"
end
p play([10, 10, 10, 10]).frames.map(&:to_a)
