# Payroll report: fixed-width columns with format/printf, ljust/rjust/center,
# subtotals per department and a summary block.

Employee = Struct.new(:name, :dept, :hours, :rate, :overtime)

ROWS = <<~CSV
  name,dept,hours,rate,overtime
  Alice Smith,Engineering,40,52.5,4
  Bob Jones,Engineering,38.5,48.25,0
  Carla Diaz,Sales,42,31,2.5
  Dan O'Neil,Sales,40,29.75,0
  Eve Adams,Support,36,24.5,6
  Frank Li,Engineering,44,61,8
  Gina Rossi,Support,40,26,1
CSV

def parse(text)
  lines = text.lines(chomp: true)
  header = lines.shift.split(",").map(&:to_sym)
  lines.map do |line|
    fields = line.split(",")
    row = header.zip(fields).to_h
    Employee.new(row[:name], row[:dept], Float(row[:hours]), Float(row[:rate]), Float(row[:overtime]))
  end
end

def gross(e)
  e.hours * e.rate + e.overtime * e.rate * 1.5
end

def money(x)
  whole, frac = format("%.2f", x).split(".")
  whole = whole.reverse.scan(/\d{1,3}/).join(",").reverse
  "$#{whole}.#{frac}"
end

staff = parse(ROWS)
width = 64
puts "=" * width
puts "PAYROLL — WEEK 12".center(width)
puts "=" * width
printf("%-14s %-12s %6s %8s %5s %12s\n", "Name", "Dept", "Hours", "Rate", "OT", "Gross")
puts "-" * width

staff.group_by(&:dept).sort.each do |dept, people|
  people.sort_by { |e| [-gross(e), e.name] }.each do |e|
    printf("%-14.14s %-12s %6.1f %8.2f %5.1f %12s\n",
           e.name, e.dept, e.hours, e.rate, e.overtime, money(gross(e)))
  end
  subtotal = people.sum { |e| gross(e) }
  puts "#{("subtotal " + dept).rjust(51)} #{money(subtotal).rjust(12)}"
  puts
end

total = staff.sum { |e| gross(e) }
avg = total / staff.size
top = staff.max_by { |e| gross(e) }
puts "-" * width
puts "Total".ljust(20, ".") + money(total).rjust(20, ".")
puts "Average".ljust(20, ".") + money(avg).rjust(20, ".")
puts "Top earner".ljust(20, ".") + top.name.rjust(20, ".")
puts format("Overtime share: %5.1f%%", 100.0 * staff.sum { |e| e.overtime * e.rate * 1.5 } / total)
puts format("%-10s|%10s|%s", "left", "right", "end")
puts format("%+08.3f %x %o %b %e", 3.14159, 255, 8, 5, 12345.678)
puts format("%-6s|%06d|% d|%.3s", "ab", 42, 7, "truncate")
puts format("%3$s %1$s %2$s", "a", "b", "c")
puts format("%<n>s has %<c>05.1f credits", n: "Eve", c: 12.345)
puts format("%{x}-%{y}", x: 1, y: 2)

hist = staff.map { |e| [e.name.split.first, (gross(e) / 250).round] }
hist.each { |name, n| puts "#{name.rjust(6)} |#{"#" * n}#{" " * [12 - n, 0].max}| #{n}" }
puts "|" + "centered".center(20, "*") + "|"
puts "|" + "x".center(4) + "|" + "odd".center(6, "-") + "|"
