# The json library's exact output and error messages: escapes, floats,
# pretty layout, objects that serialize themselves, and parser errors.
require "json"

puts JSON.generate("a/\u0001\u001f\b\f\n\r\t\"\\é\u2028 ☃")
p 1e20.to_json, 1.0e-5.to_json, (2**70).to_json, -0.0.to_json, 100.0.to_json
[0.0 / 0, 1.0 / 0, -1.0 / 0].each do |f|
  JSON.generate([f])
rescue JSON::GeneratorError => e
  p e
end
p JSON.generate([1.0 / 0], allow_nan: true), JSON.dump([0.0 / 0])
puts JSON.pretty_generate({ "a" => [], "b" => {}, "c" => [1, { "x" => nil }], "d" => { "e" => [[]] } })
puts JSON.pretty_generate([]), JSON.pretty_generate({}), JSON.pretty_generate(1), JSON.pretty_generate("s")
puts JSON.pretty_generate({ "a" => 1 }, indent: "\t"), JSON.generate({ a: 1 }, space: " ")
Pair = Struct.new(:a)
class Label
  def to_s = "label!"
end
p JSON.generate([Pair.new(1), Label.new, :sym, 1..2, { 1 => 2, nil => 3, s: 4 }])
class Box
  def initialize(items) = @items = items
  def to_json(*args) = { "box" => @items }.to_json(*args)
end
puts JSON.pretty_generate({ "x" => [Box.new([1, Box.new([])])] })
puts JSON.generate(Box.new(["y"])), [Box.new([2])].to_json
begin
  a = []
  a << a
  JSON.generate(a)
rescue JSON::NestingError => e
  p e
end
begin
  JSON.generate("\xff")
rescue JSON::GeneratorError => e
  p e
end
inputs = ["", "  ", "{bad json}", " {bad} ", "[1,]", "[1 2]", "{\"a\" 1}", "nul", "[", "{", "\"abc", "1.", "01",
          "-", "[1] x", "{\"a\":}", "[\"\\x\"]", "{\"a\":1,}", "tru", "[nan]", "NaN", "[NaN]", "Infinity",
          "[Infinity]", "-Infinity", "[-Infinity]", "{\"a\":NaN}", "\"\\ud800\"", "\"\\ud800x\"", "\"ab\\ud800x\"",
          "\"\\ud800xxxxxx\"", "\"\\ud800\\u0041\"", "\"\\ud83d\\ude00!\"", "\"\\u12\"", "[1,\n2,]",
          "{\"a\":1 \"b\":2}", "[-]", "2.", "[1.5e]", "\"\\\\u00e9\"", "[1, 2, 3, x, 4]", "[{\"a\":[1,]}]",
          "[{bad}]", "{\"a\":{\"b\" 1}}", "[1] /* c */ ", "[1, // x\n 2]", "\"a\\/b\"", "{\"a\":1, \"a\":2}",
          "-0.0", "-0", "1.5E3", "[1,2", "{\"a\":1", "{1:2}", "\"\t\"", "[1e400, 1.0e-400, 123456789012345678901234567890]",
          "[\"\\u00e9\\u20ac\", \"\\n\\t\\b\\f\\r\\\"\\\\\"]", "{\"k\": [true, false, null]}", "0-"]
inputs.each do |s|
  p JSON.parse(s)
rescue JSON::ParserError => e
  p [e.class, e.message]
end
begin
  JSON.parse("[" * 101 + "]" * 101)
rescue JSON::NestingError => e
  p e
end
p JSON.parse("[" * 101 + "]" * 101, max_nesting: false).flatten
p JSON.parse("[NaN, Infinity, -Infinity]", allow_nan: true), JSON.parse("{\"a\":{\"b\":[1]}}", symbolize_names: true)
p JSON.load(nil), JSON.load(""), JSON.load("[NaN]"), JSON.dump("s"), JSON.parse!("[NaN]")
p JSON::ParserError.ancestors.take(4), JSON::GeneratorError.superclass, JSON::NestingError.superclass
p JSON::State.new.generate([1, { "a" => 2 }]), JSON::State.new(indent: "  ").indent
