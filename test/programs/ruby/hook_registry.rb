# An event system mixing blocks, procs, lambdas and Method objects as listeners.
module Observable2
  def listeners = (@listeners ||= Hash.new { |h, k| h[k] = [] })

  def on(event, callable = nil, &block)
    handler = callable || block
    raise ArgumentError, "no handler given for #{event}" unless handler
    listeners[event] << handler
    handler
  end

  def off(event, handler) = listeners[event].delete(handler)

  def emit(event, *args, **meta)
    listeners[event].map do |h|
      h.arity.zero? ? h.call : h.call(*args, **meta)
    end
  end
end

class Shop
  include Observable2
  attr_reader :orders

  def initialize = @orders = []

  def order(item, qty: 1)
    @orders << [item, qty]
    emit(:ordered, item, qty, at: @orders.size)
  end
end

class Auditor
  attr_reader :lines

  def initialize = @lines = []
  def record(item, qty, at:) = (@lines << "##{at} #{qty}x#{item}"; :audited)
end

shop = Shop.new
auditor = Auditor.new
counter = Hash.new(0)
shop.on(:ordered, auditor.method(:record))
tally = shop.on(:ordered) { |item, qty, **| counter[item] += qty }
shop.on(:ordered, -> { :ping })
shout = proc { |item, *rest| "#{item.upcase}!#{rest.size}" }
shop.on(:ordered, shout)

p shop.order("apple", qty: 3)
p shop.order("pear")
shop.off(:ordered, tally)
p shop.order("apple", qty: 2)
p counter, auditor.lines
p shop.listeners[:ordered].map(&:class), shop.listeners[:ordered].map(&:arity)
p shop.listeners[:ordered].map { |h| h.respond_to?(:lambda?) ? h.lambda? : :method }
p shop.listeners.keys, shop.emit(:nothing)

begin
  shop.on(:broken)
rescue ArgumentError => e
  puts "error: #{e.message}"
end

m = auditor.method(:record)
p m.name, m.owner, m.receiver.equal?(auditor), m.arity
um = m.unbind
p um.class, um.bind(Auditor.new).call("kiwi", 1, at: 9)

add = ->(a, b) { a + b }
inc = add.curry[1]
double = proc { |x| x * 2 }
pipeline = inc >> double
p inc.(5), pipeline.(5), (double << inc).(5), (method(:puts) << :upcase.to_proc).call("via method")
compose = [inc, double, :to_s.to_proc, ->(s) { s + "!" }].reduce(:>>)
p compose.call(4)

counter_gen = lambda do
  count = 0
  increment = -> { count += 1 }
  read = -> { count }
  [increment, read]
end
i1, r1 = counter_gen.call
3.times { i1.call }
p r1.call, i1.call

def run_callbacks(*cbs, &final)
  results = cbs.map(&:call)
  results << final.call if final
  results
end
p run_callbacks(-> { 1 }, proc { 2 }, method(:rand).to_proc.arity.zero? ? -> { 3 } : -> { 0 }) { :done }
p proc { |a, b| [a, b] }.call([1, 2]), lambda { |a, b| [a, b] }.call(1, 2)
p proc { |a, (b, c), *d| [a, b, c, d] }.call(1, [2, 3], 4, 5)
begin
  add.call(1)
rescue ArgumentError => e
  puts "lambda strictness: #{e.message}"
end
sq = :*.to_proc
p sq.call(3, 4), %w[a b].map(&:upcase), [1, 2].each_slice(1).map(&:first)
