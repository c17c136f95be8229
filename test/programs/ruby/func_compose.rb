# Functional composition: Proc#>> and #<<, Method#>> with method(:name),
# Symbol#to_proc, curry on lambdas and methods, partial application,
# memoizing wrappers, and a pipeline built from a list of steps.

def double(x) = x * 2
def increment(x) = x + 1
def square(x) = x * x

dbl = method(:double)
inc = method(:increment)
sq = method(:square)

p (dbl >> inc).call(5), (dbl << inc).call(5), (sq >> dbl >> inc).(3)
p [1, 2, 3].map(&dbl), [1, 2, 3].map(&(inc >> sq)), %w[a b].map(&:upcase.to_proc >> ->(s) { s * 2 })

strip = :strip.to_proc
upcase = :upcase.to_proc
exclaim = ->(s) { "#{s}!" }
shout = strip >> upcase >> exclaim
p shout.call("  hello "), (exclaim << upcase).call("hi"), shout.lambda?, strip.lambda?
p :+.to_proc.call(2, 3), %w[x y z].each_with_index.map(&:*) rescue p $!.class

add = ->(a, b, c) { a + b + c }
curried = add.curry
p curried[1][2][3], curried.(1, 2).(3), curried.(1).(2, 3), add.curry.arity, curried[1].arity
add5 = curried[2][3]
p [1, 2, 3].map(&add5)
vsum = proc { |*nums| nums.sum }
p vsum.curry(3)[1][2][3], vsum.arity

def volume(l, w, h) = l * w * h
vol = method(:volume).curry
p vol[2][3][4], method(:volume).arity, method(:volume).to_proc.lambda?
base_area = vol[10]
p base_area[2][5]

def memoize(fn)
  cache = {}
  calls = 0
  wrapped = ->(n) { cache.fetch(n) { calls += 1; cache[n] = fn.(n) } }
  [wrapped, -> { calls }]
end
slow_square, call_count = memoize(sq)
p [4, 4, 5, 4, 5].map(&slow_square), call_count.()

fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[80], fib.size

steps = [
  [:strip],
  [:squeeze, " "],
  [:split, " "],
  [:map, :capitalize],
  [:join, "_"],
]
pipeline = steps.map do |name, arg|
  if name == :map
    ->(v) { v.map(&arg) }
  elsif arg
    ->(v) { v.public_send(name, arg) }
  else
    name.to_proc
  end
end.reduce(:>>)
p pipeline.call("  the   quick brown   fox ")

compose_all = ->(*fns) { fns.reduce { |f, g| f >> g } }
p compose_all.(inc, dbl, sq).(1), compose_all.(sq).(7)
apply_n = ->(f, n, x) { n.times.reduce(x) { |acc, _| f.(acc) } }
p apply_n.(dbl, 10, 1), apply_n.curry[inc][5][0]

counter = Enumerator.new { |y| n = 0; loop { y << (n += 1) } }
p counter.lazy.map(&sq).select(&:even?).map(&inc).first(3)
adder = 10.method(:+)
p [1, 2].map(&adder), adder.owner, adder.receiver, adder.name, adder.unbind.bind(20).call(1)
p [[1, 2], [3, 4]].map { |a, b| a * b }, [[1, 2], [3, 4]].map(&->((a, b)) { a - b })
p %w[apple banana cherry].map(&:length).zip(%w[a b c]).to_h { |n, k| [k.to_sym, n] }
m = 5.method(:between?)
p m.call(1, 10), m.to_proc.(6, 9), [3, 7].map(&12.method(:gcd))
p (->(x) { x + 1 } >> method(:puts)).call(41)
identity = :itself.to_proc
p [3, 1, 3].group_by(&identity), [nil, 1, false].map(&:nil?), proc { |a, b| [a, b] }.call([9, 8])
p lambda { |a, b = 2, *c, d:, e: 5, **f, &g| }.parameters, proc { |x, (y, z)| }.arity
