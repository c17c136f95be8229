# Dijkstra and A*-free shortest paths on a road map with a binary-heap priority queue.
class MinHeap
  def initialize(&by)
    @items = []
    @by = by || ->(x) { x }
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

  def empty? = @items.empty?
  def size = @items.length

  private

  def key(i) = @by.call(@items[i])

  def sift_up(i)
    while i > 0
      parent = (i - 1) / 2
      break if (key(parent) <=> key(i)) <= 0
      @items[parent], @items[i] = @items[i], @items[parent]
      i = parent
    end
  end

  def sift_down(i)
    loop do
      l = 2 * i + 1
      r = l + 1
      smallest = i
      smallest = l if l < @items.size && (key(l) <=> key(smallest)).negative?
      smallest = r if r < @items.size && (key(r) <=> key(smallest)).negative?
      break if smallest == i
      @items[smallest], @items[i] = @items[i], @items[smallest]
      i = smallest
    end
  end
end

class RoadMap
  def initialize = @edges = Hash.new { |h, k| h[k] = {} }

  def road(a, b, km)
    @edges[a][b] = km
    @edges[b][a] = km
    self
  end

  def cities = @edges.keys.sort

  def shortest(from)
    dist = Hash.new(Float::INFINITY)
    prev = {}
    dist[from] = 0
    heap = MinHeap.new { |(d, city)| [d, city] }
    heap << [0, from]
    visited = {}
    until heap.empty?
      d, city = heap.pop
      next if visited[city]
      visited[city] = true
      @edges[city].each do |nb, km|
        nd = d + km
        if nd < dist[nb]
          dist[nb] = nd
          prev[nb] = city
          heap << [nd, nb]
        end
      end
    end
    [dist, prev]
  end

  def route(from, to)
    dist, prev = shortest(from)
    return nil if dist[to].infinite?
    path = [to]
    path.unshift(prev[path.first]) while prev[path.first]
    [dist[to], path]
  end
end

h = MinHeap.new
[5, 3, 8, 1, 9, 2, 7].each { |x| h << x }
out = []
out << h.pop until h.empty?
p out, h.pop
words = MinHeap.new(&:size)
%w[pear fig banana kiwi apple].each { |w| words.push(w) }
p Array.new(words.size) { words.pop }

map = RoadMap.new
map.road("Amsterdam", "Utrecht", 45).road("Utrecht", "Arnhem", 65)
   .road("Amsterdam", "Haarlem", 20).road("Haarlem", "Leiden", 35)
   .road("Leiden", "Den Haag", 20).road("Den Haag", "Rotterdam", 25)
   .road("Rotterdam", "Utrecht", 60).road("Amsterdam", "Leiden", 45)
   .road("Rotterdam", "Breda", 50).road("Breda", "Eindhoven", 60)
   .road("Arnhem", "Eindhoven", 85)
map.road("Texel", "Den Helder", 5)

dist, _ = map.shortest("Amsterdam")
map.cities.each { |c| puts format("%-12s %s", c, dist[c].infinite? ? "unreachable" : "#{dist[c]} km") }
[%w[Amsterdam Eindhoven], %w[Haarlem Breda], %w[Arnhem Den\ Haag], %w[Leiden Texel]].each do |a, b|
  km, path = map.route(a, b)
  puts km ? "#{a} -> #{b}: #{km} km via #{path.join(' > ')}" : "#{a} -> #{b}: no route"
end
p dist.values.reject(&:infinite?).minmax, dist.count { |_, d| d < 100 }
