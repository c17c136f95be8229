# Struct classes as program classes: methods in Struct.new blocks, members
# read and set through accessors, keyword_init, subclasses, reopening, and
# the forms that stay opaque (outer locals, block parameters, computed members).

class Ledger
  attr_reader :entries

  def initialize
    @entries = []
  end

  def add(entry)
    @entries << entry
    self
  end

  def total
    @entries.sum(&:amount)
  end
end

Entry = Struct.new(:label, :amount) do
  def to_s
    format("%-8s %6.2f", label, amount)
  end

  def scaled(k)
    Entry.new(label, amount * k)
  end

  def tagged
    @tag ||= label.upcase
  end
end

Config = Struct.new(:host, :port, :tls, keyword_init: true) do
  def url
    "#{tls ? 'https' : 'http'}://#{host}:#{port}"
  end
end

class Money < Struct.new(:cents, :currency)
  include Comparable

  def <=>(other)
    cents <=> other.cents
  end

  def +(other)
    Money.new(cents + other.cents, currency)
  end

  def to_s
    format("%d.%02d %s", cents / 100, cents % 100, currency)
  end
end

Range2 = Struct.new(:lo, :hi)

class Range2
  def width
    hi - lo
  end

  def cover?(x)
    x >= lo && x <= hi
  end
end

class Span < Range2
  def initialize(lo, hi)
    super(lo, hi)
    @mid = (lo + hi) / 2.0
  end

  attr_reader :mid
end

module Shapes
  Circle = Struct.new(:r) do
    def area
      (3.14159 * r * r).round(2)
    end
  end

  def self.total_area(list)
    list.sum(&:area)
  end
end

ledger = Ledger.new
ledger.add(Entry.new("rent", 1200.0)).add(Entry.new("food", 310.5))
ledger.add(ledger.entries.first.scaled(0.5))
ledger.entries.each { |e| puts e }
puts ledger.total
e = ledger.entries.last
e.amount += 10
e.label = "half"
p e, e.tagged, e.tagged.frozen?
p e.to_a, e.members, Entry.members, e.size
p e == Entry.new("half", 610.0), e.eql?(Entry.new("half", 610)), e.hash == Entry.new("half", 610.0).hash
p Entry.superclass, Entry.ancestors.take(3), Entry.name
p Entry.new("only")
p e[:label], e[1], e["amount"], e[-1]
e[:amount] = 1
p e.amount, e.to_h, e.each.to_a, e.values_at(0)
d = e.dup
d.label = "copy"
p d, e
frozen = Entry.new("ice", 0).freeze
begin
  frozen.amount = 5
rescue => ex
  p ex.class
end
begin
  Entry.new(1, 2, 3)
rescue ArgumentError => ex
  p ex.message
end

c = Config.new(host: "example.org", port: 443, tls: true)
p c.url, c
c2 = Config.new(host: "localhost")
p c2.port, c2.url, Config.keyword_init?, Entry.keyword_init?
begin
  Config.new(hots: "x")
rescue ArgumentError => ex
  p ex.message
end

wallet = [Money.new(150, "EUR"), Money.new(99, "EUR"), Money.new(1234, "EUR")]
p wallet.max.to_s, wallet.min.cents, wallet.sort.map(&:cents)
puts wallet.reduce { |a, b| a + b }
p Money.superclass.superclass, Money.ancestors.include?(Comparable), Money.new(1, "X") < Money.new(2, "X")

r = Range2.new(3, 10)
p r.width, r.cover?(4), r.cover?(11), r
s = Span.new(2, 5)
p s.width, s.mid, s, s.class.superclass

circles = [Shapes::Circle.new(1), Shapes::Circle.new(2.5)]
p Shapes.total_area(circles), circles.map(&:area)

case e
in { label: String => lbl }
  p lbl
end
label, amount = *e
p [label, amount]
h = { Entry.new("k", 1) => :found }
p h[Entry.new("k", 1)]

# Forms that keep the runtime's opaque Struct class.
prefix = "v"
Versioned = Struct.new(:n) do
  define_method(:tag) { "#{prefix}#{n}" }
end
p Versioned.new(3).tag
Named = Struct.new(:a) do |klass|
  def klass_name
    self.class.name
  end
end
p Named.new(1).klass_name, Named.new(1).a
fields = %i[x y z]
Vec3 = Struct.new(*fields)
v = Vec3.new(1, 2, 3)
p v.x + v.y + v.z, v
Struct.new("Legacy", :id)
p Struct::Legacy.new(7)
