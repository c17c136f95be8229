# pidigits: digits of pi with the unbounded spigot algorithm (Bignum add, multiply, divmod).
def pi_digits(count)
  digits = []
  k = 1
  n1 = 4
  n2 = 3
  d = 1
  u = 0
  v = 0
  w = 0
  while digits.size < count
    u = n1 / d
    v = n2 / d
    if u == v
      digits << u
      to_minus = u * 10 * d
      n1 = n1 * 10 - to_minus
      n2 = n2 * 10 - to_minus
    else
      k2 = k * 2
      u = n1 * (k2 - 1)
      v = n2 * 2
      w = n1 * (k - 1)
      n1 = u + v
      u = n2 * (k + 2)
      n2 = w + u
      d *= k2 + 1
      k += 1
    end
  end
  digits
end

digits = pi_digits(5000)
puts digits.first(50).join
puts digits.last(50).join
puts digits.sum
