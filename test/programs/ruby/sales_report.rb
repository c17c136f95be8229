# A CSV-ish sales report: parse rows, aggregate, print aligned tables.
DATA_TEXT = <<~CSV
  region,rep,product,units,unit_price
  North,Alice,Widget,12,2.50
  North,Bob,Gadget,3,19.99
  South,Carol,Widget,40,2.25
  South,Carol,Gizmo,7,7.75
  East,Dan,Gadget,1,21.00
  North,Alice,Gizmo,5,8.00
  East,Erin,Widget,22,2.40
  South,Frank,Gadget,9,18.50
CSV

Sale = Struct.new(:region, :rep, :product, :units, :unit_price, keyword_init: true) do
  def total = units * unit_price
end

header, *lines = DATA_TEXT.lines(chomp: true)
keys = header.split(",").map(&:to_sym)
sales = lines.map do |line|
  row = keys.zip(line.split(",")).to_h
  row[:units] = row[:units].to_i
  row[:unit_price] = row[:unit_price].to_f
  Sale.new(**row)
end

def table(headers, rows, align)
  widths = headers.each_index.map { |i| ([headers[i]] + rows.map { |r| r[i] }).map { |c| c.to_s.length }.max }
  sep = "+" + widths.map { |w| "-" * (w + 2) }.join("+") + "+"
  fmt = lambda do |cells|
    "| " + cells.each_with_index.map { |c, i| align[i] == :r ? c.to_s.rjust(widths[i]) : c.to_s.ljust(widths[i]) }.join(" | ") + " |"
  end
  [sep, fmt.(headers), sep, *rows.map(&fmt), sep].join("\n")
end

money = ->(x) { format("%.2f", x) }
rows = sales.map { |s| [s.region, s.rep, s.product, s.units, money[s.unit_price], money[s.total]] }
puts table(%w[Region Rep Product Units Price Total], rows, %i[l l l r r r])

by_region = sales.group_by(&:region).transform_values { |ss| ss.sum(&:total) }
puts
by_region.sort_by { |_, t| -t }.each do |region, total|
  bar = "#" * (total / 10).round
  puts "#{region.ljust(6, '.')}#{money[total].rjust(9)} #{bar}"
end

puts
puts "%-8s %5s %8s" % %w[Product Units Revenue]
sales.group_by(&:product).sort.each do |product, ss|
  puts "%-8s %5d %8.2f" % [product, ss.sum(&:units), ss.sum(&:total)]
end
top = sales.max_by(&:total)
printf("Top sale: %s sold %d %s for %.2f (%.1f%% of all)\n", top.rep, top.units, top.product,
       top.total, 100.0 * top.total / sales.sum(&:total))
reps = sales.each_with_object(Hash.new(0)) { |s, h| h[s.rep] += s.units }
puts reps.map { |r, u| "#{r}:#{u}" }.join(" ")
puts "centered".center(30, "*")
puts format("%08.3f|%+d|%x|%o|%e|%-6s|%6s|", 3.14159, 42, 255, 8, 12345.678, "ab", "cd")
puts format("%05d|%.3s|%c|%%|%10.4f|%-10.2e|", -42, "abcdef", 65, Math::PI, 0.000123)
avg = sales.sum(&:unit_price) / sales.size
puts "average price #{avg.round(3)}; median units #{sales.map(&:units).sort[sales.size / 2]}"
p sales.first.to_h
