# A small Matrix class with operator overloading and each.
class Matrix2
  include Enumerable
  attr_reader :rows

  def self.identity(n)
    new(Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } })
  end

  def initialize(rows)
    @rows = rows
  end

  def [](i, j)
    @rows[i][j]
  end

  def []=(i, j, v)
    @rows[i][j] = v
  end

  def size = @rows.size

  def each(&blk)
    @rows.each { |r| r.each(&blk) }
  end

  def +(o)
    Matrix2.new(@rows.zip(o.rows).map { |a, b| a.zip(b).map { |x, y| x + y } })
  end

  def *(o)
    return Matrix2.new(@rows.map { |r| r.map { |x| x * o } }) if o.is_a?(Numeric)
    cols = o.rows.transpose
    Matrix2.new(@rows.map { |r| cols.map { |c| r.zip(c).sum { |x, y| x * y } } })
  end

  def **(n)
    result = Matrix2.identity(size)
    base = self
    while n > 0
      result *= base if n.odd?
      base *= base
      n >>= 1
    end
    result
  end

  def transpose = Matrix2.new(@rows.transpose)
  def ==(o) = o.is_a?(Matrix2) && rows == o.rows

  def to_s
    w = map { |x| x.to_s.size }.max
    @rows.map { |r| "[" + r.map { |x| x.to_s.rjust(w) }.join(" ") + "]" }.join("\n")
  end
end

m = Matrix2.new([[1, 2], [3, 4]])
puts m
puts m + m
puts m * m
puts m * 3
puts m.transpose
puts m ** 5
fib = Matrix2.new([[1, 1], [1, 0]]) ** 90
puts "fib(90) via matrix: #{fib[0, 1]}"
puts "sum=#{m.sum} max=#{m.max} sorted=#{m.sort.reverse.inspect}"
puts m == Matrix2.new([[1, 2], [3, 4]])
m[0, 0] = 10
puts m.to_a.inspect
puts Matrix2.identity(3)
puts m.each_slice(2).to_a.inspect
puts m.include?(4), m.count(&:even?)
