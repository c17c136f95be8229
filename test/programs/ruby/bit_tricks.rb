# Bit manipulation: popcount, powers of two, Gray codes, bit reversal,
# subsets as bitmasks, XOR tricks, and a tiny bitset.
def popcount(n) = n.to_s(2).count("1")

def popcount_kernighan(n)
  count = 0
  while n > 0
    n &= n - 1
    count += 1
  end
  count
end

def power_of_two?(n) = n > 0 && (n & (n - 1)).zero?
def next_power_of_two(n) = n <= 1 ? 1 : 1 << (n - 1).bit_length
def gray(n) = n ^ (n >> 1)

def gray_decode(g)
  n = 0
  while g > 0
    n ^= g
    g >>= 1
  end
  n
end

def reverse_bits(n, width) = (0...width).reduce(0) { |acc, i| (acc << 1) | n[i] }

puts " n  binary    pop  pow2? next2 gray  gray-bin  rev8"
[0, 1, 2, 3, 5, 8, 12, 15, 16, 100, 255].each do |n|
  raise "popcount" unless popcount(n) == popcount_kernighan(n)
  printf("%3d  %08b  %3d  %-5s %5d %4d  %08b  %08b\n", n, n, popcount(n), power_of_two?(n), next_power_of_two(n), gray(n), gray(n), reverse_bits(n, 8))
end
puts "gray decode ok: #{(0..1023).all? { |n| gray_decode(gray(n)) == n }}"
puts "gray neighbours differ by one bit: #{(0..254).all? { |n| popcount(gray(n) ^ gray(n + 1)) == 1 }}"

puts "\nbit access: 0b10110[1]=#{0b10110[1]} [0]=#{0b10110[0]} [10]=#{0b10110[10]} (-1)[100]=#{(-1)[100]} (-8)[2]=#{(-8)[2]} (-8)[3]=#{(-8)[3]}"
puts "shifts: #{1 << 70} #{(1 << 70) >> 68} #{-17 >> 2} #{-1 << 3} #{5 >> -2} #{3 << -1}"
puts "ops: #{0b1100 & 0b1010} #{0b1100 | 0b1010} #{0b1100 ^ 0b1010} #{~0b1100} #{~-1} #{-6 & 0xff} #{(2**70 - 1) & 0xffff}"
puts "negative to_s(2): #{-5.to_s(2)} allbits?: #{0b1111.allbits?(0b0101)} anybits?: #{8.anybits?(7)} nobits?: #{8.nobits?(7)}"

items = %w[apple bread cheese dates]
puts "\nsubsets by bitmask:"
(0...(1 << items.size)).each_slice(4) do |masks|
  puts masks.map { |m| format("%04b %-26s", m, "{#{items.select.with_index { |_, i| m[i] == 1 }.join(',')}}") }.join.rstrip
end

nums = [4, 7, 2, 7, 9, 4, 2]
puts "\nsingle number by xor: #{nums.reduce(:^)}"
a, b = 12, 25
a ^= b
b ^= a
a ^= b
puts "xor swap: a=#{a} b=#{b}"
missing = (0..10).reduce(:^) ^ [0, 1, 2, 3, 4, 6, 7, 8, 9, 10].reduce(:^)
puts "missing number: #{missing}"
puts "lowest set bit of 40: #{40 & -40}; trailing zeros: #{(40 & -40).bit_length - 1}"
puts "clear lowest: #{0b101000 & (0b101000 - 1)} isolate: #{0b101000 & -0b101000}"

class BitSet
  include Enumerable

  def initialize(bits = 0) = @bits = bits
  def add(i) = tap { @bits |= 1 << i }
  def delete(i) = tap { @bits &= ~(1 << i) }
  def include?(i) = @bits[i] == 1
  def |(other) = BitSet.new(@bits | other.bits)
  def &(other) = BitSet.new(@bits & other.bits)
  def size = popcount_kernighan(@bits)

  def each
    bits = @bits
    index = 0
    while bits > 0
      yield index if bits.odd?
      bits >>= 1
      index += 1
    end
  end

  def to_s = "{#{to_a.join(', ')}}"

  protected

  attr_reader :bits
end

evens = BitSet.new
(0..20).step(2) { |i| evens.add(i) }
threes = BitSet.new
(0..20).step(3) { |i| threes.add(i) }
puts "\nevens #{evens} (#{evens.size})"
puts "threes #{threes}"
puts "union #{evens | threes}"
puts "intersection #{evens & threes} sum=#{(evens & threes).sum}"
puts "after delete 6: #{evens.delete(6)} include?(6)=#{evens.include?(6)} include?(8)=#{evens.include?(8)}"
big = BitSet.new.add(100).add(3).add(64)
puts "big: #{big} max=#{big.max} select odd=#{big.select(&:odd?).inspect}"
