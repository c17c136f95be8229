# Meeting-room booking with minute-of-day intervals: merge overlapping
# ranges, find free slots, count rooms needed with a sweep line, and
# format times with divmod and format.
Meeting = Struct.new(:title, :start, :finish, :room, keyword_init: true) do
  include Comparable

  def <=>(other) = [start, finish, title] <=> [other.start, other.finish, other.title]
  def range = start...finish
  def minutes = finish - start
  def overlaps?(other) = start < other.finish && other.start < finish
end

def parse_time(hhmm)
  h, m = hhmm.split(":").map { Integer(_1, 10) }
  raise ArgumentError, "bad time #{hhmm}" unless (0..23).cover?(h) && (0..59).cover?(m)
  h * 60 + m
end

def fmt(minutes) = format("%02d:%02d", *minutes.divmod(60))

def fmt_span(mins)
  h, m = mins.divmod(60)
  [("#{h}h" if h.positive?), ("#{m}m" if m.positive? || h.zero?)].compact.join(" ")
end

RAW = <<~CSV
  Standup,09:00,09:15,A
  Design review,09:30,11:00,B
  1:1 Ana,10:00,10:30,A
  Lunch talk,12:00,13:00,A
  Planning,10:45,12:15,C
  Retro,15:00,16:00,B
  Interview,15:30,16:30,A
  Late sync,17:45,18:05,C
  Broken,25:00,26:00,Z
  Hiring,13:00,13:45,B
CSV

meetings = []
RAW.each_line(chomp: true) do |line|
  title, from, to, room = line.split(",")
  meetings << Meeting.new(title: title, start: parse_time(from), finish: parse_time(to), room: room)
rescue ArgumentError => e
  puts "skipping #{title.inspect}: #{e.message}"
end

meetings.sort.each do |m|
  puts format("%-14s %s-%s  room %s  %6s", m.title, fmt(m.start), fmt(m.finish), m.room, fmt_span(m.minutes))
end

merged = meetings.map(&:range).sort_by(&:begin).each_with_object([]) do |r, acc|
  if acc.any? && r.begin <= acc.last.end
    acc[-1] = acc.last.begin...[acc.last.end, r.end].max
  else
    acc << r
  end
end
puts "busy: " + merged.map { |r| "#{fmt(r.begin)}-#{fmt(r.end)}" }.join(", ")

day = parse_time("08:30")...parse_time("18:30")
edges = [day.begin, *merged.flat_map { [_1.begin, _1.end] }, day.end]
free = edges.each_slice(2).map { |a, b| a...b }.reject { |r| r.size < 15 }
puts "free (>=15m): " + free.map { |r| "#{fmt(r.begin)}-#{fmt(r.end)} (#{fmt_span(r.size)})" }.join(", ")
puts "longest free: #{fmt_span(free.map(&:size).max)}, total busy #{fmt_span(merged.sum(&:size))}"

events = meetings.flat_map { |m| [[m.start, 1], [m.finish, -1]] }.sort
peak, at = events.each_with_object([0, 0, nil]) do |(t, d), st|
  st[0] += d
  st[1], st[2] = st[0], t if st[0] > st[1]
end.drop(1)
puts "rooms needed: #{peak} (first at #{fmt(at)})"

clashes = meetings.combination(2).select { |a, b| a.room == b.room && a.overlaps?(b) }
clashes.each { |a, b| puts "clash in #{a.room}: #{a.title} / #{b.title}" }
puts "no clashes" if clashes.empty?

by_room = meetings.group_by(&:room).transform_values { |ms| ms.sum(&:minutes) }
by_room.sort.each { |room, mins| puts "#{room}: #{fmt_span(mins).rjust(6)} #{'*' * (mins / 15)}" }

hour_load = Hash.new(0)
meetings.each { |m| m.range.step(15) { |t| hour_load[t / 60] += 15 } }
puts (8..18).map { |h| "#{h.to_s.rjust(2)}:#{(hour_load[h] / 15).to_s}" }.join(" ")

probe = Meeting.new(title: "Probe", start: parse_time("10:15"), finish: parse_time("10:50"))
puts "probe overlaps: #{meetings.select { _1.overlaps?(probe) }.map(&:title).sort.join(', ')}"
p probe.to_h, meetings.min.title, meetings.max_by(&:minutes).title
p (600...660).cover?(630...650), (600...660).include?(660), (600..660).to_a.values_at(0, -1), (0...1440).step(360).to_a
p meetings.minmax.map(&:title), meetings.sum(&:minutes).fdiv(meetings.size).round(2)
