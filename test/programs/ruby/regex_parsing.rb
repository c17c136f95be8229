# Log parsing with Regexp: match, named captures, scan, gsub with hash/block, =~ with $1.
LOG = <<~LOG
  2024-01-15 10:23:45 INFO  [auth] user=alice action=login ip=10.0.0.1
  2024-01-15 10:24:02 WARN  [disk] usage=91% mount=/var
  2024-01-15 10:25:13 ERROR [auth] user=bob action=login ip=10.0.0.7 reason="bad password"
  2024-01-15 10:26:00 INFO  [web] GET /index.html 200 1532ms
  2024-01-15 10:26:01 INFO  [web] POST /api/items 201 88ms
  2024-01-15 10:27:30 ERROR [web] GET /missing 404 3ms
  garbage line without structure
  2024-01-15 10:28:45 INFO  [auth] user=alice action=logout ip=10.0.0.1
LOG

LINE_RE = /\A(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>\w+)\s+\[(?<tag>\w+)\] (?<msg>.*)\z/

entries = LOG.lines.map(&:chomp).filter_map do |line|
  m = LINE_RE.match(line)
  unless m
    puts "unparsed: #{line.inspect}"
    next
  end
  { time: m[:time], level: m[:level], tag: m["tag"], msg: m[:msg] }
end

puts "#{entries.size} entries"
entries.group_by { |e| e[:level] }.each do |level, es|
  puts "#{level.ljust(5)} #{es.size}"
end

entries.select { |e| e[:tag] == "auth" }.each do |e|
  fields = e[:msg].scan(/(\w+)=("[^"]*"|\S+)/).to_h
  puts "#{e[:time]} #{fields['user']} #{fields['action']}#{fields['reason'] ? " (#{fields['reason'].delete('"')})" : ''}"
end

entries.each do |e|
  next unless e[:msg] =~ %r{\A(GET|POST) (\S+) (\d{3}) (\d+)ms\z}
  verb, path, status, ms = $1, $2, $3.to_i, $4.to_i
  flag = status >= 400 ? " <-- error" : ""
  puts format("%-4s %-12s %d %5dms%s", verb, path, status, ms, flag)
end

ips = LOG.scan(/\b\d{1,3}(?:\.\d{1,3}){3}\b/).uniq
puts "IPs: #{ips.join(', ')}"
puts LOG.lines.first.gsub(/\d/) { |d| (9 - d.to_i).to_s }
puts "levels: " + LOG.scan(/INFO|WARN|ERROR/).tally.map { |k, v| "#{k}:#{v}" }.join(" ")
redacted = LOG.lines[2].gsub(/user=\w+/, "user=[REDACTED]").sub(/ip=\S+/) { |m| m.sub(/\d+\z/, "xxx") }
puts redacted
puts "date".gsub(/[aeiou]/, "a" => "4", "e" => "3")
puts "2024-01-15".split("-").map(&:to_i).inspect
if "usage=91%" =~ /usage=(\d+)%/
  puts "disk at #{$1}% (pre=#{$`.inspect} match=#{$&})"
end
md = "John Smith, age 42".match(/(\w+) (\w+), age (\d+)/)
puts md.captures.inspect, md.pre_match.inspect, md[0]
puts "no match".match(/\d/).inspect
puts "a1b22c333".scan(/[a-z]\d+/).inspect
puts "phone: 555-123-4567".sub(/(\d{3})-(\d{3})-(\d{4})/, '(\1) \2-\3')
puts "x,y;z w".split(/[,; ]/).inspect
puts "The Cat sat".scan(/\b[A-Z]\w*/).inspect
puts "aaa".gsub(/a/, "a" => "b")
puts "hello" !~ /z/
puts "test123abc".slice(/\d+/)
puts "key: value".match?(/:\s/)
