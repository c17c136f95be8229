# `...` argument forwarding: positional, keyword and block arguments.

def target(a, b = 0, *rest, k: 1, **kw, &blk)
  r = [a, b, rest, k, kw]
  r << blk.call if blk
  r
end

def pass(...) = target(...)

def lead(x, ...)
  target(x * 10, ...)
end

class Base
  def run(*a, **kw) = [:base, a, kw]
end

class Child < Base
  def run(...)
    [:child, super(...)]
  end
end

p pass(1)
p pass(1, 2, 3, k: 4, z: 5) { :blk }
p lead(1, 2)
p lead(2, k: 9) { "b" }
p Child.new.run(1, 2, x: 3)
