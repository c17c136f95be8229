# Report generation with heredocs, center, and multi-line formatting.
Sale = Struct.new(:region, :quarter, :amount)

SALES = [
  Sale.new("North", 1, 12_500), Sale.new("North", 2, 15_200), Sale.new("North", 3, 9_800),
  Sale.new("South", 1, 8_300), Sale.new("South", 2, 9_100), Sale.new("South", 4, 14_000),
  Sale.new("East", 1, 22_000), Sale.new("East", 3, 18_750), Sale.new("West", 2, 5_000),
]

def money(n)
  whole = n.to_s.reverse.gsub(/(\d{3})(?=\d)/, '\1,').reverse
  "$#{whole}"
end

title = "Quarterly Sales Report"
width = 50
puts "=" * width
puts title.center(width)
puts "=" * width

header = <<~HEAD
  Region    Q1        Q2        Q3        Q4        Total
  ------    --        --        --        --        -----
HEAD
print header

regions = SALES.map(&:region).uniq
regions.each do |region|
  by_q = Array.new(4, 0)
  SALES.select { |s| s.region == region }.each { |s| by_q[s.quarter - 1] += s.amount }
  cells = by_q.map { |v| (v.zero? ? "-" : v.to_s).ljust(10) }
  puts "#{region.ljust(10)}#{cells.join}#{by_q.sum}"
end

total = SALES.sum(&:amount)
best = SALES.max_by(&:amount)
summary = <<~SUMMARY

  Summary
  -------
  Total sales:   #{money(total)}
  Best quarter:  #{best.region} Q#{best.quarter} (#{money(best.amount)})
  Average sale:  #{money(total / SALES.size)}
  Regions:       #{regions.join(", ")}
SUMMARY
puts summary

raw = <<-RAW
    indented text keeps its spaces
    second line
    RAW
puts raw
literal = <<~'LIT'
  No #{interpolation} here\n
LIT
puts literal
def box(text)
  lines = text.lines.map(&:chomp)
  w = lines.map(&:length).max
  ["+" + "-" * (w + 2) + "+", *lines.map { |l| "| #{l.ljust(w)} |" }, "+" + "-" * (w + 2) + "+"].join("\n")
end
puts box(<<~TXT)
  kiln
  compiles Ruby
  to C
TXT
puts [1, 2, 3].map { |i| <<~ROW.chomp }.join(" / ")
  row #{i}
ROW
