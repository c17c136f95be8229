# module_function, class << self, private/protected, attr_writer, constants
module TextUtil
  module_function

  def slugify(s) = s.downcase.strip.gsub(/[^a-z0-9]+/, "-").gsub(/\A-|-\z/, "")
  def truncate(s, n, omission: "...") = s.size <= n ? s : s[0, n - omission.size] + omission
  def titleize(s) = s.split(/[\s_]+/).map(&:capitalize).join(" ")
end

puts TextUtil.slugify("  Hello, World! Ruby 3.1  "), TextUtil.truncate("abcdefghijkl", 8), TextUtil.titleize("snake_case words here")

class Includer
  include TextUtil
  def go = slugify("A B")
end
p Includer.new.go
begin
  Includer.new.slugify("x")
rescue NoMethodError => e
  puts "private: #{e.message[0, 40]}"
end

class Registry
  @items = []
  class << self
    attr_reader :items
    def register(name) = (@items << name; self)
    def count = @items.size
    private
    def secret = :hidden
  end
end
Registry.register(:a).register(:b)
p Registry.items, Registry.count
begin
  Registry.secret
rescue NoMethodError => e
  puts e.message.lines.first
end

class Account
  attr_writer :nickname
  attr_reader :balance
  protected :balance
  MIN = 10

  def initialize(b) = @balance = b
  def richer_than?(o) = balance > o.balance
  def nickname = @nickname || "anon"
  def describe = "#{nickname}: #{tier}"

  private

  def tier = @balance > 1000 ? "gold" : "basic"

  public

  def self.min = MIN
  def visible = "public again"
end

a = Account.new(5000)
b = Account.new(20)
p a.richer_than?(b), b.richer_than?(a)
a.nickname = "Big"
puts a.describe, b.describe, a.visible, Account.min, Account::MIN
[-> { a.balance }, -> { a.tier }, -> { a.nickname("x") }].each do |f|
  f.call
rescue NoMethodError, ArgumentError => e
  puts "#{e.class}: #{e.message[0, 45]}"
end
p a.respond_to?(:tier), a.respond_to?(:tier, true), Account.private_method_defined?(:tier), Account.public_method_defined?(:visible)
p Account.instance_methods(false).sort, a.public_methods(false).sort rescue p :pm

module Greeting
  def self.included(base) = base.extend(ClassMethods)
  module ClassMethods
    def greeting(g = nil) = g ? (@greeting = g) : @greeting
  end
  def greet = "#{self.class.greeting}, #{name}"
end
class Person
  include Greeting
  greeting "Howdy"
  attr_reader :name
  def initialize(n) = @name = n
end
puts Person.new("Tex").greet
p Person.include?(Greeting), Person.ancestors.first(3), Person.singleton_class.include?(Greeting::ClassMethods)
module Shape
  PI2 = Math::PI * 2
  def self.circ(r) = (PI2 * r).round(3)
end
p Shape.circ(2), Shape::PI2.floor(4), Math.hypot(3, 4), Math.log2(1024), Math.log(Math::E), Math.cbrt(27)
