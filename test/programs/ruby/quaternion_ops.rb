# Quaternions with operator overloading, coerce for Numeric on the left,
# equality/hash, and rotating a vector.

class Quaternion
  attr_reader :w, :x, :y, :z

  def initialize(w, x = 0, y = 0, z = 0)
    @w, @x, @y, @z = w, x, y, z
  end

  def self.[](*parts) = new(*parts)

  def to_a = [w, x, y, z]

  def +(o)
    o = Quaternion.from(o)
    Quaternion.new(*to_a.zip(o.to_a).map { |a, b| a + b })
  end

  def -(o) = self + -Quaternion.from(o)

  def -@ = Quaternion.new(*to_a.map(&:-@))

  def *(o)
    return Quaternion.new(*to_a.map { |c| c * o }) if o.is_a?(Numeric)

    a1, b1, c1, d1 = to_a
    a2, b2, c2, d2 = o.to_a
    Quaternion.new(
      a1 * a2 - b1 * b2 - c1 * c2 - d1 * d2,
      a1 * b2 + b1 * a2 + c1 * d2 - d1 * c2,
      a1 * c2 - b1 * d2 + c1 * a2 + d1 * b2,
      a1 * d2 + b1 * c2 - c1 * b2 + d1 * a2
    )
  end

  def /(o)
    o.is_a?(Numeric) ? Quaternion.new(*to_a.map { |c| c.quo(o) }) : self * o.inverse
  end

  def conjugate = Quaternion.new(w, -x, -y, -z)
  def norm2 = to_a.sum { |c| c * c }
  def norm = Math.sqrt(norm2)
  def inverse = conjugate / norm2
  def unit = self / norm

  def coerce(num)
    [Quaternion.new(num), self]
  end

  def self.from(v) = v.is_a?(Quaternion) ? v : new(v)

  def ==(o) = o.is_a?(Quaternion) && to_a == o.to_a
  alias eql? ==
  def hash = to_a.hash

  def to_s
    terms = [[w, ""], [x, "i"], [y, "j"], [z, "k"]].reject { |c, _| c.zero? }
    return "0" if terms.empty?

    terms.each_with_index.map do |(c, unit), i|
      sign = c.negative? ? "-" : (i.zero? ? "" : "+")
      mag = c.abs
      mag = "" if mag == 1 && !unit.empty?
      "#{sign}#{mag}#{unit}"
    end.join
  end

  def inspect = "#<Quaternion #{self}>"
end

i = Quaternion[0, 1]
j = Quaternion[0, 0, 1]
k = Quaternion[0, 0, 0, 1]
puts "i*j = #{i * j}, j*k = #{j * k}, k*i = #{k * i}"
puts "j*i = #{j * i}, i*i = #{i * i}, i*j*k = #{i * j * k}"
q = Quaternion[1, 2, 3, 4]
p q, q.conjugate, q.norm2, q.norm.round(6)
p 2 * q, q * 2, 1 + q, q - 1, 10 - q
p q * q.inverse
p q / 2, (q / 2).to_a.map(&:class)
p [Quaternion[1, 2], Quaternion[1, 2], Quaternion[1, 2, 0, 0]].uniq.size
h = { Quaternion[1] => "one", i => "i" }
p h[Quaternion[1, 0, 0, 0]], h[Quaternion[0, 1]], h.key?(j)

# rotate the point (1, 0, 0) by 90 degrees about z
half = Math::PI / 4
rot = Quaternion[Math.cos(half), 0, 0, Math.sin(half)]
point = Quaternion[0, 1, 0, 0]
turned = rot * point * rot.conjugate
p turned.to_a.map { |c| c.round(10) + 0.0 }
p [q, i, j].sum(Quaternion[0]), [i, j, k].map(&:to_s)
p Quaternion[0, -1, 1, -2].to_s, Quaternion[0].to_s, Quaternion[-3].to_s
begin
  q + "x"
rescue => e
  p e.class
end
p (1..3).map { |n| (i * n).norm2 }
