# Collatz sequences: lengths, peaks, and a text histogram.
class Collatz
  def initialize
    @lengths = { 1 => 1 }
  end

  def length(n)
    path = []
    until @lengths.key?(n)
      path << n
      n = n.even? ? n / 2 : 3 * n + 1
    end
    base = @lengths[n]
    path.reverse_each.with_index(1) { |m, i| @lengths[m] = base + i }
    @lengths[path.first || n]
  end

  def sequence(n)
    seq = [n]
    seq << (seq.last.even? ? seq.last / 2 : 3 * seq.last + 1) while seq.last != 1
    seq
  end
end

c = Collatz.new
puts "27: #{c.sequence(27).length} steps, peak #{c.sequence(27).max}"
puts "first terms of 27: #{c.sequence(27).first(12).join(' -> ')} ..."
puts "6: #{c.sequence(6).join(' ')}"

limit = 10_000
lengths = (1..limit).map { |n| [n, c.length(n)] }
longest = lengths.max_by { |n, len| [len, -n] }
puts "longest under #{limit}: #{longest[0]} with #{longest[1]} terms"

records = []
best = 0
lengths.each do |n, len|
  next unless len > best
  best = len
  records << n
end
puts "record setters: #{records.first(15).join(', ')}"

buckets = lengths.group_by { |_, len| (len - 1) / 20 * 20 }.transform_values(&:size).sort.to_h
scale = buckets.values.max / 50.0
puts "\nlength histogram (each # ~ #{scale.round(1)} numbers)"
buckets.each do |lo, count|
  label = "#{lo + 1}-#{lo + 20}".rjust(7)
  bar = "#" * (count / scale).ceil
  puts "#{label} | #{bar.ljust(50)} | #{count.to_s.rjust(4)}"
end

peaks = (1..limit).map { |n| c.sequence(n).max }
puts "\nhighest peak: #{peaks.max} reached from #{peaks.index(peaks.max) + 1}"
puts "peaks over 1e6: #{peaks.count { |p| p > 1_000_000 }}"
avg = lengths.sum { |_, len| len }.fdiv(limit)
puts "average length: #{avg.round(3)}"
puts format("median length: %d, mode: %d", lengths.map(&:last).sort[limit / 2], lengths.map(&:last).tally.max_by { |len, k| [k, -len] }.first)

stopping = (2..30).map do |n|
  steps = 0
  m = n
  until m < n
    m = m.even? ? m / 2 : 3 * m + 1
    steps += 1
  end
  steps
end
puts "stopping times 2..30: #{stopping.join(' ')}"
