# Analyze web-server style log lines: named captures, group_by, percentiles, histograms.
LOG = <<~LOG
  10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120 0.012
  10.0.0.2 - - [12/Mar/2024:10:00:03] "GET /api/users HTTP/1.1" 200 830 0.120
  10.0.0.1 - - [12/Mar/2024:10:00:04] "POST /api/login HTTP/1.1" 302 0 0.300
  10.0.0.3 - - [12/Mar/2024:10:01:10] "GET /missing HTTP/1.1" 404 150 0.004
  10.0.0.2 - - [12/Mar/2024:10:01:15] "GET /api/users/7 HTTP/1.1" 200 410 0.095
  10.0.0.4 - - [12/Mar/2024:10:02:00] "GET /index.html HTTP/1.1" 304 0 0.002
  garbage line that does not parse
  10.0.0.1 - - [12/Mar/2024:10:02:30] "DELETE /api/users/7 HTTP/1.1" 500 64 1.250
  10.0.0.5 - - [12/Mar/2024:10:03:45] "GET /api/users HTTP/1.1" 200 845 0.110
  10.0.0.2 - - [12/Mar/2024:10:04:01] "GET /static/app.js HTTP/1.1" 200 20480 0.030
LOG

LINE_RE = %r{\A(?<ip>\S+) \S+ \S+ \[(?<time>[^\]]+)\] "(?<verb>[A-Z]+) (?<path>\S+) [^"]+" (?<status>\d{3}) (?<bytes>\d+) (?<secs>[\d.]+)\z}

Entry = Struct.new(:ip, :time, :verb, :path, :status, :bytes, :secs, keyword_init: true) do
  def minute = time[/\d+:\d+(?=:\d+\z)/]
  def error? = status >= 400
  def section = path.split("/")[1] || "/"
end

entries = []
bad = []
LOG.each_line(chomp: true).with_index(1) do |line, no|
  if (m = LINE_RE.match(line))
    h = m.named_captures.transform_keys(&:to_sym)
    h[:status] = h[:status].to_i
    h[:bytes] = h[:bytes].to_i
    h[:secs] = h[:secs].to_f
    entries << Entry.new(**h)
  else
    bad << no
  end
end
puts "parsed #{entries.size} entries, unparsable lines: #{bad.inspect}"

puts "\nstatus codes:"
entries.group_by { |e| e.status / 100 }.sort.each do |klass, es|
  puts "  #{klass}xx: #{es.size} (#{es.map(&:status).uniq.sort.join(', ')})"
end

puts "\ntop paths:"
entries.map(&:path).tally.sort_by { |path, n| [-n, path] }.first(3).each { |path, n| puts "  #{n}  #{path}" }

puts "\nby ip:"
entries.group_by(&:ip).each do |ip, es|
  puts format("  %-9s reqs=%d bytes=%6d avg=%.3fs", ip, es.size, es.sum(&:bytes), es.sum(&:secs) / es.size)
end

times = entries.map(&:secs).sort
pct = ->(q) { times[((times.size - 1) * q).round] }
puts "\nlatency p50=#{pct.(0.5)} p90=#{pct.(0.9)} max=#{times.max} mean=#{(times.sum / times.size).round(4)}"
puts "slow (>0.25s): " + entries.select { |e| e.secs > 0.25 }.map { |e| "#{e.verb} #{e.path}" }.join("; ")
puts "errors: #{entries.count(&:error?)}, error rate #{(100.0 * entries.count(&:error?) / entries.size).round(1)}%"

puts "\nper minute:"
entries.group_by(&:minute).each { |min, es| puts "  #{min} #{'|' * es.size}" }

puts "\nsections: #{entries.map(&:section).tally}"
verbs = entries.map(&:verb).uniq.sort
puts "verbs: #{verbs.join('/')}"
largest = entries.max_by(&:bytes)
puts "largest: #{largest.path} #{(largest.bytes / 1024.0).round(1)} KiB"
ids = entries.filter_map { |e| e.path[%r{/users/(\d+)}, 1]&.to_i }
puts "user ids touched: #{ids.uniq}"
first, last = entries.minmax_by(&:time)
puts "window: #{first.time} .. #{last.time}"
puts entries.partition { |e| e.verb == "GET" }.map(&:size).inspect
puts entries.each_slice(3).map { |sl| sl.sum(&:bytes) }.inspect
summary = entries.each_with_object(Hash.new { |h, k| h[k] = Hash.new(0) }) { |e, acc| acc[e.ip][e.status] += 1 }
p summary
