# Ruby 3 pattern matching: case/in with arrays, hashes, guards, find patterns, deconstruct.
Point = Struct.new(:x, :y)

def classify(shape)
  case shape
  in { type: :circle, r: Numeric => r } if r <= 0
    "degenerate circle"
  in { type: :circle, r: }
    "circle area #{(3.14159 * r * r).round(2)}"
  in { type: :rect, w:, h: } if w == h
    "square side #{w}"
  in { type: :rect, w:, h: }
    "rect #{w}x#{h}"
  in Point[x, 0]
    "point on x axis at #{x}"
  in Point(x:, y:)
    "point #{x},#{y}"
  in [x, y]
    "pair #{x},#{y}"
  in [first, *rest]
    "list starting #{first} (+#{rest.size})"
  in String => s unless s.empty?
    "string #{s}"
  in nil
    "nil!"
  else
    "unknown"
  end
end

[
  { type: :circle, r: 2 }, { type: :circle, r: 0 }, { type: :rect, w: 3, h: 3 },
  { type: :rect, w: 2, h: 5 }, [1, 2], [1, 2, 3, 4], Point.new(5, 0), Point.new(1, 2),
  "hi", "", nil, 42,
].each { |s| puts classify(s) }

config = { db: { user: "admin", port: 5432, hosts: ["a.local", "b.local"] }, mode: "prod" }
case config
in { db: { user: String => user, hosts: [primary, *] }, mode: "prod" | "staging" => mode }
  puts "#{mode}: #{user}@#{primary}"
end

events = [[:login, "ann"], [:click, "ann", 3], [:logout, "ann"], [:error, 500, "boom"]]
events.each do |ev|
  msg = case ev
        in [:login | :logout => kind, user] then "#{user} #{kind}"
        in [:click, user, Integer => n] if n > 1 then "#{user} clicked #{n} times"
        in [:error, 400..499 => code, *] then "client error #{code}"
        in [:error, code, text] then "server error #{code}: #{text}"
        end
  puts msg
end

data = [1, "x", :y, 2.5, [3], { k: 1 }]
data.each do |v|
  kind = case v
         in Integer | Float => n then "number #{n}"
         in String | Symbol then "name #{v}"
         in [] | [_] then "short array"
         in { k: } then "hash k=#{k}"
         end
  puts kind
end

case [1, [2, [3, 4]]]
in [a, [b, [c, d]]]
  puts a + b + c + d
end
result = { status: "ok", items: [{ id: 1 }, { id: 7 }] }
if result in { status: "ok", items: [*, { id: 7 }, *] }
  puts "found item 7"
end
value = 5
case 5
in ^value then puts "pinned match"
end
begin
  case { a: 1 }
  in { b: } then puts b
  end
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end
h = { name: "Eve", roles: [:admin] }
h => { name: }
puts name
