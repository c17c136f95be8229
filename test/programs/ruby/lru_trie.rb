# LRU cache on Hash ordering, and a trie with autocomplete
class LRU
  def initialize(cap) = (@cap, @h, @hits, @misses = cap, {}, 0, 0)

  def get(k)
    if @h.key?(k)
      @hits += 1
      @h[k] = @h.delete(k)
    else
      @misses += 1
      return nil unless block_given?
      put(k, yield(k))
    end
  end

  def put(k, v)
    @h.delete(k)
    @h[k] = v
    @h.delete(@h.keys.first) while @h.size > @cap
    v
  end

  def keys = @h.keys
  def stats = "hits=#{@hits} misses=#{@misses}"
end

c = LRU.new(3)
%w[a b c a d b e a].each { |k| c.get(k) { |key| key.upcase * 2 } }
p c.keys, c.stats, c.get("zz"), c.get("a")

class Trie
  Node = Struct.new(:children, :terminal, :count) do
    def initialize = super({}, false, 0)
  end

  def initialize = @root = Node.new

  def insert(word)
    node = word.each_char.inject(@root) do |n, ch|
      n.count += 1
      n.children[ch] ||= Node.new
    end
    node.count += 1
    node.terminal = true
    self
  end

  def include?(word) = !!(n = walk(word)) && n.terminal

  def complete(prefix)
    start = walk(prefix) or return []
    out = []
    stack = [[start, prefix]]
    until stack.empty?
      node, acc = stack.pop
      out << acc if node.terminal
      node.children.sort.reverse_each { |ch, child| stack.push([child, acc + ch]) }
    end
    out
  end

  def prefix_count(p) = walk(p)&.count || 0

  private

  def walk(s) = s.each_char.inject(@root) { |n, ch| n&.children&.[](ch) }
end

t = Trie.new
%w[car card care careful cart cat dog dot do doge].each { |w| t.insert(w) }
p t.include?("car"), t.include?("ca"), t.include?("doge"), t.include?("dogs")
p t.complete("car"), t.complete("do"), t.complete("x"), t.complete("")
p t.prefix_count("ca"), t.prefix_count("do"), t.prefix_count("q")
