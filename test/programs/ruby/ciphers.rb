# Caesar, Vigenere, ROT13, and run-length encoding.
def caesar(text, shift)
  text.gsub(/[a-zA-Z]/) do |ch|
    base = ch =~ /[a-z]/ ? "a".ord : "A".ord
    ((ch.ord - base + shift) % 26 + base).chr
  end
end

def vigenere(text, key, decrypt: false)
  i = -1
  text.each_char.map do |ch|
    next ch unless ch.match?(/[A-Za-z]/)
    i += 1
    shift = key[i % key.size].downcase.ord - 97
    shift = -shift if decrypt
    caesar(ch, shift)
  end.join
end

def rle_encode(s)
  s.chars.chunk_while { |a, b| a == b }.map { |run| "#{run.size}#{run.first}" }.join
end

def rle_decode(s)
  s.scan(/(\d+)(\D)/).map { |n, ch| ch * n.to_i }.join
end

msg = "Attack at Dawn, 5 o'clock!"
enc = caesar(msg, 3)
puts enc
puts caesar(enc, -3)
puts msg.tr("A-Za-z", "N-ZA-Mn-za-m")
v = vigenere(msg, "Lemon")
puts v
puts vigenere(v, "Lemon", decrypt: true)
(1..3).each { |k| puts "shift #{k}: #{caesar('xyz XYZ', k)}" }

data = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
packed = rle_encode(data)
puts packed
puts rle_decode(packed) == data
puts "ratio: #{(packed.size.to_f / data.size).round(3)}"
puts rle_encode("aabcccccaaa")

freq = enc.downcase.scan(/[a-z]/).tally.max_by { |ch, n| [n, ch] }
puts "most common letter in ciphertext: #{freq.inspect}"
puts msg.each_char.select { |c| c =~ /[aeiou]/i }.join
puts msg.swapcase
puts msg.reverse
puts msg.unpack("C*").take(5).inspect rescue puts msg.bytes.take(5).inspect
puts msg.bytes.sum
puts msg.sum
puts msg.squeeze
puts msg.count("a-z")
puts msg.delete("aeiou")
