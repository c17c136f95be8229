# Class variables: read, write, op-assign, ||=, shared with subclasses, from class bodies, class and instance methods; zsuper forms.
class Base
  @@count = 0
  @@names ||= []
  def self.count = @@count
  def initialize(name)
    @@count += 1
    @@names << name
    @@first ||= name
    @@last, @@prev = name, @@first if defined_first?
  end
  def defined_first? = true
  def self.names = @@names
  def self.last = @@last
  def self.first = @@first
end
class Derived < Base
  def initialize(name, *rest, tag: nil)
    super(name)
    @tag = tag
  end
  def describe = "#{@@count} #{@@names.join(",")} #{@tag}"
end
Base.new("a")
d = Derived.new("b", 1, 2, tag: :t)
p Base.count, Base.names, Base.last, Base.first
puts d.describe
class Base
  @@count *= 10
  @@flag &&= 1
rescue NameError => e
  puts e.message
end
p Base.count
begin
  class Other
    def self.read = @@missing
  end
  Other.read
rescue NameError => e
  puts e.message
end
class Parent
  def greet(a, b = 2, *r, k: 1, **o) = [a, b, r, k, o]
  def plain = "plain"
end
class Child < Parent
  def greet(a, b = 5, *r, k: 3, **o)
    super
  end
  def plain
    super + "!"
  end
end
p Child.new.greet(1), Child.new.greet(1, 2, 3, k: 4, z: 5), Child.new.plain
