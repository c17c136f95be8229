# Method lookup through prepend, include and extend, with hooks and super chains.
module Loud
  def speak = super.upcase + "!"
end

module Polite
  def speak = "please, " + super
  def self.included(base) = (@hosts ||= []) << base.name
  def self.hosts = @hosts
end

module Tracing
  def self.prepended(base) = puts("Tracing prepended to #{base}")
  def speak
    trace << "before #{self.class}"
    result = super
    trace << "after #{self.class}"
    result
  end

  def trace = @trace ||= []
end

class Animal
  def speak = "generic noise"
end

class Dog < Animal
  include Polite
  prepend Tracing
  def speak = "woof and #{super}"
end

class Puppy < Dog
  prepend Loud
  def speak = "yip, " + super
end

d = Dog.new
p d.speak, d.trace
pup = Puppy.new
p pup.speak, pup.trace
p Dog.ancestors.take(5), Puppy.ancestors.take(4)
p Polite.hosts, Dog.include?(Tracing), Dog.new.is_a?(Tracing), Puppy < Polite

module Countable
  def self.extended(obj) = obj.instance_variable_set(:@count, 0)
  def increment = @count += 1
  def count = @count
end
counter = Object.new
counter.extend(Countable)
3.times { counter.increment }
p counter.count, counter.singleton_class.include?(Countable), counter.is_a?(Countable)

module Registry
  def self.included(base)
    base.extend(ClassMethods)
    base.instance_variable_set(:@registry, {})
  end

  module ClassMethods
    def register(key, &factory) = @registry[key] = factory
    def build(key, *args) = @registry.fetch(key).call(*args)
    def keys = @registry.keys
  end
end

class Shape
  include Registry
  register(:square) { |s| "square #{s}x#{s}" }
  register(:rect) { |w, h| "rect #{w}x#{h}" }
end
p Shape.build(:square, 3), Shape.build(:rect, 2, 5), Shape.keys

class Base
  def self.method_added(name)
    (@added ||= []) << name
    super
  end

  def self.added = @added

  def template = "#{prefix}-#{body}-#{suffix}"
  def prefix = "B"
  def body = "base"
  def suffix = "E"
end

class Derived < Base
  def body = "derived(#{super})"
  def prefix = super * 2
end
p Derived.new.template, Base.added, Derived.added

module Greeting
  def hello = "hello from #{name}"
end
class Person
  attr_reader :name
  def initialize(name) = @name = name
end
ann = Person.new("Ann")
ann.extend(Greeting)
p ann.hello, Person.new("Bob").respond_to?(:hello), ann.singleton_methods, ann.singleton_class.ancestors.first(3).map(&:to_s).map { |s| s.sub(/0x\h+/, "X") }

module Versioned
  VERSION = "2.0"
  def version = VERSION
end
class Doc
  include Versioned
  def info = "doc v#{version} (#{self.class::VERSION})"
end
p Doc.new.info, Doc::VERSION, Doc.const_get(:VERSION), Versioned.instance_methods
m = Module.new do
  def shout = "#{self.class.name.downcase}!!"
end
Doc.include(m)
p Doc.new.shout, Doc.ancestors.size > 3
class Animal
  def speak = "redefined noise"
end
p Dog.new.speak
