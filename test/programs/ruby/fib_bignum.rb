# Big integers: factorials, Fibonacci, powers.
def fact(n)
  (1..n).reduce(1, :*)
end

def fib(n)
  a, b = 0, 1
  n.times { a, b = b, a + b }
  a
end

memo = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }

puts "20! = #{fact(20)}"
puts "21! = #{fact(21)}"
puts "30! = #{fact(30)}"
puts "fib(90) = #{fib(90)}"
puts "fib(100) = #{fib(100)}"
puts "memo fib(150) = #{memo[150]}"
puts "2**64 = #{2**64}"
puts "2**100 - 1 = #{2**100 - 1}"
big = fact(25)
puts "digits of 25!: #{big.to_s.size}, digit sum #{big.digits.sum}"
puts "25! / 23! = #{big / fact(23)}"
puts "25! % 1000007 = #{big % 1_000_007}"
puts "(2**70).class = #{(2**70).class}"
puts "max int64 + 1 = #{9_223_372_036_854_775_807 + 1}"
puts "min int64 - 1 = #{-9_223_372_036_854_775_808 - 1}"
puts "neg big: #{-(3**50)}"
puts "big * big = #{(10**20) * (10**20)}"
puts "comparison: #{2**65 > 2**64}, #{(2**65) == 2 * 2**64}"
puts "back to small: #{(2**65) / (2**60)}"
puts "big even? #{(2**80).even?}"
puts "fib(200).to_s length: #{fib(200).to_s.length}"
puts "3**40 = #{3**40}"
puts "lucas: #{(0..15).map { |i| fib(i - 1 + 1) + (i.zero? ? 2 : fib(i - 1)) }.join(' ')}"
x = 1
70.times { x *= 3 }
puts "3**70 by loop = #{x}"
puts "divmod: #{(10**25).divmod(7).inspect}"
puts "negative floor div: #{-(10**20) / 3}, mod #{-(10**20) % 3}"
puts "to_s(16): #{(2**72 - 1).to_s(16)}"
puts "sqrt: #{Integer.sqrt(10**30)}"
puts "catalan: #{(0..12).map { |n| fact(2 * n) / (fact(n + 1) * fact(n)) }.inspect}"
