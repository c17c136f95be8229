# Methods that return before their frame is pushed when a fixnum
# comparison picks a base case (codegen_c.rb emit_leaf_return): every
# other case runs framed, so errors and backtraces are unchanged.
def fib(n)
  return n if n < 2
  fib(n - 1) + fib(n - 2)
end

def tak(x, y, z)
  return z unless y < x
  tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

def where(n)
  return n if n >= 3
  [caller(0)[0, 2].map { |l| l[/[^\/]*\z/] }, where(n + 1)]
end

def deep(n)
  return n if n > 1_000_000_000
  deep(n + 1)
end

p fib(15)
p fib(2.5)
p fib(-3)
p tak(12, 8, 4)
p tak(2**64, 2**64 + 5, 2)
p tak(3.5, 1, 2)
p where(1)
begin
  fib(nil)
rescue NoMethodError => e
  p e.backtrace.map { |l| l[/[^\/]*\z/] }
end
begin
  fib("x")
rescue => e
  p e.class, e.backtrace.map { |l| l[/[^\/]*\z/] }
end
begin
  deep(0)
rescue SystemStackError => e
  p e.class
end
