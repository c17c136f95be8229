# A singly linked list with Enumerable, each, <<, [], inspect and equality.
class LinkedList
  include Enumerable

  Node = Struct.new(:value, :next_node)

  attr_reader :size

  def initialize(*values)
    @head = nil
    @tail = nil
    @size = 0
    values.each { |v| self << v }
  end

  def <<(value)
    node = Node.new(value, nil)
    if @tail
      @tail.next_node = node
    else
      @head = node
    end
    @tail = node
    @size += 1
    self
  end

  def unshift(value)
    @head = Node.new(value, @head)
    @tail ||= @head
    @size += 1
    self
  end

  def shift
    return nil unless @head
    v = @head.value
    @head = @head.next_node
    @tail = nil unless @head
    @size -= 1
    v
  end

  def each
    return to_enum(:each) unless block_given?
    node = @head
    while node
      yield node.value
      node = node.next_node
    end
    self
  end

  def [](index)
    each_with_index { |v, i| return v if i == index }
    nil
  end

  def reverse!
    prev = nil
    node = @head
    @tail = @head
    while node
      nxt = node.next_node
      node.next_node = prev
      prev = node
      node = nxt
    end
    @head = prev
    self
  end

  def ==(other)
    other.is_a?(LinkedList) && to_a == other.to_a
  end

  def empty? = @size.zero?

  def to_s = "(" + to_a.join(" -> ") + ")"
  def inspect = "#<LinkedList #{to_a.inspect}>"
end

list = LinkedList.new(3, 1, 4)
list << 1 << 5 << 9
list.unshift(2)
puts list
p list
puts "size=#{list.size} first=#{list.first} [3]=#{list[3]} [99]=#{list[99].inspect}"
puts "sorted: #{list.sort.inspect}"
puts "sum=#{list.sum} max=#{list.max} min=#{list.min}"
puts "evens: #{list.select(&:even?).inspect}"
puts "map: #{list.map { |x| x * 10 }.inspect}"
puts "include 9? #{list.include?(9)}; 7? #{list.include?(7)}"
puts "reduce: #{list.reduce(:+)}"
puts "sort_by desc: #{list.sort_by { |x| -x }.first(3).inspect}"
puts "each_slice: #{list.each_slice(3).to_a.inspect}"
puts "with index: #{list.each_with_index.map { |x, i| x * i }.inspect}"
puts "tally: #{list.tally.inspect}"
puts "min_by/max_by: #{list.min_by { |x| (x - 4).abs }} #{list.max_by { |x| x % 5 }}"
puts "uniq: #{list.uniq.inspect}"
puts "enum: #{list.each.next}"
puts "zip: #{list.zip(list.map(&:to_s)).first(2).inspect}"
list.reverse!
puts "reversed: #{list}"
puts list.shift, list.shift
puts list
puts list == LinkedList.new(5, 1, 4, 1, 3)
puts list.to_a.inspect, list.entries.size, list.count(1)
puts LinkedList.new.empty?, LinkedList.new.to_s
puts list.sum { |x| x * x }, list.inject { |a, b| a * b }
puts list.each_cons(2).map { |a, b| b - a }.inspect
puts list.first(2).inspect, list.sort.reverse.inspect
puts list.find_index(4).inspect, list.minmax.inspect
puts list.partition { |x| x > 2 }.inspect
puts list.chunk_while { |a, b| b > a }.map(&:size).inspect
