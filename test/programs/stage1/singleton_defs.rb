# Singleton methods on any object (`def obj.meth`, `def Const.meth`), a
# program's own method named eval, and private/protected methods of
# `class << self` called from outside.

class Calc
  def eval(x) = x * 2
  def run(x) = eval(x) + 1
end
p Calc.new.eval(21), Calc.new.run(1)

o = Object.new
def o.hi = "hi from o"
p o.hi, o.singleton_methods

module Tools; end
def Tools.helper(x) = x + 1
p Tools.helper(1)

s = +"str"
def s.shout = upcase + "!"
p s.shout

class Base
  def greet = "base"
end
b = Base.new
def b.greet = "singleton " + super
p b.greet, Base.new.greet

def make_counter
  c = Object.new
  def c.count = @count = (@count || 0) + 1
  c
end
k = make_counter
k.count
p k.count, make_counter.count

class Registry
  @items = []
  class << self
    def register(x) = (@items << x; tidy)
    def items = @items.dup

    private

    def tidy = @items.uniq!

    protected

    def guarded = :guarded
  end

  def self.peek(other) = other.guarded
end

Registry.register(:a)
Registry.register(:a)
p Registry.items
begin
  Registry.tidy
rescue NoMethodError => e
  puts e.message.lines.first
end
begin
  Registry.guarded
rescue NoMethodError => e
  puts e.message.lines.first
end
p Registry.peek(Registry)
p Registry.respond_to?(:tidy), Registry.singleton_class.private_method_defined?(:tidy)
