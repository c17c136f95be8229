# Keywords vs a positional Hash (Ruby 3): braces Hashes stay positional, *rest makes keywords positional, ... and **kw forward them.
def f(*items, sep: ", ") = [items, sep]
p f({ sep: "/" })
h = { sep: "|" }
p f(h)
p f(1, sep: "-")
p f(**h)
p f(1, **h)
def g(a, k: 0) = [a, k]
p g({ k: 1 })
p g({ k: 1 }, k: 2)
def m(*args) = g(*args)
p m({ x: 1 })
p m(x: 1)
def fw(*a, **kw, &b) = g(*a, **kw)
p fw(5, k: 9)
def opt(o = {}) = o
p opt(a: 1), opt
class K
  def initialize(name:, size: 1) = (@name, @size = name, size)
end
p K.new(name: "x").instance_variables
begin
  K.new({ name: "y" })
rescue ArgumentError => e
  p e.message
end
def dots(...) = g(...)
p dots(3, k: 4)
def blk = yield(1, k: 2)
p blk { |a, k: 0| [a, k] }
p [[1, { z: 2 }]].map { |a, h| [a, h] }
p send(:g, 7, k: 8), method(:g).call(1, k: 3)
