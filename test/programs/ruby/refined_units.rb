# Units and money through refinements: Integer/Float/String/Array are
# refined inside modules and activated with `using`, the way libraries add
# conveniences without patching core classes for everyone.
module Durations
  refine Integer do
    def seconds = self
    def minutes = self * 60
    def hours = self * 3600
    def days = self * 86_400
    alias_method :second, :seconds
    alias_method :minute, :minutes
    alias_method :hour, :hours
    alias_method :day, :days
  end

  refine Integer do
    # Refining twice adds to the same refinement.
    def humanize
      return "0s" if zero?
      left = self
      parts = [[86_400, "d"], [3600, "h"], [60, "m"], [1, "s"]].each_with_object([]) do |(size, unit), acc|
        count, left = left.divmod(size)
        acc << "#{count}#{unit}" if count.positive?
        break acc if left.zero?
      end
      parts.join(" ")
    end
  end
end

module Money
  refine String do
    def to_cents
      m = match(/\A\s*(-)?\$?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?\s*\z/) or raise ArgumentError, "not money: #{inspect}"
      cents = m[2].delete(",").to_i * 100 + (m[3] || "0").ljust(2, "0").to_i
      m[1] ? -cents : cents
    end
  end

  refine Integer do
    def to_money
      sign = negative? ? "-" : ""
      whole, cents = abs.divmod(100)
      "#{sign}$#{whole.to_s.reverse.scan(/\d{1,3}/).join(',').reverse}.#{cents.to_s.rjust(2, '0')}"
    end
  end

  refine Array do
    def total_money = sum { |s| s.to_cents }.to_money
  end
end

module Report
  using Money

  def self.line(label, amount) = format("%-12s %12s", label, amount.to_cents.to_money)
end

using Durations

puts 90.minutes, 2.hours + 30.minutes, 1.day.humanize, 3661.humanize, 0.humanize, 59.seconds.humanize
puts (2.days + 3.hours + 4.minutes + 5.seconds).humanize, 1.minute + 1.second
schedule = { "backup" => 6.hours, "report" => 1.day, "ping" => 5.minutes, "rotate" => 7.days }
schedule.sort_by { |_, every| every }.each do |job, every|
  puts format("%-7s every %-8s (%6d runs/week)", job, every.humanize, 7.days / every)
end

puts Report.line("rent", "$1,250.00"), Report.line("coffee", "3.5"), Report.line("refund", "-$20")

using Money

amounts = ["$12.34", "7", "1,000.5", " $0.99 ", "-$5.25"]
amounts.each { |a| puts "#{a.inspect.ljust(10)} -> #{a.to_cents.to_s.rjust(7)} cents -> #{a.to_cents.to_money}" }
puts "total: #{amounts.total_money}"
puts 123_456_789.to_money, -5.to_money, 0.to_money
begin
  "twelve dollars".to_cents
rescue ArgumentError => e
  puts "error: #{e.message}"
end
splits = 10_000.divmod(3)
puts "split $100 three ways: #{([splits[0]] * 3).each_with_index.map { |c, i| i < splits[1] ? c + 1 : c }.map(&:to_money).join(' + ')}"
puts 45.minutes.humanize, (3.hours / 4).humanize, 100_000.humanize
