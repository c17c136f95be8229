# Pattern matching on program classes with deconstruct / deconstruct_keys.
class Circle
  attr_reader :r
  def initialize(r) = @r = r
  def deconstruct = [:circle, r]
  def deconstruct_keys(keys) = { kind: :circle, r: r }
end

class Rect
  attr_reader :w, :h
  def initialize(w, h)
    @w = w
    @h = h
  end

  def deconstruct = [:rect, w, h]

  def deconstruct_keys(keys)
    $requested << keys
    { kind: :rect, w: w, h: h }
  end
end

$requested = []

def area(shape)
  case shape
  in Circle(r:) then (3.14159 * r * r).round(2)
  in Rect(w:, h:) if w == h then "square #{w * w}"
  in Rect(w:, h:) then w * h
  in [:tri, base, height] then base * height / 2.0
  in { kind: :poly, sides: Integer => n } if n > 4 then "polygon with #{n} sides"
  in nil then "nothing"
  else "unknown #{shape.inspect}"
  end
end

shapes = [Circle.new(2), Rect.new(3, 3), Rect.new(2, 5), [:tri, 4, 5], { kind: :poly, sides: 6 },
          { kind: :poly, sides: 3 }, nil, 42]
shapes.each { |s| puts area(s) }
p $requested

def describe(data)
  case data
  in [] then "empty"
  in [x] then "one: #{x}"
  in [Integer => a, Integer => b] then "two ints summing to #{a + b}"
  in [first, *rest] if rest.size > 2 then "#{first} and #{rest.size} more"
  in [_, _] | [_, _, _] then "short list"
  in { name: String => name, tags: [*, "admin", *] } then "admin #{name}"
  in { name: String => name, age: 18.. => age } then "adult #{name} (#{age})"
  in { name:, **rest } then "person #{name} with #{rest.keys.sort}"
  in String | Symbol => s then "text #{s}"
  in Float | Integer => n then "number #{n}"
  end
end

[[], [7], [1, 2], [1, "a"], %w[a b c d], [1, 2, 3], { name: "Ann", tags: %w[dev admin] },
 { name: "Bob", age: 40 }, { name: "Cy", age: 12, city: "X" }, :sym, 2.5].each { |d| puts describe(d) }

config = { db: { user: "admin", pass: "secret", port: 5432 }, mode: "prod" }
case config
in { db: { user:, port: Integer => port }, mode: "prod" | "staging" => mode }
  puts "#{user}@#{port} (#{mode})"
end
if config in { db: { port: 5000.. } }
  puts "high port"
end
config => { mode: }
p mode
expected = 5432
case config
in { db: { port: ^expected } } then puts "pinned match"
end
point = [3, -3]
result = case point
         in [x, y] if x == -y then "anti-diagonal #{x}"
         in [x, ^x] then "diagonal"
         end
p result
begin
  case Rect.new(1, 2)
  in Circle then 1
  end
rescue NoMatchingPatternError => e
  p e.class, e.message.start_with?("#<Rect")
end
begin
  { a: 1 } => { b: }
rescue NoMatchingPatternKeyError => e
  p e.class, e.key
end
Pt = Struct.new(:x, :y)
case Pt.new(1, 2)
in [x, y] then p [:arr, x, y]
end
case Pt.new(5, 0)
in { x:, y: 0 } then p [:on_axis, x]
end
same = Pt.new(1, 1) in Pt[a, ^a]
p same
tokens = [[:num, 1], [:op, "+"], [:num, 2], [:op, "*"], [:num, 3]]
p(tokens.filter_map { |t| v = nil; (t in [:num, Integer => v]) ? v : nil })
tokens.each do |tok|
  case tok
  in [:num, n] then print n
  in [:op, o] then print " #{o} "
  end
end
puts
in_range = ->(v) { v in 1..10 }
p [0, 5, 11].map(&in_range)
