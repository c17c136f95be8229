# 0/1 knapsack and unbounded knapsack, memoized with a Hash and tabulated.
Item = Struct.new(:name, :weight, :value) do
  def ratio
    value.fdiv(weight)
  end

  def to_s
    format("%-10s w=%2d v=%3d (%.2f/kg)", name, weight, value, ratio)
  end
end

ITEMS = [
  Item.new("tent", 11, 30),
  Item.new("stove", 4, 10),
  Item.new("rope", 3, 6),
  Item.new("lamp", 2, 9),
  Item.new("food", 7, 25),
  Item.new("water", 8, 24),
  Item.new("map", 1, 4),
  Item.new("camera", 5, 17),
].freeze

class Knapsack
  attr_reader :calls

  def initialize(items)
    @items = items
    @memo = {}
    @calls = 0
  end

  # best(i, cap) -> [value, chosen item indices]
  def best(i = @items.size - 1, cap)
    return [0, []] if i.negative? || cap.zero?

    @memo[[i, cap]] ||= begin
      @calls += 1
      skip = best(i - 1, cap)
      item = @items[i]
      if item.weight > cap
        skip
      else
        value, chosen = best(i - 1, cap - item.weight)
        take = [value + item.value, chosen + [i]]
        take.first > skip.first ? take : skip
      end
    end
  end
end

def unbounded(items, capacity)
  table = Array.new(capacity + 1, 0)
  (1..capacity).each do |c|
    items.each do |it|
      next if it.weight > c
      candidate = table[c - it.weight] + it.value
      table[c] = candidate if candidate > table[c]
    end
  end
  table
end

puts "Items:"
ITEMS.sort_by { |it| -it.ratio }.each { |it| puts "  #{it}" }

[10, 15, 20, 26].each do |cap|
  solver = Knapsack.new(ITEMS)
  value, chosen = solver.best(cap)
  names = chosen.map { |i| ITEMS[i].name }
  weight = chosen.sum { |i| ITEMS[i].weight }
  puts "capacity #{cap.to_s.rjust(2)}: value #{value}, weight #{weight}, #{names.join('+')} (#{solver.calls} subproblems)"
end

table = unbounded(ITEMS, 20)
puts "unbounded: " + table.each_with_index.select { |_, c| c % 4 == 0 }.map { |v, c| "#{c}=>#{v}" }.join(", ")

greedy = ITEMS.sort_by { |it| [-it.ratio, it.name] }.each_with_object([]) do |it, bag|
  bag << it if bag.sum(&:weight) + it.weight <= 20
end
puts "greedy(20): #{greedy.map(&:name).inspect} = #{greedy.sum(&:value)}"
puts "optimal beats greedy by #{Knapsack.new(ITEMS).best(20).first - greedy.sum(&:value)}"
