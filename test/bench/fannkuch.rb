# fannkuch: pancake flips over all permutations (small Array reversal, swaps, index arithmetic).
def fannkuch(n)
  perm1 = (0...n).to_a
  count = Array.new(n, 0)
  max_flips = 0
  checksum = 0
  permutation_index = 0
  r = n

  loop do
    while r != 1
      count[r - 1] = r
      r -= 1
    end

    perm = perm1.dup
    flips = 0
    k = perm[0]
    while k != 0
      perm[0, k + 1] = perm[0, k + 1].reverse
      flips += 1
      k = perm[0]
    end
    max_flips = flips if flips > max_flips
    checksum += permutation_index.even? ? flips : -flips

    loop do
      return [checksum, max_flips] if r == n

      first = perm1[0]
      perm1[0, r] = perm1[1, r]
      perm1[r] = first
      count[r] -= 1
      break if count[r].positive?

      r += 1
    end
    permutation_index += 1
  end
end

n = 9
checksum, max_flips = fannkuch(n)
puts checksum
puts "Pfannkuchen(#{n}) = #{max_flips}"
