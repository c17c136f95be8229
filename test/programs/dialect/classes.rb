# Classes: initialize, attr_reader/attr_accessor/attr_writer, instance and class methods,
# inheritance and super, self, to_s, visibility, class << self, reopening, alias.
class Animal
  attr_reader :name
  attr_accessor :age
  attr_writer :sound

  def initialize(name, age = 1)
    @name = name
    @age = age
    @sound = "..."
  end

  def speak
    "#{@name} says #{sound}"
  end

  def to_s
    "#<Animal #{@name}>"
  end

  def self.create(name)
    new(name, 3)
  end

  class << self
    def kingdom
      "animalia"
    end
  end

  def older!
    self.age = age + 1
    self
  end

  def secret_holder
    secret
  end

  private

  def sound
    @sound
  end

  def secret
    "hidden #{@name}"
  end
end

class Dog < Animal
  def initialize(name)
    super(name, 2)
    @tricks = []
  end

  def sound
    "woof"
  end

  def speak
    super + "!"
  end

  def learn(trick)
    @tricks << trick
    self
  end

  def tricks
    @tricks.join(", ")
  end
end

class Puppy < Dog
  def initialize(name)
    super
    @age = 0
  end
end

class Animal
  def legs
    4
  end
  alias limbs legs
end

a = Animal.new("Generic")
puts a.speak
puts a.name
puts a.age
a.age = 5
puts a.age
a.sound = "hmm"
puts a.speak
puts a.to_s
puts "#{a}"
puts Animal.create("Cat").age
puts Animal.kingdom
puts a.older!.age
puts a.secret_holder
d = Dog.new("Rex")
puts d.speak
puts d.learn("sit").learn("roll").tricks
puts d.age
puts d.is_a?(Animal)
puts d.class
puts Dog.superclass
puts Puppy.new("Bit").age
puts Puppy.new("Bit").name
puts d.legs
puts d.limbs
puts d.respond_to?(:secret)
puts d.respond_to?(:speak)
begin
  a.secret
rescue NoMethodError => e
  puts "NoMethodError: #{e.message.split(" for ").first}"
end
p a.instance_of?(Animal), d.instance_of?(Animal)
puts Animal.new("x").equal?(a)
