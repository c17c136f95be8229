# String building: `<<` with an ASCII literal (appended without making the
# literal's String), interpolated Integers (digits appended in place), and
# `&:sym` blocks called on immediates.

# interpolated fixnums at the edges, Bignums, Floats, nil, objects with to_s
[0, 7, -7, 10, 99, 100, -100, 1234567890, 4611686018427387903, -4611686018427387904,
 4611686018427387904, -(2**70), 1.5, nil, :sym, "str"].each do |v|
  puts "<#{v}>|#{v}|#{-1}"
end

class Money
  def initialize(cents)
    @cents = cents
  end

  def to_s
    "$#{@cents / 100}.#{format('%02d', @cents % 100)}"
  end
end
puts "cost: #{Money.new(1234)} and #{Money.new(5)}"

# << with literals on Strings, frozen Strings, Arrays and a subclass
buf = +""
3.times { |i| buf << "a" << "-" << i.to_s }
buf << "\n" << "tab\t" << "é"
p buf
p [buf.encoding, buf.ascii_only?]

bin = "".b
bin << "xy"
p [bin, bin.encoding]

list = []
2.times { list << "lit" }
p [list, list[0].equal?(list[1]), list[0].frozen?]
list[0] << "!"
p list

class Logged < String
  def <<(other)
    super("[" + other + "]")
  end
end
l = Logged.new("log")
l << "one" << "two"
p l

frozen = "ice".freeze
begin
  frozen << "cube"
rescue => e
  p e.class
end

class Collector
  attr_reader :items

  def initialize
    @items = []
  end

  def <<(x)
    @items << x.upcase
    self
  end
end
c = Collector.new
c << "a" << "b"
p c.items

# &:sym on Integers and Symbols, with a method redefined between calls
nums = (1..10).to_a
p nums.select(&:even?)
p nums.map(&:to_s).join(",")
p %i[a b c].map(&:to_proc).map { |pr| pr.call("x") rescue "no" }
p %i[b a].map(&:to_s)
class Integer
  def double
    self * 2
  end
end
p nums.map(&:double)
class Integer
  def double
    self * 3
  end
end
p nums.map(&:double)
class Integer
  private def secret = 1
end
begin
  nums.map(&:secret)
rescue NoMethodError => e
  p e.message
end
p [1, :a, "s", nil, 2.5].map(&:to_s)
