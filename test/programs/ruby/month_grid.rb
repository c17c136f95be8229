# Date-free calendars: leap years, day of week (Zeller), month grids and a year summary.
MONTHS = %w[January February March April May June July August September October November December].freeze
DAYS = %w[Su Mo Tu We Th Fr Sa].freeze

def leap?(year) = (year % 4).zero? && (year % 100 != 0 || (year % 400).zero?)

def days_in(year, month)
  case month
  when 2 then leap?(year) ? 29 : 28
  when 4, 6, 9, 11 then 30
  else 31
  end
end

# 0 = Sunday
def weekday(year, month, day)
  m = month < 3 ? month + 12 : month
  y = month < 3 ? year - 1 : year
  k = y % 100
  j = y / 100
  h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
  (h + 6) % 7
end

def grid(year, month)
  title = "#{MONTHS[month - 1]} #{year}"
  lines = [title.center(20).rstrip, DAYS.join(" ")]
  cells = Array.new(weekday(year, month, 1), "  ") + (1..days_in(year, month)).map { |d| d.to_s.rjust(2) }
  cells.each_slice(7) { |week| lines << week.join(" ") }
  lines
end

puts grid(2024, 2), "", grid(2023, 10)
puts
left = grid(2024, 1)
right = grid(2024, 3)
left.fill("", left.size...right.size) if left.size < right.size
right.fill("", right.size...left.size) if right.size < left.size
left.zip(right) { |a, b| puts "#{a.ljust(22)}#{b}".rstrip }

p [1900, 2000, 2023, 2024, 2100].map { |y| [y, leap?(y)] }.to_h
p (2000..2030).count { |y| leap?(y) }
fridays = (1..12).select { |m| weekday(2026, m, 13) == 5 }.map { |m| MONTHS[m - 1][0, 3] }
p fridays
def day_of_year(y, m, d) = (1...m).sum { |mm| days_in(y, mm) } + d
p day_of_year(2024, 12, 31), day_of_year(2023, 3, 1), day_of_year(2024, 3, 1)
def add_days(y, m, d, n)
  d += n
  while d > days_in(y, m)
    d -= days_in(y, m)
    m += 1
    (m = 1; y += 1) if m > 12
  end
  format("%04d-%02d-%02d", y, m, d)
end
p add_days(2024, 2, 20, 10), add_days(2023, 12, 25, 100), add_days(1999, 12, 31, 1)
summary = (1..12).map { |m| [MONTHS[m - 1][0, 3], DAYS[weekday(2025, m, 1)]] }
summary.each_slice(4) { |row| puts row.map { |mon, day| "#{mon}:#{day}" }.join("  ") }
p DAYS.rotate(weekday(2024, 1, 1)).first(3), DAYS.each_with_index.to_h["Fr"]
