# nested data structures printed with p/inspect/pp
require "pp"

school = {
  "math" => [{ name: "Ann", grades: [90, 85, 77] }, { name: "Bob", grades: [60, 70] }],
  "art" => [{ name: "Cid", grades: [] }],
  "cs" => [{ name: "Dee", grades: [100, 99, 98, 97] }, { name: "Eve", grades: [88] }, { name: "Fay", grades: [50, 100] }]
}

p school["math"]
pp school["cs"].first
puts school.inspect.length
school.each do |subject, students|
  avgs = students.map do |s|
    g = s[:grades]
    [s[:name], g.empty? ? nil : (g.sum.to_f / g.size).round(1)]
  end
  puts "#{subject}: #{avgs.inspect}"
end

best = school.flat_map { |sub, ss| ss.map { |s| [sub, s[:name], s[:grades].max] } }
             .reject { |_, _, m| m.nil? }
             .max_by { |_, _, m| m }
p best

deep = { a: [1, { b: [2, 3, { c: "d" }] }], e: { f: { g: nil } }, h: [[], {}, [nil, true, false]] }
p deep
pp deep
p deep.dig(:a, 1, :b, 2, :c)
p deep.dig(:e, :f, :g)
p deep[:h].map(&:class)
p({ 1 => "one", :two => 2, "three" => 3.0, nil => [nil], [1, 2] => { x: 1 } })
p [1, [2, [3, [4, [5]]]]].flatten, [1, [2, [3, [4]]]].flatten(1)
p :sym, "str\n\t\"q\"", 'sq\'', 1.0, 1e-5, nil, true, 1..3, (1...3), ("a".."c")
p [:a, :"with space", :"quoted?", :b=, :[], :+]
p "é", "\e", "\u0001", "\x7f"
nested = Hash.new { |h, k| h[k] = Hash.new { |h2, k2| h2[k2] = [] } }
nested[:x][:y] << 1
nested[:x][:z] << 2
nested[:w][:y] << 3
p nested
p nested.to_a
p nested.transform_values { |v| v.keys }
matrix = Array.new(3) { |i| Array.new(3) { |j| i * 3 + j } }
pp matrix
p matrix.transpose, matrix.map(&:sum), matrix.flatten.each_slice(2).to_a
big = (1..30).map { |i| { id: i, tags: ["t#{i % 3}"] } }
pp big.first(2)
pp({ list: (1..40).to_a })
