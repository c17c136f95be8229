# A weekly timesheet report: parse entries, aggregate per person and per
# project, and print aligned tables with ljust/rjust/center, totals,
# percentage bars, and a pivot table.

ENTRIES = <<~CSV
  name,project,day,hours
  Alice,Apollo,Mon,6.5
  Alice,Hermes,Mon,1.5
  Bob,Apollo,Mon,8
  Carla,Zeus,Tue,7.25
  Alice,Apollo,Tue,8
  Bob,Hermes,Tue,4
  Bob,Zeus,Wed,3.5
  Carla,Zeus,Wed,8
  Alice,Hermes,Thu,5
  Dmitri,Apollo,Thu,2
  Carla,Apollo,Fri,6
  Bob,Apollo,Fri,7.75
CSV

Entry = Struct.new(:name, :project, :day, :hours)

header, *rows = ENTRIES.lines.map(&:chomp)
fields = header.split(",").map(&:to_sym)
entries = rows.map do |row|
  values = fields.zip(row.split(",")).to_h
  Entry.new(values[:name], values[:project], values[:day], Float(values[:hours]))
end

DAYS = %w[Mon Tue Wed Thu Fri].freeze

def hours(h) = format("%.2f", h)

def table(headers, rows, align)
  widths = headers.each_index.map { |i| ([headers[i]] + rows.map { |r| r[i].to_s }).map(&:length).max }
  sep = "+" + widths.map { |w| "-" * (w + 2) }.join("+") + "+"
  fmt = lambda do |cells|
    "| " + cells.each_with_index.map { |c, i| align[i] == :r ? c.to_s.rjust(widths[i]) : c.to_s.ljust(widths[i]) }.join(" | ") + " |"
  end
  [sep, fmt.call(headers), sep, *rows.map(&fmt), sep].join("\n")
end

total = entries.sum(&:hours)
puts "WEEKLY TIMESHEET".center(44, "=")
puts "#{entries.size} entries, #{hours(total)} hours".center(44)
puts

by_person = entries.group_by(&:name).map do |name, es|
  h = es.sum(&:hours)
  [name, es.map(&:project).uniq.size, hours(h), format("%5.1f%%", 100 * h / total)]
end
puts table(%w[Person Projects Hours Share], by_person.sort_by { |r| -r[2].to_f }, %i[l r r r])
puts

puts "Per project"
entries.group_by(&:project).sort.each do |project, es|
  h = es.sum(&:hours)
  bar = "#" * (h / 2).round
  puts "  #{project.ljust(8, '.')}#{hours(h).rjust(7)}  #{bar}"
end
puts

people = entries.map(&:name).uniq.sort
pivot = people.map do |name|
  per_day = DAYS.map { |d| entries.select { |e| e.name == name && e.day == d }.sum(&:hours) }
  [name, *per_day.map { |h| h.zero? ? "-" : hours(h) }, hours(per_day.sum)]
end
day_totals = DAYS.map { |d| hours(entries.select { |e| e.day == d }.sum(&:hours)) }
pivot << ["TOTAL", *day_totals, hours(total)]
puts table(["", *DAYS, "Sum"], pivot, [:l] + [:r] * 6)
puts

overtime = entries.group_by { |e| [e.name, e.day] }
                  .transform_values { |es| es.sum(&:hours) }
                  .select { |_, h| h > 8 }
if overtime.empty?
  puts "No overtime days."
else
  overtime.each { |(n, d), h| puts "Overtime: #{n} on #{d} (#{hours(h)})" }
end
busiest = DAYS.max_by { |d| entries.select { |e| e.day == d }.sum(&:hours) }
puts "Busiest day: #{busiest}"
avg = total / people.size
puts "Average per person: #{avg.round(2)}".rjust(44)
puts "Under 10h: #{people.select { |p| entries.select { |e| e.name == p }.sum(&:hours) < 10 }.join(', ')}"
puts "-" * 44
puts "%-10s|%10s|%10s" % %w[left right center].map(&:upcase)
puts "%-10s|%10s|%s" % ["ab", "cd", "ef".center(10)]
puts "1234.5".rjust(10, "0"), "x".ljust(3, "ab") + "|", "long text".ljust(4) + "|"
