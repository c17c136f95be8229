# polynomials with operator overloading, coerce, equality and hashing
class Poly
  include Comparable
  attr_reader :coeffs # lowest degree first

  def self.x = new([0, 1])
  def self.[](*cs) = new(cs)

  def initialize(coeffs)
    cs = coeffs.dup
    cs.pop while cs.size > 1 && cs.last.zero?
    @coeffs = cs.empty? ? [0] : cs
    freeze
  end

  def degree = coeffs.size - 1
  def zero? = coeffs == [0]
  def [](i) = coeffs.fetch(i, 0)

  def +(o)
    o = Poly.new([o]) if o.is_a?(Numeric)
    n = [coeffs.size, o.coeffs.size].max
    Poly.new(Array.new(n) { |i| self[i] + o[i] })
  end

  def -@ = Poly.new(coeffs.map(&:-@))
  def -(o) = self + -(o.is_a?(Numeric) ? Poly.new([o]) : o)

  def *(o)
    return Poly.new(coeffs.map { |c| c * o }) if o.is_a?(Numeric)
    out = Array.new(coeffs.size + o.coeffs.size - 1, 0)
    coeffs.each_with_index { |a, i| o.coeffs.each_with_index { |b, j| out[i + j] += a * b } }
    Poly.new(out)
  end

  def **(n) = n.zero? ? Poly[1] : (1...n).inject(self) { |acc, _| acc * self }
  def call(x) = coeffs.reverse.inject(0) { |acc, c| acc * x + c }
  alias [] call
  def derivative = Poly.new(coeffs.each_with_index.drop(1).map { |c, i| c * i })
  def coerce(n) = [Poly.new([n]), self]
  def <=>(o) = [degree, coeffs.reverse] <=> [o.degree, o.coeffs.reverse]
  def ==(o) = o.is_a?(Poly) && coeffs == o.coeffs
  alias eql? ==
  def hash = coeffs.hash

  def to_s
    return "0" if zero?
    terms = coeffs.each_with_index.reverse_each.reject { |c, _| c.zero? }.map do |c, i|
      mag = c.abs
      body = case i
             when 0 then mag.to_s
             when 1 then "#{mag == 1 ? '' : mag}x"
             else "#{mag == 1 ? '' : mag}x^#{i}"
             end
      [c.negative? ? "-" : "+", body]
    end
    first_sign, first = terms.shift
    (first_sign == "-" ? "-" : "") + first + terms.map { |s, b| " #{s} #{b}" }.join
  end
end

x = Poly.x
p1 = x**2 - 3 * x + 2
p2 = (x + 1)**3
puts p1, p2, p1 * p2, p1 + p2, p1 - p1, -p1, 5 + x, 2 - x, x * 0.5
p p1.(1), p1.(2), p1[5], p2.call(-1), (0..4).map { |v| p2.(v) }
puts p2.derivative, p2.derivative.derivative, Poly[7].derivative
p p1.degree, p1 == Poly[2, -3, 1], p1.eql?(Poly[2, -3, 1, 0]), { p1 => "quad" }[Poly[2, -3, 1]]
p [p2, p1, Poly[9], x].sort.map(&:to_s), [p1, p2].max.to_s, p1.frozen?
p [p1, Poly[2, -3, 1], p2].uniq.size, (x**10).coeffs.size, (x - 1)**4 == Poly[1, -4, 6, -4, 1]
roots = (-5..5).select { |v| p1.(v).zero? }
p roots
newton = ->(f, guess) { 20.times { guess -= f.(guess).fdiv(f.derivative.(guess)) }; guess.round(10) }
p newton.(x**2 - 2, 1.0), newton.(x**3 - x - 1, 1.5)
