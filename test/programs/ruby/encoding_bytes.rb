# Strings as characters vs bytes: UTF-8 sizes, byte slicing, encodings, unicode escapes.
words = ["naïve", "café", "日本語", "emoji 😀", "plain", "Ωmega", ""]
words.each do |w|
  printf("%-10s chars=%2d bytes=%2d first=%p last_byte=%p ascii=%s\n",
         w, w.size, w.bytesize, w[0], w.bytes.last, w.ascii_only?)
end
s = "héllo wörld"
p s.length, s.bytesize, s.reverse, s.upcase, s.capitalize, s.chars.first(3), s.bytes.first(3)
p s.index("w"), s.b.index("w")
p s[1], s.byteslice(1), s.byteslice(1, 2), s.byteslice(1, 2).valid_encoding?, s.getbyte(1)
p s.encoding, s.encoding.name, s.force_encoding("ASCII-8BIT").size, s.force_encoding("UTF-8").size
p "abc".encoding.to_s, "abc".b.encoding.to_s, "é".b, "é".bytes.map { |b| b.to_s(16) }
p "\u00e9" == "é", "\u{1F600}".bytesize, "\xC3\xA9".force_encoding("UTF-8") == "é", "e\u0301".length
p "日本語".each_char.to_a, "日本語".chars.map(&:ord), [26085].pack("U"), "日本".unpack("U*")
p "日本語テキスト".center(14, "*"), "日本".ljust(5, "."), "ab".rjust(4, "日")
p "Ünïcödé".tr("ÜïöéÖ", "UioeO"), "año".sub("ñ", "n"), "über".start_with?("ü"), "straße".length
p "Ελληνικά".downcase, "ΑΒΓ".downcase, "i̇".length, "ǅ".upcase rescue p $!.class
bad = "abc\xFFdef"
p bad.valid_encoding?, bad.scrub("?"), bad.bytesize, "ok".valid_encoding?
p "hello"[1..].bytes.sum, "résumé".scan(/[[:alpha:]]/).size, "naïve café".split.map(&:size)
p "€100".unpack("C*"), "€".ord, 8364.chr(Encoding::UTF_8), "A".ord.chr, 233.chr(Encoding::UTF_8)
p "tschüß".each_grapheme_cluster.count rescue p "tschüß".chars.count
p "%-6s|" % "ñandú", "%6s|" % "日本", "ñ".inspect, "\t".inspect, "é".dump rescue p $!
p "ÀÉÎ".unicode_normalize(:nfd).length rescue p "no normalize"
counts = Hash.new(0)
"Ærøskøbing Æble".each_char { |c| counts[c] += 1 if c =~ /[^[:ascii:]]/ }
p counts
p "ab日c".each_byte.to_a.size, "ab日c".each_char.map(&:bytesize), "x".encoding == Encoding::UTF_8
p "cafe\u0301".length, "cafe\u0301".unicode_normalize.length rescue p $!.class
p "日本語".slice(1, 2), "日本語"[-1], "日本語".insert(1, "_"), "日本語".sub(/本/) { |m| "[#{m}]" }
p "Hello World".swapcase, "ÄÖÜ".swapcase, "i".upcase(:turkic) rescue p $!.class
p ["b", "a", "é", "z", "É"].sort, ["b", "a", "é", "z"].max, "é" > "z"
