# a hand-written JSON generator and parser (no json library)
module MiniJSON
  class ParseError < StandardError; end
  module_function

  def generate(obj, indent = nil, level = 0)
    nl = indent ? "\n" : ""
    pad = indent ? indent * (level + 1) : ""
    close = indent ? indent * level : ""
    case obj
    when Hash
      return "{}" if obj.empty?
      body = obj.map { |k, v| "#{pad}#{generate(k.to_s)}:#{indent ? ' ' : ''}#{generate(v, indent, level + 1)}" }
      "{#{nl}#{body.join(",#{nl}")}#{nl}#{close}}"
    when Array
      return "[]" if obj.empty?
      "[#{nl}#{obj.map { |v| pad + generate(v, indent, level + 1) }.join(",#{nl}")}#{nl}#{close}]"
    when String then '"' + obj.gsub(/["\\\n\t]/, '"' => '\\"', "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t") + '"'
    when nil then "null"
    when Symbol then generate(obj.to_s)
    when Float then obj.finite? ? obj.to_s : raise(ArgumentError, "#{obj} not allowed in JSON")
    else obj.to_s
    end
  end

  def parse(src)
    @s = src
    @i = 0
    v = value
    ws
    raise ParseError, "trailing garbage at #{@i}" if @i < @s.size
    v
  end

  def ws = (@i += 1 while @s[@i]&.match?(/\s/))

  def value
    ws
    case @s[@i]
    when "{" then object
    when "[" then array
    when '"' then string
    when "t" then lit("true", true)
    when "f" then lit("false", false)
    when "n" then lit("null", nil)
    when /[-\d]/ then number
    else raise ParseError, "unexpected #{@s[@i].inspect} at #{@i}"
    end
  end

  def lit(word, v)
    raise ParseError, "bad literal at #{@i}" unless @s[@i, word.size] == word
    @i += word.size
    v
  end

  def number
    m = @s[@i..].match(/\A-?\d+(\.\d+)?([eE][-+]?\d+)?/)
    @i += m[0].size
    m[1] || m[2] ? m[0].to_f : m[0].to_i
  end

  def string
    @i += 1
    out = +""
    until @s[@i] == '"'
      raise ParseError, "unterminated string" if @i >= @s.size
      if @s[@i] == "\\"
        @i += 1
        out << { "n" => "\n", "t" => "\t", '"' => '"', "\\" => "\\", "/" => "/" }.fetch(@s[@i]) { raise ParseError, "bad escape" }
      else
        out << @s[@i]
      end
      @i += 1
    end
    @i += 1
    out
  end

  def array
    @i += 1
    items = []
    ws
    return (@i += 1; items) if @s[@i] == "]"
    loop do
      items << value
      ws
      c = @s[@i]
      @i += 1
      break if c == "]"
      raise ParseError, "expected , or ] at #{@i - 1}" unless c == ","
    end
    items
  end

  def object
    @i += 1
    h = {}
    ws
    return (@i += 1; h) if @s[@i] == "}"
    loop do
      ws
      k = string
      ws
      raise ParseError, "expected : at #{@i}" unless @s[@i] == ":"
      @i += 1
      h[k] = value
      ws
      c = @s[@i]
      @i += 1
      break if c == "}"
      raise ParseError, "expected , or } at #{@i - 1}" unless c == ","
    end
    h
  end
end

data = { name: "kiln", version: [0, 1, 2], tags: %w[ruby "compiler"], ok: true, none: nil,
         nested: { pi: 3.14159, e: 2.5e-8, big: 2**70, empty: {}, list: [] }, text: "line\n\ttab \\ slash" }
compact = MiniJSON.generate(data)
puts compact
puts MiniJSON.generate(data, "  ")
back = MiniJSON.parse(compact)
p back
p back == MiniJSON.parse(MiniJSON.generate(data, "    ")), back["nested"]["big"], back["version"].sum
['{"a": [1, 2', '[1 2]', '{"x" 1}', 'tru', '"abc', '[1] x', '{"k": "\\q"}'].each do |bad|
  MiniJSON.parse(bad)
rescue MiniJSON::ParseError => e
  puts "#{bad.ljust(14)} -> #{e.message}"
end
begin
  MiniJSON.generate([Float::NAN])
rescue ArgumentError => e
  puts e.message
end
