# blocks, procs, lambdas, closures, currying, method references
add = ->(a, b) { a + b }
sq = proc { |x| x * x }
p add.call(1, 2), add.(3, 4), add[5, 6], sq.call(7), sq.(3, 99)
p add.lambda?, sq.lambda?, add.arity, sq.arity, proc { |*a| a }.arity, lambda { |a, b = 1| }.arity
begin
  add.call(1)
rescue ArgumentError => e
  puts "lambda strict: #{e.message}"
end
p proc { |a, b| [a, b] }.call(1), proc { |a, b| [a, b] }.call([1, 2, 3])

add3 = add.curry
p add3[1][2], add.curry.(10).(20)
mul = ->(a, b, c) { a * b * c }
double = mul.curry[2][1]
p double[21], [1, 2, 3].map(&mul.curry[10][10])

compose = sq >> ->(x) { x + 1 }
compose2 = sq << ->(x) { x + 1 }
p compose.(3), compose2.(3), (method(:Integer) >> sq).("12")

def make_counter
  count = 0
  increment = -> { count += 1 }
  get = -> { count }
  [increment, get]
end
inc, get = make_counter
3.times { inc.() }
p get.()
inc2, get2 = make_counter
inc2.()
p get.(), get2.()

adders = (1..3).map { |i| ->(x) { x + i } }
p adders.map { |f| f.(10) }

def yielder
  return :no_block unless block_given?
  yield(1) + yield(2)
end
p yielder, yielder { |x| x * 100 }

def take_block(&b) = b
blk = take_block { |x| "got #{x}" }
p blk.class, blk.call(5), [1, 2].map(&blk)

p %w[apple pie].map(&:upcase), [1, 2, 3].map(&10.method(:+)), %w[1 2].map(&method(:Integer))
m = 5.method(:*)
p m.call(4), m.owner, m.name, m.arity, m.unbind.bind(6).call(2)
um = Array.instance_method(:size)
p um.bind([1, 2, 3]).call

h = Hash.new { |hash, k| hash[k] = k.to_s * 2 }
to_p = h.to_proc
p to_p.call(:ab), %i[x y].map(&h)
p :upcase.to_proc.call("str"), [[1, 2]].map(&:sum)

memo = Hash.new do |hh, n|
  hh[n] = n < 2 ? n : hh[n - 1] + hh[n - 2]
end
fibp = memo.method(:[])
p (0..10).map(&fibp)

def run_twice = [yield, yield]
x = 0
p run_twice { x += 1 }, x
ret = [1, 2, 3].each_with_object([]) { |i, acc| acc << i if i.odd? }
p ret
gen = proc { |a, (b, c), *d, e: 9| [a, b, c, d, e] } rescue gen = nil
p gen&.call(1, [2, 3], 4, 5)
counter = Enumerator.new { |y| 3.times { |i| y.yield i, i * i } }
p counter.to_a, counter.next
square_then = ->(f, x) { f.(x * x) }
p square_then.(method(:p).to_proc >> ->(_) { :done }, 4)
p [3, 1, 2].sort_by(&:-@), [1, 2, 3].inject(&:*), [[1, 2], [3]].sum([], &:itself) rescue p :ok
p (1..3).each_slice(2).map(&:sum), [1, 2, 3].each_entry.map { _1 } rescue p :numbered
