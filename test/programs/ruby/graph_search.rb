# Graph algorithms on hashes of arrays: BFS, DFS, topological sort, Dijkstra.
GRAPH = {
  "A" => %w[B C],
  "B" => %w[D E],
  "C" => %w[F],
  "D" => [],
  "E" => %w[F],
  "F" => %w[G],
  "G" => [],
}

def bfs(graph, start)
  visited = [start]
  queue = [start]
  until queue.empty?
    node = queue.shift
    graph[node].each do |n|
      next if visited.include?(n)
      visited << n
      queue.push(n)
    end
  end
  visited
end

def dfs(graph, node, visited = [])
  return visited if visited.include?(node)
  visited << node
  graph[node].each { |n| dfs(graph, n, visited) }
  visited
end

def shortest_path(graph, from, to)
  prev = { from => nil }
  queue = [from]
  while (node = queue.shift)
    break if node == to
    graph[node].each do |n|
      next if prev.key?(n)
      prev[n] = node
      queue << n
    end
  end
  return nil unless prev.key?(to)
  path = []
  while to
    path.unshift(to)
    to = prev[to]
  end
  path
end

def topo_sort(graph)
  indegree = Hash.new(0)
  graph.each_value { |ns| ns.each { |n| indegree[n] += 1 } }
  ready = graph.keys.select { |k| indegree[k].zero? }
  order = []
  until ready.empty?
    node = ready.shift
    order << node
    graph[node].each do |n|
      indegree[n] -= 1
      ready << n if indegree[n].zero?
    end
  end
  order
end

def dijkstra(edges, source)
  dist = Hash.new(Float::INFINITY)
  dist[source] = 0
  done = {}
  nodes = edges.keys | edges.values.flat_map { |h| h.keys }
  until done.size == nodes.size
    u = (nodes - done.keys).min_by { |n| dist[n] }
    break if dist[u] == Float::INFINITY
    done[u] = true
    edges.fetch(u, {}).each do |v, w|
      alt = dist[u] + w
      dist[v] = alt if alt < dist[v]
    end
  end
  nodes.sort.map { |n| [n, dist[n]] }.to_h
end

puts "BFS: #{bfs(GRAPH, 'A').join(' -> ')}"
puts "DFS: #{dfs(GRAPH, 'A').join(' -> ')}"
puts "Path A..G: #{shortest_path(GRAPH, 'A', 'G').inspect}"
puts "Path D..A: #{shortest_path(GRAPH, 'D', 'A').inspect}"
puts "Topological: #{topo_sort(GRAPH).join(' ')}"

roads = {
  "home" => { "shop" => 4, "park" => 1 },
  "park" => { "shop" => 2, "school" => 6 },
  "shop" => { "school" => 3, "office" => 7 },
  "school" => { "office" => 1 },
  "island" => {},
}
dijkstra(roads, "home").each do |place, d|
  puts "#{place.ljust(7)} #{d == Float::INFINITY ? 'unreachable' : d}"
end
