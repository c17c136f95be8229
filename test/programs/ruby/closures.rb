# Procs, lambdas, closures, method references, currying, composition.
def make_counter
  count = 0
  increment = -> { count += 1 }
  get = -> { count }
  [increment, get]
end

inc, get = make_counter
3.times { inc.call }
puts "counter: #{get.()}"

adders = (1..3).map { |n| ->(x) { x + n } }
puts adders.map { |f| f[10] }.inspect

square = proc { |x| x * x }
double = lambda { |x| x * 2 }
puts (square >> double).call(3)
puts (square << double).call(3)

def apply_twice(f, x) = f.(f.(x))
puts apply_twice(double, 5)

mult = ->(a, b, c) { a * b * c }
curried = mult.curry
puts curried[2][3][4]
times_ten = curried[10]
puts times_ten[2][5]

def shout(s) = s.upcase + "!"
m = method(:shout)
puts %w[hi there].map(&m).inspect
puts m.arity
puts double.arity, proc { |a, b| }.arity, proc { |*a| }.arity
puts double.lambda?, square.lambda?

p proc { |a, b| [a, b] }.call(1)
p proc { |a, b| [a, b] }.call([1, 2, 3])
begin
  double.call(1, 2)
rescue ArgumentError => e
  puts "lambda strict: #{e.message}"
end

def yielder
  return :no_block unless block_given?
  yield(1, 2)
end
p yielder
p yielder { |a, b| a + b }

def run_block(&blk) = blk
b = run_block { |x| "got #{x}" }
puts b.call(42)
puts b.class

def find_first(list)
  list.each { |x| return x if yield(x) }
  nil
end
p find_first([1, 4, 9, 16]) { |x| x > 5 }

memo = {}
fib = ->(n) { n < 2 ? n : memo[n] ||= fib.(n - 1) + fib.(n - 2) }
puts fib.(80)

compose_all = ->(*fs) { fs.reduce(:>>) }
pipeline = compose_all.(->(s) { s.strip }, ->(s) { s.split }, ->(a) { a.map(&:capitalize) }, ->(a) { a.join(" ") })
puts pipeline.("  hello big   world ")
x = 10
change_x = -> { x = 20 }
change_x.call
puts x
puts [1, 2, 3].each_with_object([]).with_index { |(v, acc), i| acc << v * i }.inspect
gen = Enumerator.new do |y|
  a, b = 0, 1
  loop { y << a; a, b = b, a + b }
end
p gen.take(10)
p gen.lazy.select(&:odd?).first(5)
