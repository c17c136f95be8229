# text output: tables, histograms, bars
Row = Struct.new(:city, :pop, :area, :country)
data = [
  Row.new("Tokyo", 13_960_000, 2194.07, "Japan"),
  Row.new("Delhi", 16_787_941, 1484.0, "India"),
  Row.new("Lagos", 15_388_000, 1171.28, "Nigeria"),
  Row.new("Zürich", 421_878, 87.88, "Switzerland"),
  Row.new("Reykjavík", 131_136, 273.0, "Iceland")
]

def commas(n) = n.to_s.reverse.scan(/\d{1,3}/).join(",").reverse

headers = %w[City Population Area Density Country]
rows = data.map { |r| [r.city, commas(r.pop), format("%.1f", r.area), format("%.0f", r.pop / r.area), r.country] }
widths = headers.each_index.map { |i| ([headers[i]] + rows.map { |r| r[i] }).map(&:length).max }
sep = "+" + widths.map { |w| "-" * (w + 2) }.join("+") + "+"
fmt_row = ->(cells, align) { "| " + cells.each_with_index.map { |c, i| align[i] == :r ? c.rjust(widths[i]) : c.ljust(widths[i]) }.join(" | ") + " |" }
align = %i[l r r r l]
puts sep, fmt_row.(headers, [:l] * 5), sep.tr("-", "=")
rows.each { |r| puts fmt_row.(r, align) }
puts sep
puts "Total population: #{commas(data.sum(&:pop))}"

scores = [3, 7, 7, 2, 9, 5, 7, 3, 8, 10, 1, 5, 5, 6, 7, 8, 8, 4, 6, 7]
hist = scores.tally.sort.to_h
puts "Histogram:"
(1..10).each { |k| puts format("%2d | %-10s %s", k, "*" * hist.fetch(k, 0), hist[k] ? "(#{hist[k]})" : "") }
max = hist.values.max
puts "Vertical:"
max.downto(1) { |lvl| puts (1..10).map { |k| hist.fetch(k, 0) >= lvl ? " # " : "   " }.join.rstrip }
puts (1..10).map { |k| k.to_s.center(3) }.join
buckets = scores.group_by { |s| (s - 1) / 3 }.sort.map { |b, v| ["#{b * 3 + 1}-#{b * 3 + 3}", v.size] }
buckets.each { |label, n| puts "#{label.rjust(5)} #{'█' * n} #{(100.0 * n / scores.size).round(1)}%" }
mean = scores.sum.to_f / scores.size
var = scores.sum { |s| (s - mean)**2 } / scores.size
sorted = scores.sort
median = sorted.size.even? ? (sorted[sorted.size / 2 - 1] + sorted[sorted.size / 2]) / 2.0 : sorted[sorted.size / 2]
puts format("mean=%.2f sd=%.3f median=%s mode=%s", mean, Math.sqrt(var), median, hist.max_by { |k, v| [v, -k] }.first)
puts "%-12s%s" % ["progress:", "[" + "=" * 7 + ">" + " " * 12 + "]"]
[0, 0.25, 0.5, 1].each { |f| puts "[#{('#' * (f * 20).round).ljust(20, '.')}] #{(f * 100).to_i}%" }
box = ["Hello", "kiln compiler", "!"]
w = box.map(&:size).max
puts "┌" + "─" * (w + 2) + "┐"
box.each { |l| puts "│ #{l.center(w)} │" }
puts "└" + "─" * (w + 2) + "┘"
