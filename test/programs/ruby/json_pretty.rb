# A hand-written JSON encoder/pretty-printer and a small parser, round-tripping data.
module MiniJSON
  ESCAPES = { '"' => '\\"', "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t", "\r" => "\\r" }.freeze

  module_function

  def encode(obj, indent: nil, depth: 0)
    pad = indent ? "\n" + (" " * indent * (depth + 1)) : ""
    close = indent ? "\n" + (" " * indent * depth) : ""
    sep = indent ? ": " : ":"
    case obj
    when Hash
      return "{}" if obj.empty?

      "{" + obj.map { |k, v| "#{pad}#{encode(k.to_s)}#{sep}#{encode(v, indent: indent, depth: depth + 1)}" }.join(",") + close + "}"
    when Array
      return "[]" if obj.empty?

      "[" + obj.map { |v| pad + encode(v, indent: indent, depth: depth + 1) }.join(",") + close + "]"
    when String then '"' + obj.gsub(/["\\\n\t\r]/, ESCAPES) + '"'
    when Symbol then encode(obj.to_s)
    when Integer then obj.to_s
    when Float then obj.finite? ? obj.to_s : "null"
    when true, false then obj.to_s
    when nil then "null"
    else
      obj.respond_to?(:to_h) ? encode(obj.to_h, indent: indent, depth: depth) : encode(obj.to_s)
    end
  end

  class Parser
    def initialize(src)
      @s = src
      @i = 0
    end

    def parse
      v = value
      ws
      raise ArgumentError, "trailing data at #{@i}" if @i < @s.size

      v
    end

    private

    def ws = (@i += 1 while @s[@i] =~ /\s/)

    def value
      ws
      case @s[@i]
      when "{" then object
      when "[" then array
      when '"' then string
      when "t" then literal("true", true)
      when "f" then literal("false", false)
      when "n" then literal("null", nil)
      else number
      end
    end

    def literal(word, val)
      raise ArgumentError, "bad literal at #{@i}" unless @s[@i, word.size] == word

      @i += word.size
      val
    end

    def number
      m = /\A-?\d+(\.\d+)?([eE][-+]?\d+)?/.match(@s[@i..]) or raise ArgumentError, "unexpected #{@s[@i].inspect} at #{@i}"
      @i += m[0].size
      m[1] || m[2] ? m[0].to_f : m[0].to_i
    end

    def string
      @i += 1
      out = +""
      until @s[@i] == '"'
        raise ArgumentError, "unterminated string" if @i >= @s.size

        if @s[@i] == "\\"
          @i += 1
          out << ({ "n" => "\n", "t" => "\t", "r" => "\r" }[@s[@i]] || @s[@i])
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
        raise ArgumentError, "expected , or ] at #{@i - 1}" unless c == ","
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
        raise ArgumentError, "expected : at #{@i}" unless @s[@i] == ":"

        @i += 1
        h[k] = value
        ws
        c = @s[@i]
        @i += 1
        break if c == "}"
      end
      h
    end
  end

  def parse(src) = Parser.new(src).parse
end

Point = Struct.new(:x, :y)
doc = { name: "kiln", "ok" => true, n: nil, list: [1, 2.5, -3e-2, "a\"b", :sym], empty: {}, none: [],
        nested: { deep: [{ k: "line\nbreak" }], pt: Point.new(1, 2) }, inf: Float::INFINITY }
compact = MiniJSON.encode(doc)
puts compact
puts MiniJSON.encode(doc, indent: 2)
back = MiniJSON.parse(compact)
p back
p back["list"], back.dig("nested", "deep", 0, "k"), back["nested"]["pt"]
p MiniJSON.encode(back) == compact.sub('"inf":null', '"inf":null')
["[1, 2,]", "{\"a\" 1}", "tru", "[1] x", "\"open"].each do |bad|
  MiniJSON.parse(bad)
rescue ArgumentError => e
  puts "#{bad.inspect}: #{e.message}"
end
p MiniJSON.parse(' { "a" : [ ] , "b" : { } , "c" : -12 } ')
