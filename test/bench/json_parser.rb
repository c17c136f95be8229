# json_parser: a hand-written JSON generator and recursive-descent parser (strings, hashes, dispatch).
class JsonParseError < StandardError; end

class JsonParser
  ESCAPES = { '"' => '"', "\\" => "\\", "/" => "/", "b" => "\b", "f" => "\f", "n" => "\n", "r" => "\r", "t" => "\t" }.freeze

  def initialize(text)
    @text = text
    @pos = 0
  end

  def parse
    value = parse_value
    skip_whitespace
    raise JsonParseError, "trailing data at #{@pos}" if @pos < @text.size

    value
  end

  private

  def parse_value
    skip_whitespace
    case @text[@pos]
    when "{" then parse_object
    when "[" then parse_array
    when '"' then parse_string
    when "t" then literal("true", true)
    when "f" then literal("false", false)
    when "n" then literal("null", nil)
    when "-", "0".."9" then parse_number
    else raise JsonParseError, "unexpected #{@text[@pos].inspect} at #{@pos}"
    end
  end

  def parse_object
    @pos += 1
    object = {}
    skip_whitespace
    if @text[@pos] == "}"
      @pos += 1
      return object
    end
    loop do
      skip_whitespace
      key = parse_string
      skip_whitespace
      expect(":")
      object[key] = parse_value
      skip_whitespace
      break if @text[@pos] == "}"

      expect(",")
    end
    @pos += 1
    object
  end

  def parse_array
    @pos += 1
    array = []
    skip_whitespace
    if @text[@pos] == "]"
      @pos += 1
      return array
    end
    loop do
      array << parse_value
      skip_whitespace
      break if @text[@pos] == "]"

      expect(",")
    end
    @pos += 1
    array
  end

  def parse_string
    expect('"')
    buffer = +""
    loop do
      char = @text[@pos]
      raise JsonParseError, "unterminated string" if char.nil?

      @pos += 1
      case char
      when '"' then break
      when "\\"
        escape = @text[@pos]
        @pos += 1
        if escape == "u"
          buffer << @text[@pos, 4].hex.chr(Encoding::UTF_8)
          @pos += 4
        else
          buffer << ESCAPES.fetch(escape) { raise JsonParseError, "bad escape #{escape}" }
        end
      else
        buffer << char
      end
    end
    buffer
  end

  def parse_number
    start = @pos
    @pos += 1 if @text[@pos] == "-"
    @pos += 1 while digit?(@text[@pos])
    float = false
    if @text[@pos] == "."
      float = true
      @pos += 1
      @pos += 1 while digit?(@text[@pos])
    end
    if @text[@pos] == "e" || @text[@pos] == "E"
      float = true
      @pos += 1
      @pos += 1 if @text[@pos] == "+" || @text[@pos] == "-"
      @pos += 1 while digit?(@text[@pos])
    end
    number = @text[start...@pos]
    float ? number.to_f : number.to_i
  end

  def digit?(char) = !char.nil? && char >= "0" && char <= "9"

  def literal(word, value)
    raise JsonParseError, "expected #{word} at #{@pos}" unless @text[@pos, word.size] == word

    @pos += word.size
    value
  end

  def expect(char)
    raise JsonParseError, "expected #{char} at #{@pos}, got #{@text[@pos].inspect}" unless @text[@pos] == char

    @pos += 1
  end

  def skip_whitespace
    @pos += 1 while (char = @text[@pos]) && (char == " " || char == "\n" || char == "\t" || char == "\r")
  end
end

module JsonWriter
  module_function

  def generate(value, indent = "")
    case value
    when Hash
      return "{}" if value.empty?

      inner = indent + "  "
      pairs = value.map { |key, item| "#{inner}#{quote(key.to_s)}: #{generate(item, inner)}" }
      "{\n#{pairs.join(",\n")}\n#{indent}}"
    when Array
      "[" + value.map { |item| generate(item, indent) }.join(", ") + "]"
    when String then quote(value)
    when Integer, Float then value.to_s
    when true then "true"
    when false then "false"
    when nil then "null"
    else raise ArgumentError, "cannot encode #{value.class}"
    end
  end

  def quote(string)
    escaped = string.gsub(/["\\\n\t]/) do |char|
      case char
      when "\n" then "\\n"
      when "\t" then "\\t"
      else "\\#{char}"
      end
    end
    "\"#{escaped}\""
  end
end

def build_document(seed, count)
  tags = %w[red green blue "quoted" back\\slash tab\tbed new\nline]
  {
    "seed" => seed,
    "title" => "catalogue #{seed}",
    "items" => (1..count).map do |i|
      {
        "id" => i,
        "name" => "item-#{i * seed % 977}",
        "price" => (i * 37 % 1000) / 8.0,
        "ratio" => i / 3.0,
        "tags" => tags.rotate(i).first(i % 4),
        "in_stock" => i.odd?,
        "parent" => i % 5 == 0 ? nil : i / 5,
        "dims" => { "w" => i % 13, "h" => i % 7 * -1, "scale" => 1.5e-3 * i }
      }
    end
  }
end

def summarize(document)
  items = document["items"]
  [
    items.size,
    items.sum { |item| item["price"] }.round(4),
    items.count { |item| item["in_stock"] },
    items.sum { |item| item["tags"].sum(&:size) },
    items.sum { |item| item["dims"]["w"] - item["dims"]["h"] },
    items.count { |item| item["parent"].nil? },
    items.sum { |item| item["name"].size }
  ]
end

total_bytes = 0
summaries = []
round_trips = 0
15.times do |seed|
  document = build_document(seed + 1, 1_200)
  text = JsonWriter.generate(document)
  total_bytes += text.bytesize
  parsed = JsonParser.new(text).parse
  round_trips += 1 if parsed == document && JsonWriter.generate(parsed) == text
  summaries << summarize(parsed)
end

unicode = JsonParser.new('{"greeting": "caf\u00e9 \u2603", "list": [1, -2.5e2, true, null, {}], "empty": []}').parse
errors = ['{"a": }', "[1, 2", '{"a" 1}', '"open'].map do |bad|
  JsonParser.new(bad).parse
  "ok"
rescue JsonParseError => e
  e.message
end

puts "bytes: #{total_bytes}"
puts "round trips: #{round_trips}"
puts "first: #{summaries.first.inspect}"
puts "last: #{summaries.last.inspect}"
puts "unicode: #{unicode["greeting"]} #{unicode["greeting"].bytesize} #{unicode["list"].inspect}"
puts "errors: #{errors.join(' | ')}"
