# Iterator methods called without a block return Enumerators that chain.
p 5.times.map { |i| i * 2 }
p [4, 5].each_with_index.map { |x, i| x * i }
p [4, 5].map.with_index { |x, i| [i, x] }
p [1, 2, 3, 4].each_slice(2).to_a, [1, 2, 3].each_cons(2).to_a
p "abc".each_char.to_a, (1..3).each_with_index.to_a
p %w[a b].each_with_index.to_h
