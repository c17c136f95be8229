# binary search tree with Enumerable, to_enum, deletion and pretty printing
class BST
  include Enumerable
  Node = Struct.new(:key, :val, :left, :right)

  attr_reader :size

  def initialize = (@root, @size = nil, 0)

  def []=(k, v)
    @root = insert(@root, k, v)
  end

  def [](k)
    n = @root
    n = k < n.key ? n.left : n.right while n && n.key != k
    n&.val
  end

  def each(&blk)
    return to_enum(:each) { @size } unless blk
    walk(@root, &blk)
    self
  end

  def delete(k) = @root = remove(@root, k)
  def height(n = @root) = n ? 1 + [height(n.left), height(n.right)].max : 0

  def render(n = @root, prefix = "", out = [])
    return out unless n
    render(n.right, prefix + "    ", out)
    out << "#{prefix}#{n.key}"
    render(n.left, prefix + "    ", out)
  end

  private

  def insert(n, k, v)
    return (@size += 1; Node.new(k, v)) unless n
    case k <=> n.key
    when -1 then n.left = insert(n.left, k, v)
    when 1 then n.right = insert(n.right, k, v)
    else n.val = v
    end
    n
  end

  def walk(n, &blk)
    return unless n
    walk(n.left, &blk)
    blk.call([n.key, n.val])
    walk(n.right, &blk)
  end

  def remove(n, k)
    return nil unless n
    if k < n.key then n.left = remove(n.left, k)
    elsif k > n.key then n.right = remove(n.right, k)
    else
      @size -= 1
      return n.right unless n.left
      return n.left unless n.right
      succ = n.right
      succ = succ.left while succ.left
      n.key, n.val = succ.key, succ.val
      @size += 1
      n.right = remove(n.right, succ.key)
    end
    n
  end
end

t = BST.new
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65].each { |k| t[k] = "v#{k}" }
t[40] = "forty"
p t.size, t[40], t[99], t.height
p t.map { |k, _| k }, t.first, t.first(3), t.min_by { |k, _| -k }
p t.select { |k, _| k.even? && k > 40 }.map(&:first), t.each_slice(4).map { |s| s.map(&:first) }
p t.each.size, t.each.next, t.count, t.sort_by { |k, v| v }.first, t.to_h.keys.last
puts t.render
t.delete(30)
t.delete(50)
t.delete(1000)
p t.map(&:first), t.size, t.height, t.include?([65, "v65"])
e = t.each
p e.next, e.next, e.peek
p t.each_with_index.map { |(k, v), i| "#{i}:#{k}" }.join(" "), t.inject(0) { |s, (k, _)| s + k }
p t.lazy.select { |k, _| k > 40 }.map(&:first).first(2), t.zip(1..3).last, t.reduce { |a, b| a }
p t.each_cons(2).all? { |(a, _), (b, _)| a < b }, t.minmax_by(&:first).map(&:first), t.sum { |k, _| k }
