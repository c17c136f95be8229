# Conway's game of life on a bounded, toroidal grid with Set-based live cells.
require "set"

class Life
  attr_reader :live, :generation

  def self.parse(text, wrap: false)
    cells = Set.new
    rows = text.lines.map(&:chomp)
    rows.each_with_index do |row, y|
      row.each_char.with_index { |ch, x| cells << [x, y] if ch == "#" }
    end
    new(cells, rows.map(&:size).max, rows.size, wrap: wrap)
  end

  def initialize(live, width, height, wrap: false)
    @live = live
    @width = width
    @height = height
    @wrap = wrap
    @generation = 0
  end

  def neighbors(x, y)
    [-1, 0, 1].product([-1, 0, 1]).reject { |dx, dy| dx.zero? && dy.zero? }.filter_map do |dx, dy|
      nx, ny = x + dx, y + dy
      if @wrap
        [nx % @width, ny % @height]
      elsif nx.between?(0, @width - 1) && ny.between?(0, @height - 1)
        [nx, ny]
      end
    end
  end

  def step
    counts = Hash.new(0)
    @live.each { |x, y| neighbors(x, y).each { |c| counts[c] += 1 } }
    @live = counts.select { |cell, n| n == 3 || (n == 2 && @live.include?(cell)) }.keys.to_set
    @generation += 1
    self
  end

  def to_s
    Array.new(@height) { |y| Array.new(@width) { |x| @live.include?([x, y]) ? "#" : "." }.join }.join("\n")
  end

  def population = @live.size
  def bounding_box
    return nil if @live.empty?
    xs, ys = @live.to_a.transpose
    [xs.minmax, ys.minmax]
  end
end

blinker = Life.parse(<<~GRID)
  .....
  ..#..
  ..#..
  ..#..
  .....
GRID
3.times do
  puts "gen #{blinker.generation} pop #{blinker.population}", blinker, ""
  blinker.step
end

glider = Life.parse(<<~GRID, wrap: true)
  .#......
  ..#.....
  ###.....
  ........
  ........
  ........
GRID
history = []
20.times do
  history << glider.live.map(&:itself).sort
  glider.step
end
puts glider
p glider.bounding_box, glider.population
p history.each_cons(4).count { |a, *, d| a.map { |x, y| [(x + 1) % 8, (y + 1) % 6] }.sort == d }

block = Life.parse("##\n##\n")
p block.step.step.live.to_a.sort, block.generation
empty = Life.new(Set.new, 3, 3)
p empty.step.bounding_box, empty.to_s.count(".")
s = Set[[1, 2], [3, 4]]
p s.include?([1, 2]), s.map(&:sum).sort, (s | Set[[5, 6]]).size, s.subset?(Set[[1, 2], [3, 4], [0, 0]])
