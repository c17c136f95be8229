# bit flags, masks and bitsets
module Perm
  READ = 1 << 0
  WRITE = 1 << 1
  EXEC = 1 << 2
  ALL = READ | WRITE | EXEC
  NAMES = { READ => "r", WRITE => "w", EXEC => "x" }.freeze

  def self.to_s(bits) = NAMES.map { |flag, ch| bits & flag == flag ? ch : "-" }.join
  def self.parse(str) = str.chars.zip(NAMES.keys).sum { |ch, flag| ch == "-" ? 0 : flag }
end

modes = [0o755, 0o644, 0o700, 0o777, 0o000]
modes.each do |m|
  parts = [6, 3, 0].map { |sh| Perm.to_s((m >> sh) & Perm::ALL) }
  puts format("%04o %s %s", m, parts.join, m.to_s(2).rjust(9, "0"))
end
p Perm.parse("rw-"), Perm.parse("r-x"), Perm.parse("rwx") == Perm::ALL, Perm::ALL & ~Perm::WRITE

class BitSet
  include Enumerable
  def initialize(bits = 0) = @bits = bits
  def add(i) = BitSet.new(@bits | (1 << i))
  def remove(i) = BitSet.new(@bits & ~(1 << i))
  def include?(i) = @bits[i] == 1
  def |(o) = BitSet.new(@bits | o.bits)
  def &(o) = BitSet.new(@bits & o.bits)
  def ^(o) = BitSet.new(@bits ^ o.bits)
  def each
    b = @bits
    i = 0
    while b.positive?
      yield i if b.odd?
      b >>= 1
      i += 1
    end
  end
  def size = @bits.to_s(2).count("1")
  def to_s = "{#{to_a.join(', ')}}"
  protected attr_reader :bits
end
a = [1, 3, 5, 64, 100].inject(BitSet.new) { |s, i| s.add(i) }
b = BitSet.new.add(3).add(4).add(100)
puts a, b, a | b, a & b, a ^ b, a.remove(64)
p a.include?(64), a.include?(2), a.size, a.map { |i| i * 2 }, (a | b).count
p 0b1011[0], 0b1011[2], 6 & 3, 6 | 3, 6 ^ 3, ~6, -8 >> 1, 1 << 10, 255.bit_length, -1.bit_length
p 0xdead_beef.to_s(16), 0xff.digits(16), 10.to_s(2).chars.map(&:to_i).sum, (2**64 - 1).to_s(16).size
def popcount(n) = n.zero? ? 0 : (n & 1) + popcount(n >> 1)
p (0..16).map { |n| popcount(n) }, (0...8).map { |i| i ^ (i >> 1) }.map { |g| g.to_s(2).rjust(3, "0") }
subsets = (0...(1 << 3)).map { |m| %w[a b c].select.with_index { |_, i| m[i] == 1 } }
p subsets
p [0b1100, 0b1010].inject(:&).to_s(2), 0x0f.rotate rescue p :rot
