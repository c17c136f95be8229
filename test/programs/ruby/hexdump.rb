# A hexdump utility plus checksums (CRC32, Adler-32, FNV-1a) and base64 by hand vs pack("m").
def hexdump(data, width: 16)
  data.bytes.each_slice(width).with_index.map do |chunk, i|
    hex = chunk.map { |b| format("%02x", b) }
    hex = hex.each_slice(8).map { |h| h.join(" ") }.join("  ")
    ascii = chunk.map { |b| (32..126).cover?(b) ? b.chr : "." }.join
    format("%08x  %-#{width * 3}s |%s|", i * width, hex, ascii)
  end
end

CRC_TABLE = (0..255).map do |n|
  c = n
  8.times { c = c.odd? ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
  c
end.freeze

def crc32(str) = str.each_byte.reduce(0xFFFFFFFF) { |c, b| CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8) } ^ 0xFFFFFFFF

def adler32(str)
  a = 1
  b = 0
  str.each_byte do |byte|
    a = (a + byte) % 65_521
    b = (b + a) % 65_521
  end
  (b << 16) | a
end

def fnv1a(str) = str.bytes.reduce(0x811c9dc5) { |h, b| ((h ^ b) * 0x01000193) & 0xFFFFFFFF }

B64 = [*"A".."Z", *"a".."z", *"0".."9", "+", "/"].freeze
def base64(str)
  str.bytes.each_slice(3).map do |tri|
    n = (tri + [0] * (3 - tri.size)).reduce(0) { |acc, b| (acc << 8) | b }
    chars = 4.times.map { |i| B64[(n >> (18 - 6 * i)) & 63] }
    chars[0, tri.size + 1].join + "=" * (3 - tri.size)
  end.join
end

text = "Hello, kiln! \x00\x01\x02\xFF binary\tdata\nand a much longer tail of text."
puts hexdump(text)
puts hexdump("short", width: 8)
%w[a abc hello\ world The\ quick\ brown\ fox].each do |s|
  puts format("%-20s crc32=%08x adler=%08x fnv=%08x b64=%s", s.inspect, crc32(s), adler32(s), fnv1a(s), base64(s))
end
samples = ["", "f", "fo", "foo", "foob", "fooba", "foobar"]
p samples.map { |s| base64(s) }, samples.all? { |s| base64(s) == [s].pack("m0") }
p ["Zm9vYmFy"].pack("m0"), "Zm9vYmFy".unpack1("m"), ["hi"].pack("m"), [1, 2, 258].pack("CCn"), "AQID".unpack1("m").bytes
p [0xDEADBEEF].pack("N").bytes, [0xDEADBEEF].pack("V").unpack1("N").to_s(16), [65, 66].pack("U*"), "\x01\x00".unpack1("v")
p "abc".unpack("C*").map { |b| b.to_s(2).rjust(8, "0") }.join(" "), ["616263"].pack("H*"), "ab".unpack1("B*")
bits = "kiln".bytes.map { |b| b.to_s(2).count("1") }
p bits, bits.sum, "kiln".sum, "kiln".bytes.reduce(:^), "kiln".bytes.map { |b| b ^ 0x20 }.pack("C*")
rot = ->(s, k) { s.bytes.map { |b| b.between?(97, 122) ? ((b - 97 + k) % 26) + 97 : b }.pack("c*") }
p rot.("hello world", 13), rot.(rot.("hello world", 13), 13)
