# super inside singleton (class) methods: def self.x, class << self,
# inherited hooks, modules given to extend, and Class.new subclasses.

class Shape
  def self.create(*args)
    "#{name}.create(#{args.join(', ')})"
  end

  def self.inherited(sub)
    super
    (@@registry ||= []) << sub.name
  end

  def self.registry = @@registry
end

class Circle < Shape
  def self.create(*args)
    "circle! " + super
  end
end

class Disc < Circle
  class << self
    def create(r, fill)
      super(r) + " | " + super
    end
  end
end

puts Circle.create(1, 2)
puts Disc.create(3, :red)
p Shape.registry

# Class#new through super: counting instances
class Counted
  class << self
    attr_reader :made

    def new(*args, **opts)
      @made = (@made || 0) + 1
      super
    end
  end

  def initialize(a, b = 10, scale: 1)
    @v = (a + b) * scale
  end
  attr_reader :v
end
p Counted.new(1).v, Counted.new(1, 2, scale: 3).v, Counted.made

# a module given to extend, wrapping a class method
module Memo
  def lookup(key)
    (@memo ||= {})[key] ||= super
  end
end
module Source
  def lookup(key)
    puts "computing #{key}"
    key.to_s * 2
  end
end
class Table
  extend Source
  extend Memo
end
p Table.lookup(:ab), Table.lookup(:ab)

# Class.new with a parent: singleton methods defined in the block
Base = Class.new do
  def self.kind = "base"
end
Derived = Class.new(Base) do
  def self.kind = "derived<" + super + ">"
end
puts Derived.kind
