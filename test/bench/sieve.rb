# sieve: sieve of Eratosthenes over an Array of booleans (integer loops, array indexing).
def sieve(limit)
  composite = Array.new(limit + 1, false)
  count = 0
  (2..limit).each do |i|
    next if composite[i]

    count += 1
    (i * i).step(limit, i) { |j| composite[j] = true }
  end
  count
end

counts = [2_000_000, 3_000_000, 4_000_000].map { |n| sieve(n) }
puts counts.join(" ")
