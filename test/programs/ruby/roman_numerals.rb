# Roman numeral conversion both ways, with validation.
module Roman
  MAP = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"],
    [100, "C"], [90, "XC"], [50, "L"], [40, "XL"],
    [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ].freeze
  VALUES = { "I" => 1, "V" => 5, "X" => 10, "L" => 50, "C" => 100, "D" => 500, "M" => 1000 }.freeze

  module_function

  def to_roman(n)
    raise RangeError, "#{n} out of range" unless (1..3999).cover?(n)
    MAP.each_with_object(+"") do |(value, letters), out|
      count, n = n.divmod(value)
      out << letters * count
    end
  end

  def from_roman(str)
    raise ArgumentError, "invalid numeral: #{str.inspect}" unless str.match?(/\A[IVXLCDM]+\z/)
    values = str.chars.map { |c| VALUES[c] }
    total = values.each_with_index.sum do |v, i|
      nxt = values[i + 1]
      nxt && nxt > v ? -v : v
    end
    raise ArgumentError, "non-canonical numeral: #{str}" unless to_roman(total) == str
    total
  end
end

[1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].each do |n|
  r = Roman.to_roman(n)
  puts "#{n.to_s.rjust(4)} -> #{r.ljust(12)} -> #{Roman.from_roman(r)}"
end

%w[MCMXC IIII XLII abc IC MMXXV].each do |s|
  puts "#{s}: #{Roman.from_roman(s)}"
rescue ArgumentError => e
  puts "#{s}: #{e.message}"
end

begin
  Roman.to_roman(0)
rescue RangeError => e
  puts "RangeError: #{e.message}"
end
total = (1..100).sum { |i| Roman.to_roman(i).length }
puts "letters used for 1..100: #{total}"
longest = (1..3999).max_by { |i| [Roman.to_roman(i).length, -i] }
puts "longest under 4000: #{longest} = #{Roman.to_roman(longest)}"
include Roman
puts to_roman(88)
