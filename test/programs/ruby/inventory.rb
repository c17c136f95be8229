# Inventory management with Struct and Comparable.
Item = Struct.new(:sku, :name, :qty, :price) do
  include Comparable

  def total
    qty * price
  end

  def <=>(other)
    [name, sku] <=> [other.name, other.sku]
  end

  def to_s
    format("%-6s %-14s %4d @ %7.2f = %9.2f", sku, name, qty, price, total)
  end
end

class Inventory
  include Enumerable

  def initialize
    @items = {}
  end

  def add(sku, name, qty, price)
    if @items.key?(sku)
      @items[sku].qty += qty
    else
      @items[sku] = Item.new(sku, name, qty, price)
    end
    self
  end

  def remove(sku, qty)
    item = @items.fetch(sku) { raise KeyError, "unknown sku #{sku}" }
    raise ArgumentError, "only #{item.qty} #{item.name} left" if qty > item.qty
    item.qty -= qty
    @items.delete(sku) if item.qty.zero?
    item
  end

  def each(&block)
    @items.each_value(&block)
    self
  end

  def value
    sum(&:total)
  end
end

inv = Inventory.new
inv.add("A100", "widget", 10, 2.5)
   .add("B200", "gadget", 3, 19.99)
   .add("C300", "doohickey", 25, 0.75)
   .add("A100", "widget", 5, 2.5)
   .add("D400", "thingamajig", 1, 149.0)

inv.sort.each { |item| puts item }
puts "Value: %.2f" % inv.value
puts "Count: #{inv.count}"

begin
  inv.remove("B200", 5)
rescue ArgumentError => e
  puts "Cannot remove: #{e.message}"
end

begin
  inv.remove("Z999", 1)
rescue KeyError => e
  puts "Cannot remove: #{e.message}"
end

inv.remove("D400", 1)
puts "After removals: #{inv.map(&:sku).join(',')}"
low = inv.select { |i| i.qty < 10 }.map(&:name)
puts "Low stock: #{low.inspect}"
puts "Cheapest: #{inv.min_by(&:price).name}"
puts "Most valuable: #{inv.max.name}"
puts "Sorted by total: #{inv.sort_by { |i| -i.total }.map(&:sku).join(' ')}"
puts "Any expensive? #{inv.any? { |i| i.price > 100 }}"
puts inv.first.inspect
a = Item.new("X", "same", 1, 1.0)
b = Item.new("X", "same", 1, 1.0)
puts a == b
puts a.to_a.inspect
puts inv.include?(Item.new("C300", "doohickey", 25, 0.75))
