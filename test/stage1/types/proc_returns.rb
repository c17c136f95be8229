# `return` in a block: the method it leaves returns the value (its
# catchreturn), through nested blocks too; a lambda's return is its own value.
def find_big(xs)
  xs.each { |x| return x if x > 2 }
  nil
end
def name_or(xs)
  xs.each do |x|
    [1].each { |y| return "s" if x > y }
  end
  :none
end
def lam
  l = lambda { |v| return v * 2 }
  l.call(3)
end
find_big([1, 2, 3])
name_or([1, 2])
lam
def each_twice
  yield 1
  yield 2
end
def first_even
  each_twice { |x| return x if x.even? }
  "none"
end
first_even
