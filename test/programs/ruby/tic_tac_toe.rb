# Tic-tac-toe with a minimax player that plays against itself.
class Board
  LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]].freeze

  attr_reader :cells

  def initialize(cells = Array.new(9))
    @cells = cells
  end

  def play(i, mark)
    raise ArgumentError, "cell #{i} taken" if @cells[i]
    Board.new(@cells.dup.tap { |c| c[i] = mark })
  end

  def free = (0..8).reject { |i| @cells[i] }

  def winner
    LINES.each do |a, b, c|
      return @cells[a] if @cells[a] && @cells[a] == @cells[b] && @cells[b] == @cells[c]
    end
    nil
  end

  def full? = free.empty?
  def over? = !winner.nil? || full?

  def to_s
    @cells.each_slice(3).map { |row| " " + row.map { |c| c || "." }.join(" | ") }.join("\n---+---+---\n")
  end
end

class Minimax
  def initialize
    @cache = {}
  end

  def score(board, mark, depth = 0)
    key = [board.cells, mark]
    return @cache[key] if @cache.key?(key)
    other = mark == "X" ? "O" : "X"
    result =
      if (w = board.winner)
        w == "X" ? 10 - depth : depth - 10
      elsif board.full?
        0
      else
        scores = board.free.map { |i| score(board.play(i, mark), other, depth + 1) }
        mark == "X" ? scores.max : scores.min
      end
    @cache[key] = result
  end

  def best_move(board, mark)
    other = mark == "X" ? "O" : "X"
    moves = board.free.map { |i| [i, score(board.play(i, mark), other, 1)] }
    mark == "X" ? moves.max_by { |i, s| [s, -i] }.first : moves.min_by { |i, s| [s, i] }.first
  end
end

ai = Minimax.new
board = Board.new.play(0, "X").play(4, "O")
mark = "X"
until board.over?
  move = ai.best_move(board, mark)
  puts "#{mark} plays #{move}"
  board = board.play(move, mark)
  mark = mark == "X" ? "O" : "X"
end
puts board
puts "Result: #{board.winner ? "#{board.winner} wins" : 'draw'}"

b3 = Board.new(["X", "X", nil, "O", "O", nil, nil, nil, nil])
puts "X to move wins at #{ai.best_move(b3, 'X')}"
puts "O to move wins at #{ai.best_move(b3, 'O')}"
begin
  b3.play(0, "O")
rescue ArgumentError => e
  puts e.message
end
