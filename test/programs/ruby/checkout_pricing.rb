# Checkout pricing with mixins: discount rules are modules stacked with
# include and prepend, each calling super; a Comparable Price; polymorphic
# line items; and module_function helpers.

module Currency
  module_function

  def fmt(cents)
    sign = cents.negative? ? "-" : ""
    whole, frac = cents.abs.divmod(100)
    "#{sign}$#{whole.to_s.reverse.scan(/\d{1,3}/).join(',').reverse}.#{frac.to_s.rjust(2, '0')}"
  end
end

class LineItem
  attr_reader :name, :unit_cents, :qty

  def initialize(name, unit_cents, qty = 1)
    @name, @unit_cents, @qty = name, unit_cents, qty
  end

  def subtotal = unit_cents * qty
  def taxable? = true
  def describe = "#{qty} x #{name} @ #{Currency.fmt(unit_cents)}"
end

class GiftCard < LineItem
  def taxable? = false
  def describe = "gift card #{name} (#{Currency.fmt(unit_cents)})"
end

class Food < LineItem
  TAX_FREE = %w[bread milk].freeze
  def taxable? = !TAX_FREE.include?(name)
end

class Cart
  TAX_RATE = 0.08
  attr_reader :items, :notes

  def initialize
    @items = []
    @notes = []
  end

  def add(item) = tap { items << item }
  def subtotal = items.sum(&:subtotal)
  def discount = 0
  def tax = (items.select(&:taxable?).sum(&:subtotal) * TAX_RATE).round
  def total = subtotal - discount + tax
end

module BulkDiscount
  def discount
    bulk = items.select { |i| i.qty >= 10 }.sum { |i| i.subtotal / 10 }
    notes << "bulk #{Currency.fmt(bulk)}" if bulk.positive?
    super + bulk
  end
end

module CouponDiscount
  attr_accessor :coupon

  def discount
    base = super
    return base unless coupon
    off = coupon.end_with?("%") ? ((subtotal - base) * coupon.to_f / 100).round : coupon.to_i * 100
    notes << "coupon #{coupon} #{Currency.fmt(off)}"
    base + off
  end
end

module CapDiscount
  def discount
    d = super
    cap = subtotal / 2
    return d if d <= cap
    notes << "capped at #{Currency.fmt(cap)}"
    cap
  end
end

class ShopCart < Cart
  include BulkDiscount
  include CouponDiscount
  prepend CapDiscount
end

def receipt(cart)
  cart.notes.clear
  lines = cart.items.map { |i| [i.describe, Currency.fmt(i.subtotal)] }
  d = cart.discount
  lines << ["subtotal", Currency.fmt(cart.subtotal)]
  lines << ["discount", Currency.fmt(-d)] unless d.zero?
  lines << ["tax", Currency.fmt(cart.tax)]
  lines << ["TOTAL", Currency.fmt(cart.subtotal - d + cart.tax)]
  width = lines.map { |l, _| l.size }.max + 2
  lines.each { |l, amt| puts "  #{l.ljust(width)}#{amt.rjust(12)}" }
  puts "  notes: #{cart.notes.uniq.join('; ')}" unless cart.notes.empty?
end

p ShopCart.ancestors.take(5)
cart = ShopCart.new
cart.add(LineItem.new("pen", 150, 12)).add(Food.new("bread", 325, 2)).add(Food.new("cheese", 899))
cart.add(GiftCard.new("birthday", 2500))
receipt(cart)
puts
cart.coupon = "15%"
receipt(cart)
puts
cart.coupon = "40"
receipt(cart)
puts
plain = Cart.new.add(LineItem.new("desk", 12_999_99))
receipt(plain)
p Currency.fmt(-5), Currency.fmt(123_456_789), Currency.respond_to?(:fmt)
p ShopCart.include?(CapDiscount), Cart.include?(BulkDiscount), ShopCart.new.is_a?(CouponDiscount)
p ShopCart.instance_method(:discount).owner, cart.method(:coupon=).owner
