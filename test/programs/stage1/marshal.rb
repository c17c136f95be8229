# Marshal: ruby's 4.8 format byte for byte (dump sizes and bytes), round trips
# of every dumpable core value, shared and cyclic references, user objects,
# Structs, marshal_dump/marshal_load, depth limits and the TypeErrors.

def hex(s) = s.unpack1("H*")

values = [nil, true, false, 0, 1, -1, 122, 123, -123, -124, 255, 256, -256, 65_536, 2**30 - 1, 2**30, -(2**30),
          -(2**30) - 1, 2**31, 2**62, -(2**62), 2**64 + 1, -(2**100), 1.5, -0.0, 0.0, 100.0, 1e100, 1.0 / 3, 1e-5,
          0.001, 123456.789, Float::INFINITY, -Float::INFINITY, "", "abc", "héllo", "bin\xff".b, :sym, :"é",
          [], [1, [2, [3]]], {}, { a: 1, "b" => [2] }, 1..5, 1...5, ("a".."c"), (1..), Rational(3, 4),
          Complex(1, 2), String, Comparable, /ab+c/i, /é/]
values.each do |v|
  s = Marshal.dump(v)
  back = Marshal.load(s)
  puts format("%-24s %3d %s %s", v.inspect[0, 24], s.bytesize, hex(s)[0, 40], back == v || (v.is_a?(Float) && v.nan?))
end
p Marshal.load(Marshal.dump(Float::NAN)).nan?, Marshal.dump(-0.0) == Marshal.dump(0.0)
p Marshal.load(Marshal.dump("héllo")).encoding, Marshal.load(Marshal.dump("x\xff".b)).encoding

sym_heavy = [:a, :b, :a, "s", "s", :b, [:a]]
p hex(Marshal.dump(sym_heavy)), Marshal.load(Marshal.dump(sym_heavy))

shared = "shared"
arr = [shared, shared, [shared]]
copy = Marshal.load(Marshal.dump(arr))
p copy, copy[0].equal?(copy[1]), copy[2][0].equal?(copy[0]), Marshal.dump(arr).bytesize

cyc = [1]
cyc << cyc
back = Marshal.load(Marshal.dump(cyc))
p back[1].equal?(back), hex(Marshal.dump(cyc))
h = { name: "loop" }
h[:self] = h
hb = Marshal.load(Marshal.dump(h))
p hb[:self].equal?(hb), hb[:name]

d = Hash.new(42)
d[:x] = 1
db = Marshal.load(Marshal.dump(d))
p db[:x], db[:missing], hex(Marshal.dump(d))

class Point
  attr_accessor :x, :y

  def initialize(x, y)
    @x, @y = x, y
  end

  def ==(o) = o.is_a?(Point) && x == o.x && y == o.y
end

module Geo
  class Line
    attr_reader :from, :to, :tags

    def initialize(from, to)
      @from, @to, @tags = from, to, []
    end
  end
end

line = Geo::Line.new(Point.new(0, 0), Point.new(3, 4.5))
line.tags << :main
s = Marshal.dump(line)
lb = Marshal.load(s)
p s.bytesize, lb.class, lb.from == line.from, lb.to.y, lb.tags, lb.from.equal?(line.from)
p hex(Marshal.dump(Point.new(1, 2)))

Pair = Struct.new(:left, :right)
pair = Pair.new("l", [1, 2])
ps = Marshal.dump(pair)
p ps.bytesize, hex(ps), Marshal.load(ps), Marshal.load(ps) == pair

class Temperature
  attr_reader :degrees

  def initialize(degrees) = @degrees = degrees
  def marshal_dump = [@degrees, "C"]
  def marshal_load(data) = @degrees = data.first * 10
end
t = Marshal.load(Marshal.dump(Temperature.new(3)))
p t.degrees, hex(Marshal.dump(Temperature.new(3)))

class Tagged < String; end
tg = Marshal.load(Marshal.dump(Tagged.new("tag")))
p tg.class, tg, hex(Marshal.dump(Tagged.new("tag")))

o = Object.new
o.extend(Comparable)
p hex(Marshal.dump(o)), Marshal.load(Marshal.dump(o)).is_a?(Comparable)

err = ArgumentError.new("bad input")
eb = Marshal.load(Marshal.dump(err))
p eb.class, eb.message, eb.backtrace

frozen = Marshal.load(Marshal.dump([["a"], { k: "v" }]), freeze: true)
p frozen.frozen?, frozen[0].frozen?, frozen[0][0].frozen?, frozen[1][:k].frozen?

[-> { Marshal.dump(proc { 1 }) }, -> { Marshal.dump($stdout) }, -> { Marshal.dump(Hash.new { 1 }) },
 -> { Marshal.dump(Object.new.tap { |x| def x.hi = 1 }) }, -> { Marshal.dump(Class.new) },
 -> { Marshal.dump([[[1]]], 2) }, -> { Marshal.load("\x04\x08[") }, -> { Marshal.load("\x03\x00") },
 -> { Marshal.load("\x04\bo:\x0cNoSuchK\x00") }, -> { Marshal.dump(method(:puts)) }].each do |bad|
  bad.call
  puts "no error"
rescue TypeError, ArgumentError => e
  puts "#{e.class}: #{e.message.sub(/0x\h+/, "0x*")}"
end
p Marshal.dump([[[1]]], 4).bytesize, Marshal::MAJOR_VERSION, Marshal::MINOR_VERSION
require "stringio"
io = StringIO.new
Marshal.dump({ io: [1, 2] }, io)
io.rewind
p Marshal.load(io), io.string.bytesize
