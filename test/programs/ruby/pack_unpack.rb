# Binary records with Array#pack and String#unpack/unpack1: fixed-width
# headers, checksums, hex dumps and base64.
Record = Struct.new(:id, :kind, :temp, :name)

def encode(rec)
  [rec.id, rec.kind, rec.temp, rec.name.bytesize, rec.name].pack("nCs>Ca*")
end

def decode(bytes)
  id, kind, temp, len = bytes.unpack("nCs>C")
  name = bytes.byteslice(6, len)
  [Record.new(id, kind, temp, name), 6 + len]
end

records = [Record.new(1, 3, -40, "freezer"), Record.new(513, 1, 215, "oven"), Record.new(65_535, 255, 32_767, "max")]
blob = records.map { |r| encode(r) }.join
puts "blob: #{blob.bytesize} bytes, encoding #{blob.encoding}"
puts "hex: #{blob.unpack1('H*')}"

offset = 0
while offset < blob.bytesize
  rec, used = decode(blob.byteslice(offset..))
  puts "  @#{offset.to_s.rjust(2)} #{rec.to_a.inspect}"
  offset += used
end

puts "\nintegers:"
puts "  N  #{[1, 256, 0xdeadbeef].pack('N*').bytes.inspect}"
puts "  V  #{[1, 256].pack('V*').bytes.inspect}"
puts "  n/v #{[258].pack('n').unpack1('v')} #{[-2].pack('s').unpack1('S')} #{[-1].pack('l<').unpack1('L<')}"
puts "  C overflow: #{[256 + 65, 66, 67].pack('C*')} c: #{[200].pack('C').unpack1('c')}"
puts "  Q> #{[2**40 + 5].pack('Q>').unpack('C*').inspect} q< #{[-3].pack('q<').unpack1('q<')}"

puts "\nstrings:"
puts "  A: #{['hi', 'there'].pack('A5A5').inspect} a: #{['hi'].pack('a4').inspect} Z*: #{['abc'].pack('Z*').inspect}"
puts "  unpack A/a/Z: #{"ab   \0\0".unpack('A7').inspect} #{"ab\0\0".unpack('a4').inspect} #{"ab\0cd".unpack('Z*Z*').inspect}"
puts "  U*: #{[9731, 65, 0x1F600].pack('U*').inspect} #{'héllo'.unpack('U*').inspect}"
puts "  C*: #{'Ruby'.unpack('C*').inspect} -> #{[82, 117, 98, 121].pack('c*')}"
puts "  b/B: #{['10110000'].pack('B*').bytes.inspect} #{"\xA5".b.unpack1('B8')} #{"\xA5".b.unpack1('b8')}"
puts "  H/h: #{['4a4b'].pack('H*')} #{"kiln".unpack1('H*')} #{"kiln".unpack1('h*')}"

puts "\nbase64 and friends:"
msg = "Mersenne twister & friends"
b64 = [msg].pack("m")
puts "  m: #{b64.inspect}"
puts "  m0: #{[msg].pack('m0')}"
puts "  back: #{b64.unpack1('m')}"
puts "  u: #{['hello'].pack('u').inspect}"

def checksum(bytes) = bytes.unpack("C*").sum & 0xFF
def fletcher16(bytes)
  a = b = 0
  bytes.each_byte do |byte|
    a = (a + byte) % 255
    b = (b + a) % 255
  end
  (b << 8) | a
end
puts "\nchecksums of blob: sum8=#{checksum(blob)} fletcher16=#{format('%04x', fletcher16(blob))}"
puts "fletcher16('abcde') = #{fletcher16('abcde')}"

puts "\nhexdump:"
data = "Packing binary data in Ruby!\x00\x01\x7f\xff".b
data.bytes.each_slice(8).with_index do |row, i|
  hex = row.map { |b| format("%02x", b) }.join(" ")
  text = row.map { |b| (32..126).cover?(b) ? b.chr : "." }.join
  puts format("%04x  %-23s  |%s|", i * 8, hex, text)
end

floats = [1.5, -0.25, Math::PI].pack("e2G")
puts "\nfloats: #{floats.bytesize} bytes #{floats.unpack('e2G').map { |f| f.round(6) }.inspect} #{[1.0].pack('g').unpack1('H*')}"
