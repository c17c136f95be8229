# Implicit and explicit conversion protocols: to_s, to_str, to_int, to_proc, to_h, Array(), String().
class Path
  def initialize(*parts) = @parts = parts
  def to_s = @parts.join("/")
  def to_str = to_s
  def +(other) = Path.new(*@parts, other.to_s)
end

class Celsius
  attr_reader :deg
  def initialize(deg) = @deg = deg
  def to_i = deg.round
  def to_int = to_i
  def to_f = deg.to_f
  def to_s = "#{deg}°C"
  def inspect = "#<Celsius #{deg}>"
end

class Matcher
  def initialize(re) = @re = re
  def to_proc = ->(s) { s.match?(@re) }
  def ===(s) = s.match?(@re)
end

class Settings
  def initialize(pairs) = @pairs = pairs
  def to_h = @pairs.to_h
  def to_hash = to_h
  def each(&b) = @pairs.each(&b)
  include Enumerable
end

pth = Path.new("usr", "local") + "bin"
puts pth
p "dir: " + pth, "#{pth}", File.join(pth, "ruby"), ["a", pth].join(":"), pth.to_s.split("/")
p "abc".start_with?(Path.new("a")), "x/y".include?(Path.new("x")), "usr/local/bin" == pth, pth.to_str.eql?("usr/local/bin")
t = Celsius.new(21.6)
p [10, 20, 30, 40][Celsius.new(1.2)], "ab" * Celsius.new(2.4), Array.new(Celsius.new(2.0), 0), Integer(t), Float(t)
p 5 + t.to_i, t.to_f / 2, [3, 1, 2].first(Celsius.new(1.6)), format("%d|%s|%p", t, t, t), "%.1f" % t rescue p $!
words = %w[apple banana avocado cherry]
starts_a = Matcher.new(/\Aa/)
p words.select(&starts_a), words.count(&starts_a), words.grep_v(starts_a) rescue p words.reject(&starts_a)
p(case "avocado" when starts_a then :a_word else :other end)
settings = Settings.new([[:color, "red"], [:size, 3]])
def configure(**opts) = opts
p settings.to_h, configure(**settings), Hash(settings) rescue p $!
p settings.map(&:first), settings.to_a, settings.include?([:size, 3])
p Array(nil), Array([1, 2]), Array(1..3), Array("s"), Array(key: :v), String(12), String(nil), String(:sym)
p Integer("0b101", exception: false), Integer("12", 8), Integer(12.9), Integer("  42  "), Float("1_000.5"), Rational("0.75") rescue p $!
p Integer("nope", exception: false), Float("1e3"), "3.7abc".to_f, "abc".to_f, "0x1f".hex, "777".oct, "12e2".to_i
p 65.chr, "A".ord, :upcase.to_proc.call("str"), %w[a b].map(&:to_sym), [[:a, 1]].to_h, { a: 1 }.to_a, nil.to_a, nil.to_h
p 3.7.to_i, -3.7.to_i, 3.99.floor
p [1, "2", 3.5, nil, :four].map(&:to_s), [1, "2", 3.5, nil].map { |x| x.to_s.to_i }, ["1", "x"].map { |s| Integer(s, exception: false) }
p 1.0.to_s, 1e10.to_i.to_s, 10.to_f, 255.to_s(2).to_i(2), "%.3e" % 12345, 0.1.to_r.class, 2.to_r
sum = [Celsius.new(1.4), Celsius.new(2.6)].sum { |c| c.to_f }
p sum, [1, 2].sum(0.0), ["a", "b"].sum(""), [[1], [2]].sum([])
class Temperature
  include Comparable
  attr_reader :k
  def initialize(k) = @k = k
  def <=>(o) = k <=> o.k
  def coerce(n) = [Temperature.new(n), self]
  def +(o) = Temperature.new(k + (o.is_a?(Temperature) ? o.k : o))
  def to_s = "#{k}K"
end
p (Temperature.new(300) + 5).to_s, (5 + Temperature.new(300)).to_s, [Temperature.new(3), Temperature.new(1)].max.to_s
p "#{nil}|#{true}|#{[1, nil]}|#{{ a: nil }}|#{:s}|#{1.0}"
