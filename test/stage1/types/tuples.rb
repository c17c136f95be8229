# Array literals read by constant index keep each position's type (tuple
# sites) until a core method may reshape or mutate one of their Arrays.
PAIRS = [[1, "one"], [2, "two"]].freeze
def num(b)
  b[0]
end
def name(b)
  b[-1]
end
PAIRS.each { |b| num(b); name(b) }
out = [1, "a"][2]
sl = [2, "b"]
part = sl[1, 1][0]
m = [3, "c"]
m[0] = :d
mutated = m[0]
pushed = [4, "e"]
pushed << 5.0
p_first = pushed[0]
def rest(*a)
  a[0]
end
rest(1, "f")
