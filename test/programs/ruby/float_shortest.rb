# float_shortest: Float#to_s and inspect (shortest round-trip digits, ruby's layout) over random bit
# patterns, rounded decimals, powers of two and their neighbours, subnormals and the extremes.
srand(2024)

def from_bits(bits) = [bits].pack('Q>').unpack1('G')

values = []
6000.times { values << from_bits(rand(2**64)) }
3000.times { values << (rand * 10.0**rand(-8..18)).round(rand(1..14)) }
3000.times { values << rand(1..10**rand(1..17)) / 10.0**rand(0..20) }
(-1074..1023).step(7) { |e| x = 2.0**e; values.push(x, x.next_float, x.prev_float, x * 3) }
values.push(5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, Float::MAX, Float::MIN, Float::EPSILON,
            0.1 + 0.2, 1e15, 1e16, 123456789012345.6, 1234567890123456.7, 9007199254740993.0, 1e23, 5e22,
            9.999999999999999e22, 0.0, -0.0, -1.5, 100.0, 1e-4, 1e-5)
values.reject! { |v| v.nan? || v.infinite? }

check = 0
values.each_with_index do |v, i|
  s = v.to_s
  check = (check * 31 + s.bytes.sum + s.length) % 1_000_000_007
  raise "round trip #{s}" unless s.to_f == v
  puts "#{i}: #{s} #{v.inspect}" if i % 97 == 0 || i >= values.size - 21
end
puts "#{values.size} values, checksum #{check}"
