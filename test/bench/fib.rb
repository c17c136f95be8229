# fib: doubly recursive Fibonacci on small Integers (method call and return overhead).
def fib(n)
  n < 2 ? n : fib(n - 1) + fib(n - 2)
end

puts fib(37)
