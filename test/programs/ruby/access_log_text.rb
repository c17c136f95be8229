# Text processing on a small web access log: scan with groups, gsub with a
# Hash and with a block, tr, squeeze, format, %w[], heredocs with <<~, and
# a summary template filled from named references.

LOG = <<~LOG
  10.0.0.1 - - [12/Mar/2024:10:01:33] "GET /index.html HTTP/1.1" 200 5120 "Mozilla/5.0"
  10.0.0.2 - ann [12/Mar/2024:10:02:10] "POST /login HTTP/1.1" 302 0 "curl/8.1"
  10.0.0.1 - - [12/Mar/2024:10:02:45] "GET /img/logo.png HTTP/1.1" 200 20480 "Mozilla/5.0"
  10.0.0.3 - bob [12/Mar/2024:10:05:00] "GET /admin HTTP/1.1" 403 128 "Mozilla/5.0"
  10.0.0.2 - ann [12/Mar/2024:10:06:12] "GET /search?q=ruby+gems&page=2 HTTP/1.1" 200 9000 "curl/8.1"
  garbage line without structure
  10.0.0.4 - - [12/Mar/2024:11:00:00] "DELETE /api/items/17 HTTP/1.1" 500 64 "python-requests/2.31"
LOG

LINE = /\A(?<ip>[\d.]+) - (?<user>\S+) \[(?<time>[^\]]+)\] "(?<verb>[A-Z]+) (?<path>\S+) [^"]+" (?<status>\d{3}) (?<bytes>\d+) "(?<agent>[^"]*)"/

entries = LOG.each_line.filter_map do |line|
  m = LINE.match(line) or next
  m.named_captures.transform_keys(&:to_sym).tap do |e|
    e[:status] = e[:status].to_i
    e[:bytes] = e[:bytes].to_i
    e[:user] = nil if e[:user] == "-"
  end
end
skipped = LOG.lines.count - entries.size
puts "parsed #{entries.size} entries, skipped #{skipped}"

STATUS_WORDS = { "2" => "ok", "3" => "redirect", "4" => "client error", "5" => "server error" }.freeze
entries.each do |e|
  kind = e[:status].to_s.sub(/\A(\d)\d\d\z/) { STATUS_WORDS[$1] }
  size = e[:bytes] >= 1024 ? format("%.1fK", e[:bytes] / 1024.0) : "#{e[:bytes]}B"
  puts format("%-9s %-6s %-28s %3d %-12s %7s %s", e[:ip], e[:verb], e[:path], e[:status], kind, size, e[:user] || "-")
end

times = LOG.scan(/\[(\d+)\/(\w+)\/(\d+):(\d\d):(\d\d):\d\d\]/)
p times.first, times.map { |_d, _m, _y, hh, mm| "#{hh}h#{mm}" }.uniq.size
hours = times.group_by { |t| t[3] }.transform_values(&:size)
p hours

query = entries.map { |e| e[:path] }.find { |p| p.include?("?") }
params = query.split("?", 2).last.split("&").to_h { |kv| kv.split("=", 2) }
p params, params["q"].tr("+", " ")

agents = entries.map { |e| e[:agent][%r{\A[^/]+}] }
p agents.tally.sort_by { |a, n| [-n, a] }

masked = LOG.lines.first(2).join.gsub(/\d+\.\d+\.\d+\.(\d+)/) { "x.x.x.#{$1}" }
puts masked
puts "GET POST DELETE".gsub(/GET|POST|DELETE/, "GET" => "read", "POST" => "write", "DELETE" => "drop")
puts "hello   world".squeeze(" ").tr("lo", "01"), "ruby".tr("a-y", "b-z"), "a-b_c d".tr("-_ ", ".")
puts "secret".tr("^aeiou", "*"), "Mississippi".squeeze, "Mississippi".delete("s"), "Mississippi".count("is")

methods = %w[GET POST PUT DELETE]
counts = methods.map { |m| [m, entries.count { |e| e[:verb] == m }] }
bytes = entries.sum { |e| e[:bytes] }
errors = entries.select { |e| e[:status] >= 400 }

report = <<~REPORT
  == Summary ==
  Requests: %<total>d (%<users>s)
  Traffic:  %<kb>.2f KiB
  Errors:   %<errors>s
  By verb:
  %<verbs>s
REPORT
puts format(report,
            total: entries.size,
            users: entries.filter_map { |e| e[:user] }.uniq.sort.join(", "),
            kb: bytes / 1024.0,
            errors: errors.map { |e| "#{e[:status]} #{e[:path]}" }.join("; "),
            verbs: counts.map { |m, n| "  #{m.ljust(7, '.')}#{n.to_s.rjust(3)}" }.join("\n"))

template = "Dear {name}, your {item} ships on {day}. {unknown} stays."
values = { "name" => "Ann", "item" => "order #17", "day" => "Monday" }
puts template.gsub(/\{(\w+)\}/) { values.fetch($1, "{#{$1}}") }
puts "%s has %05.1f%% of %+d items" % ["cart", 42.456, 7]
puts "snake_case_words".split("_").map.with_index { |w, i| i.zero? ? w : w.capitalize }.join
puts "CamelCaseString".gsub(/([a-z])([A-Z])/, '\1_\2').downcase
puts "title case me please".split.map(&:capitalize).join(" ").center(30, "*")
