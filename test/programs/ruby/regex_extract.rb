# Log and text processing with regexps: named captures, scan, gsub with hash and block.
LOG = <<~LOG
  2024-03-01 12:00:01 INFO  [web] GET /index.html 200 1532ms user=alice
  2024-03-01 12:00:07 WARN  [db] slow query took 2301ms table=orders
  2024-03-01 12:01:15 ERROR [web] POST /api/cart 500 87ms user=bob
  2024-03-01 12:02:00 INFO  [web] GET /about 200 12ms user=alice
  garbage line without structure
  2024-03-01 12:03:44 ERROR [auth] login failed user=mallory ip=10.0.0.66
LOG

LINE = /\A(?<date>\d{4}-\d\d-\d\d) (?<time>[\d:]+) (?<level>[A-Z]+)\s+\[(?<tag>\w+)\] (?<msg>.*)\z/

entries = LOG.each_line(chomp: true).filter_map do |line|
  m = LINE.match(line) or next
  m.named_captures.transform_keys(&:to_sym)
end
p entries.size, entries.first
p entries.map { |e| e[:level] }.tally, entries.group_by { |e| e[:tag] }.keys

entries.each do |e|
  if (m = e[:msg].match(/(?<verb>GET|POST) (?<path>\S+) (?<status>\d{3})/))
    puts "#{e[:time]} #{m[:verb].ljust(4)} #{m[:path]} -> #{m[:status]} (#{m.pre_match.inspect}, #{m.post_match.strip})"
  end
end

durations = LOG.scan(/(\d+)ms/).flatten.map(&:to_i)
p durations, durations.sum, LOG.scan(/user=(\w+)/).flatten.uniq
pairs = LOG.scan(/(\w+)=([\w.]+)/)
p pairs.first(3), pairs.to_h
p LOG.lines.grep(/ERROR/).map { |l| l[/\[(\w+)\]/, 1] }

if /(?<year>\d+)-(?<month>\d+)/ =~ "released 2023-11"
  p [year, month].map(&:to_i)
end

SUBS = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }.freeze
html = %(<a href="x">Tom & Jerry</a>)
p html.gsub(/[&<>"]/, SUBS)
p "hello world".gsub(/o/, "o" => "0"), "snake_case_words".gsub(/_(\w)/) { $1.upcase }
p "CamelCaseString".gsub(/([a-z])([A-Z])/, '\1_\2').downcase
p "2024-03-01".sub(/(\d+)-(\d+)-(\d+)/, '\3/\2/\1'), "aaa".sub("a") { |s| s.upcase }
p "John Smith".sub(/(?<first>\w+) (?<last>\w+)/, '\k<last>, \k<first>')
p "price: $42".gsub(/\d+/) { |d| (d.to_i * 2).to_s }, "x1y22z333".scan(/[a-z]\d+/)
p "a,b;c d".split(/[,; ]/), "one  two\tthree".split, "a1b2c3".tr("0-9", "#"), "aabbcc".squeeze
md = "key: value # comment".match(/(\w+):\s*(\w+)/)
p md.captures, md.to_a, md.begin(2), md.end(0), md.names, md.values_at(1, 2)
p "foo.bar@example.com" =~ /@/, $~[0], $`, $', "none" =~ /z/
p "Hello World".scan(/o/).size, "Hello World".index(/o/), "Hello World".rindex(/o/)
p "ruby is fun".match?(/\bis\b/), "aBc".swapcase, "text" !~ /\d/
re = Regexp.new("h(.)llo", Regexp::IGNORECASE)
p re.source, re =~ "say HELLO", $1, Regexp.escape("a.b*c"), Regexp.union("a.b", /c+/)
p "tel: 555-1234, 555-9876".gsub(/(\d{3})-(\d{4})/) { "#{$2}-#{$1}" }
words = "The rain in Spain stays mainly in the plain".scan(/\b\w*ain\b/i)
p words, words.map(&:downcase).sort.uniq
p "%s has %d chars" % ["abc", 3], "x-y-z".partition("-"), "x-y-z".rpartition("-")
