# topological sort (Kahn + DFS) and union-find
deps = {
  "app" => %w[web db cache],
  "web" => %w[http json],
  "db" => %w[json pool],
  "cache" => %w[pool],
  "http" => [],
  "json" => [],
  "pool" => ["log"],
  "log" => []
}

def kahn(deps)
  indeg = Hash.new(0)
  deps.each { |n, ds| indeg[n] += 0; ds.each { |d| indeg[d] += 0 } }
  deps.each { |n, ds| indeg[n] += ds.size }
  users = Hash.new { |h, k| h[k] = [] }
  deps.each { |n, ds| ds.each { |d| users[d] << n } }
  ready = indeg.select { |_, v| v.zero? }.keys.sort
  order = []
  until ready.empty?
    n = ready.shift
    order << n
    users[n].each do |u|
      indeg[u] -= 1
      ready = (ready << u).sort if indeg[u].zero?
    end
  end
  raise "cycle detected" if order.size < indeg.size
  order
end

def dfs_order(deps)
  seen = {}
  out = []
  visit = lambda do |n, stack|
    raise ArgumentError, "cycle: #{(stack + [n]).join(' -> ')}" if stack.include?(n)
    next if seen[n]
    deps.fetch(n, []).each { |d| visit.(d, stack + [n]) }
    seen[n] = true
    out << n
  end
  deps.keys.each { |n| visit.(n, []) }
  out
end

p kahn(deps), dfs_order(deps)
cyclic = deps.merge("log" => ["app"])
begin
  kahn(cyclic)
rescue RuntimeError => e
  puts e.message
end
begin
  dfs_order(cyclic)
rescue ArgumentError => e
  puts e.message
end

class UnionFind
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

  def groups = @parent.keys.group_by { |k| find(k) }.values.map(&:sort).sort
end

uf = UnionFind.new(1..10)
[[1, 2], [3, 4], [2, 4], [5, 6], [7, 7], [9, 10], [1, 3]].each { |a, b| print uf.union(a, b), " " }
puts
p uf.groups, uf.find(4) == uf.find(1), uf.find(5) == uf.find(1)

edges = [[1, 2, 7], [1, 3, 5], [2, 3, 8], [2, 4, 9], [2, 5, 7], [3, 4, 15], [4, 5, 5], [4, 6, 6], [5, 6, 8], [5, 7, 9], [6, 7, 11]]
mst_uf = UnionFind.new(1..7)
mst = edges.sort_by { |e| [e[2], e[0], e[1]] }.select { |a, b, _| mst_uf.union(a, b) }
p mst, mst.sum { |e| e[2] }
