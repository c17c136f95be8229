# Pascal's triangle, binomial coefficients and a few identities, with Bignums.
def pascal_rows(n)
  rows = [[1]]
  (n - 1).times do
    prev = rows.last
    rows << [1, *prev.each_cons(2).map { |a, b| a + b }, 1]
  end
  rows
end

def choose(n, k)
  return 0 if k.negative? || k > n
  k = [k, n - k].min
  (1..k).reduce(1) { |acc, i| acc * (n - k + i) / i }
end

rows = pascal_rows(10)
width = rows.last.join(" ").length
rows.each { |row| puts row.join(" ").center(width).rstrip }
puts

puts "Row sums are powers of two:"
rows.each_with_index do |row, i|
  sum = row.sum
  puts "  row #{i.to_s.rjust(2)}: #{sum.to_s.rjust(4)} == 2**#{i} #{sum == 2**i}"
end

puts "\nSierpinski (odd entries):"
pascal_rows(16).each do |row|
  puts row.map { |v| v.odd? ? "*" : " " }.join(" ").center(31).rstrip
end

puts "\nLarge coefficients:"
[[50, 25], [100, 50], [200, 3], [64, 32]].each do |n, k|
  c = choose(n, k)
  puts "C(#{n},#{k}) = #{c} (#{c.digits.size} digits, #{c.class})"
end

central = (0..20).map { |n| choose(2 * n, n) }
catalan = central.each_with_index.map { |c, n| c / (n + 1) }
puts "\nCatalan: #{catalan.first(12).join(', ')}"
puts "Catalan(20) = #{catalan.last}"

hockey = (3..10).sum { |i| choose(i, 3) }
puts "hockey stick: sum C(i,3) for i=3..10 = #{hockey} = C(11,4) = #{choose(11, 4)}"

vandermonde = (0..5).sum { |k| choose(7, k) * choose(8, 5 - k) }
puts "vandermonde: #{vandermonde} == #{choose(15, 5)}"

fib_diag = (0..15).map { |n| (0..n / 2).sum { |k| choose(n - k, k) } }
puts "shallow diagonals: #{fib_diag.inspect}"

mod = 1_000_000_007
big = choose(1000, 500)
puts "C(1000,500) mod 1e9+7 = #{big % mod}"
puts "C(1000,500) has #{big.to_s.length} digits; starts #{big.to_s[0, 12]}..., ends ...#{big.to_s[-6..]}"
puts "digit sum #{big.digits.sum}, trailing zeros #{big.to_s[/0*\z/].length}"
