# A JSON-like pretty printer and parser for nested Ruby data, written by hand with recursion.
class TreePrinter
  def initialize(indent: 2, sort_keys: false, max_inline: 30)
    @indent = indent
    @sort_keys = sort_keys
    @max_inline = max_inline
  end

  def dump(obj, depth = 0, seen = {})
    case obj
    when nil then "null"
    when true, false then obj.to_s
    when Integer then obj.to_s
    when Float then obj.finite? ? obj.to_s : raise(ArgumentError, "#{obj} not allowed")
    when Symbol then dump(obj.to_s)
    when String then quote(obj)
    when Array, Hash
      raise ArgumentError, "circular reference" if seen[obj.object_id]
      seen[obj.object_id] = true
      out = obj.is_a?(Array) ? array(obj, depth, seen) : hash(obj, depth, seen)
      seen.delete(obj.object_id)
      out
    else
      obj.respond_to?(:to_h) ? dump(obj.to_h, depth, seen) : quote(obj.to_s)
    end
  end

  private

  def quote(s)
    escaped = s.gsub(/["\\\n\t]/) { |c| { '"' => '\\"', "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t" }[c] }
    %("#{escaped}")
  end

  def array(a, depth, seen)
    return "[]" if a.empty?
    parts = a.map { |x| dump(x, depth + 1, seen) }
    inline = "[#{parts.join(', ')}]"
    return inline if inline.size <= @max_inline && parts.none? { |p| p.include?("\n") }
    pad = " " * (@indent * (depth + 1))
    "[\n" + parts.map { |p| pad + p }.join(",\n") + "\n" + " " * (@indent * depth) + "]"
  end

  def hash(h, depth, seen)
    return "{}" if h.empty?
    pairs = @sort_keys ? h.sort_by { |k, _| k.to_s } : h.to_a
    pad = " " * (@indent * (depth + 1))
    body = pairs.map { |k, v| "#{pad}#{quote(k.to_s)}: #{dump(v, depth + 1, seen)}" }
    "{\n#{body.join(",\n")}\n#{' ' * (@indent * depth)}}"
  end
end

class MiniParser
  def initialize(src) = (@s = src; @i = 0)

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
    when "[" then list
    when '"' then string
    when "t", "f", "n" then literal
    when /[-\d]/ then number
    else raise ArgumentError, "unexpected #{@s[@i].inspect} at #{@i}"
    end
  end

  def object
    @i += 1
    h = {}
    loop do
      ws
      break @i += 1 if @s[@i] == "}"
      k = string
      ws
      @i += 1 # colon
      h[k] = value
      ws
      @i += 1 if @s[@i] == ","
    end
    h
  end

  def list
    @i += 1
    a = []
    loop do
      ws
      break @i += 1 if @s[@i] == "]"
      a << value
      ws
      @i += 1 if @s[@i] == ","
    end
    a
  end

  def string
    m = /"((?:[^"\\]|\\.)*)"/.match(@s, @i)
    @i = m.end(0)
    m[1].gsub(/\\(.)/) { { "n" => "\n", "t" => "\t" }.fetch($1, $1) }
  end

  def literal
    word = @s[@i, 5][/\A(true|false|null)/]
    @i += word.size
    { "true" => true, "false" => false, "null" => nil }[word]
  end

  def number
    num = @s[@i..][/\A-?\d+(\.\d+)?([eE][-+]?\d+)?/]
    @i += num.size
    num.match?(/[.eE]/) ? num.to_f : num.to_i
  end
end

Point = Struct.new(:x, :y)
data = {
  name: "kiln", version: [0, 3, 1], tags: %i[compiler ruby], stable: false, license: nil,
  origin: Point.new(1, -2), notes: "line one\nline \"two\"\ttabbed",
  deps: [{ name: "gc", optional: false }, { name: "gmp", optional: true, versions: [6.2, 6.3] }],
  empty: { list: [], map: {} }, long: (1..12).to_a
}
printer = TreePrinter.new
out = printer.dump(data)
puts out
back = MiniParser.new(out).parse
p back["deps"][1], back["notes"], back["origin"], back.keys.size
p back == JSON_LIKE = MiniParser.new(TreePrinter.new(indent: 4, sort_keys: true).dump(data)).parse
puts TreePrinter.new(indent: 1, sort_keys: true, max_inline: 80).dump({ b: [1, [2, [3]]], a: "x" })
cyclic = [1, 2]
cyclic << cyclic
begin
  printer.dump(cyclic)
rescue ArgumentError => e
  puts "error: #{e.message}"
end
shared = [1]
p printer.dump([shared, shared])
["[1, 2", "{\"a\": ?}", "[] x"].each do |bad|
  MiniParser.new(bad).parse
rescue ArgumentError, NoMethodError => e
  puts "#{bad.inspect}: #{e.class}"
end
p printer.dump(Float::NAN) rescue puts "nan: #{$!.message}"
