# Multiple assignment: swap, splats, nesting, from method results and non-arrays,
# into instance variables, attributes and indexes, and its value.
a, b = 1, 2
p [a, b]
a, b = b, a
p [a, b]
c, d, e = [10, 20]
p [c, d, e]
f, *g = 1, 2, 3
p [f, g]
*h, i = 1, 2, 3
p [h, i]
j, (k, l), m = 1, [2, 3], 4
p [j, k, l, m]
n, (o, *q) = 0, [1, 2, 3]
p [n, o, q]
r, = [7, 8]
p r
s, t = 5
p [s, t]
u, v = nil
p [u, v]
def pair
  [:x, :y]
end
w, x = pair
p [w, x]
first, *middle, last = *"a".."e"
p [first, middle, last]
class Box
  attr_accessor :left, :right
  def fill
    @p, @q = 3, 4
    [@p, @q]
  end
end
box = Box.new
box.left, box.right = :l, :r
p [box.left, box.right], box.fill
arr = [0, 0, 0]
arr[0], arr[2] = 9, 8
p arr
val = (y1, y2 = 1, 2)
p val
hash = { a: 1, b: 2 }
hash.each { |key, value| p [key, value] }
(p1, p2), p3 = [1, 2], 3
p [p1, p2, p3]
one, two, *rest = "only"
p [one, two, rest]
z1, *z2, z3 = 1
p [z1, z2, z3]
x1 = x2 = 5
p [x1, x2]
q1, q2 = q2 = 1, 2
p [q1, q2]
