# Warehouse stock keeping with mixins, Comparable and clamp.
module Describable
  def describe
    "#{self.class.name.downcase} #{label}"
  end
end

module Auditable
  def self.included(base)
    base.extend(ClassMethods)
  end

  module ClassMethods
    def audit_log
      @audit_log ||= []
    end
  end

  def audit(event)
    self.class.audit_log << "#{label}: #{event}"
  end
end

class Product
  include Comparable
  include Describable
  include Auditable

  MAX_STOCK = 500

  attr_reader :sku, :name, :price_cents, :quantity

  def initialize(sku, name, price_cents, quantity = 0)
    @sku = sku
    @name = name
    @price_cents = price_cents
    @quantity = quantity.clamp(0, MAX_STOCK)
  end

  def label = "#{sku}/#{name}"

  def <=>(other)
    [price_cents, sku] <=> [other.price_cents, other.sku]
  end

  def restock(n)
    before = @quantity
    @quantity = (@quantity + n).clamp(0, MAX_STOCK)
    audit("restock #{n} (#{before} -> #{@quantity})")
    self
  end

  def sell(n)
    raise ArgumentError, "only #{@quantity} #{name} left" if n > @quantity

    @quantity -= n
    audit("sold #{n}")
    n * price_cents
  end

  def value_cents = price_cents * quantity

  def to_s
    format("%-6s %-12s %8s x %3d", sku, name, money(price_cents), quantity)
  end

  private

  def money(cents)
    sign = cents.negative? ? "-" : ""
    "#{sign}$#{cents.abs / 100}.#{(cents.abs % 100).to_s.rjust(2, '0')}"
  end
end

class Perishable < Product
  attr_reader :days_left

  def initialize(sku, name, price_cents, quantity, days_left)
    super(sku, name, price_cents, quantity)
    @days_left = days_left
  end

  def fresh? = days_left.between?(1, 30)

  def to_s = "#{super} (#{fresh? ? 'fresh' : 'expired'})"
end

stock = [
  Product.new("A100", "hammer", 1599, 12),
  Product.new("A200", "wrench", 899, 700),
  Perishable.new("F010", "milk", 249, 40, 5),
  Perishable.new("F020", "yogurt", 149, 10, 0),
  Product.new("A050", "screwdriver", 899, 3),
]

puts "== inventory"
stock.sort.each { |item| puts item }
puts "cheapest: #{stock.min.label}"
puts "dearest: #{stock.max.describe}"
puts "wrench > hammer? #{stock[1] > stock[0]}"
puts "clamped wrench: #{stock[1].quantity}"

puts "== sales"
revenue = 0
[["A100", 2], ["F010", 15], ["A050", 5], ["F020", 10]].each do |sku, n|
  item = stock.find { |p| p.sku == sku }
  begin
    revenue += item.sell(n)
    puts "sold #{n} #{item.name}"
  rescue ArgumentError => e
    puts "cannot sell: #{e.message}"
  end
end
puts "revenue cents: #{revenue}"

stock[4].restock(1000)
stock[0].restock(-50)
puts "== audit"
puts Product.audit_log
puts Perishable.audit_log.inspect
total = stock.sum(&:value_cents)
puts "total value: #{total / 100}.#{total % 100}"
fresh, stale = stock.grep(Perishable).partition(&:fresh?)
puts "fresh: #{fresh.map(&:name)} stale: #{stale.map(&:name)}"
puts stock.map { |p| p.price_cents.between?(500, 1000) }.inspect
puts Product.ancestors.take(4).inspect
puts Perishable.include?(Auditable), Product.new("Z", "z", 1).frozen?
