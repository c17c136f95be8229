# robot on a grid with obstacles; flood fill; conway-ish step
GRID = <<~G.lines.map(&:chomp)
  ..........
  ..#....#..
  ..#..R.#..
  ..####.#..
  .......#..
  ..........
G

class Robot
  DIRS = { "N" => [-1, 0], "E" => [0, 1], "S" => [1, 0], "W" => [0, -1] }.freeze
  attr_reader :pos, :heading, :trail

  def initialize(grid)
    @grid = grid
    r = grid.index { |row| row.include?("R") }
    @pos = [r, grid[r].index("R")]
    @heading = "N"
    @trail = [@pos]
  end

  def turn(dir)
    keys = DIRS.keys
    @heading = keys[(keys.index(@heading) + (dir == :right ? 1 : -1)) % 4]
  end

  def forward(n = 1)
    n.times do
      dr, dc = DIRS[@heading]
      nr, nc = @pos[0] + dr, @pos[1] + dc
      break :blocked unless nr.between?(0, @grid.size - 1) && nc.between?(0, @grid[0].size - 1) && @grid[nr][nc] != "#"
      @pos = [nr, nc]
      @trail << @pos
    end
  end

  def run(cmds)
    cmds.scan(/[LR]|F\d*/).each do |c|
      case c
      when "L" then turn(:left)
      when "R" then turn(:right)
      else forward(c[1..].then { |s| s.empty? ? 1 : s.to_i })
      end
    end
    self
  end
end

rb = Robot.new(GRID).run("F2LF3LF5LF2RF10")
p rb.pos, rb.heading, rb.trail.size, rb.trail.uniq.size
canvas = GRID.map { |row| row.tr("R", ".") }
rb.trail.each_with_index { |(r, c), i| canvas[r][c] = (i % 10).to_s }
puts canvas

def flood(grid, start)
  seen = { start => true }
  queue = [start]
  until queue.empty?
    r, c = queue.shift
    [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]].each do |nr, nc|
      next if nr.negative? || nc.negative? || nr >= grid.size || nc >= grid[0].size
      next if grid[nr][nc] == "#" || seen[[nr, nc]]
      seen[[nr, nc]] = true
      queue << [nr, nc]
    end
  end
  seen.keys
end
p flood(GRID, [0, 0]).size, flood(GRID, [2, 8]).size
walls = GRID.each_with_index.flat_map { |row, r| row.chars.each_index.select { |c| row[c] == "#" }.map { |c| [r, c] } }
p walls.size, walls.first(3), walls.group_by(&:first).transform_values(&:size)
life = [".....", "..#..", "..#..", "..#..", "....."]
step = lambda do |g|
  g.each_index.map do |r|
    g[r].chars.each_index.map do |c|
      n = [-1, 0, 1].product([-1, 0, 1]).count { |dr, dc| !(dr.zero? && dc.zero?) && g[(r + dr) % g.size][(c + dc) % g[0].size] == "#" }
      (g[r][c] == "#" ? [2, 3].include?(n) : n == 3) ? "#" : "."
    end.join
  end
end
2.times { life = step.(life); puts life, "--" }
