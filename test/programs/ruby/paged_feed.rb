# A paginated feed as a custom Enumerable: lazy chains over pages that are
# fetched on demand, external enumerators (next/peek/rewind, StopIteration),
# Enumerator.new with a yielder, and with_index/each_slice/zip.

class Feed
  include Enumerable

  PAGE = 4

  attr_reader :fetches

  def initialize(total)
    @total = total
    @fetches = 0
  end

  def page(n)
    @fetches += 1
    first = n * PAGE
    return [] if first >= @total

    (first...[first + PAGE, @total].min).map { |i| { id: i + 1, title: "post #{i + 1}", likes: (i * 37) % 23 } }
  end

  def each
    return enum_for(:each) { @total } unless block_given?

    n = 0
    loop do
      items = page(n)
      break if items.empty?

      items.each { |item| yield item }
      n += 1
    end
    self
  end
end

feed = Feed.new(18)
p feed.count, feed.fetches
p feed.each.size
popular = feed.lazy.select { |post| post[:likes] > 15 }.map { |post| post[:id] }
f2 = Feed.new(18)
p f2.lazy.select { |post| post[:likes] > 15 }.map { |post| post[:id] }.first(2), f2.fetches
p popular.to_a
p feed.each_slice(5).map { |group| group.sum { |post| post[:likes] } }
p feed.min_by(2) { |post| post[:likes] }.map { |post| post[:title] }
p feed.each_with_index.select { |post, i| i.even? && post[:likes].odd? }.map { |post, _| post[:id] }
p feed.sort_by { |post| [-post[:likes], post[:id]] }.first(3).map { |post| post.values_at(:id, :likes) }
p feed.partition { |post| post[:id] <= 9 }.map(&:size)
p feed.each_cons(2).count { |a, b| b[:likes] > a[:likes] }
p feed.include?({ id: 1, title: "post 1", likes: 0 }), feed.first, feed.first(0)
p feed.chunk_while { |a, b| b[:likes] == a[:likes] + 14 }.map { |run| run.map { |post| post[:id] } }.reject { |r| r.size < 2 }

ext = Feed.new(5).each
p ext.next[:id], ext.peek[:id], ext.next[:id]
3.times { ext.next }
begin
  ext.next
rescue StopIteration => e
  puts "stop: #{e.message}"
end
ext.rewind
p ext.next[:title]

fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.take(10), fib.lazy.select(&:odd?).first(5)
p fib.each_slice(3).first(2), fib.with_index.take(3)
e = [10, 20, 30].each
p e.next, e.next, e.next
p (begin; e.next; rescue StopIteration; :done; end)
words = %w[alpha beta gamma delta].each
letters = ("a".."z").each
zipped = []
loop { zipped << [words.next, letters.next] }
p zipped
gen = Enumerator.new { |y| 3.times { |i| y.yield i, i * i } }
p gen.to_a, gen.next, gen.size
p (1..Float::INFINITY).lazy.map { _1 * 2 }.select { _1 % 3 == 0 }.reject(&:odd?).first(4)
p (1..20).each_slice(6).map(&:sum), (1..6).each_cons(3).to_a.length
chars = "hello".each_char
p chars.next, chars.peek, chars.take(2), chars.next
