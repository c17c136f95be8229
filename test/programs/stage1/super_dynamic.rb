# super from methods whose class is only known at run time: methods of
# `class << self` and `def self.x`, methods in Struct.new / Class.new blocks,
# `class << obj`, and defs run by a method.

Point = Struct.new(:x, :y) do
  def initialize(x, y = 0) = super(x, y)
  def to_s = "(#{x}, #{y})"
  def ==(other) = super && true
end
p Point.new(1)
puts Point.new(2, 3)
p Point.new(1) == Point.new(1, 0)

Named = Struct.new(:name, keyword_init: true) do
  def initialize(name: "anon") = super
end
p Named.new.name, Named.new(name: "x").name

class Base
  def self.inherited(sub)
    (@subs ||= []) << sub.name
    super
  end

  def self.subs = @subs

  def self.create(*args, **opts) = "Base.create #{args.inspect} #{opts.inspect}"

  class << self
    def label(prefix) = "#{prefix}:#{name}"
  end
end

class Mid < Base
  class << self
    def label(prefix)
      "[" + super + "]"
    end

    def create(*args, **opts)
      "Mid(" + super(*args.map { |a| a * 2 }, **opts) + ")"
    end

    def each_label(list) = list.map { |pre| label(pre) }
  end
end

class Leaf < Mid
  def self.label(prefix) = super(prefix.upcase) + "!"
  def self.labels = %w[a b].map { |s| super_label(s) }
  def self.super_label(s) = [s].map { |x| Mid.label(x) }.first
end

p Base.subs
p Mid.label("m"), Leaf.label("l")
p Mid.create(1, 2, k: 3)
p Leaf.each_label(%w[x y])
p Leaf.labels

Anon = Class.new(Base) do
  def to_s = "Anon<" + super[0, 2] + ">"
end
puts Anon.new.to_s

o = Object.new
class << o
  def inspect = "o+" + super.sub(/0x\h+/, "XX")
  def hello(*) = "hello"
end
p o
p o.hello(1, 2)

class Greeter
  def greet = "hi"

  def self.teach(kind)
    define_greeting = kind
    class_eval do
      def greet = super.upcase
    end if define_greeting == :loud
  end
end

class LoudGreeter < Greeter; end
LoudGreeter.teach(:loud)
p LoudGreeter.new.greet, Greeter.new.greet

module Shout
  def self.extended(base)
    super
    base.instance_variable_set(:@shouting, true)
  end
end

class Speaker
  extend Shout
  def self.shouting? = @shouting
end
p Speaker.shouting?

class Lonely
  def self.nothing = super
end
begin
  Lonely.nothing
rescue NoMethodError => e
  puts e.message
end
