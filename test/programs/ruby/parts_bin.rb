# Inventory of parts: Struct with Comparable, sorting, searching and restocking.
Part = Struct.new(:sku, :name, :qty, :price_cents) do
  include Comparable

  def <=>(other) = [name, sku] <=> [other.name, other.sku]
  def value = qty * price_cents
  def low? = qty < 5
  def to_s = format("%-6s %-14s %4d @ %6.2f", sku, name, qty, price_cents / 100.0)
end

class Inventory
  include Enumerable

  def initialize(parts = []) = @parts = parts.to_h { |p| [p.sku, p] }
  def each(&) = @parts.each_value(&)
  def [](sku) = @parts.fetch(sku) { raise KeyError, "unknown sku #{sku}" }
  def add(part) = (@parts[part.sku] = part; self)

  def restock(sku, n)
    part = self[sku]
    part.qty += n
    part
  end

  def take(sku, n)
    part = self[sku]
    raise ArgumentError, "only #{part.qty} #{part.name} left" if n > part.qty
    part.qty -= n
    part
  end
end

inv = Inventory.new([
  Part.new("B-12", "bolt", 120, 15),
  Part.new("N-07", "nut", 3, 5),
  Part.new("W-01", "washer", 40, 2),
  Part.new("G-55", "gear", 4, 1250),
  Part.new("S-09", "spring", 0, 75),
  Part.new("B-10", "bolt", 8, 22)
])

puts inv.sort.map(&:to_s)
puts "--"
puts inv.min, inv.max
p inv.sort.first(2).map(&:sku), inv.minmax.map(&:sku)
p inv.select(&:low?).map(&:name), inv.reject(&:low?).count
p inv.sum(&:value), inv.map(&:value).max, inv.sort_by { |x| -x.value }.first.sku
p inv.find { |x| x.qty.zero? }&.name, inv.find { |x| x.qty > 1000 }&.name
p inv.group_by(&:name).transform_values { |ps| ps.sum(&:qty) }
p inv.partition { |x| x.price_cents > 20 }.map { |ps| ps.map(&:sku) }
p inv.each_slice(4).map { |ps| ps.map(&:sku).join(",") }
p inv.to_a.size, inv.include?(inv["W-01"]), inv.first.sku, inv.first(2).map(&:qty)
p inv.each_with_index.map { |x, i| "#{i}:#{x.sku}" }.join(" ")

p inv.restock("N-07", 10).qty, inv.take("B-12", 20).qty
begin
  inv.take("G-55", 5)
rescue ArgumentError => e
  puts "cannot take: #{e.message}"
end
begin
  inv["X-00"]
rescue KeyError => e
  puts "lookup failed: #{e.message}"
end

a = Part.new("A", "axle", 1, 100)
b = Part.new("A", "axle", 1, 100)
p a == b, a.eql?(b), a.equal?(b), a.hash == b.hash, a.between?(inv.min, inv.max)
p a.clamp(inv["B-12"], inv["W-01"]).sku
p a.to_a, a.members, Part.members.size, a.to_h.keys
a.qty = 7
p a, a == b, a.values_at(0, 2), a.each.to_a.last
p Part.new("Z").to_a, Part.new("Q", "q").qty.nil?
begin
  Part.new(1, 2, 3, 4, 5)
rescue ArgumentError => e
  puts "too many: #{e.message}"
end
h = { a => :first }
p h[Part.new("A", "axle", 7, 100)], h.key?(b)
x, y, *rest = *inv["B-10"]
p [x, y, rest]
case inv["G-55"]
in { name: "gear", qty: Integer => q } if q < 10
  puts "few gears: #{q}"
end
