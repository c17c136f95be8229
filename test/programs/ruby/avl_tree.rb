# A self-balancing AVL tree map with Enumerable, in-order traversal and range queries.
class AVLTree
  include Enumerable

  Node = Struct.new(:key, :value, :left, :right, :height)

  def initialize
    @root = nil
    @size = 0
  end

  attr_reader :size

  def []=(key, value)
    @root = insert(@root, key, value)
  end

  def [](key)
    n = @root
    while n
      case key <=> n.key
      when -1 then n = n.left
      when 1 then n = n.right
      else return n.value
      end
    end
    nil
  end

  def each(&block)
    return enum_for(:each) unless block_given?

    walk(@root, &block)
    self
  end

  def height = h(@root)

  def range(lo, hi)
    out = []
    collect_range(@root, lo, hi, out)
    out
  end

  def to_s = "{" + map { |k, v| "#{k}=>#{v}" }.join(", ") + "}"

  def shape(n = @root)
    return "." unless n

    n.left || n.right ? "(#{shape(n.left)} #{n.key} #{shape(n.right)})" : n.key.to_s
  end

  private

  def h(n) = n ? n.height : 0
  def fix(n) = (n.height = 1 + [h(n.left), h(n.right)].max; n)
  def balance(n) = h(n.left) - h(n.right)

  def rotate_right(y)
    x = y.left
    y.left = x.right
    x.right = fix(y)
    fix(x)
  end

  def rotate_left(x)
    y = x.right
    x.right = y.left
    y.left = fix(x)
    fix(y)
  end

  def insert(n, key, value)
    unless n
      @size += 1
      return Node.new(key, value, nil, nil, 1)
    end
    case key <=> n.key
    when -1 then n.left = insert(n.left, key, value)
    when 1 then n.right = insert(n.right, key, value)
    else
      n.value = value
      return n
    end
    rebalance(fix(n))
  end

  def rebalance(n)
    b = balance(n)
    if b > 1
      n.left = rotate_left(n.left) if balance(n.left) < 0
      return rotate_right(n)
    elsif b < -1
      n.right = rotate_right(n.right) if balance(n.right) > 0
      return rotate_left(n)
    end
    n
  end

  def walk(n, &block)
    return unless n

    walk(n.left, &block)
    yield n.key, n.value
    walk(n.right, &block)
  end

  def collect_range(n, lo, hi, out)
    return unless n

    collect_range(n.left, lo, hi, out) if lo < n.key
    out << [n.key, n.value] if (lo..hi).cover?(n.key)
    collect_range(n.right, lo, hi, out) if hi > n.key
  end
end

t = AVLTree.new
(1..15).each { |i| t[i] = i * i }
p t.size, t.height, t[7], t[16]
puts t.shape
t[7] = :seven
p t[7], t.size
words = AVLTree.new
%w[mango apple pear kiwi banana cherry fig grape lemon date].each_with_index { |w, i| words[w] = i }
puts words.shape, words
p words.first, words.min_by { |_, v| v }, words.map { |k, _| k }.each_slice(4).to_a
p words.range("c", "h"), words.select { |k, v| v.even? }.map(&:first), words.count, words.to_a.last
p words.each.next, words.sort_by { |_, v| -v }.first(2), words.include?(["fig", 6]), words.reduce(0) { |s, (_, v)| s + v }
desc = AVLTree.new
100.downto(1) { |i| desc[i] = nil }
p desc.height, desc.size, desc.range(40, 45).map(&:first)
zig = AVLTree.new
[50, 20, 40, 10, 30, 35].each { |k| zig[k] = k.to_s }
puts zig.shape
p zig.each_with_index.map { |(k, _), i| k * i }, zig.lazy.map { |k, _| k }.select(&:even?).first(2)
