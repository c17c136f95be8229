# A bit set on Integer bit operations and a Bloom filter with FNV-1a hashing.

class BitSet
  include Enumerable

  attr_reader :bits

  def initialize(bits = 0)
    @bits = bits
  end

  def self.[](*indices) = indices.reduce(new) { |s, i| s.add(i) }

  def add(i)
    @bits |= (1 << i)
    self
  end
  alias << add

  def delete(i)
    @bits &= ~(1 << i)
    self
  end

  def include?(i) = @bits[i] == 1
  def size = @bits.to_s(2).count("1")
  def empty? = @bits.zero?

  def each
    return to_enum(:each) { size } unless block_given?
    b = @bits
    i = 0
    while b.positive?
      yield i if b.odd?
      b >>= 1
      i += 1
    end
    self
  end

  def |(other) = BitSet.new(bits | other.bits)
  def &(other) = BitSet.new(bits & other.bits)
  def ^(other) = BitSet.new(bits ^ other.bits)
  def -(other) = BitSet.new(bits & ~other.bits)
  def ==(other) = other.is_a?(BitSet) && bits == other.bits
  def to_s = "{#{to_a.join(', ')}}"
  def inspect = "#<BitSet #{to_s} 0b#{@bits.to_s(2)}>"
end

a = BitSet[1, 3, 5, 7, 64]
b = BitSet[3, 4, 5, 100]
p a, b
puts a | b, a & b, a ^ b, a - b
p a.include?(64), a.include?(2), a.size, a.to_a, a.max, a.sum, a.select(&:odd?)
p a.each.size, a.each_slice(2).to_a, a.first, a.first(2), a.min_by { |x| -x }
p BitSet.new.empty?, (a - a).empty?, a == BitSet[1, 3, 5, 7, 64], a.delete(64).to_a
p b.bits, b.bits.bit_length, b.bits.class
p a.lazy.map { |x| x * x }.select(&:even?).first(1)

# FNV-1a 32-bit and a Bloom filter built on it
module FNV
  OFFSET = 0x811c9dc5
  PRIME = 0x01000193
  MASK = 0xffffffff

  def self.hash32(str, seed = 0)
    str.each_byte.reduce(OFFSET ^ seed) { |h, byte| ((h ^ byte) * PRIME) & MASK }
  end
end

class BloomFilter
  def initialize(size_bits, hashes)
    @size = size_bits
    @hashes = hashes
    @bits = 0
    @count = 0
  end

  def positions(item)
    (0...@hashes).map { |i| FNV.hash32(item.to_s, i * 0x9e3779b9 & 0xffffffff) % @size }
  end

  def add(item)
    positions(item).each { |pos| @bits |= 1 << pos }
    @count += 1
    self
  end

  def maybe_include?(item) = positions(item).all? { |pos| @bits[pos] == 1 }

  def fill_ratio = @bits.to_s(2).count("1").fdiv(@size)

  def expected_false_positive_rate
    (1 - Math.exp(-@hashes * @count.to_f / @size))**@hashes
  end
end

p FNV.hash32(""), FNV.hash32("a"), FNV.hash32("hello"), FNV.hash32("hello", 1).to_s(16)
words = %w[apple banana cherry date elderberry fig grape honeydew kiwi lemon mango]
bf = BloomFilter.new(128, 3)
words.each { |w| bf.add(w) }
p bf.positions("apple"), bf.positions("zucchini")
p words.all? { |w| bf.maybe_include?(w) }
probes = %w[nectarine orange papaya quince raspberry strawberry tomato ugli vanilla]
p probes.map { |w| [w, bf.maybe_include?(w)] }.select(&:last).map(&:first)
p bf.fill_ratio.round(4), bf.expected_false_positive_rate.round(4)

# bit tricks
n = 0b1011_0110
p n, n.to_s(2).rjust(12, "0"), n & -n, n & (n - 1), (n >> 4) & 0xf, n.digits(2).count(1)
p (0..8).map { |i| i ^ (i >> 1) }.map { |g| g.to_s(2).rjust(4, "0") }
p [0xdead, 0xbeef].pack("n*").unpack1("H*"), 0xCAFE.to_s(16).upcase, "%032b" % 0xF0F0
p (1 << 70) | 1, ((1 << 70) | 1).bit_length, (2**70 - 1).to_s(2).count("1"), -(2**65) >> 3
