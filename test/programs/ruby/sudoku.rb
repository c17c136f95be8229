# Sudoku solver: backtracking with candidate sets.
PUZZLE = <<~GRID
  53..7....
  6..195...
  .98....6.
  8...6...3
  4..8.3..1
  7...2...6
  .6....28.
  ...419..5
  ....8..79
GRID

class Sudoku
  def initialize(text)
    @grid = text.lines.map { |l| l.chomp.chars.map { |c| c == "." ? 0 : c.to_i } }
    @steps = 0
  end

  attr_reader :steps

  def candidates(r, c)
    used = @grid[r] + @grid.map { |row| row[c] }
    br, bc = r / 3 * 3, c / 3 * 3
    @grid[br, 3].each { |row| used.concat(row[bc, 3]) }
    (1..9).to_a - used
  end

  def solve
    best = nil
    @grid.each_with_index do |row, r|
      row.each_with_index do |v, c|
        next unless v.zero?
        cands = candidates(r, c)
        return false if cands.empty?
        best = [r, c, cands] if best.nil? || cands.size < best[2].size
      end
    end
    return true unless best
    r, c, cands = best
    cands.each do |n|
      @steps += 1
      @grid[r][c] = n
      return true if solve
    end
    @grid[r][c] = 0
    false
  end

  def valid?
    rows = @grid
    cols = @grid.transpose
    boxes = (0..8).map { |b| (0..8).map { |i| @grid[b / 3 * 3 + i / 3][b % 3 * 3 + i % 3] } }
    (rows + cols + boxes).all? { |group| group.sort == (1..9).to_a }
  end

  def to_s
    @grid.each_slice(3).map do |band|
      band.map { |row| row.each_slice(3).map(&:join).join("|") }.join("\n")
    end.join("\n---+---+---\n")
  end
end

s = Sudoku.new(PUZZLE)
puts s.solve ? "solved" : "no solution"
puts s
puts "valid: #{s.valid?}"
puts "guesses: #{s.steps}"
