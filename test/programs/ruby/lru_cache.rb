# An LRU cache built on Hash insertion order, with stats.
class LRUCache
  attr_reader :hits, :misses

  def initialize(capacity)
    raise ArgumentError, "capacity must be positive" unless capacity.positive?
    @capacity = capacity
    @store = {}
    @hits = 0
    @misses = 0
  end

  def get(key)
    if @store.key?(key)
      @hits += 1
      value = @store.delete(key)
      @store[key] = value
    else
      @misses += 1
      nil
    end
  end

  def put(key, value)
    @store.delete(key)
    @store[key] = value
    @store.delete(@store.keys.first) while @store.size > @capacity
    value
  end

  def fetch(key)
    v = get(key)
    return v unless v.nil?
    put(key, yield(key))
  end

  def keys = @store.keys
  def size = @store.size

  def to_s
    "LRU(#{@store.map { |k, v| "#{k}:#{v}" }.join(', ')})"
  end
end

cache = LRUCache.new(3)
cache.put(:a, 1)
cache.put(:b, 2)
cache.put(:c, 3)
puts cache
cache.get(:a)
cache.put(:d, 4)
puts cache
p cache.get(:b)
cache.put(:c, 30)
puts cache
puts "keys: #{cache.keys.inspect}"

slow_square = 0
squarer = LRUCache.new(4)
[1, 2, 3, 1, 2, 5, 6, 1, 7, 2].each do |n|
  squarer.fetch(n) { |k| slow_square += 1; k * k }
end
puts "computed #{slow_square} times, hits=#{squarer.hits} misses=#{squarer.misses}"
puts squarer
begin
  LRUCache.new(0)
rescue ArgumentError => e
  puts "error: #{e.message}"
end

h = { "x" => 1, "y" => 2, "z" => 3 }
h.delete("x")
h["x"] = 10
p h
p h.to_a.last, h.first, h.keys, h.values
h.each_pair { |k, v| print k, "=", v, ";" }
puts
p h.min_by { |_, v| v }, h.sort_by { |k, _| k }.to_h, h.sum { |_, v| v }
p h.select { |_, v| v > 2 }, h.reject { |k, _| k == "y" }, h.map { |k, v| [k.to_sym, v] }.to_h
p h.transform_values { |v| v * 2 }, h.invert, h.key(3), h.count { |k, v| v.odd? }
p h.sort_by { |_, v| -v }.first(2).map(&:first)
