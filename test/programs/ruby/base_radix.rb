# Number bases: to_s(base), Integer(str, base), hex/oct/bin literals, and a
# hand-written converter checked against the built-ins.
DIGITS = [*"0".."9", *"a".."z"].freeze

def to_base(n, base)
  return "0" if n.zero?
  sign = n.negative? ? "-" : ""
  n = n.abs
  out = +""
  while n > 0
    n, r = n.divmod(base)
    out.prepend(DIGITS[r])
  end
  sign + out
end

def from_base(str, base)
  sign = str.start_with?("-") ? -1 : 1
  str.delete_prefix("-").downcase.each_char.reduce(0) do |acc, ch|
    d = DIGITS.index(ch)
    raise ArgumentError, "bad digit #{ch.inspect} for base #{base}" if d.nil? || d >= base
    acc * base + d
  end * sign
end

numbers = [0, 7, 255, 1000, -42, 65_535, 2**40 + 3, 12_345_678_901_234_567_890]
puts "%-22s %-8s %-12s %s" % %w[decimal base base-36 binary]
numbers.each do |n|
  [2, 8, 16].each do |b|
    mine = to_base(n, b)
    raise "mismatch #{n} #{b}" unless mine == n.to_s(b)
  end
  puts "%-22d %-8s %-12s %s" % [n, n.to_s(16), to_base(n, 36), n.to_s(2)[0, 40]]
end

puts
puts "literals: #{0x1f} #{0o17} #{017} #{0b1011} #{1_000_000}"
puts "Integer(): #{Integer('0x1f', 16)} #{Integer('1f', 16)} #{Integer('0b101')} #{Integer('0o77')} #{Integer('  42  ')} #{Integer('-0x10')}"
puts "hex/oct: #{'ff'.hex} #{'0xFF'.hex} #{'-1a'.hex} #{'zz'.hex} #{'777'.oct} #{'0x1f'.oct} #{'0b11'.oct}"
puts "to_i(base): #{'z'.to_i(36)} #{'101'.to_i(2)} #{'12abc'.to_i} #{'ff'.to_i(16)} #{'9'.to_i(8)}"
puts "from_base: #{from_base('kiln', 36)} #{from_base('-777', 8)} #{from_base('DEADBEEF', 16)}"

%w[0x 12z 1__2 0b102].each do |bad|
  Integer(bad)
  puts "#{bad}: ok?"
rescue ArgumentError => e
  puts "#{bad}: #{e.message}"
end
begin
  from_base("19", 8)
rescue ArgumentError => e
  puts "from_base: #{e.message}"
end
p Integer("zz", exception: false)

puts
puts "padding: #{format('%08b', 37)} #{format('%#x', 255)} #{format('%#o', 8)} #{format('%X', 48_879)} #{format('%+05d', 42)}"
puts "rjust: #{5.to_s(2).rjust(8, '0')} #{200.to_s(16).upcase.rjust(4, '0')}"
puts "bit_length: #{[0, 1, 255, 256, -1, -256, 2**64].map(&:bit_length).inspect}"
puts "digits: #{1234.digits.inspect} #{255.digits(16).inspect} #{(2**70).digits(1000).inspect}"

puts
puts "Roundtrip in every base for 2026:"
(2..36).each_slice(7) do |bases|
  puts bases.map { |b| "#{b.to_s.rjust(2)}:#{2026.to_s(b).rjust(11)}" }.join(" ")
end
ok = (2..36).all? { |b| 2026.to_s(b).to_i(b) == 2026 && from_base(2026.to_s(b), b) == 2026 }
puts "all roundtrip: #{ok}"
