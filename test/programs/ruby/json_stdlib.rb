# Round-tripping data through the json standard library.
require "json"

data = {
  "name" => "kiln",
  "version" => [0, 3],
  "stable" => false,
  "score" => 9.5,
  "tags" => %w[compiler ruby],
  "owner" => { "login" => "dev", "id" => 42 },
  "notes" => nil,
}
text = JSON.generate(data)
puts text
puts data.to_json == text
puts JSON.pretty_generate(data)
back = JSON.parse(text)
p back == data, back["owner"]["id"], back.dig("tags", 1)
sym = JSON.parse(text, symbolize_names: true)
p sym[:owner], sym.keys.first(3)
p JSON.parse("[1, 2.5, \"x\", null, true, {\"a\": []}]")
p [1, "two", nil, 3.0].to_json, "quote \" and \n newline".to_json, :sym.to_json, 12.to_json, nil.to_json
p JSON.parse('"\\u00e9\\t"'), JSON.generate("é")
begin
  JSON.parse("{bad json}")
rescue JSON::ParserError => e
  puts "ParserError: #{e.class.ancestors.include?(StandardError)}"
end
Point = Struct.new(:x, :y) do
  def to_json(*args) = { x: x, y: y }.to_json(*args)
end
p [Point.new(1, 2), Point.new(3, 4)].to_json
p JSON.parse([Point.new(5, 6)].to_json).first.values.sum
records = [{ id: 1, tags: [] }, { id: 2, tags: ["a"] }]
lines = records.map(&:to_json)
puts lines
p lines.map { |l| JSON.parse(l)["id"] }, JSON.dump({ "k" => [1, nil] }), JSON.load("[3]")
