# A playlist collection: Track is Comparable, Playlist includes Enumerable
# through #each, and a report leans on the Enumerable toolbox.

require "set"

class Track
  include Comparable
  attr_reader :title, :artist, :seconds, :genre

  def initialize(title, artist, seconds, genre)
    @title, @artist, @seconds, @genre = title, artist, seconds, genre
  end

  def <=>(other)
    [artist, title] <=> [other.artist, other.title]
  end

  def length
    format("%d:%02d", *seconds.divmod(60))
  end

  def to_s = "#{artist} - #{title} (#{length})"
end

class Playlist
  include Enumerable

  def initialize(name)
    @name = name
    @tracks = []
  end

  def <<(track)
    @tracks << track
    self
  end

  def each(&block)
    return enum_for(:each) unless block
    @tracks.each(&block)
    self
  end

  def duration = sum(&:seconds)
end

list = Playlist.new("mix")
[
  ["Blue Train", "Coltrane", 643, :jazz], ["So What", "Davis", 562, :jazz],
  ["Paranoid", "Sabbath", 170, :rock], ["Naima", "Coltrane", 261, :jazz],
  ["Iron Man", "Sabbath", 356, :rock], ["Teardrop", "Massive", 330, :trip],
  ["Angel", "Massive", 379, :trip], ["Freddie", "Davis", 589, :jazz],
  ["War Pigs", "Sabbath", 475, :rock]
].each { |t| list << Track.new(*t) }

puts "sorted:"
list.sort.each { |t| puts "  #{t}" }
puts "min/max: #{list.min.title} / #{list.max.title}"
puts "shortest: #{list.min_by(&:seconds)}"
puts "longest two: #{list.max_by(2, &:seconds).map(&:title).join(', ')}"
puts "total: #{list.duration / 60} min #{list.duration % 60} s"
puts "count > 6 min: #{list.count { |t| t.seconds > 360 }}"
p list.map(&:genre).tally
p list.group_by(&:artist).transform_values { |ts| ts.map(&:title) }
short, long = list.partition { |t| t.seconds < 400 }
puts "short: #{short.map(&:title).join(', ')}"
puts "long:  #{long.map(&:title).join(', ')}"

puts "pages of 4:"
list.each_slice(4).with_index(1) { |page, i| puts "  #{i}: #{page.map(&:title).join(' / ')}" }
puts "transitions:"
list.each_cons(2).select { |a, b| a.genre != b.genre }.each { |a, b| puts "  #{a.genre} -> #{b.genre} at #{b.title}" }
runs = list.chunk_while { |a, b| a.genre == b.genre }.map { |run| [run.first.genre, run.size] }
p runs
p list.map(&:seconds).slice_when { |a, b| b < a }.to_a
p list.first(3).map(&:title).zip(list.to_a.last(3).map(&:artist))
p list.flat_map { |t| t.title.split }.first(6)
p list.map(&:seconds).inject(:+), list.inject(0) { |s, t| s + t.seconds / 60 }
p list.each_with_index.map { |t, i| "#{i}:#{t.title[0, 3]}" }
p list.each_with_object(Hash.new(0)) { |t, h| h[t.artist] += t.seconds }.max_by { |_, v| v }
p list.sort_by { |t| [-t.seconds, t.title] }.take(2).map(&:title)
p list.find { |t| t.artist == "Davis" }&.title, list.include?(list.first), list.reduce { |a, b| a.seconds > b.seconds ? a : b }.title
p list.minmax_by(&:seconds).map(&:title), list.sum { |t| t.seconds.fdiv(60) }.round(2)
p list.lazy.select { |t| t.genre == :rock }.map(&:title).first(2)
p list.each_entry.to_a.size, list.uniq(&:artist).map(&:artist), list.to_set.size
p list.min(2).map(&:title), list.sort.reverse.first.title
p list.first.between?(list.min, list.max), list.first.clamp(list.max, list.max).title
