# puts / p / pp / print / inspect / to_s of nested structures.
require "pp"

data = {
  name: "kiln",
  version: [0, 3, 1],
  tags: %w[compiler ruby c],
  deps: { "gc" => { version: "8.2", optional: false }, "gmp" => nil },
  ratio: 2.5,
  sym: :ok,
  range: 1..3,
  nested: [[1, [2, [3, [4]]]], {}, [], "", nil, true],
  "string key" => 'quote " and \\ backslash',
}
p data
puts data.to_s == data.inspect
pp data
pp [1, 2, 3]
pp({ short: 1 })
long = (1..40).map { |i| "item#{i}" }
pp long
pp({ matrix: Array.new(4) { |i| Array.new(6) { |j| i * j * 1000 } } })
x = pp(:returned)
p x
y = p
p y, p(1, 2)
puts [1, [2, [3, nil]], []]
puts nil
puts [nil]
puts []
print "print", " joins ", 3, nil, :sym, "\n"
print [1, nil], "\n"
puts :a, 1.0, 2e20, "multi\nline"
puts "no newline doubled\n"
p "tab\t", "nl\n", "esc\e", "nul\0", "uni é", "bell\a", "quote'", "\#{not}", 'single #{x}'
p :"with space", :a?, :b!, :c=, :[], :+, :"9x", :_ok, :Const, :@iv, :$g
p 1.0 / 3, -0.5, 100.0, 1e-9, 12345678901234567890, -2**70
p nil.to_s, nil.inspect, true.to_s, [nil, true].to_s, :s.inspect, "s".inspect.inspect
class Plain
  def initialize
    @a = 1
    @b = "two"
  end
end
class WithInspect
  def inspect = "<WithInspect>"
end
class WithToS
  def to_s = "custom to_s"
end
p WithInspect.new, [WithInspect.new], { k: WithInspect.new }
puts WithToS.new, "#{WithToS.new}", [WithToS.new].join
puts Plain.new.inspect.sub(/0x\h+/, "ADDR")
s = Struct.new(:a, :b).new(1, [2, 3])
p s
pp s
Named = Struct.new(:left, :right)
tree = Named.new(Named.new(1, 2), Named.new(nil, Named.new("deep", :leaf)))
p tree
pp tree
pp({ list: long.first(12), deep: { a: { b: { c: { d: long.first(8) } } } } })
puts [[1, 2], [3, 4]].inspect, [[1, 2], [3, 4]].to_s, [[1, 2], [3, 4]].join(","), [1, [2, [3]]].flatten.inspect
$stdout.puts "via $stdout"
STDOUT.print "via STDOUT\n"
$stdout.write("written ", 42, "\n")
$stdout << "shovel " << 7 << "\n"
puts "%p %p" % [nil, "s"]
p [1, 2].inspect.length, { 1 => 2 }.inspect.length
