# Minimum spanning trees two ways: Kruskal with union-find and Prim with a
# hand-written binary min-heap; then shortest paths from the heap too.
class DisjointSet
  def initialize(items)
    @parent = items.to_h { |i| [i, i] }
    @rank = Hash.new(0)
  end

  def find(x)
    @parent[x] = find(@parent[x]) unless @parent[x] == x
    @parent[x]
  end

  def union(a, b)
    ra, rb = find(a), find(b)
    return false if ra == rb
    ra, rb = rb, ra if @rank[ra] < @rank[rb]
    @parent[rb] = ra
    @rank[ra] += 1 if @rank[ra] == @rank[rb]
    true
  end

  def groups = @parent.keys.group_by { |k| find(k) }.values
end

class MinHeap
  def initialize = @items = []
  def empty? = @items.empty?
  def size = @items.size

  def push(priority, value)
    @items << [priority, value]
    sift_up(@items.size - 1)
    self
  end

  def pop
    return nil if empty?
    top = @items.first
    last = @items.pop
    unless empty?
      @items[0] = last
      sift_down(0)
    end
    top
  end

  private

  def sift_up(i)
    while i > 0
      parent = (i - 1) / 2
      break if (@items[parent] <=> @items[i]) <= 0
      @items[parent], @items[i] = @items[i], @items[parent]
      i = parent
    end
  end

  def sift_down(i)
    loop do
      smallest = i
      [2 * i + 1, 2 * i + 2].each do |c|
        smallest = c if c < @items.size && (@items[c] <=> @items[smallest]) < 0
      end
      break if smallest == i
      @items[smallest], @items[i] = @items[i], @items[smallest]
      i = smallest
    end
  end
end

EDGES = <<~TEXT.lines.map { |l| a, b, w = l.split; [a, b, w.to_i] }
  A B 7
  A D 5
  B C 8
  B D 9
  B E 7
  C E 5
  D E 15
  D F 6
  E F 8
  E G 9
  F G 11
  H I 2
TEXT

nodes = EDGES.flat_map { |a, b, _| [a, b] }.uniq.sort
graph = Hash.new { |h, k| h[k] = [] }
EDGES.each do |a, b, w|
  graph[a] << [b, w]
  graph[b] << [a, w]
end

sets = DisjointSet.new(nodes)
kruskal = EDGES.sort_by { |a, b, w| [w, a, b] }.select { |a, b, _| sets.union(a, b) }
puts "Kruskal: #{kruskal.map { |a, b, w| "#{a}-#{b}(#{w})" }.join(' ')}"
puts "  total #{kruskal.sum(&:last)}, components #{sets.groups.map { |g| g.sort.join }.sort.inspect}"

def prim(graph, start)
  seen = { start => true }
  heap = MinHeap.new
  graph[start].each { |to, w| heap.push([w, start, to], [start, to]) }
  tree = []
  until heap.empty?
    (w, _, _), (from, to) = heap.pop
    next if seen[to]
    seen[to] = true
    tree << [from, to, w]
    graph[to].each { |nxt, w2| heap.push([w2, to, nxt], [to, nxt]) unless seen[nxt] }
  end
  tree
end

tree = prim(graph, "A")
puts "Prim from A: #{tree.map { |a, b, w| "#{a}-#{b}(#{w})" }.join(' ')} total #{tree.sum(&:last)}"

def dijkstra(graph, source)
  dist = Hash.new(Float::INFINITY)
  prev = {}
  dist[source] = 0
  heap = MinHeap.new.push(0, source)
  until heap.empty?
    d, node = heap.pop
    next if d > dist[node]
    graph[node].each do |nxt, w|
      nd = d + w
      next unless nd < dist[nxt]
      dist[nxt] = nd
      prev[nxt] = node
      heap.push(nd, nxt)
    end
  end
  [dist, prev]
end

dist, prev = dijkstra(graph, "A")
puts "\nShortest paths from A:"
nodes.each do |n|
  path = [n]
  path.unshift(prev[path.first]) while prev[path.first]
  shown = dist[n].infinite? ? "unreachable (#{dist[n]})" : "#{dist[n].to_s.rjust(2)} via #{path.join('>')}"
  puts "  #{n}: #{shown}"
end

heap = MinHeap.new
[5, 3, 9, 1, 7, 3, 8].each_with_index { |v, i| heap.push(v, "item#{i}") }
out = []
out << heap.pop until heap.empty?
puts "\nheap order: #{out.map { |p, v| "#{p}:#{v}" }.join(' ')}"
puts "pop empty: #{heap.pop.inspect}"
