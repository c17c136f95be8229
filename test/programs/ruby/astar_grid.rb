# A* path finding on a text grid with a binary-heap priority queue.

class MinHeap
  include Enumerable

  def initialize(&priority)
    @items = []
    @priority = priority || ->(x) { x }
  end

  def push(item)
    @items << item
    sift_up(@items.size - 1)
    self
  end
  alias << push

  def pop
    return nil if @items.empty?
    top = @items.first
    last = @items.pop
    unless @items.empty?
      @items[0] = last
      sift_down(0)
    end
    top
  end

  def peek = @items.first
  def size = @items.size
  def empty? = @items.empty?
  def each(&block) = @items.sort_by(&@priority).each(&block)

  private

  def key(i) = @priority.call(@items[i])

  def sift_up(i)
    while i.positive?
      parent = (i - 1) / 2
      break if (key(parent) <=> key(i)) <= 0
      @items[parent], @items[i] = @items[i], @items[parent]
      i = parent
    end
  end

  def sift_down(i)
    loop do
      l = 2 * i + 1
      r = l + 1
      smallest = i
      smallest = l if l < size && (key(l) <=> key(smallest)).negative?
      smallest = r if r < size && (key(r) <=> key(smallest)).negative?
      break if smallest == i
      @items[smallest], @items[i] = @items[i], @items[smallest]
      i = smallest
    end
  end
end

heap = MinHeap.new
[5, 3, 8, 1, 9, 2, 7].each { |x| heap << x }
p heap.size, heap.peek, heap.to_a, heap.min, heap.include?(9)
p Array.new(heap.size) { heap.pop }
p heap.pop, heap.empty?

MAP = <<~GRID
  S....#........
  .##..#..####..
  ..#..#.....#..
  ..#.....##.#..
  ..####..#..#..
  .....#..#....G
  ~~~..#.....#..
GRID

Grid = Struct.new(:rows) do
  def self.parse(text) = new(text.lines(chomp: true).map(&:chars))

  def find(ch)
    rows.each_with_index do |row, y|
      x = row.index(ch)
      return [x, y] if x
    end
    nil
  end

  def cost(x, y)
    case rows[y][x]
    when "#" then nil
    when "~" then 5
    else 1
    end
  end

  def neighbors(x, y)
    [[1, 0], [-1, 0], [0, 1], [0, -1]].filter_map do |dx, dy|
      nx, ny = x + dx, y + dy
      next unless ny.between?(0, rows.size - 1) && nx.between?(0, rows[ny].size - 1)
      c = cost(nx, ny)
      [[nx, ny], c] if c
    end
  end
end

def manhattan((ax, ay), (bx, by)) = (ax - bx).abs + (ay - by).abs

def astar(grid, start, goal)
  open = MinHeap.new { |(f, _, node)| [f, node] }
  open << [manhattan(start, goal), 0, start]
  came_from = {}
  best = { start => 0 }
  expanded = 0
  until open.empty?
    _, g, node = open.pop
    next if g > best[node]
    expanded += 1
    if node == goal
      path = [node]
      path.unshift(came_from[path.first]) while came_from.key?(path.first)
      return [path, g, expanded]
    end
    grid.neighbors(*node).each do |nb, step|
      ng = g + step
      next if best.key?(nb) && best[nb] <= ng
      best[nb] = ng
      came_from[nb] = node
      open << [ng + manhattan(nb, goal), ng, nb]
    end
  end
  [nil, nil, expanded]
end

grid = Grid.parse(MAP)
start = grid.find("S")
goal = grid.find("G")
p start, goal, grid.neighbors(0, 0)
path, cost, expanded = astar(grid, start, goal)
p cost, path.size, expanded
p path.first(5), path.last(3)
drawn = grid.rows.map(&:dup)
path[1...-1].each { |x, y| drawn[y][x] = "*" }
puts drawn.map(&:join)
turns = path.each_cons(3).count { |a, b, c| (b[0] - a[0]) != (c[0] - b[0]) }
p turns

blocked = Grid.parse("S#.\n##.\n..G")
p astar(blocked, [0, 0], [2, 2])
p astar(grid, [13, 6], [0, 0])[1]
