# Calendar printing with a hand-written day-of-week (Zeller) and leap-year logic.
MONTHS = %w[January February March April May June July August September October November December].freeze
DAYS = %w[Su Mo Tu We Th Fr Sa].freeze

def leap?(year)
  (year % 4).zero? && (year % 100 != 0 || (year % 400).zero?)
end

def days_in(year, month)
  return 29 if month == 2 && leap?(year)
  [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
end

# 0 = Sunday
def weekday(year, month, day)
  if month < 3
    month += 12
    year -= 1
  end
  k = year % 100
  j = year / 100
  h = (day + (13 * (month + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
  (h + 6) % 7
end

def month_lines(year, month)
  lines = ["#{MONTHS[month - 1]} #{year}".center(20), DAYS.join(" ")]
  cells = Array.new(weekday(year, month, 1), "  ") + (1..days_in(year, month)).map { |d| d.to_s.rjust(2) }
  cells.each_slice(7) { |week| lines << week.join(" ") }
  lines
end

puts month_lines(2024, 2)
puts
puts month_lines(2023, 12)
puts

quarter = (4..6).map { |m| month_lines(2025, m) }
height = quarter.map(&:size).max
height.times do |i|
  puts quarter.map { |lines| (lines[i] || "").ljust(20) }.join("   ").rstrip
end
puts

[1900, 2000, 2023, 2024, 2100].each { |y| puts "#{y}: #{leap?(y) ? 'leap' : 'common'} (#{(1..12).sum { |m| days_in(y, m) }} days)" }
fridays = (1..12).select { |m| weekday(2026, m, 13) == 5 }.map { |m| MONTHS[m - 1][0, 3] }
puts "Friday the 13th in 2026: #{fridays.join(', ')}"
puts "Jan 1 weekdays: " + (2020..2027).map { |y| "#{y}=#{DAYS[weekday(y, 1, 1)]}" }.join(" ")
def day_of_year(y, m, d) = (1...m).sum { |mm| days_in(y, mm) } + d
puts day_of_year(2024, 12, 31), day_of_year(2023, 3, 1)
