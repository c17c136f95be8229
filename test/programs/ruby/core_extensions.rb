# Monkey patching core classes the way Rails-style helpers do (no refinements).
class Integer
  def minutes = self * 60
  def hours = minutes * 60
  def ordinal
    suffix = if (11..13).cover?(self % 100) then "th"
             else { 1 => "st", 2 => "nd", 3 => "rd" }.fetch(self % 10, "th")
             end
    "#{self}#{suffix}"
  end

  def to_roman
    map = { 1000 => "M", 900 => "CM", 500 => "D", 400 => "CD", 100 => "C", 90 => "XC",
            50 => "L", 40 => "XL", 10 => "X", 9 => "IX", 5 => "V", 4 => "IV", 1 => "I" }
    n = self
    map.each_with_object(+"") do |(value, letters), out|
      count, n = n.divmod(value)
      out << letters * count
    end
  end
end

class String
  def squish = strip.gsub(/\s+/, " ")
  def truncate(len, omission: "...")
    return dup if length <= len

    self[0, len - omission.length] + omission
  end

  def titleize = split(/[\s_]+/).map(&:capitalize).join(" ")
  def palindrome? = (s = downcase.delete("^a-z")) == s.reverse
  def blank? = strip.empty?
end

class Array
  def second = self[1]
  def average = empty? ? 0 : sum.fdiv(size)
  def to_sentence
    case size
    when 0 then ""
    when 1 then first.to_s
    else "#{self[0...-1].join(', ')} and #{last}"
    end
  end
end

class Hash
  def symbolize_keys = transform_keys(&:to_sym)
  def compact_blank = reject { |_, v| v.nil? || (v.respond_to?(:empty?) && v.empty?) }
end

class NilClass
  def blank? = true
end

module Enumerable
  def frequencies = each_with_object(Hash.new(0)) { |x, h| h[x] += 1 }
end

class Object
  def try(name, *args) = respond_to?(name) ? public_send(name, *args) : nil
  def presence = (respond_to?(:blank?) && blank?) ? nil : self
end

p 5.minutes, 2.hours, [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(&:ordinal)
p [1994, 2024, 49, 3999].map(&:to_roman)
p "  too   many    spaces  ".squish, "a long sentence here".truncate(10), "short".truncate(10)
p "a long sentence here".truncate(12, omission: "~"), "hello_world foo".titleize
p "A man, a plan, a canal: Panama".palindrome?, "ruby".palindrome?, "   ".blank?, nil.blank?
p [4, 8, 15].second, [1, 2, 3, 4].average, [].average
p %w[ann].to_sentence, %w[ann bob].to_sentence, %w[ann bob cy].to_sentence, [].to_sentence
p({ "a" => 1, "b" => nil, "c" => "", "d" => [], "e" => [0] }.symbolize_keys.compact_blank)
p %w[a b a c a].frequencies, (1..6).map { |x| x % 3 }.frequencies, { x: 1 }.frequencies
p "str".try(:upcase), 5.try(:nope), nil.try(:length), [1, 2].try(:first, 1)
p "".presence, "x".presence, nil.presence, [].presence rescue p $!

class Integer
  alias_method :old_plus, :+
  def double = self * 2
end
p 21.double, 1.old_plus(2), 3.+(4)

class String
  alias shout upcase
  def +(other) = "#{self}#{other}"
end
p "abc".shout, "n" + 1, "x" + :y

class Array
  def sum_of_squares = map { |x| x * x }.sum
end
p (1..3).to_a.sum_of_squares, [2.5].sum_of_squares
class Symbol
  def call(*args, &blk) = ->(o) { o.public_send(self, *args, &blk) }
end
p [1, 2, 3].map(&:+.(10)), %w[a b].map(&:center.(5, "*"))
module Kernel
  def log_line(msg) = puts("[log] #{msg}")
end
log_line "kernel extension works"
p 10.respond_to?(:ordinal), Integer.method_defined?(:to_roman), "".respond_to?(:squish)
