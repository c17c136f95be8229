# Parse CSV-ish data with split and print a formatted table.
DATA_LINES = <<~CSV.lines
  name,department,salary,start_year
  Alice,Engineering,105000,2015
  Bob,Marketing,72000,2018
  Carol,Engineering,98000,2019
  Dan,Sales,65000,2020
  Eve,Engineering,121000,2012
  Frank,Sales,70500,2016
  Grace,Marketing,80000,2014
CSV

header, *rows = DATA_LINES.map { |l| l.chomp.split(",") }
records = rows.map do |fields|
  rec = header.zip(fields).to_h
  rec["salary"] = rec["salary"].to_i
  rec["start_year"] = rec["start_year"].to_i
  rec
end

widths = header.map { |h| [h.length, *records.map { |r| r[h].to_s.length }].max }
line = "+" + widths.map { |w| "-" * (w + 2) }.join("+") + "+"
puts line
puts "| " + header.each_with_index.map { |h, i| h.upcase.ljust(widths[i]) }.join(" | ") + " |"
puts line
records.each do |r|
  cells = header.each_with_index.map do |h, i|
    v = r[h]
    v.is_a?(Integer) ? v.to_s.rjust(widths[i]) : v.ljust(widths[i])
  end
  puts "| " + cells.join(" | ") + " |"
end
puts line

puts
by_dept = records.group_by { |r| r["department"] }
by_dept.sort.each do |dept, people|
  total = people.sum { |p| p["salary"] }
  avg = total.to_f / people.size
  puts format("%-12s n=%d total=%8d avg=%10.2f max=%s", dept, people.size, total, avg,
              people.max_by { |p| p["salary"] }["name"])
end

puts
senior = records.select { |r| r["start_year"] < 2016 }.map { |r| r["name"] }
puts "Senior staff: #{senior.join(', ')}"
payroll = records.sum { |r| r["salary"] }
puts "Payroll: #{payroll.to_s.reverse.scan(/\d{1,3}/).join(',').reverse}"
raise_pct = 3.5
records.each do |r|
  new_salary = (r["salary"] * (1 + raise_pct / 100)).round
  puts "#{r['name'].ljust(6)} #{r['salary']} -> #{new_salary}"
end
