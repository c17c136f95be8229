# Complex numbers: quadratic roots, roots of unity, polar form, and an ASCII
# Mandelbrot set.
def quadratic(a, b, c)
  disc = b * b - 4 * a * c
  root = disc.negative? ? Complex(0, Math.sqrt(-disc)) : Math.sqrt(disc)
  [(-b + root) / (2.0 * a), (-b - root) / (2.0 * a)]
end

[[1, -3, 2], [1, 2, 5], [2, 0, 8], [1, -2, 1]].each do |a, b, c|
  r1, r2 = quadratic(a, b, c)
  puts "#{a}x^2 + #{b}x + #{c} = 0  ->  #{r1}, #{r2}"
end

z = Complex(3, 4)
w = Complex(1, -2)
puts "\nz = #{z}, w = #{w}, inspect #{z.inspect}"
puts "z + w = #{z + w}; z - w = #{z - w}; z * w = #{z * w}; z / w = #{z / w}"
puts "z.abs = #{z.abs}, abs2 = #{z.abs2}, conj = #{z.conjugate}, real = #{z.real}, imag = #{z.imaginary}"
puts "arg = #{z.arg.round(6)}, polar = #{z.polar.map { |v| v.round(6) }.inspect}"
puts "z ** 2 = #{z**2}; z * i = #{z * Complex::I}; i ** 2 = #{Complex::I**2}"
puts "rectangular: #{Complex.polar(2, Math::PI / 2).rectangular.map { |v| v.round(10) }.inspect}"
puts "equality: #{Complex(2, 0) == 2} #{Complex(1, 1) == Complex(1, 1)} #{z.real?} #{3.real?}"
puts "mixed: #{z + 1} #{z * 0.5} #{2 - z} #{z / 2} #{Complex(1.5, -0.25)} #{Complex(0, -1)} #{Complex(-0.0, 2)}"
puts "parse: #{Complex('1+2i')} #{'3-4i'.to_c} #{Complex('2.5i')} #{Complex(1, 2).to_s}"
puts "rational parts: #{Complex(Rational(1, 2), Rational(-3, 4))} #{Complex(1, 2) / Complex(3, 4)}"

puts "\nCube roots of unity:"
3.times do |k|
  r = Complex.polar(1, 2 * Math::PI * k / 3)
  puts format("  k=%d  %+.4f %+.4fi  |r^3 - 1| = %.1e", k, r.real, r.imag, (r**3 - 1).abs)
end

def mandelbrot_rows(width, height, max_iter)
  (0...height).map do |row|
    (0...width).map do |col|
      c = Complex(-2.2 + 3.0 * col / width, -1.2 + 2.4 * row / height)
      z = 0
      iter = 0
      while iter < max_iter && z.abs2 <= 4
        z = z * z + c
        iter += 1
      end
      " .:-=+*#%@"[iter * 9 / max_iter]
    end.join
  end
end

puts
mandelbrot_rows(60, 21, 30).each { |line| puts line.rstrip }

# Newton's method on z^3 - 1 from a few starting points.
puts "\nNewton basins:"
[Complex(1.0, 1.0), Complex(-1.0, 1.0), Complex(-1.0, -1.0), Complex(2.0, 0.0), Complex(0.1, -0.9)].each do |start|
  z = start
  steps = 0
  until (z**3 - 1).abs < 1e-12 || steps > 50
    z -= (z**3 - 1) / (3 * z**2)
    steps += 1
  end
  puts format("  %-10s -> %+.6f%+.6fi in %2d steps", start.to_s, z.real, z.imag, steps)
end
