# \d \s \h \w are ASCII-only in ruby while \b, POSIX brackets and \p{} follow Unicode.
p "café über".scan(/\w+/), "café" =~ /\bé/, "é1٣".scan(/\d/), "naïve".scan(/[[:alpha:]]+/), "日本 x".scan(/\S+/)
p "a\u00a0b c".split(/\s/), "ｗｏｒｄ word".scan(/\w+/), "x_1-é".scan(/[\w-]+/), "x_1-é".scan(/[^\W]+/), "a\\w".scan(/\\w/)
p "façade naïve".gsub(/\W+/, "|"), "ü1".match?(/\A\h/), "ff".match?(/\A\h+\z/), "résumé" =~ /\w\b/, "éa".scan(/\b\w/)
p "Größe 12".scan(/[\w\d]+/i), "a b\tc".split(/\s+/), "über".sub(/\A\W/, "_"), /\w+\s\d/.source, /[\s]/.match("\u00a0x")
p "caf\u00e9 bar".scan(/(?<w>\w+)/), "x" =~ /\p{Word}/, "é" =~ /\p{Word}/, "é" =~ /[[:word:]]/
