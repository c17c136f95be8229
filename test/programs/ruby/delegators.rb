# delegators: SimpleDelegator decorators (to_s/inspect/== go to the wrapped object, class and
# is_a? stay the wrapper's), __setobj__, and a DelegateClass(Array) stack.
require "delegate"

class Money
  include Comparable
  attr_reader :cents
  def initialize(cents) = @cents = cents
  def <=>(other) = cents <=> other.cents
  def to_s = format("$%.2f", cents / 100.0)
  def inspect = "#<Money #{self}>"
  def double = Money.new(cents * 2)
end

class Labeled < SimpleDelegator
  def initialize(obj, label)
    super(obj)
    @label = label
  end
  def describe = "#{@label}: #{self}"
  def double = Labeled.new(super, "#{@label}x2")
end

m = Labeled.new(Money.new(1250), "price")
puts m, m.describe, m.double.describe
p m, m.cents, m.class, m.is_a?(Labeled), m.is_a?(Money), m.respond_to?(:cents), m.respond_to?(:nope)
p m == Money.new(1250), m.eql?(m), m != m, m.__getobj__.class, m.hash == m.__getobj__.hash
begin
  m.nope
rescue NoMethodError => e
  puts e.message.lines.first
end
arr = SimpleDelegator.new([3, 1, 2])
p arr.sort, arr.size, arr.map { |x| x * 2 }, arr.to_s, arr.first
arr.__setobj__([9])
p arr, arr.length
class Stack < DelegateClass(Array)
  def initialize = super([])
  def peek = last
end
s = Stack.new
s.push(1)
s << 2
p s.peek, s.size, s, s.class.superclass.superclass
