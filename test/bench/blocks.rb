# blocks: yield, closures, times, upto, step, each_with_index, each_with_object, procs and lambdas.
def each_pair_sum(limit)
  i = 0
  while i < limit
    yield i, i + 1
    i += 1
  end
end

def twice
  yield
  yield
end

def compose(f, g)
  ->(x) { f.call(g.call(x)) }
end

counter = 0
make_adder = ->(n) { ->(x) { x + n } }
add3 = make_adder.call(3)
double = proc { |x| x * 2 }
pipeline = compose(add3, double)

sum = 0
500.times do |round|
  20_000.times { |i| sum += i & round }
  1.upto(5_000) { |i| sum += pipeline.call(i) % 7 }
  10_000.downto(1) { |i| counter += 1 if (i % 3).zero? }
  0.step(30_000, 3) { |i| sum += i % 5 }
  each_pair_sum(10_000) { |a, b| sum += (a * b) % 11 }
  twice { counter += 2 }
  words = %w[ant bee cat dog eel fox gnu hen]
  words.each_with_index { |w, i| sum += w.length * i }
  lengths = words.each_with_object(Hash.new(0)) { |w, h| h[w[0]] += w.length }
  sum += lengths.values.sum
  accumulate = 0
  bump = ->(i) { accumulate += round + i % 2 }
  1_000.times(&bump)
  sum += accumulate
  sum += (1..2_000).each_slice(100).map { |group| group.sum { |x| x % 9 } }.sum
end
puts sum
puts counter
