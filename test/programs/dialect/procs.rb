# Procs and lambdas: creation, call/()/[]/yield, arity and lambda?, closures, return
# semantics (lambda returns from itself, proc from the method), passing as blocks, Symbol#to_proc.
square = ->(x) { x * x }
add = lambda { |a, b| a + b }
greet = proc { |name| "hi #{name}" }
p square.call(4), square.(5), square[6]
p add.call(1, 2)
p greet.call("bob"), greet.call, greet.yield("amy")
p square.lambda?, greet.lambda?, square.arity, add.arity, greet.arity
p proc { |*a| a }.call(1, 2), proc { |a, b| [a, b] }.call([1, 2])
begin
  add.call(1)
rescue ArgumentError => e
  puts e.message
end

def run_lambda
  l = -> { return 1 }
  v = l.call
  "after lambda #{v}"
end
p run_lambda

def run_proc
  pr = proc { return :from_proc }
  pr.call
  :not_reached
end
p run_proc

def apply(f, x)
  f.call(x)
end
p apply(square, 7)
p [1, 2, 3].map(&square)
compose = ->(f, g) { ->(x) { f.(g.(x)) } }
inc = ->(x) { x + 1 }
p compose.(square, inc).(3)

def make_adder(n)
  ->(x) { x + n }
end
add5 = make_adder(5)
p add5.call(10), make_adder(1).call(1)

def counter
  count = 0
  [-> { count += 1 }, -> { count }]
end
incr, read = counter
3.times { incr.call }
p read.call

def yielder
  yield 1, 2
end
p yielder(&add)
p yielder { |a, b| a * b }
handlers = { double: ->(x) { x * 2 }, neg: ->(x) { -x } }
p handlers.map { |name, h| [name, h.call(3)] }
p %i[upcase reverse].map { |m| m.to_proc.call("abc") }
memo = {}
fib = nil
fib = ->(n) { n < 2 ? n : (memo[n] ||= fib.(n - 1) + fib.(n - 2)) }
p fib.(30)
p (1..3).map(&:to_s)
nested = proc { |x| proc { |y| x + y } }
p nested.call(1).call(2)
def block_arity(&b)
  b.arity
end
p block_arity { |a, b, c| }, block_arity { }
l2 = lambda do |x, y = 10|
  x + y
end
p l2.call(1), l2.call(1, 2)
