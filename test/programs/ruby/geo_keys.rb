# Objects as Hash keys: eql?/hash pairs, uniq, group_by and tally on custom
# value objects, Hash#rehash after mutating a key, compare_by_identity,
# and == vs eql? vs equal? across numeric types.

class GridCell
  attr_reader :row, :col

  def initialize(row, col)
    @row, @col = row, col
  end

  def ==(other) = other.class == self.class && other.row == row && other.col == col
  alias eql? ==
  def hash = [self.class, row, col].hash
  def to_s = "(#{row},#{col})"
  def inspect = "Cell#{self}"
  def neighbors = [[-1, 0], [1, 0], [0, -1], [0, 1]].map { |dr, dc| GridCell.new(row + dr, col + dc) }
end

class LooseCell
  attr_accessor :row, :col

  def initialize(row, col)
    @row, @col = row, col
  end

  def ==(other) = other.row == row && other.col == col
end

cells = [GridCell.new(0, 0), GridCell.new(0, 1), GridCell.new(0, 0), GridCell.new(2, 3)]
p cells.uniq, cells.uniq.size, cells.count(GridCell.new(0, 0)), cells.index(GridCell.new(2, 3))
visits = cells.tally
p visits, visits[GridCell.new(0, 0)]
p cells.group_by(&:row).transform_values(&:size)

loose = [LooseCell.new(1, 1), LooseCell.new(1, 1)]
p loose.uniq.size, loose[0] == loose[1], loose[0].eql?(loose[1]), loose.include?(LooseCell.new(1, 1))
p({ loose[0] => 1 }.key?(loose[1]))

# flood fill on a map keyed by cells
map = <<~MAP.lines(chomp: true)
  ..#..
  .##..
  ....#
  ###..
MAP
open = {}
map.each_with_index do |line, r|
  line.each_char.with_index { |ch, c| open[GridCell.new(r, c)] = ch == "." }
end
seen = { GridCell.new(0, 0) => true }
queue = [GridCell.new(0, 0)]
until queue.empty?
  cell = queue.shift
  cell.neighbors.each do |n|
    next unless open[n] && !seen[n]

    seen[n] = true
    queue << n
  end
end
p seen.size, seen.key?(GridCell.new(3, 4)), seen.keys.max_by { |c| [c.row, c.col] }

# mutating a key
key = [1, 2]
h = { key => "list" }
key << 3
p h[[1, 2, 3]], h[[1, 2]]
h.rehash
p h[[1, 2, 3]]

ids = {}.compare_by_identity
a = "same"
b = "same"
ids[a] = 1
ids[b] = 2
p ids.size, ids[a], ids["same"], ids.compare_by_identity?

p 1 == 1.0, 1.eql?(1.0), 1.equal?(1), 1.hash == 1.0.hash, { 1 => :int }[1.0], { 1.0 => :f }[1]
p "a" == :a, :a.equal?(:a), "a".equal?("a"), 2**70 == 2**70, (2**70).eql?(2**70), (2**70).equal?(2**70)
p [1, [2]].hash == [1, [2]].hash, { a: 1 }.hash == { a: 1 }.hash, 1.0.eql?(1.0), Rational(1, 2) == 0.5
p [GridCell.new(1, 1)] - [GridCell.new(1, 1)], [GridCell.new(1, 2)] & [GridCell.new(1, 2), GridCell.new(0, 0)]
p [GridCell.new(1, 1), GridCell.new(1, 1)].to_h { [_1, _1.row] }.size
p [[1, "a"], [1.0, "b"]].to_h, [0.0, -0.0].uniq, [Float::NAN].include?(Float::NAN)
Pos = Struct.new(:x, :y)
p({ Pos.new(1, 2) => :here }[Pos.new(1, 2)], Pos.new(1, 2).eql?(Pos.new(1, 2)), Pos.new(1, 2).eql?(Pos.new(1.0, 2)))
p [Pos.new(1, 2), Pos.new(1, 2), Pos.new(2, 1)].uniq.size, Pos.new(1, 2) == Pos.new(1.0, 2)
counts = Hash.new(0)
%w[x y x z x].each { counts[_1.to_sym] += 1 }
p counts, counts.max_by(&:last), counts.sort_by { |k, v| [-v, k] }.to_h, counts.sum { _2 }
