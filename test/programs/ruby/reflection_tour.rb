# Reflection without ObjectSpace: respond_to?, send, ivars, define_method, ancestors.
module Greeter
  def greet = "Hello from #{self.class}"
end

class Animal
  include Greeter
  attr_accessor :name, :age
  SOUNDS = { dog: "woof", cat: "meow", cow: "moo" }.freeze

  def initialize(name, age)
    @name = name
    @age = age
  end

  SOUNDS.each do |kind, sound|
    define_method("#{kind}_sound") { "#{name} says #{sound}" }
  end

  def to_s = "#{self.class.name.downcase}:#{name}"

  protected

  def secret_age = age * 7

  private

  def whisper = "psst #{name}"
end

class Dog < Animal
  def fetch(item = "ball") = "#{name} fetches the #{item}"
  def compare_age(other) = secret_age <=> other.secret_age
end

d = Dog.new("Rex", 3)
p d.respond_to?(:fetch), d.respond_to?(:whisper), d.respond_to?(:whisper, true), d.respond_to?(:secret_age)
p d.send(:fetch), d.send(:fetch, "stick"), d.public_send(:dog_sound), d.send(:whisper)
begin
  d.public_send(:whisper)
rescue NoMethodError => e
  puts e.message.lines.first.chomp.sub(/#<Dog.*>/, "a Dog")
end
begin
  d.secret_age
rescue NoMethodError => e
  puts e.message.lines.first.chomp.sub(/#<Dog.*>/, "a Dog")
end
p d.compare_age(Dog.new("Old", 9))
p d.instance_variables, d.instance_variable_get(:@name), d.instance_variable_defined?(:@age)
d.instance_variable_set(:@color, "brown")
p d.instance_variables, d.instance_variable_get(:@color), d.instance_variable_get(:@nope)
p Dog.ancestors.take_while { |m| m != Object }, Dog.superclass, Dog.superclass.superclass
p Dog.instance_methods(false).sort, Animal.instance_methods(false).sort.first(4)
p Animal.private_instance_methods(false), Animal.protected_instance_methods
p Dog.method_defined?(:greet), Dog.public_method_defined?(:whisper), Dog.private_method_defined?(:whisper)
p d.is_a?(Greeter), Dog.include?(Greeter), Dog < Animal, Animal <= Animal, Dog <=> Animal, Animal > Dog, String < Animal
p d.class, d.class.class, Greeter.class, Dog.name, Greeter.instance_methods
p d.methods.include?(:cat_sound), d.method(:fetch).arity, d.method(:greet).owner
p Animal.const_get(:SOUNDS).keys, Animal.constants, Object.const_defined?(:Dog), Animal.const_defined?(:NOPE)
Animal.class_eval do
  define_method(:describe) { |prefix = "It is"| "#{prefix} #{name}, #{age}" }
end
p d.describe, d.describe("Meet")
Dog.send(:define_method, :bark) { |times = 2| (["Woof"] * times).join(" ") }
p d.bark, d.bark(3)
klass = Class.new(Animal) do
  def fetch = "won't"
end
Cat = klass
p Cat.name, Cat.new("Tom", 2).to_s, Cat.new("Tom", 2).cat_sound, klass.instance_methods(false)
%w[name age].each do |attr|
  p [attr, d.public_send(attr)]
end
calls = %i[upcase reverse length].map { |m| "kiln".send(m) }
p calls, [1, 2, 3].send(:map) { |x| x * 2 }, 5.send(:+, 3), [3, 1, 2].public_send(:sort)
p d.frozen?, d.singleton_methods, Dog.singleton_methods
d.define_singleton_method(:trick) { "roll over" }
p d.singleton_methods, d.trick
p d.instance_of?(Dog), d.instance_of?(Animal), d.kind_of?(Animal), Dog === d, Comparable === 3
p 3.respond_to?(:+), nil.respond_to?(:to_a), "x".respond_to?(:each), [].respond_to?(:each)
obj = Object.new
obj.instance_variable_set(:@x, 10)
p obj.instance_variables, obj.instance_variable_get(:@x) * 2
p Dog.instance_method(:fetch).name rescue p $!.class
p Animal.method_defined?(:bark), Dog.method_defined?(:bark), Animal.public_instance_methods(false).include?(:describe)
