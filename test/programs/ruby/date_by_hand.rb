# Calendar arithmetic without the Date library: leap years, day numbers,
# weekdays (Zeller and day counts), adding days, and a month calendar.
class SimpleDate
  include Comparable

  MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].freeze
  MONTH_NAMES = %w[January February March April May June July August September October November December].freeze
  WEEKDAYS = %w[Sunday Monday Tuesday Wednesday Thursday Friday Saturday].freeze

  attr_reader :year, :month, :day

  def self.leap?(year)
    (year % 4).zero? && (year % 100 != 0 || (year % 400).zero?)
  end

  def self.days_in_month(year, month)
    month == 2 && leap?(year) ? 29 : MONTH_DAYS[month - 1]
  end

  # Days since 0001-01-01 (day 0), proleptic Gregorian.
  def self.from_ordinal(n)
    year = 1
    loop do
      len = leap?(year) ? 366 : 365
      break if n < len
      n -= len
      year += 1
    end
    month = 1
    while n >= days_in_month(year, month)
      n -= days_in_month(year, month)
      month += 1
    end
    new(year, month, n + 1)
  end

  def self.parse(str)
    y, m, d = str.split("-").map(&:to_i)
    new(y, m, d)
  end

  def initialize(year, month, day)
    raise ArgumentError, "invalid date #{year}-#{month}-#{day}" unless (1..12).cover?(month) && day.between?(1, self.class.days_in_month(year, month))
    @year, @month, @day = year, month, day
  end

  def ordinal
    y = year - 1
    days = y * 365 + y / 4 - y / 100 + y / 400
    days += (1...month).sum { |m| self.class.days_in_month(year, m) }
    days + day - 1
  end

  def yday = ordinal - SimpleDate.new(year, 1, 1).ordinal + 1
  def wday = (ordinal + 1) % 7
  def weekday = WEEKDAYS[wday]
  def +(other) = SimpleDate.from_ordinal(ordinal + other)
  def -(other) = other.is_a?(SimpleDate) ? ordinal - other.ordinal : self + -other
  def <=>(other) = ordinal <=> other.ordinal
  def to_s = format("%04d-%02d-%02d", year, month, day)
  def inspect = "#<SimpleDate #{self}>"

  def zeller
    m, y = month < 3 ? [month + 12, year - 1] : [month, year]
    h = (day + (13 * (m + 1)) / 5 + y % 100 + (y % 100) / 4 + (y / 100) / 4 + 5 * (y / 100)) % 7
    WEEKDAYS[(h + 6) % 7]
  end
end

dates = %w[1970-01-01 2000-02-29 2024-12-25 1969-07-20 2026-11-22 1900-03-01].map { |s| SimpleDate.parse(s) }
dates.each do |d|
  puts "#{d}  #{d.weekday.ljust(9)} zeller=#{d.zeller.ljust(9)} day #{d.yday.to_s.rjust(3)} of #{d.year}"
end

puts "\nleap years 1896-1912, 1996-2004, 2100: #{(1896..1912).select { |y| SimpleDate.leap?(y) } + [1996, 2000, 2004, 2100].select { |y| SimpleDate.leap?(y) }}"
epoch = SimpleDate.new(1970, 1, 1)
moon = SimpleDate.new(1969, 7, 20)
today = SimpleDate.new(2026, 11, 22)
puts "days since epoch: #{today - epoch} (#{(today - epoch) * 86_400} seconds)"
puts "moon landing was #{today - moon} days ago; #{epoch - moon} days before the epoch"
puts "100 days from today: #{today + 100}; 1000 days before: #{today - 1000}"
puts "sorted: #{dates.sort.map(&:to_s).join(', ')}"
puts "min/max: #{dates.minmax.inspect}"
puts "between?: #{today.between?(epoch, SimpleDate.new(2030, 1, 1))} clamp: #{SimpleDate.new(1800, 5, 5).clamp(epoch, today)}"

begin
  SimpleDate.new(2023, 2, 29)
rescue ArgumentError => e
  puts "error: #{e.message}"
end

fridays = (1..12).map { |m| SimpleDate.new(2026, m, 13) }.select { |d| d.wday == 5 }
puts "Friday the 13ths in 2026: #{fridays.map { |d| SimpleDate::MONTH_NAMES[d.month - 1] }.join(', ')}"

def print_month(year, month)
  first = SimpleDate.new(year, month, 1)
  title = "#{SimpleDate::MONTH_NAMES[month - 1]} #{year}"
  puts title.center(20)
  puts "Su Mo Tu We Th Fr Sa"
  cells = Array.new(first.wday, "  ") + (1..SimpleDate.days_in_month(year, month)).map { |d| d.to_s.rjust(2) }
  cells.each_slice(7) { |week| puts week.join(" ") }
end
puts
print_month(2026, 11)
puts
print_month(2024, 2)
