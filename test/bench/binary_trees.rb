# binary_trees: allocate and walk many short-lived binary trees (allocation and GC throughput).
class TreeNode
  attr_reader :left, :right

  def initialize(left, right)
    @left = left
    @right = right
  end

  def check
    return 1 if @left.nil?

    1 + @left.check + @right.check
  end
end

def bottom_up_tree(depth)
  return TreeNode.new(nil, nil) if depth.zero?

  TreeNode.new(bottom_up_tree(depth - 1), bottom_up_tree(depth - 1))
end

max_depth = 16
min_depth = 4

stretch_depth = max_depth + 1
puts "stretch tree of depth #{stretch_depth}\t check: #{bottom_up_tree(stretch_depth).check}"

long_lived_tree = bottom_up_tree(max_depth)

min_depth.step(max_depth, 2) do |depth|
  iterations = 2**(max_depth - depth + min_depth)
  check = 0
  1.upto(iterations) { check += bottom_up_tree(depth).check }
  puts "#{iterations}\t trees of depth #{depth}\t check: #{check}"
end

puts "long lived tree of depth #{max_depth}\t check: #{long_lived_tree.check}"
