# matrix_mul: dense matrix multiplication on Arrays of Arrays (Float and Integer, nested index loops).
def matrix_multiply(a, b)
  rows = a.size
  inner = b.size
  cols = b[0].size
  result = Array.new(rows) { Array.new(cols, 0) }
  rows.times do |i|
    row = a[i]
    out = result[i]
    inner.times do |k|
      aik = row[k]
      bk = b[k]
      cols.times { |j| out[j] += aik * bk[j] }
    end
  end
  result
end

def transpose_multiply(a, b)
  bt = b.transpose
  a.map { |row| bt.map { |col| row.zip(col).sum { |x, y| x * y } } }
end

n = 220
a = Array.new(n) { |i| Array.new(n) { |j| (i - j) * 0.5 + 1.0 / (i + j + 1) } }
b = Array.new(n) { |i| Array.new(n) { |j| (i + j) * 0.25 - 1.0 / (i * j + 1) } }
c = matrix_multiply(a, b)
trace = (0...n).sum { |i| c[i][i] }
puts "float trace: %.6f" % trace
puts "float corner: %.6f %.6f" % [c[0][n - 1], c[n - 1][0]]

m = 140
x = Array.new(m) { |i| Array.new(m) { |j| (i * 31 + j * 17) % 23 - 11 } }
power = x
3.times { power = matrix_multiply(power, x) }
puts "int sum: #{power.sum(&:sum)}"
check = transpose_multiply(x, x)
puts "int check: #{check == matrix_multiply(x, x)} #{check.flatten.max}"
