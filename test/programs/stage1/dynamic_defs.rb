# def inside Struct.new/Class.new blocks, define_method, def in a method, instance_eval/class_eval blocks, send with computed names, method_missing.
P = Struct.new(:a, :b) do
  def sum = a + b
  def to_s
    "P(#{a}, #{b})"
  end
end
puts P.new(1, 2).sum
puts P.new(3, 4)
class Base
  def hi = "base hi"
end
K = Class.new(Base) do
  attr_accessor :v
  def initialize(v)
    @v = v
  end
  def show = "#{hi} #{v}"
end
puts K.new(5).show
class Meta
  [:alpha, :beta].each do |n|
    define_method("#{n}?") { n == :alpha }
    define_method(n) { |x = 1| "#{n}:#{x}" }
  end
  def setup
    def late = "late #{self.class}"
    :ok
  end
end
m = Meta.new
p m.alpha?, m.beta?, m.alpha(3), m.beta
p m.setup, m.late
def outer
  def inner = "inner"
  inner
end
p outer
o = Object.new
o.instance_eval do
  @secret = 42
  def peek = @secret
end
p o.peek
Meta.class_eval do
  def extra = "extra"
end
p m.extra
p [:upcase, :reverse].map { |s| "abc".public_send(s) }
op = :+
p 3.send(op, 4)
p 5.__send__("*", 2)
class Ghost
  def method_missing(name, *args)
    name.to_s.start_with?("get_") ? name.to_s.sub("get_", "") : super
  end
  def respond_to_missing?(name, priv = false) = name.to_s.start_with?("get_")
end
g = Ghost.new
p g.get_x, g.respond_to?(:get_y), g.respond_to?(:zzz)
begin
  g.zzz
rescue NoMethodError => e
  p e.class
end
