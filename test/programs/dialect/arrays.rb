# Arrays of any values: literals, nesting, indexing and slices, mutation, queries, conversions.
class Item
  attr_reader :id
  def initialize(id)
    @id = id
  end

  def inspect
    "Item(#{@id})"
  end
end

a = [1, "two", :three, 4.0, nil, true, [5, [6]], { k: 7 }, Item.new(8)]
p a
p a.length, a[0], a[-1], a[6][1][0], a[7][:k], a[100]
p a[1, 2], a[1..2], a[-2..], a.first, a.last(2)
b = []
b << 1
b.push(2, 3)
b.unshift(0)
p b
p b.pop, b.shift, b
b[5] = :x
p b
b.insert(1, :y)
p b
p b.compact, b.delete(:x), b
b.delete_at(0)
p b
c = [3, 1, 2]
c.sort!
p c
c.map! { |x| x * 2 }
p c
c.concat([8, 9])
p c
p c + [1], c - [2], [1, 2] & [2, 3], [1, 2] | [2, 3]
p [[1, 2], [3, [4]]].flatten, [[1, 2], [3, 4]].transpose
p [1, 2, 3].include?(2), [].empty?, [nil, 1].compact
p Array.new(3) { |i| i * i }, Array.new(2, 0), [0] * 3
p [1, 2, 3].each_cons(2).to_a
p %w[b c a].sort.reverse, [1, 2, 3].rotate
p [1, 2] == [1, 2], [1, 2] <=> [1, 3], [1, [2]].eql?([1, [2]])
p [3, 1].minmax, [1, 2, 3, 4].sum, [1, 2, 3].tally
p [1, 2, 3, 4].each_slice(2).map(&:sum)
p ["a", "b"].each_with_index.to_h { |s, i| [s, i] }
p [1, 2, 3].dup.tap { |x| x << 4 }
d = [1, 2]
e = d
e << 3
p d
f = d.dup
f << 4
p d, f
p d.frozen?, d.freeze.frozen?
begin
  d << 5
rescue => err
  p err.class
end
p [1, [2, 3]].to_s, [:a, "b"].inspect
p [5, 3, 9].index { |x| x > 4 }, [1, 2, 3].find_index(3)
p [1, 2, 3, 4, 5].drop(2), [1, 2, 3].take(2), [4, 5].fill(0)
p [1, 2, 3].sample.class, [[2, :b], [1, :a]].sort, [[1, :a]].to_h
words = %w[apple banana cherry]
p words.map(&:length).max, words.max_by(&:length), words.sort_by { |w| [-w.length, w] }
nested = { list: [1, 2, { deep: [3] }] }
p nested[:list][2][:deep][0]
p [1, 2, 3].reverse_each.to_a, [1, 2, 2, 3].uniq.size, [3, 4].last
p [nil, false, 1].any?, [nil, false].none?, [1, 2].all?(Integer)
