# super with arguments inside a block (the block's method's super).

class Base
  def total(x) = x * 2
  def each_item(list) = list.map { |v| "base:#{v}" }
end

class Child < Base
  def total(x)
    [1, 2].map { |i| super(x + i) }.sum
  end

  def each_item(list)
    list.each_slice(2).flat_map { |pair| super(pair) }
  end
end

p Child.new.total(10)
p Child.new.each_item([1, 2, 3])

class Runner
  def run(x) = yield(x)
end

class Twice < Runner
  def run(x)
    [x, x + 1].map { |v| super(v) }
  end
end

p Twice.new.run(5) { |v| v * 100 }
