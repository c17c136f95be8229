# Bit manipulation: popcount, masks, flags, gray code, binary formatting.
module Perm
  READ = 0b100
  WRITE = 0b010
  EXEC = 0b001

  def self.to_s(bits)
    [[READ, "r"], [WRITE, "w"], [EXEC, "x"]].map { |flag, ch| bits & flag != 0 ? ch : "-" }.join
  end

  def self.parse(mode)
    mode.to_s.chars.map { |d| to_s(d.to_i) }.join
  end
end

def popcount(n)
  count = 0
  while n > 0
    n &= n - 1
    count += 1
  end
  count
end

puts Perm.parse(755), Perm.parse(644), Perm.parse(0o700.to_s(8))
puts (0..16).map { |n| popcount(n) }.join(" ")
puts (0..16).all? { |n| popcount(n) == n.to_s(2).count("1") }
puts 0b1011_0110.to_s(2), 255.to_s(16), "ff".to_i(16), "777".to_i(8), "1010".to_i(2)
puts 0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0x0F, ~5, -1 >> 3, 1 << 40, 2**64 >> 60
puts 10[0], 10[1], 10[3], 10.bit_length, (2**100).bit_length, -1.bit_length
gray = (0...8).map { |i| i ^ (i >> 1) }
puts gray.map { |g| g.to_s(2).rjust(3, "0") }.join(" ")
puts gray.each_cons(2).all? { |a, b| popcount(a ^ b) == 1 }

def subsets_by_mask(items)
  (0...(1 << items.size)).map { |mask| items.each_index.select { |i| mask[i] == 1 }.map { |i| items[i] } }
end
p subsets_by_mask(%w[a b c])

flags = 0
%i[bold italic underline].each_with_index do |f, i|
  flags |= 1 << i if f != :italic
end
puts flags, format("%08b", flags), format("%#x %#o %b", 255, 8, 5)
x = 0x12345678
bytes = 4.times.map { |i| (x >> (8 * i)) & 0xFF }
p bytes.map { |b| format("%02x", b) }
puts bytes.each_with_index.sum { |b, i| b << (8 * i) } == x
swap = ->(a, b) { a ^= b; b ^= a; a ^= b; [a, b] }
p swap.(3, 9)
puts (1..20).select { |n| n & (n - 1) == 0 }.inspect
puts 12.gcd(18), 0b1111.digits(2).inspect, 1234.digits.inspect
puts [1, 2, 3].pack("C*").bytes.inspect rescue puts "[1, 2, 3]"
