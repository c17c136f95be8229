# Binary records with Array#pack and String#unpack: headers, checksums, base64 and hex dumps.
Record = Struct.new(:id, :kind, :temp, :label)

FORMAT = "NnCa8e"

def encode(rec) = [rec.id, rec.kind, rec.temp.round, rec.label, rec.temp].pack("NnCa8e")

def decode(bytes)
  id, kind, _rounded, label, temp = bytes.unpack(FORMAT)
  Record.new(id, kind, temp.round(2), label.delete("\0"))
end

recs = [Record.new(1, 7, 21.5, "kitchen"), Record.new(258, 65535, 19.25, "bedroom1"), Record.new(70_000, 0, -3.75, "porch")]
blob = recs.map { |r| encode(r) }.join
p blob.bytesize, blob.encoding, blob[0, 4].bytes, blob[4, 2].unpack1("n")
size = blob.bytesize / recs.size
back = blob.bytes.each_slice(size).map { |bs| decode(bs.pack("C*")) }
back.each { |r| p r }
p back.map(&:label) == recs.map(&:label)

def hexdump(data, width = 8)
  data.bytes.each_slice(width).with_index.map do |row, i|
    hex = row.map { |b| format("%02x", b) }.join(" ")
    text = row.map { |b| (32..126).cover?(b) ? b.chr : "." }.join
    format("%04x  %-#{width * 3}s %s", i * width, hex, text)
  end
end
puts hexdump(blob[0, 19])

p [1, 2, 3].pack("C*"), [65, 66].pack("U*"), [0x20AC].pack("U"), "€".unpack("U*"), "€".unpack("C*")
p [1].pack("s<"), [1].pack("s>"), [1].pack("l<").bytes, [-2].pack("l>").unpack1("l>"), [-1].pack("q<").unpack1("Q<")
p ["abc"].pack("a5"), ["abc"].pack("A5"), ["abc"].pack("Z*"), "ab\0\0\0".unpack("a5 A5 Z*") rescue p $!
p ["hello world"].pack("m"), ["hello world"].pack("m0"), "aGVsbG8gd29ybGQ=".unpack1("m")
p ["4142"].pack("H*"), "AB".unpack1("H*"), "AB".unpack("B*"), ["01000001"].pack("B*"), "A".unpack1("b*")
p [1.5].pack("E").unpack1("E"), [1.5].pack("g").bytes, [3.14].pack("f").unpack1("f").round(5)
p "\x01\x02\x03\x04".unpack("n*"), "\x01\x02\x03\x04".unpack("v*"), "\xff\xfe".unpack("s<"), "abcd".unpack("x2a2")
p [1, 2].pack("Cx2C").bytes, ["a", 1, "b"].pack("A2CA2"), "abc".sum, "abc".unpack("C*").sum % 256
p [104, 105].pack("c*"), "hi".unpack("c*"), [300].pack("C").bytes, [-1].pack("C").bytes
crc = blob.each_byte.reduce(0) { |acc, b| ((acc << 5) - acc + b) & 0xFFFFFFFF }
p crc, [crc].pack("N").unpack1("H*"), Zlib rescue p :no_zlib
header = ["KILN", 2, blob.bytesize, recs.size].pack("a4CnN")
magic, version, len, count = header.unpack("a4CnN")
p header.bytesize, magic, version, len, count, header.unpack1("@5n")
p [1, 2, 3].pack("w*").bytes, "\x81\x00".unpack("w"), [127, 128, 16384].pack("w*").unpack("w*")
bits = [true, false, true, true, false, false, false, true].map { |b| b ? "1" : "0" }.join
p [bits].pack("B8").ord, 177.to_s(2), [bits].pack("b8").ord
p "héllo".b, "héllo".b.size, "héllo".bytes.pack("C*").force_encoding("UTF-8"), "héllo".unpack("U*").pack("U*") == "héllo"
