# Bowling score calculator with frame-by-frame output and validation.
class BowlingError < StandardError; end

class Game
  def initialize(rolls)
    @rolls = rolls
    validate!
  end

  def frames
    result = []
    i = 0
    10.times do |f|
      if @rolls[i] == 10
        result << { rolls: [10], score: 10 + @rolls[i + 1].to_i + @rolls[i + 2].to_i, kind: :strike }
        i += 1
      elsif @rolls[i].to_i + @rolls[i + 1].to_i == 10
        result << { rolls: @rolls[i, 2], score: 10 + @rolls[i + 2].to_i, kind: :spare }
        i += 2
      else
        result << { rolls: @rolls[i, 2], score: @rolls[i].to_i + @rolls[i + 1].to_i, kind: :open }
        i += 2
      end
      result.last[:rolls] = @rolls[i..] if f == 9 && result.last[:kind] != :open && @rolls[i]
    end
    result
  end

  def score = frames.sum { |f| f[:score] }

  private

  def validate!
    bad = @rolls.find { |r| !r.is_a?(Integer) || r.negative? || r > 10 }
    raise BowlingError, "invalid roll #{bad.inspect}" unless bad.nil?
  end
end

def marks(frame)
  case frame[:kind]
  when :strike then "X"
  when :spare then "#{frame[:rolls][0]}/"
  else frame[:rolls].map { |r| r.zero? ? "-" : r }.join
  end
end

games = {
  "perfect" => [10] * 12,
  "all spares" => [5] * 21,
  "gutter" => [0] * 20,
  "mixed" => [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
  "nines" => [9, 0] * 10,
  "broken" => [10, 11, 3],
}
games.each do |name, rolls|
  game = Game.new(rolls)
  running = 0
  cells = game.frames.map { |f| running += f[:score]; "#{marks(f).ljust(3)}#{running.to_s.rjust(4)}" }
  puts "#{name.ljust(10)} #{game.score.to_s.rjust(3)} | #{cells.join(' | ')}"
rescue BowlingError => e
  puts "#{name.ljust(10)} error: #{e.message}"
end
