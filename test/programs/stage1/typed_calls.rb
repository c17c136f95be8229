# Soundness of direct calls and class switches: polymorphic receivers, a site
# widened by a later assignment, methods called with different argument types,
# redefinition, calls before definition, subclasses, ivar slots.
class Shape
  def initialize(name)
    @name = name
  end

  def describe
    "#{@name} with area #{area}"
  end

  def area
    0
  end
end

class Square < Shape
  def initialize(side)
    super("square")
    @side = side
  end

  def area
    @side * @side
  end
end

class Circle < Shape
  def initialize(r)
    super("circle")
    @r = r
  end

  def area
    (@r * @r * 3.14159).round(2)
  end
end

class Blob < Shape
end

shapes = [Square.new(3), Circle.new(2), Blob.new("blob"), Square.new(2.5)]
shapes.each { |s| puts s.describe }
puts shapes.map { |s| s.area }.inspect

def twice(x)
  x + x
end
puts twice(21)
puts twice("ab")
puts twice(1.25)
puts twice([1]).inspect

# The receiver's class set is widened by a later assignment.
class Dog
  def speak
    "woof"
  end
end

class Cat
  def speak
    "meow"
  end
end

pet = Dog.new
out = []
3.times do |i|
  out << pet.speak
  pet = Cat.new if i == 0
end
puts out.inspect
pet = 42 if out.size == 3
begin
  pet.speak
rescue NoMethodError => e
  puts e.class
end

# A method called before its definition runs raises NoMethodError.
begin
  early
rescue NameError => e
  puts e.class
end
def early
  "defined now"
end
puts early

# Redefinition: the later definition wins.
class Counter
  attr_reader :count

  def initialize
    @count = 0
  end

  def bump
    @count += 1
  end
end
c = Counter.new
c.bump
c.bump
puts c.count

# Private methods keep their visibility through typed calls.
class Vault
  def open
    secret + 1
  end

  private

  def secret
    41
  end
end
v = Vault.new
puts v.open
begin
  v.secret
rescue NoMethodError => e
  puts e.class
end

# Singleton methods added later (extend) are honored.
module Loud
  def speak
    "WOOF"
  end
end
d = Dog.new
puts d.speak
d.extend(Loud)
puts d.speak

# A frozen object's ivar write raises as in Ruby.
class Box
  def initialize
    @v = 1
  end

  def set(x)
    @v = x
  end

  def v
    @v
  end
end
b = Box.new
b.set(5)
puts b.v
b.freeze
begin
  b.set(6)
rescue FrozenError => e
  puts e.class
end
puts b.v

# Arrays and hashes whose element types grow through aliases.
list = [1, 2]
alias_list = list
alias_list << "three"
puts list.map { |x| x.to_s + "!" }.inspect
h = { "a" => 1 }
h2 = h
h2["b"] = 2.5
h.each { |k, val| puts "#{k}=#{val * 2}" }
