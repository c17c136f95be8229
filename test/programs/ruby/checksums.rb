# Checksums and check digits written by hand: CRC-32 (table driven),
# Adler-32, Fletcher-16, Luhn, ISBN-10/13, and a simple 32-bit FNV-1a hash.
module Checksums
  CRC_TABLE = Array.new(256) do |n|
    8.times.reduce(n) { |c, _| c.odd? ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
  end.freeze

  module_function

  def crc32(data)
    crc = data.each_byte.inject(0xFFFFFFFF) do |c, byte|
      CRC_TABLE[(c ^ byte) & 0xFF] ^ (c >> 8)
    end
    crc ^ 0xFFFFFFFF
  end

  def adler32(data)
    a, b = 1, 0
    data.bytes.each do |byte|
      a = (a + byte) % 65_521
      b = (b + a) % 65_521
    end
    (b << 16) | a
  end

  def fletcher16(data)
    sum1 = sum2 = 0
    data.each_byte { |x| sum2 = (sum2 + (sum1 = (sum1 + x) % 255)) % 255 }
    sum2 * 256 + sum1
  end

  def fnv1a32(data)
    data.each_byte.reduce(0x811C9DC5) { |h, byte| ((h ^ byte) * 0x01000193) & 0xFFFF_FFFF }
  end

  def luhn_valid?(number)
    digits = number.to_s.gsub(/\D/, "").chars.map(&:to_i)
    return false if digits.size < 2
    sum = digits.reverse.each_with_index.sum do |d, i|
      next d if i.even?
      d2 = d * 2
      d2 > 9 ? d2 - 9 : d2
    end
    (sum % 10).zero?
  end

  def luhn_digit(partial)
    (0..9).find { |d| luhn_valid?("#{partial}#{d}") }
  end

  def isbn10_valid?(isbn)
    chars = isbn.delete("-").upcase.chars
    return false unless chars.size == 10 && chars[0, 9].all?(/\d/) && chars[9].match?(/[\dX]/)
    values = chars.map { |c| c == "X" ? 10 : c.to_i }
    (values.each_with_index.sum { |v, i| v * (10 - i) } % 11).zero?
  end

  def isbn13_from10(isbn10)
    core = "978" + isbn10.delete("-")[0, 9]
    check = (10 - core.chars.each_with_index.sum { |c, i| c.to_i * (i.even? ? 1 : 3) } % 10) % 10
    core + check.to_s
  end
end

SAMPLES = ["", "a", "abc", "The quick brown fox jumps over the lazy dog", "Wikipedia", "kiln\n" * 3]

SAMPLES.each do |s|
  label = s.inspect.length > 24 ? s.inspect[0, 21] + "..." : s.inspect
  puts format("%-24s crc32=%08x adler=%08x fl16=%04x fnv=%08x",
              label, Checksums.crc32(s), Checksums.adler32(s), Checksums.fletcher16(s), Checksums.fnv1a32(s))
end

crc = Checksums.crc32("123456789")
puts "check value: 0x#{crc.to_s(16).upcase} (#{crc}) bits set: #{crc.to_s(2).count('1')} top nibble: #{crc >> 28} bit 0: #{crc[0]}"
puts "crc as bytes: #{[crc].pack('N').bytes.map { |b| '%02x' % b }.join(' ')} little: #{[crc].pack('V').unpack('C4').inspect}"

cards = ["4539 1488 0343 6467", "8273 1232 7352 0569", "4111-1111-1111-1111", "0", "79927398713"]
cards.each { |c| puts "#{c.ljust(20)} luhn #{Checksums.luhn_valid?(c) ? 'ok' : 'BAD'}" }
puts "check digit for 7992739871: #{Checksums.luhn_digit('7992739871')}"

%w[0-306-40615-2 0-306-40615-3 0-8044-2957-X 123456789X 12345].each do |isbn|
  ok = Checksums.isbn10_valid?(isbn)
  extra = ok ? " -> #{Checksums.isbn13_from10(isbn)}" : ""
  puts "ISBN #{isbn}: #{ok ? 'valid' : 'invalid'}#{extra}"
end

words = %w[apple banana cherry date elderberry fig grape]
buckets = words.group_by { |w| Checksums.fnv1a32(w) % 4 }.sort.to_h
p buckets
p words.map { |w| Checksums.crc32(w) & 0xFF }.each_slice(3).map(&:sum)
p "hello".sum, "hello".sum(8), "hello".unpack("C*").sum & 0xFFFF
p (0xDEADBEEF ^ 0xFFFFFFFF).to_s(16), 0xDEADBEEF.digits(256).map { |b| b.to_s(16) }, (~0xF0 & 0xFF).to_s(2).rjust(8, "0")
p 0b1011_0110.bit_length, 255.pow(3, 1000), (1 << 40) | 1, -37 >> 2, -37 & 0xFF, 6.lcm(15), 84.gcd(36)
