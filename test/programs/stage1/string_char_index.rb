# String#[] with an Integer index (one-byte pieces of ASCII Strings are built
# in place) and comparisons with String literals that are allocated only when
# the comparison is not a plain String one.

class Scanner
  def initialize(text)
    @text = text
    @pos = 0
  end

  # a hand-written scanner: the index result is compared with literals and kept
  def words
    out = []
    word = +""
    while (char = @text[@pos])
      @pos += 1
      if char == " " || char == "," || char == "\n"
        out << word unless word.empty?
        word = +""
      else
        word << char
      end
    end
    out << word unless word.empty?
    out
  end
end

p Scanner.new("alpha beta,gamma\ndelta").words
p Scanner.new("café, naïve ☃ x").words

s = "hello"
# each result is a new, unfrozen String
a = s[1]
b = s[1]
p [a, b, a.equal?(b), a.frozen?, a.encoding]
a << "!"
p [a, s, s[1]]
p [s[-1], s[-5], s[-6], s[5], s[4], s[100]]

# the ASCII flag must follow writes: non-ASCII bytes appended later
t = +"abc"
p t[2]
t << "é"
p [t[3], t[3].bytesize, t[-1], t[4]]
t[3] = "d"
p [t[3], t[3].bytesize]

# binary Strings index by byte and keep their encoding
bin = "\xff\x41".b
p [bin[0], bin[1], bin[0].encoding, bin[1].encoding]

# comparisons with literals: Strings, Symbols, nil, numbers, objects with ==
class Sym
  def ==(other)
    other == "x"
  end
end
[["x", "x"], [:x, "x"], [nil, "x"], [1, "1"], [Sym.new, "x"], ["é", "é"], ["x", "é"]].each do |l, _|
  p [l == "x", l != "x", l == "é"]
end

# a String subclass indexes with its own []
class Shouty < String
  def [](i)
    super(i).upcase
  end
end
p Shouty.new("abc")[1]

# a literal that escapes the comparison is a new String each time
def lit
  x = "lit"
  x == "lit"
end
p [lit, lit]
held = []
3.times { held << "same" }
p [held[0].equal?(held[1]), held.map(&:frozen?)]
