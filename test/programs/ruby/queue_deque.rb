# arrays as stack/queue/deque, ring buffer, balanced brackets, sliding windows
stack = []
stack.push(1).push(2) << 3
p stack.pop, stack.last, stack
queue = [1, 2, 3]
queue.push(4)
p queue.shift, queue.first, queue, queue.unshift(0), queue.insert(2, :x), queue.delete_at(2)
p queue.rotate, queue.rotate(-1), queue.values_at(0, -1), queue.sample.class rescue p :sample

class Ring
  include Enumerable
  def initialize(cap) = (@buf, @cap, @start, @len = Array.new(cap), cap, 0, 0)
  def <<(x)
    @buf[(@start + @len) % @cap] = x
    if @len == @cap then @start = (@start + 1) % @cap else @len += 1 end
    self
  end
  def each = @len.times { |i| yield @buf[(@start + i) % @cap] }
  def full? = @len == @cap
end
r = Ring.new(4)
(1..6).each { |i| r << i }
p r.to_a, r.full?, r.sum, r.map { |x| x * x }

def balanced?(s)
  pairs = { ")" => "(", "]" => "[", "}" => "{" }
  s.each_char.with_object([]) do |ch, st|
    if pairs.value?(ch) then st.push(ch)
    elsif pairs.key?(ch) then return false unless st.pop == pairs[ch]
    end
  end.empty?
end
p ["([]{})", "([)]", "((", "", "a(b)c[d]{e}", "}"].map { |s| balanced?(s) }

def window_max(a, k)
  dq = []
  a.each_with_index.with_object([]) do |(x, i), out|
    dq.shift if dq.first && dq.first <= i - k
    dq.pop while dq.any? && a[dq.last] <= x
    dq << i
    out << a[dq.first] if i >= k - 1
  end
end
p window_max([1, 3, -1, -3, 5, 3, 6, 7], 3)
p [1, 2, 3, 4, 5].each_cons(2).map { |a, b| b - a }, (1..10).each_slice(3).map(&:sum)
a = (1..10).to_a
p a.slice!(2, 3), a, a.compact!, a.reject! { |x| x > 8 }, a, a.select!(&:odd?), a
p a.fill(0, 1), Array.new(3, "x"), [nil, 1, nil].compact, [1, [2, nil]].flatten.compact
p [3, 1, 2].push(*[9, 8]), [1, 2] * 2, [1, 2] * ", ", [[1, 2], [3, 4]].to_h, [1, 2, 3].each_slice(2).to_h rescue p :err
p (1..5).to_a.combination(2).count, [1, 2, 3].permutation.first(3), [1, 2].product([3, 4]), [1, 2, 3, 4].each_slice(2).to_a.transpose
p [1, 2, 2, 3, 3, 3].group_by(&:itself).map { |k, v| [k, v.size] }, [4, 5, 6].each_with_index.max, %w[a b c].rotate(4)
p [1, 2, 3].sum / [1, 2, 3].size.to_f, [0.1] * 3, [1, 2, 3].dig(0), [[1, [2]]].dig(0, 1, 0), [5, 3, 9].sort!.reverse!
p Array(nil), Array([1]), Array(1..3), Array("a"), [1, 2, 3].first(10), [].sum, [].max, [1, 2] <=> [1, 3]
