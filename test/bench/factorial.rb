# factorial: Bignum multiplication, division and to_s (factorials, binomials, big Fibonacci numbers).
def factorial(n)
  (1..n).inject(1, :*)
end

def binomial(n, k)
  factorial(n) / (factorial(k) * factorial(n - k))
end

def big_fib(n)
  a = 0
  b = 1
  n.times { a, b = b, a + b }
  a
end

def digit_sum(n)
  n.to_s.each_char.sum(&:to_i)
end

sums = [100, 500, 1000, 2000, 3000, 5000, 8000].map { |n| digit_sum(factorial(n)) }
puts "digit sums: #{sums.join(' ')}"

zeros = (1..40).map { |k| factorial(k * 50).to_s[/0*\z/].size }
puts "trailing zeros: #{zeros.sum}"

row = (0..1200).map { |k| binomial(1200, k) }
puts "binomial row: #{row.sum == 2**1200} #{row.max.to_s.size} #{digit_sum(row[600])}"

fib = big_fib(60_000)
puts "fib(60000): #{fib.to_s.size} digits, #{fib % 1_000_000_007}, #{digit_sum(fib)}"

product = 1
1.upto(100_000) { |i| product = product * (i * i + 1) % (2**521 - 1) }
puts "modular product: #{product.to_s(16)[0, 32]}"

bits = factorial(5000).bit_length
puts "bits of 5000!: #{bits} #{(factorial(5000) >> (bits - 64)).to_s(2).count('1')}"
