# operator overloading with coerce
class Money
  include Comparable
  attr_reader :cents

  def initialize(cents) = @cents = cents.round

  def self.from(amount) = new(amount * 100)

  def +(other) = Money.new(cents + to_cents(other))
  def -(other) = Money.new(cents - to_cents(other))
  def *(factor) = Money.new(cents * factor)
  def /(divisor) = Money.new(cents / divisor.to_f)
  def -@ = Money.new(-cents)
  def <=>(other) = cents <=> to_cents(other)
  def zero? = cents.zero?

  def coerce(num)
    [Money.from(num), self]
  end

  def to_s
    sign = cents.negative? ? "-" : ""
    format("%s$%d.%02d", sign, cents.abs / 100, cents.abs % 100)
  end

  def inspect = "#<Money #{self}>"

  private

  def to_cents(other)
    other.is_a?(Money) ? other.cents : (other * 100).round
  end
end

a = Money.from(12.5)
b = Money.from(3.25)
puts a + b, a - b, b - a, a * 3, a / 4, -a
puts a + 1, 10 + a, 20 - b, 2 * 3
p a > b, a == Money.new(1250), [a, b, Money.from(7)].sort, [a, b].max
p [a, b, Money.from(0.1)].sum(Money.new(0))
p (5 <=> 3), 10.coerce(2.5), 1.5.coerce(2)

class Vec
  attr_reader :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def +(o) = Vec.new(x + o.x, y + o.y)
  def -(o) = Vec.new(x - o.x, y - o.y)
  def *(k) = k.is_a?(Vec) ? x * k.x + y * k.y : Vec.new(x * k, y * k)
  def ==(o) = o.is_a?(Vec) && x == o.x && y == o.y
  def [](i) = i.zero? ? x : y
  def to_a = [x, y]
  def to_s = "(#{x}, #{y})"
  def coerce(n) = [Vec.new(n, n), self]
  def +@ = self
  def ~ = Vec.new(y, x)
  def <<(o) = Vec.new(x + o, y + o)
  def call(n) = x * n
  def to_proc = method(:call).to_proc
end
v = Vec.new(1, 2)
w = Vec.new(3, 4)
puts v + w, w - v, v * 3, v * w, v == Vec.new(1, 2), v != w, v[0], v[1]
puts(+v, ~v, v << 10)
x, y = *v.to_a
p x, y
v2 = v
v2 += w
puts v2, v
puts 2 * w rescue puts "coerce: #{$!.class}"
p v.(5)
