# Pattern matching over a small drawing language: array, hash and find
# patterns, guards, alternatives, pins, deconstruct/deconstruct_keys on
# custom classes, and NoMatchingPattern errors.

class Vec
  attr_reader :x, :y

  def initialize(x, y) = (@x, @y = x, y)
  def deconstruct = [x, y]
  def deconstruct_keys(keys) = { x: x, y: y }
  def to_s = "(#{x}, #{y})"
end

class Shape
  attr_reader :kind, :attrs

  def initialize(kind, **attrs)
    @kind = kind
    @attrs = attrs
  end

  def deconstruct_keys(keys)
    { kind: kind, **attrs }
  end
end

def area(shape)
  case shape
  in { kind: :circle, r: Numeric => r } then (Math::PI * r * r).round(2)
  in { kind: :rect, w:, h: } if w == h then "square #{w * h}"
  in { kind: :rect, w:, h: } then w * h
  in { kind: :poly, points: [_, _, _, *] => pts }
    sum = pts.each_cons(2).sum { |(a, b)| a.x * b.y - b.x * a.y }
    last, first = pts.last, pts.first
    ((sum + last.x * first.y - first.x * last.y).abs / 2.0)
  in { kind: :poly, points: } then "degenerate polygon (#{points.size} points)"
  in { kind: } then "unknown #{kind}"
  end
end

shapes = [
  Shape.new(:circle, r: 2),
  Shape.new(:rect, w: 3, h: 4),
  Shape.new(:rect, w: 5, h: 5),
  Shape.new(:poly, points: [Vec.new(0, 0), Vec.new(4, 0), Vec.new(4, 3)]),
  Shape.new(:poly, points: [Vec.new(0, 0), Vec.new(1, 1)]),
  Shape.new(:blob),
]
shapes.each { |s| puts "#{s.kind}: #{area(s)}" }

def classify(v)
  case v
  in Vec[0, 0] then "origin"
  in Vec[_, 0] | Vec[0, _] then "on an axis at #{v.x + v.y}"
  in Vec(x:, y:) if x == y then "diagonal #{x}"
  in Vec[Integer => x, Integer] if x.negative? then "left half"
  in Vec then "somewhere #{v}"
  end
end
[Vec.new(0, 0), Vec.new(3, 0), Vec.new(0, -2), Vec.new(2, 2), Vec.new(-1, 5), Vec.new(1, 7)].each { |v| puts classify(v) }

commands = [
  [:move, 3, 4],
  [:line, [0, 0], [5, 5]],
  [:text, "hi", { size: 12, font: "mono" }],
  [:group, [:move, 1, 1], [:text, "x", { size: 8 }], [:line, [1, 1], [2, 2]]],
  [:color, "#ff8800"],
  [:noop],
]
commands.each do |cmd|
  desc = case cmd
         in [:move, Integer => x, Integer => y] then "move to #{x},#{y}"
         in [:line, [x1, y1], [x2, y2]] then "line length #{Math.hypot(x2 - x1, y2 - y1).round(3)}"
         in [:text, String => s, { size: 10.. => size, **rest }] then "big text #{s.inspect} #{size} #{rest}"
         in [:text, s, { size: }] then "small text #{s} #{size}"
         in [:group, *members] then "group containing text #{members.find { _1 in [:text, *] }[1].inspect}"
         in [:color, /\A#(\h\h)(\h\h)(\h\h)\z/ => hex] then "color rgb#{hex[1..].scan(/../).map(&:hex)}"
         in [Symbol => op] then "bare #{op}"
         end
  puts desc
end

expected = 5
[[5, "five"], [6, "six"]].each do |pair|
  case pair
  in [^expected, name] then puts "pinned match #{name}"
  in [n, _] then puts "other #{n}"
  end
end

config = { db: { user: "admin", port: 5432 }, mode: "prod", replicas: [1, 2, 3] }
if config in { db: { port: 5000.. => port }, mode: "prod" | "staging" }
  puts "production port #{port}"
end
config => { replicas: [first, *others] }
p first, others
p((1 in Integer | Float), ("x" in Integer | Float))

begin
  case [1, 2, 3]
  in [a, b] then p a
  end
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end
begin
  { name: "x" } => { age: }
rescue NoMatchingPatternKeyError => e
  puts "#{e.class}: #{e.message}"
  p e.key
end
val = [1, [2, [3, [4]]]]
case val
in [a, [b, [c, [d]]]]
  p a + b + c + d
end
case { status: "ok", data: { items: [{ id: 1 }, { id: 7, flag: true }] } }
in { status: "ok", data: { items: [*, { flag: true, id: }, *] } }
  puts "flagged id #{id}"
end
