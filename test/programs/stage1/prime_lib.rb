# require "prime": kiln ships it as Ruby source (lib/prime.rb); Prime as an Enumerable,
# its generators, primality and factorization, the Integer methods.
require 'prime'
p Prime.first(10)
p Prime.take(5)
p Prime.each(30).to_a
Prime.each(20) { |x| print x, " " }
puts
p Prime.prime?(97), Prime.prime?(1), 7919.prime?, 561.prime?, (2**61 - 1).prime?, 1_000_000_007.prime?
p 360.prime_division, (-12).prime_division, 1.prime_division, 97.prime_division, (2**40 + 1).prime_division
p Integer.from_prime_division([[2, 3], [3, 2]]), Prime.int_from_prime_division([[5, 2]])
p Prime.lazy.select { |x| x % 10 == 3 }.first(5)
p Prime.take_while { |x| x < 40 }
p Prime.find { |x| x > 100 }
p Prime.each_with_index.first(3)
p Prime.include?(13), Prime.include?(15)
g = Prime::EratosthenesGenerator.new
p g.next, g.next, g.succ
g.rewind
p g.next
p Prime::Generator23.new.take(12)
p Prime.each(50).select(&:odd?).sum
p Prime.each(10).with_index(1).to_a
Integer.each_prime(12) { |x| print x, "," }
puts
p Prime.first(1000).last, Prime.each(10000).count
begin
  Prime.prime?(2.5)
rescue ArgumentError => e
  p e.message
end
begin
  0.prime_division
rescue ZeroDivisionError => e
  p e.class
end
p (1..30).select(&:prime?)
p Prime.each_cons(2).lazy.select { |a, b| b - a == 2 }.first(4)
