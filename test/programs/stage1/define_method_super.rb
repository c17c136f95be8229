# super(args) inside define_method and define_singleton_method blocks:
# explicit arguments, splats, keywords, an explicit block, modules, computed
# names, and implicit super (ruby's RuntimeError).

class Greeter
  def greet(name, punct: "!")
    "Hello, #{name}#{punct}"
  end

  def wrap(*parts)
    block_given? ? yield(parts.join("-")) : parts.join("+")
  end

  def tag(x) = "<#{x}>"
end

class LoudGreeter < Greeter
  define_method(:greet) do |name, punct: "!"|
    super(name.upcase, punct: punct * 2)
  end

  define_method(:wrap) do |*parts, &blk|
    # ruby passes no block implicitly here: it must be named
    plain = super(*parts)
    with_block = super(*parts.reverse) { |s| "[#{s}]" }
    "#{plain} #{with_block} #{blk ? blk.call(1) : 'none'}"
  end
end

g = LoudGreeter.new
puts g.greet("ann")
puts g.greet("bob", punct: "?")
puts g.wrap(1, 2, 3)
puts g.wrap(4, 5) { |x| x * 100 }

# computed names: wrap several methods at once
class Tagged < Greeter
  %i[tag greet].each do |m|
    define_method(m) do |*args|
      "T(" + super(*args) + ")"
    end
  end
end
puts Tagged.new.tag(7)
puts Tagged.new.greet("cy")

# a module's define_method continues to the class it is included in... above
module Logging
  define_method(:tag) do |x|
    "log:" + super(x)
  end
end
class Logged < Greeter
  include Logging
end
puts Logged.new.tag(:a)
p Logged.ancestors.take(3)

# define_singleton_method on an object and on a class
obj = Greeter.new
obj.define_singleton_method(:tag) { |x| "single " + super(x * 2) }
puts obj.tag(21)

class Factory
  def self.build(kind) = "built #{kind}"
end
class SubFactory < Factory
  define_singleton_method(:build) { |kind| super(kind) + " (sub)" }
end
puts SubFactory.build(:car)

# implicit super is ruby's RuntimeError at the call
class Broken < Greeter
  define_method(:tag) { |x| super }
end
begin
  Broken.new.tag(1)
rescue RuntimeError => e
  puts "#{e.class}: #{e.message}"
end

# no method above: NoMethodError
class Lonely
  define_method(:solo) { |x| super(x) }
end
begin
  Lonely.new.solo(1)
rescue NoMethodError => e
  puts e.message.sub(/0x\h+/, "XX")
end
