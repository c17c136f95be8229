# linked_list: a hand-written singly linked list with Enumerable (pointer chasing, yield, allocation).
class LinkedList
  include Enumerable

  Node = Struct.new(:value, :next_node)

  attr_reader :size

  def initialize
    @head = nil
    @size = 0
  end

  def push_front(value)
    @head = Node.new(value, @head)
    @size += 1
    self
  end

  def each
    node = @head
    while node
      yield node.value
      node = node.next_node
    end
    self
  end

  def reverse!
    previous = nil
    node = @head
    while node
      following = node.next_node
      node.next_node = previous
      previous = node
      node = following
    end
    @head = previous
    self
  end

  def pop_front
    node = @head
    return nil unless node

    @head = node.next_node
    @size -= 1
    node.value
  end
end

checksum = 0
60.times do |round|
  list = LinkedList.new
  (1..50_000).each { |i| list.push_front(i * 7 % 1000 + round) }
  list.reverse!
  evens = list.select(&:even?)
  checksum += list.sum + evens.size + list.max + list.count { |v| v > 500 }
  checksum += list.first(3).sum
  checksum += list.pop_front while list.size > 40_000
  checksum %= 1_000_000_007
end
puts checksum
