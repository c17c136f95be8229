# The recursion defines a singleton method of its own name on self half
# way down (a computed name: the program never spells it), so the deeper
# calls find the singleton method.
def countdown(n)
  return 0 if n <= 0
  define_singleton_method(["count", "down"].join) { |m| 100 + m } if n == 3
  1 + countdown(n - 1)
end

p countdown(5)
p countdown(5)
o = Object.new
p o.send(["count", "down"].join, 5)
