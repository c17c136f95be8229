# Metaprogramming a tiny model layer: class macros built with
# define_method, instance_variable_get/set, send, public_send,
# class-level state inherited by subclasses, and dirty tracking.

module Attributes
  def self.included(base)
    base.extend(ClassMethods)
  end

  module ClassMethods
    def attributes = @attributes ||= {}

    def inherited(sub)
      super
      sub.instance_variable_set(:@attributes, attributes.dup)
    end

    def attribute(name, type = :string, default: nil)
      attributes[name] = { type: type, default: default }

      define_method(name) do
        instance_variable_defined?("@#{name}") ? instance_variable_get("@#{name}") : default
      end

      define_method("#{name}=") do |value|
        value = self.class.cast(value, type)
        old = public_send(name)
        changes[name] = [old, value] unless old == value
        instance_variable_set("@#{name}", value)
      end

      define_method("#{name}?") { !!public_send(name) } if type == :boolean
    end

    def cast(value, type)
      case type
      when :integer then Integer(value)
      when :float then Float(value)
      when :boolean then %w[1 true yes].include?(value.to_s)
      else value.to_s
      end
    end
  end

  def initialize(**attrs)
    attrs.each { |k, v| send("#{k}=", v) }
    changes.clear
  end

  def changes = @changes ||= {}
  def changed? = !changes.empty?

  def attributes
    self.class.attributes.keys.to_h { |k| [k, public_send(k)] }
  end

  def inspect
    "#<#{self.class.name} #{attributes.map { |k, v| "#{k}: #{v.inspect}" }.join(", ")}>"
  end
end

class Product
  include Attributes
  attribute :name
  attribute :price, :float, default: 0.0
  attribute :stock, :integer, default: 0
  attribute :active, :boolean, default: true
end

class DigitalProduct < Product
  attribute :url
  attribute :size_mb, :float
end

pr = Product.new(name: "Lamp", price: "19.5", stock: "3")
p pr, pr.changed?, pr.active?
pr.price = 17
pr.stock = 3
pr.active = "no"
p pr.changes, pr.active?
p Product.attributes.keys, DigitalProduct.attributes.keys, Product.attributes.key?(:url)
d = DigitalProduct.new(name: :ebook, url: "http://x/e.pdf", size_mb: 2)
p d, d.respond_to?(:url=), pr.respond_to?(:url)
p Product.instance_methods(false).sort.first(6)
p d.public_send(:name), d.send(:size_mb), d.instance_variables.sort

begin
  Product.new(stock: "many")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

class Product
  %i[price stock].each do |field|
    define_method("increase_#{field}") do |by = 1|
      send("#{field}=", send(field) + by)
      self
    end
  end
end
pr.increase_stock.increase_stock(4).increase_price(2.5)
p pr.stock, pr.price, pr.changes[:stock]

counter = Class.new do
  attr_reader :count

  define_method(:initialize) { @count = 0 }
  %w[up down].each_with_index do |dir, i|
    define_method(dir) { @count += i.zero? ? 1 : -1; self }
  end
end
c = counter.new.up.up.down.up
p c.count, counter.name, c.class.instance_methods(false).sort
Named = counter
p Named.name, Named.new.instance_variable_get(:@count)

obj = Object.new
obj.instance_variable_set(:@secret, 42)
p obj.instance_variable_get(:@secret), obj.instance_variables
obj.define_singleton_method(:reveal) { @secret * 2 }
p obj.reveal, obj.singleton_methods
p [1, 2, 3].send(:map) { _1 * 10 }, 5.public_send(:+, 6), "abc".send(:[], 1)
begin
  pr.public_send(:initialize)
rescue NoMethodError => e
  puts e.message.lines.first.sub(/ for #<.*/, "")
end
ops = { add: :+, mul: :*, pow: :** }
p ops.transform_values { |op| 3.send(op, 4) }
p Product.method_defined?(:price=), Product.private_method_defined?(:initialize), Product.public_method_defined?(:changes)
