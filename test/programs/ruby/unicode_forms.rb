# unicode_forms: String#unicode_normalize in all four forms over composed, decomposed, compatibility
# and Hangul text, with a checksum over many pseudo-random strings (normalizing twice is stable).
p "ÀÉÎ".unicode_normalize(:nfd).length, "ÀÉÎ".unicode_normalize(:nfd).unicode_normalize.length
p "cafe\u0301".length, "cafe\u0301".unicode_normalize.length
s = "\u1E0A\u0323x\u00C5\uFB01\u2126\u1100\u1161\u11A8한국어\u0041\u030A\u0301"
%i[nfc nfd nfkc nfkd].each { |f| p [f, s.unicode_normalize(f).codepoints.map { |c| c.to_s(16) }] }
p "abc".unicode_normalize, "ﬁ".unicode_normalized?, "ﬁ".unicode_normalized?(:nfkc), "e\u0301".unicode_normalized?(:nfd)
t = +"A\u030A"; t.unicode_normalize!; p t, t.length
begin; "\xff".b.unicode_normalize; rescue => e; p e; end
begin; "a".unicode_normalize(:xyz); rescue => e; p e; end
p "\u0958\u0300\u0315\u0301a\u05B8\u05B9\u05B1\u0591\u05C3\u05B0\u05AC\u059F".unicode_normalize(:nfc).codepoints
pool = [0x41, 0x61, 0x300, 0x301, 0x302, 0x308, 0x323, 0x327, 0x315, 0x31B, 0x345, 0x5B0, 0x5B8, 0x591,
        0xC5, 0xE9, 0x1E0A, 0x1E9B, 0xFB01, 0x2126, 0x212B, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xD4DB, 0x3B1,
        0x1F00, 0x1F80, 0x0B47, 0x0B3E, 0x0CC6, 0x0CC2, 0x0CD5, 0x1026, 0x102E, 0x3099, 0x304B, 0x30AB,
        0xFF76, 0xFF9E, 0x2460, 0x32, 0x2075, 0x1D15E, 0x1D165, 0x2F800, 0xF900, 0x0958, 0x0344, 0x0F73]
seed = 12345
count = 0
sums = Hash.new(0)
3000.times do
  n = 1 + (seed % 7)
  s = +""
  n.times do
    seed = (seed * 1103515245 + 12345) % 2147483648
    s << pool[seed % pool.size].chr(Encoding::UTF_8)
  end
  %i[nfc nfd nfkc nfkd].each do |f|
    r = s.unicode_normalize(f)
    sums[f] = (sums[f] * 31 + r.codepoints.sum + r.length) % 1_000_000_007
  end
  count += 1 if s.unicode_normalized?
end
p sums, count
