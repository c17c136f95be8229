# run-length encoding, base conversion, Huffman coding
def rle(s) = s.chars.chunk_while { |a, b| a == b }.map { |g| "#{g.size}#{g.first}" }.join
def unrle(s) = s.scan(/(\d+)(\D)/).map { |n, c| c * n.to_i }.join
src = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
enc = rle(src)
p enc, unrle(enc) == src, rle("abc"), unrle("3x2y1z")

DIGITS = [*"0".."9", *"a".."z"].freeze
def to_base(n, b)
  return "0" if n.zero?
  out = +""
  neg = n.negative?
  n = n.abs
  while n.positive?
    n, r = n.divmod(b)
    out.prepend(DIGITS[r])
  end
  neg ? "-" + out : out
end
[0, 7, 255, 1000, -42, 2**40].each { |n| puts [2, 8, 16, 36].map { |b| to_base(n, b) == n.to_s(b) ? to_base(n, b) : "MISMATCH" }.join(" ") }
p "zz".to_i(36), "777".oct, "0x1f".hex, "11111111".to_i(2), 0b1010, 0o17, 0xff, 1_000

class HuffNode
  attr_reader :weight, :sym, :left, :right
  def initialize(weight, sym = nil, left = nil, right = nil) = (@weight, @sym, @left, @right = weight, sym, left, right)
  def leaf? = !sym.nil?
  def order_key = [weight, leaf? ? sym : min_sym]
  def min_sym = leaf? ? sym : [left.min_sym, right.min_sym].min
end

def huffman(text)
  nodes = text.chars.tally.map { |c, w| HuffNode.new(w, c) }
  while nodes.size > 1
    nodes = nodes.sort_by(&:order_key)
    a, b = nodes.shift(2)
    nodes << HuffNode.new(a.weight + b.weight, nil, a, b)
  end
  codes = {}
  walk = ->(n, pre) { n.leaf? ? codes[n.sym] = (pre.empty? ? "0" : pre) : (walk.(n.left, pre + "0"); walk.(n.right, pre + "1")) }
  walk.(nodes.first, "")
  codes
end

text = "this is an example of a huffman tree"
codes = huffman(text)
codes.sort_by { |c, code| [code.size, c] }.each { |c, code| puts "#{c.inspect} #{code}" }
bits = text.chars.map { |c| codes[c] }.join
p bits.size, text.size * 8, (100.0 * bits.size / (text.size * 8)).round(2)
inverse = codes.invert
decoded = +""
buf = +""
bits.each_char { |b| buf << b; if (c = inverse[buf]) then decoded << c; buf = +"" end }
p decoded == text
p [1, 2, 3].pack("C*").bytes rescue p :nopack
p "abc".bytes, "abc".bytes.map { |b| b.to_s(2).rjust(8, "0") }.join(" "), "hi".unpack1("H*") rescue p :nounpack
p "kiln".sum, "kiln".each_byte.to_a, [104, 105].map(&:chr).join, "é".bytesize, "é".bytes
