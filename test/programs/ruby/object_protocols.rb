# implicit conversion protocols: to_s/to_str, to_ary, to_proc, ===, each, <=>
class Name
  def initialize(first, last) = (@first, @last = first, last)
  def to_s = "#{@first} #{@last}"
  def to_str = to_s
  def to_ary = [@first, @last]
end
n = Name.new("Ada", "Lovelace")
puts "Hello, " + n
puts "Interp: #{n}"
first, last = n
p first, last, [n].flatten rescue p :flatten
[[n, 1]].each { |(f, l), k| p [f, l, k] }
p File.basename("dir/" + n) rescue p :file

class Even
  def self.===(x) = x.is_a?(Integer) && x.even?
end
class Between
  def initialize(r) = @r = r
  def ===(x) = @r.cover?(x)
end
def classify(v)
  case v
  when Even then "even"
  when Between.new(0..9) then "small odd"
  when ->(x) { x.is_a?(Integer) && x < 0 } then "negative"
  when Integer then "big odd"
  when /\A\d+\z/ then "numeric string"
  when String, Symbol then "text"
  when nil then "nil"
  else "other #{v.class}"
  end
end
p [4, 7, -3, 11, "42", "abc", :s, nil, 1.5].map { |v| classify(v) }
p Even === 2, (1..3) === 2, /a/ === "cat", Integer === 3, :a === :a, ->(x) { x > 1 } === 5

class Temperature
  include Comparable
  attr_reader :deg
  def initialize(deg) = @deg = deg
  def <=>(o) = deg <=> o.deg
  def succ = Temperature.new(deg + 1)
  def to_s = "#{deg}°"
  def to_proc = ->(x) { x + deg }
  def coerce(n) = [Temperature.new(n), self]
  def +(o) = Temperature.new(deg + (o.is_a?(Temperature) ? o.deg : o))
end
r = Temperature.new(1)..Temperature.new(4)
p r.map(&:to_s), r.include?(Temperature.new(3)), r.min.to_s, r.to_a.size
p [1, 2].map(&Temperature.new(10))
puts (5 + Temperature.new(3)), [Temperature.new(5), Temperature.new(2)].min
p Temperature.new(3).clamp(Temperature.new(5), Temperature.new(9)).to_s

class Countdown
  include Enumerable
  def initialize(n) = @n = n
  def each
    return enum_for(:each) unless block_given?
    @n.downto(1) { |i| yield i }
  end
end
c = Countdown.new(5)
p c.to_a, c.each.next, c.each_slice(2).to_a, c.lazy.map { |x| x * 2 }.to_a, c.each.with_index.to_a.last
p [*c], Array(c) rescue p :splat
a, *b = *c
p a, b
def kw(**opts) = opts
h = { x: 1 }
p kw(**h), [[1, 2], [3, 4]].each_with_object({}) { |(k, v), acc| acc[k] = v }
p 5.to_s.to_sym, :abc.to_proc.call("abc") rescue p :err
p Integer("0x1A", 16) rescue p "Integer err: #{$!.class}"
p "5" + 5.to_s, 5 + "5".to_i, "3.7".to_r, "1e3".to_f.to_i, nil.to_a, nil.to_s, nil.to_h
