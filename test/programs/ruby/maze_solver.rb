# Maze solving with BFS on a grid of strings, marking the path.
MAZE = <<~M.lines.map(&:chomp)
  ##########
  #S.....#.#
  #.##.#.#.#
  #.#..#...#
  #.#.####.#
  #...#..#.#
  ###.#.##.#
  #.....#..#
  #.###...E#
  ##########
M

def find(maze, ch)
  maze.each_with_index do |row, r|
    c = row.index(ch)
    return [r, c] if c
  end
  nil
end

def solve(maze)
  start = find(maze, "S")
  goal = find(maze, "E")
  came_from = { start => nil }
  queue = [start]
  until queue.empty?
    cur = queue.shift
    break if cur == goal
    r, c = cur
    [[0, 1], [1, 0], [0, -1], [-1, 0]].each do |dr, dc|
      nxt = [r + dr, c + dc]
      next if came_from.key?(nxt)
      next if maze[nxt[0]][nxt[1]] == "#"
      came_from[nxt] = cur
      queue << nxt
    end
  end
  return nil unless came_from.key?(goal)
  path = []
  node = goal
  while node
    path << node
    node = came_from[node]
  end
  path.reverse
end

path = solve(MAZE)
puts "path length: #{path.size - 1}"
grid = MAZE.map(&:dup)
path[1...-1].each { |r, c| grid[r][c] = "*" }
puts grid
dirs = path.each_cons(2).map do |(r1, c1), (r2, c2)|
  { [0, 1] => "R", [1, 0] => "D", [0, -1] => "L", [-1, 0] => "U" }[[r2 - r1, c2 - c1]]
end
puts dirs.join
puts dirs.chunk_while { |a, b| a == b }.map { |run| "#{run.size}#{run[0]}" }.join(" ")
open_cells = MAZE.sum { |row| row.count(".") }
puts "open cells: #{open_cells}, visited on path: #{path.size}"
blocked = MAZE.map(&:dup)
blocked[8][7] = "#"
blocked[7][8] = "#"
p solve(blocked)
