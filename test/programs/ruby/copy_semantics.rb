# freeze, dup and clone: shallow copies, frozen state, singleton methods, initialize_copy.
class Playlist
  attr_reader :name, :songs, :meta

  def initialize(name, songs)
    @name = name
    @songs = songs
    @meta = { plays: 0 }
  end

  def initialize_copy(source)
    super
    @songs = source.songs.dup
    @meta = source.meta.merge(copied_from: source.name)
  end

  def add(song)
    @songs << song
    self
  end

  def rename(n) = @name = n
end

orig = Playlist.new("road trip", %w[a b])
copy = orig.dup
copy.add("c")
copy.rename("road trip 2")
p orig.songs, copy.songs, orig.meta, copy.meta, orig.name, copy.name

s = "hello".freeze
d = s.dup
c = s.clone
c2 = s.clone(freeze: false)
p s.frozen?, d.frozen?, c.frozen?, c2.frozen?, d << " world", (+s).frozen?, (-d).frozen?
begin
  s << "!"
rescue FrozenError => e
  puts "#{e.class}: #{e.message}"
  p e.receiver.equal?(s)
end
begin
  c.upcase!
rescue => e
  puts e.message
end

o = Object.new
def o.greet = "hi from singleton"
p o.clone.greet
begin
  o.dup.greet
rescue NoMethodError => e
  puts "dup drops singleton: #{e.message[/undefined method `\w+'/]}"
end

nested = { list: [1, 2], name: +"n" }.freeze
shallow = nested.dup
shallow[:extra] = true
shallow[:list] << 3
p nested, shallow.keys, nested.frozen?, shallow.frozen?, nested[:list].frozen?
deep = Marshal.load(Marshal.dump(nested)) rescue deep = nested.transform_values { |v| v.dup }
deep[:list] << 4
p nested[:list], deep[:list]

CONFIG = { "env" => "prod", "hosts" => %w[a b].freeze }.freeze
p CONFIG.frozen?, CONFIG["hosts"].frozen?, CONFIG["env"].frozen?
begin
  CONFIG["env"] = "dev"
rescue => e
  puts e.message
end
begin
  CONFIG["hosts"] << "c"
rescue => e
  puts e.message
end

Point = Struct.new(:x, :y)
pt = Point.new(1, 2).freeze
begin
  pt.x = 5
rescue => e
  puts e.class
end
moved = pt.dup
moved.x = 5
p pt, moved, moved.frozen?, pt.clone.frozen?

arr = [+"a", +"b"].freeze
copy = arr.map(&:dup)
copy.first << "!"
p arr, copy, arr.dup.frozen?, arr.clone.frozen?
p 1.frozen?, :sym.frozen?, nil.frozen?, 1.5.frozen?, "lit".frozen?, (1..2).frozen?, [].frozen?
p 42.dup.equal?(42), :a.clone.equal?(:a), nil.dup.inspect
x = Object.new.freeze
begin
  x.instance_variable_set(:@a, 1)
rescue FrozenError => e
  puts e.message.sub(/0x\h+/, "0x..")
end
h = Hash.new { |hh, k| hh[k] = k * 2 }
h2 = h.dup
p h2[4], h.key?(4), h2.default_proc.nil?
str = "abc"
alias_str = str
str += "d"
p alias_str, str, alias_str.equal?(str)
buf = +"x"
ref = buf
buf << "y"
p ref, ref.equal?(buf)
