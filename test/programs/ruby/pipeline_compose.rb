# Data pipelines from composed procs, curried lambdas, method references and closures.
strip = ->(s) { s.strip }
down = :downcase.to_proc
squash = ->(s) { s.gsub(/\s+/, " ") }
normalize = strip >> down >> squash
p normalize.call("  Hello   BIG  World  "), (down << strip).call("  ABC ")

add = ->(a, b) { a + b }
inc = add.curry[1]
mul = ->(a, b, c) { a * b * c }.curry
p inc[41], mul[2][3][4], mul.(2, 3).(5), mul.arity, inc.arity, add.curry.arity
clamp = ->(lo, hi, x) { x.clamp(lo, hi) }.curry
percent = clamp[0][100]
p [-5, 50, 150].map(&percent)

class Pipeline
  def initialize(*steps) = @steps = steps
  def |(step) = Pipeline.new(*@steps, step)
  def call(input) = @steps.reduce(input) { |acc, st| st.call(acc) }
  def to_proc = method(:call).to_proc
  def size = @steps.size
end

def double(x) = x * 2
words = Pipeline.new | ->(s) { s.split } | ->(ws) { ws.map(&:capitalize) } | ->(ws) { ws.join("-") }
nums = Pipeline.new(->(a) { a.select(&:even?) }) | ->(a) { a.map { |x| double(x) } } | :sum.to_proc
p words.call("the quick brown fox"), nums.call((1..10).to_a), words.size
p ["a b", "c d e"].map(&words)

counter = 0
make_counter = lambda do
  count = 0
  increment = -> { count += 1; counter += 1 }
  get = -> { count }
  [increment, get]
end
inc_a, get_a = make_counter.call
inc_b, get_b = make_counter.call
3.times { inc_a.call }
inc_b.()
p get_a.call, get_b[], counter

adders = (1..3).map { |i| ->(x) { x + i } }
p adders.map { |f| f.(10) }, adders.reduce(:>>).call(0), adders.inject { |f, g| f << g }.(100)
compose_all = ->(*fns) { fns.reduce { |f, g| f >> g } }
slug = compose_all.(strip, down, ->(s) { s.gsub(/[^a-z0-9]+/, "-") }, ->(s) { s.chomp("-") })
p slug.("  Hello, World! ")
m = 12.method(:+)
p m.call(3), [1, 2, 3].map(&m), m.owner, m.name, m.receiver
upcase_m = "x".method(:upcase)
p upcase_m.call, upcase_m.unbind.bind("y").call
sq = proc { |x, y| (x || 0) * (y || 1) }
p sq.call(3), sq.call(3, 4), sq.call([5, 6]), sq.lambda?, sq.arity, ->(*a) {}.arity, proc { |x| }.arity
memo = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
fib = memo.method(:[]) rescue fib = ->(n) { memo[n] }
p fib.call(50), (1..10).map(&fib)
yielder = ->(&blk) { blk.call(7) }
p yielder.call { |v| v * 6 }
def takes_block(&block) = block
b = takes_block { |x| x.to_s * 2 }
p b.call(4), b.class, b.lambda?, takes_block.nil?
tally_by = ->(key, list) { list.group_by(&key).transform_values(&:count) }.curry
by_len = tally_by[:size]
p by_len[%w[a bb cc ddd]], tally_by[:odd?][[1, 2, 3]]
ops = { "+" => :+.to_proc, "max" => ->(a, b) { [a, b].max }, "avg" => ->(a, b) { (a + b) / 2.0 } }
p ops.transform_values { |f| f.call(6, 9) }
