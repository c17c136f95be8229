# grep / grep_v on Arrays, Ranges, Hashes and custom Enumerables (=== of
# classes, ranges, regexps, lambdas), and Set's subtract, replace, flatten,
# divide, join and reset.
require "set"

mixed = [1, "two", :three, 4.5, nil, [6], "seven", 8]
p mixed.grep(Integer), mixed.grep(String), mixed.grep(Numeric) { |x| x * 2 }
p mixed.grep_v(Numeric), mixed.grep_v(NilClass).size
p (1..20).grep(5..8), (1..20).grep_v(2..19), (1..10).grep(->(x) { x.even? }) { |x| x * x }
words = %w[apple banana cherry avocado blueberry]
p words.grep(/\Aa/), words.grep_v(/e/), words.grep(/an/) { |w| w.upcase }
p({ a: 1, b: 2 }.grep(Array).size, { a: 1 }.grep(->(kv) { kv[1] == 1 }))

class Shelf
  include Enumerable
  def initialize(*items) = @items = items
  def each(&block) = @items.each(&block)
end
shelf = Shelf.new("book", 3, "lamp", 7.25)
p shelf.grep(String), shelf.grep_v(String) { |x| x.to_s }

s = Set[1, 2, 3, 4, 5]
p s.subtract([2, 4]), s.subtract(Set[1]), s.subtract(1..3)
p s.replace([9, 8]), s.replace(Set["x"])
nested = Set[1, Set[2, Set[3, 4]], 5]
p nested.flatten, Set[1, 2].flatten!, nested.flatten!, nested
p Set[1, 3, 4, 6, 9, 10, 11].divide { |i| i % 3 }
p Set[3, 1, 2].join("-"), Set[:a, :b].join
pairs = Set[[1], [2]]
pairs.each { |a| a << 0 }
p pairs.include?([1, 0]), pairs.reset.include?([1, 0])
begin
  r = Set[1]
  r << r
  r.flatten
rescue ArgumentError => e
  p e.message
end
begin
  Set[1].subtract(5)
rescue ArgumentError => e
  p e.message
end
