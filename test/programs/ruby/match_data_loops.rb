# $~ and MatchData objects inside and after scan/gsub/split loops: matches kept by the block stay intact, $1 in blocks, $~ after split is nil.
ms = []
"a1 b22 c333".scan(/[a-z](\d+)/) { ms << $~ }
p ms.map { |m| [m[0], m[1], m.begin(0)] }
ms2 = []
"a1 b22 c333".scan(/[a-z](\d+)/) { ms2 << Regexp.last_match }
p ms2.map(&:to_s)
firsts = []
"x1 y2 z3".scan(/\w(\d)/) { firsts << $1 }
p firsts, $~[0], $~.pre_match
p "hello world".gsub(/o/) { $~.begin(0).to_s }
kept = []
"ab ab ab".gsub(/b/) { kept << $~; "B" }
p kept.map { |m| m.begin(0) }
p "a,b;c".split(/[,;]/), $~
r = "k1=v1 k2=v2".scan(/(\w+)=(\w+)/)
p r, $~ && $~[0]
p "aaa".gsub(/a/, "a" => "1"), $~[0]
