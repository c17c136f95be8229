# Complex numbers: arithmetic, polar form, quadratic roots, roots of unity,
# and an ASCII Mandelbrot set.

def quadratic_roots(a, b, c)
  disc = b * b - 4 * a * c
  sq = disc.negative? ? Complex(0, Math.sqrt(-disc)) : Math.sqrt(disc)
  [(-b + sq) / (2.0 * a), (-b - sq) / (2.0 * a)]
end

z = Complex(3, 4)
w = Complex(1, -2)
p z, w, z.class
p z + w, z - w, z * w, z / w, z ** 2, -z
p z.abs, z.abs2, z.arg.round(6), z.conjugate, z.real, z.imaginary, z.rectangular
p z.polar.map { |x| x.round(4) }
p z == Complex(3, 4), z == 3, Complex(5, 0) == 5, Complex(2, 0).real?, 5.real?
p Complex(1, 2) + 1, 2 * Complex(1, 2), Complex(1, 2) * 1.5, Complex(6, 4) / 2
p Complex(1.5, -0.5), Complex(0, 1), Complex(-1, 0), Complex(0.0, -0.0), Complex(1, 2.5)
puts z, w, Complex(0, -1), Complex(2.5, 1)
p z.to_s, z.inspect, Complex("1+2i"), Complex("3-4.5i"), "2i".to_c, 7.to_c, 2.5.to_c
p Complex::I, Complex::I ** 2, Complex.polar(2, 0), Complex.rectangular(1, 1)
p Complex(1, 1).abs.round(10), Complex(0, 2).arg == Math::PI / 2

p quadratic_roots(1, -3, 2)
p quadratic_roots(1, 2, 5)
p quadratic_roots(1, 0, 1)

roots = (0...6).map { |k| Complex.polar(1, 2 * Math::PI * k / 6) }
p roots.map { |r| Complex(r.real.round(3), r.imaginary.round(3)) }
p roots.sum.abs < 1e-9
p roots.map { |r| (r ** 6).real.round(9) }.uniq

def mandelbrot(c, limit = 30)
  z = Complex(0, 0)
  limit.times do |i|
    z = z * z + c
    return i if z.abs2 > 4
  end
  limit
end

CHARS = " .:-=+*#%@".chars
(-12..12).step(2).each do |yi|
  row = (-40..20).map do |xi|
    n = mandelbrot(Complex(xi / 20.0, yi / 10.0))
    n >= 30 ? "@" : CHARS[n % (CHARS.size - 1)]
  end
  puts row.join.rstrip
end

# Complex in hash keys and sorting by magnitude
pts = [Complex(3, 4), Complex(1, 1), Complex(0, 2), Complex(3, 4)]
p pts.uniq, pts.tally.values, pts.sort_by(&:abs), pts.max_by(&:abs)
p pts.map(&:abs).sum
begin
  Complex(1, 2) < Complex(2, 3)
rescue NoMethodError => e
  puts "NoMethodError: #{e.message.lines.first.chomp}"
end
p Complex(3, 0) <=> Complex(2, 0), Complex(1, 1) <=> 1
