# Integer operators with inline fixnum paths (idiv imod ishl ishr iand ior ixor): edge values, Bignum fallbacks.
vals = [0, 1, -1, 7, -7, 3, -3, 4611686018427387903, -4611686018427387904, 2**64, -(2**64), 100]
vals.each do |a|
  vals.each do |b|
    r = []
    r << (b == 0 ? :z : a / b) << (b == 0 ? :z : a % b) << (a & b) << (a | b) << (a ^ b)
    r << (b.abs < 200 ? a << (b % 70) : :big) << (b.abs < 200 ? a >> (b % 70) : :big) << (b.abs < 100 ? a >> b : :x) << (b.abs < 100 ? a << b : :x)
    p r
  end
end
p 5.0 / 2, 7 % 2.5
