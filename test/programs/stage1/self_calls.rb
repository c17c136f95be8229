# Self calls proven to find their own method (stage1/self_calls.rb): the
# recursion runs with all kinds of self, and only the call inside the
# method skips its receiver test.
module Helpers
  def helper_twice(n) = 2 * depth(n)[1]
end

class Walker
  include Helpers
  def walk(n) = depth(n)[1] + 1000
end

class Ghost < BasicObject
  def try_depth
    depth(2)
  rescue ::NoMethodError => e
    "ghost: #{e.class}"
  end
end

class Dreamer
  def method_missing(name, *args) = "dream of #{name}(#{args.join(", ")})"
  def respond_to_missing?(*) = true
end

# a top-level method whose name is also a core Integer method
def succ(n)
  return 0 if n <= 0
  1 + succ(n - 1)
end

def depth(n)
  return [self.class.name || "main", 0] if n.zero?
  who, d = depth(n - 1)
  [who, d + 1]
end

def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)

p depth(3)
p Walker.new.walk(4) rescue p $!.class
p Walker.new.helper_twice(2) rescue p $!.class
p "text".instance_eval { depth(2) }
p 5.instance_eval { succ }
p succ(6)
p Ghost.new.try_depth
p Dreamer.new.dream_on(1, 2)
o = Object.new
o.extend(Helpers)
p o.helper_twice(1) rescue p $!.class
p fib(20)
p [3, 4].map { |k| fib(k) }
p fib(2**62 - 1 - 2**62 + 25)
