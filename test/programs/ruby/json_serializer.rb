# A hand-written JSON encoder and a small recursive-descent JSON parser.
module MiniJSON
  class ParseError < StandardError; end
  ESCAPES = { '"' => '\\"', "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t" }.freeze

  module_function

  def dump(obj, indent = 0)
    pad = "  " * indent
    case obj
    when nil then "null"
    when true, false then obj.to_s
    when Integer, Float then obj.to_s
    when Symbol then dump(obj.to_s)
    when String then '"' + obj.gsub(/["\\\n\t]/) { |c| ESCAPES[c] } + '"'
    when Array
      return "[]" if obj.empty?
      "[\n" + obj.map { |v| pad + "  " + dump(v, indent + 1) }.join(",\n") + "\n#{pad}]"
    when Hash
      return "{}" if obj.empty?
      "{\n" + obj.map { |k, v| "#{pad}  #{dump(k.to_s)}: #{dump(v, indent + 1)}" }.join(",\n") + "\n#{pad}}"
    else
      raise TypeError, "cannot serialize #{obj.class}"
    end
  end

  def parse(src)
    @src = src
    @pos = 0
    value = read_value
    skip_ws
    raise ParseError, "trailing data at #{@pos}" if @pos < @src.size
    value
  end

  def skip_ws
    @pos += 1 while @pos < @src.size && " \n\t\r".include?(@src[@pos])
  end

  def read_value
    skip_ws
    ch = @src[@pos]
    case ch
    when "{" then read_object
    when "[" then read_array
    when '"' then read_string
    when /[-\d]/ then read_number
    when "t" then literal("true", true)
    when "f" then literal("false", false)
    when "n" then literal("null", nil)
    else raise ParseError, "unexpected #{ch.inspect} at #{@pos}"
    end
  end

  def literal(word, value)
    raise ParseError, "bad literal at #{@pos}" unless @src[@pos, word.size] == word
    @pos += word.size
    value
  end

  def read_number
    m = /-?\d+(\.\d+)?([eE][-+]?\d+)?/.match(@src, @pos)
    @pos += m[0].size
    m[1] || m[2] ? m[0].to_f : m[0].to_i
  end

  def read_string
    @pos += 1
    out = +""
    until @src[@pos] == '"'
      raise ParseError, "unterminated string" if @pos >= @src.size
      if @src[@pos] == "\\"
        @pos += 1
        out << ({ "n" => "\n", "t" => "\t" }[@src[@pos]] || @src[@pos])
      else
        out << @src[@pos]
      end
      @pos += 1
    end
    @pos += 1
    out
  end

  def read_array
    @pos += 1
    items = []
    skip_ws
    if @src[@pos] == "]"
      @pos += 1
      return items
    end
    loop do
      items << read_value
      skip_ws
      c = @src[@pos]
      @pos += 1
      break if c == "]"
      raise ParseError, "expected , or ] at #{@pos - 1}" unless c == ","
    end
    items
  end

  def read_object
    @pos += 1
    obj = {}
    skip_ws
    return (@pos += 1; obj) if @src[@pos] == "}"
    loop do
      skip_ws
      key = read_string
      skip_ws
      raise ParseError, "expected : at #{@pos}" unless @src[@pos] == ":"
      @pos += 1
      obj[key] = read_value
      skip_ws
      c = @src[@pos]
      @pos += 1
      break if c == "}"
      raise ParseError, "expected , or } at #{@pos - 1}" unless c == ","
    end
    obj
  end
end

data = { name: "kiln", version: 1.5, tags: %w[ruby "c" compiler], nested: { ok: true, none: nil, list: [1, [2, 3], {}] }, empty: [] }
text = MiniJSON.dump(data)
puts text
back = MiniJSON.parse(text)
p back
p back["nested"]["list"]
p MiniJSON.parse('  [1, -2.5, 3e2, "a\\nb", {"k": [true, false, null]}] ')
['{"a": 1,}', "[1 2]", '"open', "tru", "[1] x"].each do |bad|
  MiniJSON.parse(bad)
rescue MiniJSON::ParseError => e
  puts "#{bad.inspect}: #{e.message}"
end
begin
  MiniJSON.dump(1..2)
rescue TypeError => e
  puts e.message
end
