# Array any?/all?/none?/find/detect/count/each_with_object with literal
# blocks: values, early stops, next/break, spreads, changes to the Array
# during the loop, `return` from inside, and backtraces.

a = [3, 8, 1, 9, 4]
p a.any? { |x| x > 5 }, a.any? { |x| x > 50 }, [].any? { |x| x }
p a.all? { |x| x > 0 }, a.all? { |x| x > 3 }, [].all? { |x| x }
p a.none? { |x| x > 9 }, a.none? { |x| x == 1 }, [].none? { |x| x }
p a.find { |x| x > 5 }, a.detect { |x| x > 50 }, [nil, false, 0].find { |x| !x.nil? }
p a.count { |x| x.odd? }, [].count { |x| x }, a.count { |x| nil }
p a.each_with_object([]) { |x, acc| acc << x * 2 }
p a.each_with_object({}) { |x, h| h[x] = x.to_s }

# Which elements the block sees, and how many times it runs.
seen = []
p a.any? { |x| seen << x; x == 1 }, seen
seen = []
p a.all? { |x| seen << x; x != 1 }, seen
seen = []
p a.find { |x| seen << x; x > 7 }, seen

# Values given by next and break.
p a.count { |x| next true if x > 5; false }
p a.any? { |x| break :stopped if x == 1; false }
p a.find { |x| next x > 8 }
p a.each_with_object([]) { |x, acc| break acc if x == 1; acc << x }

# Pairs spread over two parameters; a memo spread with parentheses.
pairs = [[1, :a], [2, :b], [3, :c]]
p pairs.find { |n, s| n > 1 && s != :b }
p pairs.count { |n, _| n.odd? }
p pairs.each_with_object({}) { |(n, s), h| h[s] = n }
p pairs.all? { |n, s| s.is_a?(Symbol) }

# The Array changing under the loop: the length is read every time.
b = [1, 2, 3]
p b.count { |x| b << 10 if x == 1; x > 2 }, b
c = [1, 2, 3, 4]
p c.any? { |x| c.pop; x > 2 }, c

# Truthiness is Ruby's: only nil and false are false.
p [0, "", []].all? { |x| x }, [nil, false].none? { |x| x }

# Floats and Bignums in the block.
p [1.5, 2.5].count { |x| x > 2.0 }
p [2**64, 1].find { |x| x > 2**63 }

# `return` from the method inside each kind.
def first_neg(list)
  list.each_with_object([]) do |x, acc|
    return x if x < 0
    acc << x
  end
end
p first_neg([1, -2, 3]), first_neg([1, 2])

def has_pair?(list, sum)
  list.any? do |x|
    list.any? { |y| return [x, y] if x + y == sum }
  end
end
p has_pair?([1, 2, 3], 5), has_pair?([1, 2], 9)

# Locals: the block's own, and the method's it updates.
def tally(list)
  total = 0
  n = list.count do |x|
    seen_before = x if total > 3
    total += x
    !seen_before.nil?
  end
  [n, total]
end
p tally([1, 2, 3, 4])

# Backtraces name the core methods as Ruby does.
def boom(list, kind)
  case kind
  when :any then list.any? { |x| raise "any #{x}" }
  when :all then list.all? { |x| raise "all #{x}" }
  when :none then list.none? { |x| raise "none #{x}" }
  when :find then list.find { |x| raise "find #{x}" }
  when :detect then list.detect { |x| raise "detect #{x}" }
  when :count then list.count { |x| raise "count #{x}" }
  when :ewo then list.each_with_object([]) { |x, m| raise "ewo #{x}" }
  end
end

%i[any all none find detect count ewo].each do |k|
  begin
    boom([7], k)
  rescue => e
    puts e.message
    puts e.backtrace
  end
end
