# An ASCII raster canvas: Bresenham lines, midpoint circles, rectangles,
# flood fill with an explicit stack, text stamping, and transforms
# (flip, rotate, crop) built on Array#transpose / reverse.
class Canvas
  include Enumerable

  attr_reader :width, :height

  def initialize(width, height, bg: ".")
    @width = width
    @height = height
    @bg = bg
    @rows = Array.new(height) { Array.new(width, bg) }
  end

  def self.from_rows(rows, bg: ".")
    canvas = new(rows.first.size, rows.size, bg: bg)
    rows.each_with_index { |row, y| row.each_with_index { |ch, x| canvas[x, y] = ch } }
    canvas
  end

  def [](x, y) = inside?(x, y) ? @rows[y][x] : nil

  def []=(x, y, ch)
    @rows[y][x] = ch if inside?(x, y)
  end

  def inside?(x, y) = x.between?(0, width - 1) && y.between?(0, height - 1)

  def each(&block)
    return enum_for(:each) { width * height } unless block
    @rows.each_with_index { |row, y| row.each_with_index { |ch, x| block.call(ch, x, y) } }
  end

  def line(x0, y0, x1, y1, ch = "#")
    dx = (x1 - x0).abs
    dy = -(y1 - y0).abs
    sx = x0 < x1 ? 1 : -1
    sy = y0 < y1 ? 1 : -1
    err = dx + dy
    loop do
      self[x0, y0] = ch
      break if x0 == x1 && y0 == y1
      e2 = 2 * err
      if e2 >= dy
        err += dy
        x0 += sx
      end
      if e2 <= dx
        err += dx
        y0 += sy
      end
    end
    self
  end

  def rect(x, y, w, h, ch = "+", fill: nil)
    (y...y + h).each do |yy|
      (x...x + w).each do |xx|
        edge = yy == y || yy == y + h - 1 || xx == x || xx == x + w - 1
        self[xx, yy] = edge ? ch : (fill || self[xx, yy])
      end
    end
    self
  end

  def circle(cx, cy, r, ch = "o")
    x, y, err = r, 0, 1 - r
    while x >= y
      [[x, y], [y, x], [-y, x], [-x, y], [-x, -y], [-y, -x], [y, -x], [x, -y]].each do |dx, dy|
        self[cx + dx, cy + dy] = ch
      end
      y += 1
      if err.negative?
        err += 2 * y + 1
      else
        x -= 1
        err += 2 * (y - x) + 1
      end
    end
    self
  end

  def flood(x, y, ch)
    target = self[x, y]
    return 0 if target.nil? || target == ch
    stack = [[x, y]]
    filled = 0
    until stack.empty?
      px, py = stack.pop
      next unless self[px, py] == target
      self[px, py] = ch
      filled += 1
      stack.push([px + 1, py], [px - 1, py], [px, py + 1], [px, py - 1])
    end
    filled
  end

  def stamp(x, y, text)
    text.each_char.with_index { |c, i| self[x + i, y] = c }
    self
  end

  def flip_h = Canvas.from_rows(@rows.map(&:reverse), bg: @bg)
  def flip_v = Canvas.from_rows(@rows.reverse, bg: @bg)
  def rotate = Canvas.from_rows(@rows.transpose.map(&:reverse), bg: @bg)
  def crop(x, y, w, h) = Canvas.from_rows(@rows[y, h].map { |r| r[x, w] }, bg: @bg)

  def to_s = @rows.map(&:join).join("\n")

  def framed
    border = "+" + "-" * width + "+"
    [border, *@rows.map { |r| "|#{r.join}|" }, border].join("\n")
  end
end

c = Canvas.new(24, 12)
c.rect(0, 0, 24, 12, "#")
c.line(1, 1, 22, 10, "\\").line(22, 1, 1, 10, "/")
c.circle(12, 6, 4)
c.stamp(2, 11, "[kiln]")
puts c
puts "filled #{c.flood(12, 6, '~')} cells inside the circle"
puts "filled #{c.flood(3, 5, ' ')} cells on the left"
puts c.framed
counts = c.each_with_object(Hash.new(0)) { |(ch, _x, _y), h| h[ch] += 1 }
puts counts.sort_by { |ch, n| [-n, ch] }.map { |ch, n| "#{ch.inspect}:#{n}" }.join(" ")
puts "total cells: #{c.count}, enum size: #{c.each.size}, first hash at #{c.find { |ch, _, _| ch == '~' }&.drop(1).inspect}"

small = Canvas.new(5, 3).line(0, 0, 4, 2, "*").stamp(0, 2, "ab")
puts small, "--", small.flip_h, "--", small.flip_v, "--", small.rotate, "--", small.crop(1, 0, 3, 2)
puts small.rotate.rotate.rotate.rotate.to_s == small.to_s
puts c.select { |ch, _, _| ch == "o" }.minmax_by { |_, x, y| [y, x] }.inspect
