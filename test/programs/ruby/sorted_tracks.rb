# A playlist: Comparable tracks (durations), an Enumerable sorted collection
# kept in order with bsearch_index, and Comparable#clamp / between?.

class Duration
  include Comparable
  attr_reader :seconds

  def initialize(seconds) = @seconds = seconds

  def self.parse(text)
    parts = text.split(":").map { Integer(_1, 10) }
    new(parts.reverse.each_with_index.sum { |v, i| v * 60**i })
  end

  def <=>(other) = other.is_a?(Duration) ? seconds <=> other.seconds : nil
  def +(other) = Duration.new(seconds + other.seconds)
  def coerce(n) = [Duration.new(n), self]
  def hash = seconds.hash
  def eql?(other) = other.is_a?(Duration) && seconds == other.seconds

  def to_s
    h, rest = seconds.divmod(3600)
    m, s = rest.divmod(60)
    h.zero? ? format("%d:%02d", m, s) : format("%d:%02d:%02d", h, m, s)
  end

  def inspect = "#<Duration #{self}>"
end

Track = Struct.new(:title, :artist, :length, :plays) do
  include Comparable
  def <=>(other) = [artist, title] <=> [other.artist, other.title]
  def to_s = "#{artist} - #{title} (#{length})"
end

class SortedList
  include Enumerable

  def initialize(items = [], &key)
    @key = key || :itself.to_proc
    @items = []
    items.each { |i| add(i) }
  end

  def add(item)
    k = @key.(item)
    idx = @items.bsearch_index { |x| (@key.(x) <=> k) > 0 } || @items.size
    @items.insert(idx, item)
    self
  end
  alias << add

  def each(&) = @items.each(&)
  def size = @items.size
  def [](i) = @items[i]
  def between(lo, hi) = @items.select { |x| @key.(x).between?(lo, hi) }
  def to_s = "[#{@items.join(', ')}]"
end

d = %w[3:45 12:05 0:59 1:02:03 4:00].map { Duration.parse(_1) }
p d
p d.sort, d.min, d.max, d.minmax, d.sum(Duration.new(0))
p Duration.parse("4:00") == Duration.new(240), Duration.new(60) < Duration.new(61)
p Duration.new(10).clamp(Duration.new(30), Duration.new(90)), Duration.new(100).clamp(Duration.new(30), Duration.new(90))
p Duration.new(45).between?(Duration.new(30), Duration.new(90)), 45.clamp(50, 60), 3.7.clamp(1, 3), "m".clamp("a", "f")
p 15.clamp(..10), 5.clamp(7..), d.uniq.size, d.tally.size
begin
  Duration.new(1) < 5
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  Duration.new(5).clamp(Duration.new(9), Duration.new(1))
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

TRACKS = <<~CSV.lines(chomp: true).map { |l| l.split("|") }
  Blue in Green|Miles Davis|5:37|120
  So What|Miles Davis|9:22|340
  Naima|John Coltrane|4:21|80
  Giant Steps|John Coltrane|4:43|210
  Take Five|Dave Brubeck|5:24|400
  Blue Rondo a la Turk|Dave Brubeck|6:44|90
CSV

tracks = TRACKS.map { |t, a, l, n| Track.new(t, a, Duration.parse(l), n.to_i) }
puts tracks.sort
puts tracks.min, tracks.max
p tracks.sort.map(&:title) == tracks.sort_by { [_1.artist, _1.title] }.map(&:title)

by_length = SortedList.new(tracks, &:length)
puts by_length.map { |t| "#{t.length.to_s.rjust(5)} #{t.title}" }
by_length << Track.new("Interlude", "Nobody", Duration.new(30), 0)
p by_length.size, by_length.first.title, by_length[-1].title
p by_length.between(Duration.parse("4:30"), Duration.parse("6:00")).map(&:title)
p by_length.each_slice(3).map { |g| g.sum(Duration.new(0)) { _1.length }.to_s }
p by_length.max_by(&:plays).title, by_length.sort_by { -_1.plays }.first(2).map(&:title)
p by_length.group_by(&:artist).transform_values { |ts| ts.sum(&:plays) }
p by_length.partition { _1.length > Duration.new(300) }.map(&:size)
p by_length.each_cons(2).count { |a, b| a.artist == b.artist }
p by_length.reduce(Duration.new(0)) { |acc, t| acc + t.length }
p by_length.min(2).map(&:to_s), by_length.sort.first.title
p by_length.include?(tracks[0]), by_length.find_index { _1.title.start_with?("G") }
p by_length.each_with_index.map { |t, i| "#{i + 1}.#{t.title[0]}" }.join(" ")
p by_length.zip(1..3).first(2).map { |t, n| [t.title, n] }

numbers = SortedList.new([5, 3, 9, 1, 7])
numbers << 4 << 10 << 0
puts numbers
p numbers.to_a, numbers.sum, numbers.minmax, numbers.each_slice(3).to_a, numbers.lazy.select(&:odd?).to_a
words = SortedList.new(%w[pear fig banana kiwi apple], &:size)
p words.to_a, words.chunk_while { |a, b| a.size == b.size }.to_a
