# Value objects with Struct: keyword_init, defaults through initialize,
# to_h, members, ==/eql?/hash, deconstruct for pattern matching,
# comparison with Comparable, and frozen instances with with-style copies.

Money = Struct.new(:cents, :currency) do
  include Comparable

  def self.parse(text)
    amount, cur = text.split
    new((Float(amount) * 100).round, cur || "USD")
  end

  def +(other)
    raise ArgumentError, "currency mismatch: #{currency} vs #{other.currency}" unless currency == other.currency

    Money.new(cents + other.cents, currency)
  end

  def *(n) = Money.new((cents * n).round, currency)
  def <=>(other) = currency == other.currency ? cents <=> other.cents : nil
  def to_s = format("%s %d.%02d", currency, *cents.divmod(100))
end

Address = Struct.new(:street, :city, :zip, keyword_init: true)

Customer = Struct.new(:name, :email, :address, :tier, keyword_init: true) do
  def initialize(tier: :basic, **rest)
    super
  end

  def with(**changes) = self.class.new(**to_h.merge(changes))
  def vip? = tier == :gold
end

a = Money.parse("12.50")
b = Money.parse("7.25 USD")
c = Money.parse("3 EUR")
puts a + b, a * 3, (a + b) * 0.5
p a > b, [a, b, Money.new(900, "USD")].sort.map(&:to_s), [a, b].max.to_s
p a.to_a, a.members, Money.members, a == Money.new(1250, "USD"), a.eql?(Money.new(1250, "USD"))
p({ a => :x }[Money.new(1250, "USD")])
begin
  a + c
rescue ArgumentError => e
  puts "error: #{e.message}"
end
p a <=> c, (a < c rescue "cannot compare: #{$!.message}")

home = Address.new(street: "1 Main St", city: "Springfield", zip: "12345")
bob = Customer.new(name: "Bob", email: "bob@example.com", address: home)
p bob.tier, bob.vip?, bob.address.city
gold = bob.with(tier: :gold, email: "b@ex.com")
p gold.tier, gold.email, bob.email, gold.vip?
p bob.to_h.keys, gold.to_h(&->(k, v) { [k.to_s, v.is_a?(Struct) ? v.to_h : v] })
p home
puts home.to_s
p Customer.members

begin
  Address.new("x", "y")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  Address.new(road: "x")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

case bob
in { name: String => name, address: { city: "Springfield" } }
  puts "#{name} lives in Springfield"
end
case a
in [cents, "USD"] if cents > 1000
  puts "big USD amount #{cents}"
end

frozen = Address.new(street: "2 Elm", city: "Shelbyville", zip: "99999").freeze
begin
  frozen.zip = "0"
rescue => e
  p e.class
end
p frozen.frozen?, frozen.dup.frozen?
copy = frozen.dup
copy.zip = "11111"
p copy.zip, frozen.zip
p home.each_pair.map { |k, v| "#{k}=#{v}" }.join("&")
p home.values_at(0, 2), home[:city], home["zip"], home[1]
begin
  home[:country]
rescue NameError => e
  puts e.message.lines.first
end
begin
  home[5]
rescue IndexError => e
  puts e.message
end
p Money.new(5), Money.new(5).currency
Point3 = Struct.new(:x, :y, :z)
p Point3.new(1, 2, 3).sum, Point3.new(1, 2, 3).select(&:odd?), Point3.new(3, 1, 2).to_a.sort
