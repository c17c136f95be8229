# Blocks: yield with 0..n values, block_given?, block parameters (destructuring, defaults,
# splat, block-local), &blk and &:sym, next/break values, blocks capturing and writing locals.
def twice
  yield 1
  yield 2
end

def pair
  yield 1, 2
end

def maybe
  if block_given?
    "got #{yield}"
  else
    "no block"
  end
end

def nested_yield
  [1, 2, 3].map { |x| yield x }
end

def pass_along(&blk)
  [10, 20].map(&blk)
end

twice { |x| puts "x=#{x}" }
pair { |a, b| puts a + b }
pair { |a| p a }
pair { |*all| p all }
[[1, [2, 3]], [4, [5, 6]]].each { |a, (b, c)| puts a + b + c }
[[1, 2], [3, 4]].each { |a, b = 9| p [a, b] }
[[1, 2, 3]].each { |a, *rest| p [a, rest] }
[[1, 2]].each { |a, | p a }
[1].each { |a, b| p [a, b] }
puts maybe
puts maybe { 42 }
p nested_yield { |x| x * x }
p pass_along { |x| x + 1 }
p %w[a b c].map(&:upcase)
y = 10
[1, 2].each { |v; y| y = v }
puts y
sum = 0
[1, 2, 3].each { |v| sum += v }
puts sum
r = [1, 2, 3, 4].each do |v|
  next if v.odd?
  break v * 100 if v == 4
end
p r
p [1, 2, 3].map { |v| next 0 if v == 2; v }
counter = 0
add = proc { counter += 1 }
add.call
add.call
puts counter
def make_counter
  count = 0
  increment = -> { count += 1 }
  get = -> { count }
  [increment, get]
end
inc, get = make_counter
inc.call
inc.()
puts get.call
x = 1
outer = proc do
  inner = proc { x += 10 }
  inner.call
  x += 1
end
outer.call
puts x
def block_to_proc(&b)
  b
end
pr = block_to_proc { |v| v * 3 }
puts pr.call(4)
puts pr.arity
puts proc { |a, b| }.arity
puts lambda { |a, b = 1| }.arity
puts [3, 1, 2].sort { |a, b| b <=> a }.inspect
