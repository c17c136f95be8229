# A binary min-heap priority queue used for a task scheduler and k-way merge.
class MinHeap
  include Enumerable

  def initialize(items = [], &by)
    @by = by || ->(x) { x }
    @a = []
    items.each { |x| push(x) }
  end

  def push(x)
    @a << x
    sift_up(@a.size - 1)
    self
  end
  alias << push

  def pop
    return nil if @a.empty?

    top = @a.first
    last = @a.pop
    unless @a.empty?
      @a[0] = last
      sift_down(0)
    end
    top
  end

  def peek = @a.first
  def size = @a.size
  def empty? = @a.empty?

  def each
    copy = MinHeap.new(&@by)
    @a.each { |x| copy << x }
    yield copy.pop until copy.empty?
  end

  private

  def less(i, j) = (@by.call(@a[i]) <=> @by.call(@a[j])) < 0

  def sift_up(i)
    while i > 0
      parent = (i - 1) / 2
      break unless less(i, parent)

      @a[i], @a[parent] = @a[parent], @a[i]
      i = parent
    end
  end

  def sift_down(i)
    loop do
      l = 2 * i + 1
      r = l + 1
      smallest = i
      smallest = l if l < @a.size && less(l, smallest)
      smallest = r if r < @a.size && less(r, smallest)
      break if smallest == i

      @a[i], @a[smallest] = @a[smallest], @a[i]
      i = smallest
    end
  end
end

h = MinHeap.new([5, 3, 8, 1, 9, 2, 7])
p h.size, h.peek, h.to_a, h.first(3), h.min, h.include?(8), h.sort.reverse.first
out = []
out << h.pop until h.empty?
p out, h.pop

Task = Struct.new(:name, :priority, :seq) do
  include Comparable
  def <=>(other) = [priority, seq] <=> [other.priority, other.seq]
  def to_s = "#{name}(p#{priority})"
end

queue = MinHeap.new
seq = 0
[["write docs", 3], ["fix prod bug", 0], ["review PR", 1], ["lunch", 2], ["deploy", 1], ["email", 3]].each do |name, pr|
  queue << Task.new(name, pr, seq += 1)
end
puts queue.map(&:to_s).join(" > ")
3.times { puts "doing #{queue.pop}" }
queue << Task.new("hotfix", 0, seq += 1)
puts "next: #{queue.peek}, left: #{queue.size}"
puts queue.to_a.join(", ")

def k_way_merge(*lists)
  heap = MinHeap.new { |(value, _, _)| value }
  lists.each_with_index { |l, i| heap << [l[0], i, 0] unless l.empty? }
  merged = []
  until heap.empty?
    value, li, idx = heap.pop
    merged << value
    heap << [lists[li][idx + 1], li, idx + 1] if idx + 1 < lists[li].size
  end
  merged
end
p k_way_merge([1, 4, 9], [2, 3, 10, 11], [], [0, 5])

words = %w[pear fig banana kiwi apple cherry date]
by_len = MinHeap.new(words) { |w| [w.size, w] }
p by_len.to_a, by_len.max_by(&:size), by_len.each_slice(3).to_a.last
dist = { a: 0 }
graph = { a: { b: 4, c: 1 }, c: { b: 2, d: 5 }, b: { d: 1 }, d: {} }
pq = MinHeap.new([[0, :a]]) { |(d, _)| d }
until pq.empty?
  d, node = pq.pop
  next if d > dist.fetch(node, Float::INFINITY)

  graph[node].each do |nbr, w|
    nd = d + w
    if nd < dist.fetch(nbr, Float::INFINITY)
      dist[nbr] = nd
      pq << [nd, nbr]
    end
  end
end
p dist.sort.to_h
