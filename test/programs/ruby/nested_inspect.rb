# Printing nested data: p, pp, inspect and to_s of nested Arrays/Hashes with
# Strings that need escaping, Symbols that need quotes, Floats, nil, custom
# inspect methods, recursive structures, and pp wrapping long structures.
require "pp"

class Node
  attr_reader :name, :children

  def initialize(name, children = [])
    @name, @children = name, children
  end
end

class Tag
  def initialize(name) = @name = name
  def inspect = "<#{@name}>"
  def to_s = "tag:#{@name}"
end

data = {
  "string" => "tab\there \"quoted\" \\ back\nnewline",
  symbols: [:plain, :"with space", :"quoted?", :+, :[]=, :a=, :"9lives", :@iv, :$gv, :Const],
  numbers: [1, -2.5, 1e20, 1.0e-5, 100.0, 2**70, Rational(3, 4), 0.1 + 0.2],
  nested: { deep: { deeper: [1, [2, [3, [nil, true, false]]]] } },
  1 => "int key", nil => "nil key", [1, 2] => "array key", 2.5 => :float_key,
  tags: [Tag.new("b"), Tag.new("i")],
  empty: [[], {}, "", :""],
  unicode: "naïve ☃ \u0001 \e",
  range: [1..5, "a"..."e", (1..), (..3)],
}
p data
puts data[:tags].to_s, data[:symbols].inspect.length
puts data[:nested].to_s
puts [1, [2, "x"], nil].to_s, :sym.inspect, "s".inspect, nil.to_s.empty?, nil.inspect

pp data
pp({ short: 1 })
long = (1..40).map { |i| "item#{i}" }
pp long
pp({ matrix: Array.new(6) { |r| Array.new(6) { |c| r * c } }, names: %w[alpha beta gamma delta epsilon zeta eta theta iota kappa] })
x = pp(1, "two")
p x

tree = Node.new("root", [Node.new("a", [Node.new("a1")]), Node.new("b")])
s = tree.inspect
puts s.gsub(/0x\h+/, "0x*")
pp_out = tree.pretty_inspect
puts pp_out.gsub(/0x\h+/, "0x*")

arr = [1, 2]
arr << arr
p arr
h = { a: 1 }
h[:self] = h
p h, arr.to_s
pp arr

Point = Struct.new(:x, :y)
p Point.new(1, "two"), [Point.new(nil, [3])]
pp Point.new(1, { k: Point.new(2, 3) })
p "multi\nline", 'single \'q\'', "\#{not interp}", "\u00e9", "\x00\x7f".b, "é".b, "é".force_encoding("ASCII-8BIT")
p [nil, true, false].map(&:to_s), [nil, true].map(&:inspect), [1.0, 2.50, 3.14159].map(&:to_s)
p({ "a" => { "b" => { "c" => {} } } }, [[[]]], { 1 => [{ 2 => [3] }] })
puts [[1, 2], [3, [4, 5]]].flatten.inspect, [["a", "b"], ["c"]].map(&:join).inspect
p Object.new.inspect.match?(/\A#<Object:0x\h+>\z/), Class.new.inspect.start_with?("#<Class:0x")
p 1.0 / 3, 2.0 / 3, 10.0**16, 10.0**15, -0.0, 1e-4, 1e-5, 123456789012345.0, 1234567890123456789.0
