# Object graphs with cycles: recursive inspect, equality, flatten errors, and a cycle detector.
a = [1, 2]
a << a
p a, a.to_s, a.size, a.last.equal?(a)
h = { name: "root" }
h[:self] = h
p h, h.inspect.size
nested = [1, [2, [3]]]
nested[1][1] << nested
p nested
begin
  a.flatten
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
p a == a, [a].include?(a), a.hash == a.hash
b = [1, 2]
b << b
p a == b rescue p $!.class

class Node
  attr_accessor :name, :edges

  def initialize(name)
    @name = name
    @edges = []
  end

  def inspect = "#<Node #{name} -> #{edges.map(&:name).join(',')}>"
  def to_s = name
end

nodes = %w[a b c d e f].to_h { |n| [n, Node.new(n)] }
[%w[a b], %w[b c], %w[c a], %w[c d], %w[d e], %w[f e]].each { |x, y| nodes[x].edges << nodes[y] }
p nodes.values

def find_cycle(start)
  path = []
  on_path = {}
  visit = lambda do |n|
    return path[path.index(n)..] + [n] if on_path[n]

    on_path[n] = true
    path << n
    n.edges.each do |m|
      found = visit.call(m)
      return found if found
    end
    path.pop
    on_path.delete(n)
    nil
  end
  visit.call(start)
end
p find_cycle(nodes["a"])&.map(&:name), find_cycle(nodes["d"]), find_cycle(nodes["f"])

def topo(nodes)
  indeg = Hash.new(0)
  nodes.each { |n| n.edges.each { |m| indeg[m] += 1 } }
  queue = nodes.select { |n| indeg[n].zero? }
  order = []
  until queue.empty?
    n = queue.shift
    order << n
    n.edges.each { |m| queue << m if (indeg[m] -= 1).zero? }
  end
  order.size == nodes.size ? order.map(&:name) : "cycle among #{(nodes - order).map(&:name).sort.join}"
end
p topo(nodes.values)
nodes["c"].edges.delete(nodes["a"])
p topo(nodes.values)

parent = { kids: [] }
child = { parent: parent }
parent[:kids] << child
p parent
Ring = Struct.new(:val, :nxt)
ring = Ring.new(1)
ring.nxt = Ring.new(2, ring)
p ring
deep = []
cur = deep
4.times { |i| nxt = [i]; cur << nxt; cur = nxt }
p deep, deep.flatten, deep.to_s.count("[")
x = []
y = [x]
x << y
p x, y, x.inspect.length
p [a, b].map(&:size), a.first(2).sum, a.dig(2, 2, 0)
