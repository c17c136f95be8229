# core_redefined_ops: operators on Hash, String and Array keys before and after the program
# redefines the core methods behind them ([], []=, ==, <=>, <, <<), in subclasses and by alias.
class Tally < Hash
  def [](key) = super(key.to_s)
  def []=(key, value)
    super(key.to_s, value)
  end
end

def ops(label, a, b, h)
  h[a] = 1
  puts "#{label}: #{a == b} #{a < b} #{a >= b} #{(a <=> b).inspect} #{a[0].inspect} #{h[a].inspect} #{h[b].inspect}"
end

plain = {}
ops("plain", "apple", "banana", plain)
tally = Tally.new
tally[:pear] = 2
puts "tally: #{tally.inspect} #{tally[:pear]} #{tally['pear']}"
words = %w[pear fig apple kiwi]
puts words.sort_by { |w| [w.length, w] }.inspect
puts [[2, "b"], [1, "z"], [2, "a"]].sort.inspect

class String
  alias_method :old_eq, :==
  def ==(other) = length == other.to_s.length
  def <=>(other) = other.length <=> length
  def [](i) = "char#{i}"
  def <<(other)
    concat("+", other)
  end
end
ops("redefined", "apple", "mango", plain)
buf = +"a"
buf << "b"
puts buf
puts words.sort_by { |w| [w.length, w] }.inspect
puts %w[pear fig apple kiwi].sort.inspect

class Hash
  def [](key) = "looked up #{key}"
end
puts plain["apple"]

class Array
  def <=>(other) = other.first <=> first
end
puts [[1, 2], [3, 4], [2, 0]].sort.inspect
puts [[1, "x"], [3, "y"], [2, "z"]].sort_by { |pair| pair }.inspect
