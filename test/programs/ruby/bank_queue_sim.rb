# Discrete-event simulation of a bank with tellers: events ordered by time
# in a binary min-heap of Comparable events, seeded randomness.

class Event
  include Comparable
  attr_reader :time, :kind, :customer, :seq

  @@seq = 0

  def initialize(time, kind, customer)
    @time, @kind, @customer = time, kind, customer
    @seq = (@@seq += 1)
  end

  def <=>(other) = [time, seq] <=> [other.time, other.seq]
  def to_s = format("%6.2f %-8s c%02d", time, kind, customer)
end

class MinHeap
  def initialize = @items = []
  def size = @items.size
  def empty? = @items.empty?

  def push(item)
    @items << item
    sift_up(@items.size - 1)
    self
  end
  alias << push

  def pop
    return nil if @items.empty?

    top = @items.first
    last = @items.pop
    unless @items.empty?
      @items[0] = last
      sift_down(0)
    end
    top
  end

  def peek = @items.first

  private

  def sift_up(i)
    while i.positive?
      parent = (i - 1) / 2
      break if @items[parent] <= @items[i]

      @items[parent], @items[i] = @items[i], @items[parent]
      i = parent
    end
  end

  def sift_down(i)
    loop do
      l, r = 2 * i + 1, 2 * i + 2
      smallest = i
      smallest = l if l < size && @items[l] < @items[smallest]
      smallest = r if r < size && @items[r] < @items[smallest]
      break if smallest == i

      @items[smallest], @items[i] = @items[i], @items[smallest]
      i = smallest
    end
  end
end

rng = Random.new(2024)
events = MinHeap.new
t = 0.0
12.times do |c|
  t += -Math.log(1 - rng.rand) * 2.0
  events << Event.new(t.round(2), :arrive, c + 1)
end

tellers = 2
busy = 0
line = []
waits = {}
arrived = {}
log = []

until events.empty?
  ev = events.pop
  log << ev.to_s
  case ev.kind
  when :arrive
    arrived[ev.customer] = ev.time
    if busy < tellers
      busy += 1
      waits[ev.customer] = 0.0
      events << Event.new((ev.time + 1 + rng.rand(4.0)).round(2), :depart, ev.customer)
    else
      line.push(ev.customer)
    end
  when :depart
    if (nxt = line.shift)
      waits[nxt] = (ev.time - arrived[nxt]).round(2)
      events << Event.new((ev.time + 1 + rng.rand(4.0)).round(2), :depart, nxt)
    else
      busy -= 1
    end
  end
end

puts log
puts "-" * 24
waits.sort.each { |c, w| puts format("c%02d waited %5.2f", c, w) }
puts format("average wait %.3f, longest c%02d", waits.values.sum / waits.size, waits.max_by { |_, w| w }.first)
p Event.new(1, :a, 1).between?(Event.new(0, :a, 1), Event.new(2, :a, 1))
p [Event.new(3, :x, 1), Event.new(1, :y, 2)].min.kind
h = MinHeap.new
[5, 3, 8, 1, 9, 2].each { |n| h << n }
p Array.new(h.size) { h.pop }, h.pop
