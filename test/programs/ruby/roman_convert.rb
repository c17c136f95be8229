# Roman numerals both ways, with validation, as a value class and Integer extension.
module Roman
  PAIRS = { 1000 => "M", 900 => "CM", 500 => "D", 400 => "CD", 100 => "C", 90 => "XC",
            50 => "L", 40 => "XL", 10 => "X", 9 => "IX", 5 => "V", 4 => "IV", 1 => "I" }.freeze
  VALID = /\AM{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\z/

  module_function

  def encode(n)
    raise RangeError, "#{n} is out of range (1..3999)" unless (1..3999).cover?(n)
    PAIRS.each_with_object(+"") do |(value, letters), out|
      count, n = n.divmod(value)
      out << letters * count
    end
  end

  def decode(str)
    s = str.upcase
    raise ArgumentError, "invalid numeral: #{str.inspect}" if s.empty? || !VALID.match?(s)
    values = s.chars.map { |c| PAIRS.key(c) }
    values.each_with_index.sum { |v, i| (values[i + 1] || 0) > v ? -v : v }
  end
end

class RomanNumeral
  include Comparable
  attr_reader :value

  def initialize(value) = @value = value.is_a?(String) ? Roman.decode(value) : value
  def to_s = Roman.encode(value)
  def inspect = "#<RomanNumeral #{self} (#{value})>"
  def <=>(other) = value <=> other.value
  def +(other) = RomanNumeral.new(value + other.value)
  def succ = RomanNumeral.new(value + 1)
  def to_int = value
end

class Integer
  def to_roman = Roman.encode(self)
end

class String
  def from_roman = Roman.decode(self)
end

[1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].each { |n| puts "#{n.to_s.rjust(4)} = #{n.to_roman}" }
%w[MMXXIV mcmxc XLII iv].each { |s| puts "#{s} = #{s.from_roman}" }
(%w[IIII VX IC MMMM] + [""]).each do |bad|
  bad.from_roman
rescue ArgumentError => e
  puts "rejected: #{e.message}"
end
[0, 4000, -5].each do |n|
  n.to_roman
rescue RangeError => e
  puts "range: #{e.message}"
end
ok = (1..3999).all? { |n| n.to_roman.from_roman == n }
p ok, (1..3999).max_by { |n| n.to_roman.size }, (1..100).sum { |n| n.to_roman.count("X") }
a = RomanNumeral.new("XIV")
b = RomanNumeral.new(9)
p a, b, a + b, [a, b].max, a > b, (b..a).map(&:to_s), (b..a).count
p [3, 1, 2].map { |n| RomanNumeral.new(n) }.sort.map(&:to_s), Array.new(3) { |i| i }.fill(7, 1)
p [10, 20, 30][RomanNumeral.new("II")] rescue p $!
p Roman.respond_to?(:encode), Roman::PAIRS.values.join, Roman::PAIRS.key("L")
