# Priority queue (binary heap) driving a discrete event simulation.
class MinHeap
  def initialize(&cmp)
    @items = []
    @cmp = cmp || ->(a, b) { a <=> b }
  end

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
  def size = @items.size
  def empty? = @items.empty?

  private

  def less(i, j) = @cmp.call(@items[i], @items[j]) < 0

  def sift_up(i)
    while i > 0
      parent = (i - 1) / 2
      break unless less(i, parent)
      @items[i], @items[parent] = @items[parent], @items[i]
      i = parent
    end
  end

  def sift_down(i)
    loop do
      l = 2 * i + 1
      r = l + 1
      smallest = i
      smallest = l if l < @items.size && less(l, smallest)
      smallest = r if r < @items.size && less(r, smallest)
      break if smallest == i
      @items[i], @items[smallest] = @items[smallest], @items[i]
      i = smallest
    end
  end
end

heap = MinHeap.new
[5, 3, 8, 1, 9, 2, 7].each { |x| heap << x }
out = []
out << heap.pop until heap.empty?
p out

Event = Struct.new(:time, :seq, :name, :action)
class Simulator
  def initialize
    @queue = MinHeap.new { |a, b| [a.time, a.seq] <=> [b.time, b.seq] }
    @seq = 0
    @now = 0
    @log = []
  end

  def schedule(delay, name, &action)
    @seq += 1
    @queue.push(Event.new(@now + delay, @seq, name, action))
  end

  def run(until_time)
    while (ev = @queue.peek) && ev.time <= until_time
      @queue.pop
      @now = ev.time
      @log << format("t=%3d %s", @now, ev.name)
      ev.action&.call(self)
    end
    @log
  end

  attr_reader :now
end

sim = Simulator.new
ticks = 0
tick = lambda do |s|
  ticks += 1
  s.schedule(10, "tick #{ticks}", &tick) if ticks < 4
end
sim.schedule(0, "start", &tick)
sim.schedule(15, "checkpoint") { |s| s.schedule(3, "after checkpoint") }
sim.schedule(15, "also at 15")
sim.schedule(100, "too late")
puts sim.run(50)
puts "ticks=#{ticks} now=#{sim.now}"
words = MinHeap.new { |a, b| [a.size, a] <=> [b.size, b] }
%w[pear fig banana kiwi apple date].each { |w| words.push(w) }
puts Array.new(words.size) { words.pop }.join(" ")
