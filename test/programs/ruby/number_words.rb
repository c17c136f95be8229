# Numbers to English words, ordinals, and a cheque printer.
ONES = %w[zero one two three four five six seven eight nine ten eleven twelve
          thirteen fourteen fifteen sixteen seventeen eighteen nineteen].freeze
TENS = %w[_ _ twenty thirty forty fifty sixty seventy eighty ninety].freeze
SCALES = [[1_000_000_000_000, "trillion"], [1_000_000_000, "billion"], [1_000_000, "million"], [1000, "thousand"]].freeze

def words(n)
  return "minus " + words(-n) if n.negative?
  return ONES[n] if n < 20
  if n < 100
    tens, ones = n.divmod(10)
    return ones.zero? ? TENS[tens] : "#{TENS[tens]}-#{ONES[ones]}"
  end
  if n < 1000
    hundreds, rest = n.divmod(100)
    return "#{ONES[hundreds]} hundred" + (rest.zero? ? "" : " and #{words(rest)}")
  end
  SCALES.each do |value, name|
    next if n < value
    high, rest = n.divmod(value)
    tail = if rest.zero? then ""
           elsif rest < 100 then " and #{words(rest)}"
           else " #{words(rest)}"
           end
    return "#{words(high)} #{name}#{tail}"
  end
end

def ordinal(n)
  suffix = if (11..13).cover?(n % 100) then "th"
           else { 1 => "st", 2 => "nd", 3 => "rd" }.fetch(n % 10, "th")
           end
  "#{n}#{suffix}"
end

[0, 7, 13, 20, 42, 99, 100, 101, 115, 999, 1000, 1001, 2024, 12_345, 100_000, 1_000_001,
 987_654_321, -45, 1_000_000_000_000].each do |n|
  puts "#{n.to_s.rjust(14)}: #{words(n)}"
end
puts (1..25).map { |n| ordinal(n) }.join(" ")
puts [101, 111, 112, 213, 1002].map { |n| ordinal(n) }.join(" ")

def cheque(amount_cents)
  dollars, cents = amount_cents.divmod(100)
  text = "#{words(dollars).capitalize} dollars and #{format('%02d', cents)}/100"
  border = "+" + "-" * (text.size + 2) + "+"
  [border, "| #{text} |", border]
end
puts cheque(123_456)
puts cheque(1_000_05)
letters = (1..1000).sum { |n| words(n).delete(" -").size }
puts "letters 1..1000: #{letters}"
