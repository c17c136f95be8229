# Conway's Game of Life on a small toroidal grid.
class Life
  def initialize(rows)
    @grid = rows.map { |r| r.chars.map { |c| c == "#" } }
    @h = @grid.size
    @w = @grid.first.size
  end

  def neighbors(r, c)
    count = 0
    [-1, 0, 1].each do |dr|
      [-1, 0, 1].each do |dc|
        next if dr.zero? && dc.zero?
        count += 1 if @grid[(r + dr) % @h][(c + dc) % @w]
      end
    end
    count
  end

  def step
    @grid = @grid.each_with_index.map do |row, r|
      row.each_with_index.map do |alive, c|
        n = neighbors(r, c)
        alive ? (n == 2 || n == 3) : n == 3
      end
    end
    self
  end

  def population
    @grid.flatten.count(true)
  end

  def to_s
    @grid.map { |row| row.map { |a| a ? "#" : "." }.join }.join("\n")
  end
end

glider = Life.new([
  ".#......",
  "..#.....",
  "###.....",
  "........",
  "........",
  "........",
])

5.times do |gen|
  puts "Generation #{gen} (population #{glider.population}):"
  puts glider
  puts
  glider.step
end

blinker = Life.new(%w[..... ..#.. ..#.. ..#.. .....])
3.times do
  puts blinker.to_s.tr("\n", "|")
  blinker.step
end
