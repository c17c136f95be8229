# Monkey patching core classes the old-fashioned way (no refinements).
class Integer
  def minutes = self * 60
  def hours = minutes * 60
  def factorial = (1..self).reduce(1, :*)
  def prime? = self > 1 && (2..Integer.sqrt(self)).none? { |d| (self % d).zero? }
  def ordinalize
    suffix = if (11..13).cover?(self % 100) then "th"
             else { 1 => "st", 2 => "nd", 3 => "rd" }.fetch(self % 10, "th")
             end
    "#{self}#{suffix}"
  end
  def clamp_to_byte = clamp(0, 255)
end

class String
  def titleize = split(/(\W)/).map(&:capitalize).join
  def palindrome? = (s = downcase.gsub(/[^a-z0-9]/, "")) == s.reverse
  def truncate(n, omission: "...") = size > n ? self[0, n - omission.size] + omission : self
  def vowels = count("aeiouAEIOU")
  def shout! = (upcase!; self << "!")
end

class Array
  def second = self[1]
  def average = empty? ? nil : sum.fdiv(size)
  def frequencies = each_with_object(Hash.new(0)) { |x, h| h[x] += 1 }
  def histogram = frequencies.sort.map { |k, n| "#{k}: #{'*' * n}" }
end

class Hash
  def symbolize = to_h { |k, v| [k.to_sym, v.is_a?(Hash) ? v.symbolize : v] }
  def dig_path(path) = dig(*path.split("."))
end

class NilClass
  def blank? = true
end

class Object
  def blank? = respond_to?(:empty?) ? empty? : !self
  def present? = !blank?
  def try(name, *args) = respond_to?(name) ? public_send(name, *args) : nil
end

module Kernel
  def announce(msg) = puts("** #{msg} **")
end

class Float
  alias_method :old_round, :round
  def round_to(step) = ((self / step).old_round * step).old_round(10)
end

p 5.minutes, 2.hours, 10.factorial, 25.factorial
p (1..30).select(&:prime?), [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112].map(&:ordinalize)
p 300.clamp_to_byte, -4.clamp_to_byte
p "the lord of the rings".titleize, "A man, a plan, a canal: Panama".palindrome?, "ruby".palindrome?
p "abcdefghijkl".truncate(8), "short".truncate(10), "abcdefghijkl".truncate(6, omission: "~")
p "Programming Ruby".vowels
s = +"hey"
p s.shout!, s
p [4, 8, 15].second, [1, 2, 3, 4].average, [].average, %w[a b a c a].frequencies
puts [3, 1, 3, 2, 3].histogram
p({ "a" => 1, "b" => { "c" => 2 } }.symbolize, { "x" => { "y" => { "z" => 9 } } }.dig_path("x.y.z"))
p nil.blank?, "".blank?, " ".blank?, [].present?, 0.blank?, false.blank?, { a: 1 }.present?
p 5.try(:succ), nil.try(:upcase), "x".try(:nope), "abc".try(:[], 1)
announce "patched"
p 2.345.round_to(0.05), 7.0.round_to(2.5), 2.345.round(1)
p 7.respond_to?(:factorial), Integer.instance_method(:ordinalize).owner, 3.method(:hours).arity
p Integer.public_method_defined?(:prime?), String.method_defined?(:titleize)

class Integer
  alias_method :plus_without_log, :+
end
p 1.plus_without_log(2), 4.0.floor.ordinalize, 3.14.respond_to?(:round_to)

class Array
  def sum_squares = sum { |x| x * x }
end
p (1..4).to_a.sum_squares, [[1, 2], [3, 4]].map(&:sum_squares)

class Symbol
  def call(*args, &blk) = ->(o) { o.public_send(self, *args, &blk) }
end
p [1, 2, 3].map(&:+.(10)), %w[apple pie].map(&:center.(9, "*"))
