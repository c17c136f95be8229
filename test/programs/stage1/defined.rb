# defined?: Ruby's descriptions (frozen Strings) or nil, nothing evaluated
# but the receivers of method calls.

class Animal
  LEGS = 4
  @@count = 0

  def initialize
    @name = "rex"
  end

  def probe
    p defined?(@name), defined?(@missing), defined?(@@count), defined?(@@nope)
    p defined?(LEGS), defined?(Animal::LEGS), defined?(Animal::WINGS), defined?(::Animal)
    p defined?(speak), defined?(self.speak), defined?(fly), defined?(secret), defined?(self)
  end

  def speak = "woof"

  private

  def secret = 1
end

def with_block
  defined?(yield)
end

x = 1
p defined?(x), defined?(y), defined?(String), defined?(Nope), defined?(puts)
p defined?(x = 2), defined?(@iv), defined?(1 + 1), defined?("s"), defined?(nil), defined?(true), defined?(false)
p defined?(x.succ), defined?(x.nope), defined?(zork.succ), defined?(Nope::Deeper)
p defined?([1, 2]), defined?(String.new), defined?(x && y)
p with_block, with_block { 1 }
Animal.new.probe
s = defined?(String)
p s.frozen?
obj = Animal.new
p defined?(obj.secret), defined?(obj.speak(1)), defined?(puts(y))
p defined?(Comparable), defined?(Math::PI), defined?(Math::TAU)
