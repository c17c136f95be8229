# Keyword parameters in blocks, procs and lambdas.

def each_pair
  yield 1, scale: 10
  yield 2
end

each_pair { |x, scale: 1| p x * scale }

pr = proc { |a, b = 2, k: 0, **rest| [a, b, k, rest] }
p pr.call(1), pr.call(1, 5, k: 3), pr.call(1, k: 4, z: 9), pr.call([7, 8])

l = ->(x, y:, z: 3) { [x, y, z] }
p l.call(1, y: 2), l.(0, y: 1, z: 5)
begin
  l.call(1)
rescue ArgumentError => e
  p e.message
end
begin
  proc { |k: 1| k }.call(j: 2)
rescue ArgumentError => e
  p e.message
end
p [[1, 2], [3, 4]].map { |a, b, k: 0| a + b + k }
h = { a: 1 }
p [1].map { |x, **o| [x, o] }
