# Indexes and receivers inference cannot type, scoped constants, methods core values lack.
class Item
  attr_reader :name
  attr_accessor :size

  def initialize(name)
    @name = name
    @size = 0
  end

  def weigh(w)
    w + 1
  end
end

module Limits
  MAX = 10
end

class Config
  MAX = "many"

  def max
    MAX
  end
end

items = [Item.new("a"), Item.new("b")]
idx = ARGV.size > 5 ? ARGV[0] : 1
it = items[idx]          # an untyped index: an element, nil or a slice
it.name                  # Arrays lack `name`: only Item's reader
items[idx] = Item.new("c")
box = [[1]]
box[idx] = [2.5]         # a Range index would splice: elements of [2.5] too
unknown = ARGV.size > 5 ? ARGV : 3
unknown.weigh(2)         # a dynamic call: weigh's parameter is what it passes
unknown.size = "big"     # a dynamic writer: @size gets String
Limits::MAX
Config.new.max
