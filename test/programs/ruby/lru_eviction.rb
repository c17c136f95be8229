# An LRU cache on top of Hash ordering, plus a doubly linked version to compare.
class HashLRU
  attr_reader :hits, :misses, :evicted

  def initialize(capacity)
    raise ArgumentError, "capacity must be positive, got #{capacity}" unless capacity.positive?
    @capacity = capacity
    @store = {}
    @hits = @misses = 0
    @evicted = []
  end

  def [](key)
    if @store.key?(key)
      @hits += 1
      value = @store.delete(key)
      @store[key] = value
    else
      @misses += 1
      nil
    end
  end

  def []=(key, value)
    @store.delete(key)
    @store[key] = value
    while @store.size > @capacity
      old_key, = @store.first
      @evicted << old_key
      @store.delete(old_key)
    end
  end

  def fetch(key)
    v = self[key]
    return v unless v.nil?
    self[key] = yield(key)
  end

  def keys = @store.keys
  def to_s = "#<HashLRU #{@store.map { |k, v| "#{k}=>#{v}" }.join(', ')}>"
end

class ListLRU
  Node = Struct.new(:key, :value, :prev, :next) do
    def inspect = "Node(#{key})"
  end

  def initialize(capacity)
    @capacity = capacity
    @map = {}
    @head = Node.new(:head)
    @tail = Node.new(:tail)
    @head.next = @tail
    @tail.prev = @head
  end

  def get(key)
    node = @map[key] or return nil
    unlink(node)
    push_front(node)
    node.value
  end

  def put(key, value)
    if (node = @map[key])
      node.value = value
      unlink(node)
    else
      node = Node.new(key, value)
      @map[key] = node
      if @map.size > @capacity
        lru = @tail.prev
        unlink(lru)
        @map.delete(lru.key)
      end
    end
    push_front(node)
  end

  def keys
    out = []
    n = @head.next
    until n.equal?(@tail)
      out << n.key
      n = n.next
    end
    out
  end

  private

  def unlink(node)
    node.prev.next = node.next
    node.next.prev = node.prev
  end

  def push_front(node)
    node.next = @head.next
    node.prev = @head
    @head.next.prev = node
    @head.next = node
  end
end

cache = HashLRU.new(3)
%w[a b c].each_with_index { |k, i| cache[k] = i * 10 }
p cache["a"], cache["z"]
cache["d"] = 30
puts cache
p cache.keys, cache.evicted
squares = HashLRU.new(4)
calls = []
[3, 4, 3, 5, 6, 7, 3, 4].each { |n| squares.fetch(n) { |k| calls << k; k * k } }
p calls, squares.keys, [squares.hits, squares.misses], squares.evicted

list = ListLRU.new(2)
list.put(1, "one")
list.put(2, "two")
p list.get(1), list.keys
list.put(3, "three")
p list.keys, list.get(2), list.get(3)
list.put(1, "uno")
p list.keys, list.get(1)

begin
  HashLRU.new(0)
rescue ArgumentError => e
  puts "error: #{e.message}"
end

trace = Array.new(40) { |i| (i * 7 + i / 3) % 9 }
[1, 2, 4, 8].each do |size|
  c = HashLRU.new(size)
  trace.each { |k| c.fetch(k) { k } }
  ratio = c.hits.fdiv(trace.size)
  puts format("size %d: hits=%2d misses=%2d ratio=%.3f", size, c.hits, c.misses, ratio)
end
p ListLRU::Node.new(:x)
