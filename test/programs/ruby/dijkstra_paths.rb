# Dijkstra with a hand-rolled binary heap, path reconstruction
class MinHeap
  def initialize = @a = []
  def empty? = @a.empty?
  def size = @a.size

  def push(pri, val)
    @a << [pri, val]
    i = @a.size - 1
    while i.positive?
      parent = (i - 1) / 2
      break if (@a[parent] <=> @a[i]) <= 0
      @a[parent], @a[i] = @a[i], @a[parent]
      i = parent
    end
    self
  end
  alias << push

  def pop
    return nil if @a.empty?
    top = @a.first
    last = @a.pop
    unless @a.empty?
      @a[0] = last
      i = 0
      loop do
        l, r = 2 * i + 1, 2 * i + 2
        m = i
        m = l if l < @a.size && (@a[l] <=> @a[m]).negative?
        m = r if r < @a.size && (@a[r] <=> @a[m]).negative?
        break if m == i
        @a[m], @a[i] = @a[i], @a[m]
        i = m
      end
    end
    top
  end
end

EDGES = <<~E.lines.map(&:split)
  A B 4
  A C 2
  B C 5
  B D 10
  C E 3
  E D 4
  D F 11
  E F 20
  G H 1
E
graph = Hash.new { |h, k| h[k] = [] }
EDGES.each do |a, b, w|
  graph[a] << [b, w.to_i]
  graph[b] << [a, w.to_i]
end

def dijkstra(graph, src)
  dist = Hash.new(Float::INFINITY)
  prev = {}
  dist[src] = 0
  pq = MinHeap.new.push(0, src)
  until pq.empty?
    d, u = pq.pop
    next if d > dist[u]
    graph[u].each do |v, w|
      nd = d + w
      if nd < dist[v]
        dist[v] = nd
        prev[v] = u
        pq.push(nd, v)
      end
    end
  end
  [dist, prev]
end

def path(prev, dst)
  out = [dst]
  out.unshift(prev[out.first]) while prev[out.first]
  out
end

dist, prev = dijkstra(graph, "A")
graph.keys.sort.each do |n|
  d = dist[n]
  puts format("%s: %-8s %s", n, d.infinite? ? "inf" : d, d.infinite? ? "unreachable" : path(prev, n).join(" -> "))
end
h = MinHeap.new
[5, 3, 8, 1, 9, 2, 7].each { |x| h << x << x * 10 rescue h.push(x, x) }
out = []
out << h.pop.first until h.empty?
p out
p Float::INFINITY > 10**100, dist.values.min, dist.select { |_, v| v < 8 }.keys.sort
