# tak: Takeuchi function, three-argument recursion dominated by comparisons and calls.
def tak(x, y, z)
  return z unless y < x

  tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

total = 0
12.times { |i| total += tak(24 + i % 3, 16 + i % 2, 8) }
puts total
