# case/in, `=>` and `in`: array, find, hash, alternative, pin, guard, capture and Const(...) patterns; NoMatchingPattern(Key)Error messages.
Pt = Struct.new(:x, :y)
class Vec
  attr_reader :a, :b
  def initialize(a, b)
    @a = a
    @b = b
  end
  def deconstruct = [a, b]
  def deconstruct_keys(keys) = { a: a, b: b }
end

def classify(v)
  case v
  in [] then "empty"
  in [Integer => x] then "one int #{x}"
  in [x, *rest, 9] then "ends in 9 after #{x} #{rest}"
  in [*, :mark, *after] then "marked, then #{after}"
  in Pt[x, 0] then "pt on axis #{x}"
  in Vec(a:, b:) if a == b then "vec diag #{a}"
  in Vec[a, b] then "vec #{a},#{b}"
  in { name: String => name, **rest } then "named #{name} #{rest}"
  in { id: 1.. => id } unless id > 100 then "id #{id}"
  in {} then "empty hash"
  in String | Symbol => s then "word #{s}"
  in 0..9 then "digit"
  in nil then "nil"
  else "other"
  end
end
[[], [5], [1, 2, 3, 9], [0, :mark, 1, 2], Pt.new(4, 0), Vec.new(2, 2), Vec.new(1, 3),
 { name: "Al", age: 3 }, { id: 7 }, { id: 700 }, {}, "s", :t, 5, nil, 3.5].each { |v| puts classify(v) }

expected = 5
case 5
in ^expected then puts "pinned"
end
case 6
in ^(expected + 1) then puts "pinned expr"
end
a = (1 in Integer)
b = ("x" in Integer)
p a, b
h = { user: { name: "Bo", langs: ["ruby", "c"] } }
h => { user: { name:, langs: [first_lang, *] } }
p name, first_lang
[[5, "five"], [{ k: 1 }, "{k:}"], [[1], "[]"], [[1, 2], "[a]"], [3, "String"]].each do |v, _|
  begin
    case v
    in { k: 2 } then p :no
    end
  rescue NoMatchingPatternError => e
    puts "#{e.class}: #{e.message}"
  end
end
[-> { { a: 1 } => { b: } }, -> { [1] => [] }, -> { 5 => String }, -> { [1, 2] => [_, _, *, _] }].each do |f|
  f.call
rescue NoMatchingPatternKeyError => e
  puts "key: #{e.message}"
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end
