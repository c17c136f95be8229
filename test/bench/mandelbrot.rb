# mandelbrot: escape-time iteration over a grid of complex points (tight Float loops).
def mandelbrot_iterations(cr, ci, limit)
  zr = 0.0
  zi = 0.0
  iter = 0
  while iter < limit
    zr2 = zr * zr
    zi2 = zi * zi
    return iter if zr2 + zi2 > 4.0

    zi = 2.0 * zr * zi + ci
    zr = zr2 - zi2 + cr
    iter += 1
  end
  limit
end

size = 600
limit = 100
inside = 0
checksum = 0
size.times do |y|
  ci = 2.0 * y / size - 1.0
  size.times do |x|
    cr = 2.0 * x / size - 1.5
    n = mandelbrot_iterations(cr, ci, limit)
    inside += 1 if n == limit
    checksum = (checksum * 31 + n) % 1_000_000_007
  end
end
puts "inside: #{inside}"
puts "checksum: #{checksum}"
