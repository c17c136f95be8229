# Integer and Float division with negative operands: /, %, divmod, remainder,
# fdiv, div, modulo, ceildiv by hand, and where Ruby differs from C.
pairs = [[7, 3], [-7, 3], [7, -3], [-7, -3], [0, 5], [6, 3], [-6, 3]]

puts "  a   b |  a/b  a%b  divmod     remainder  fdiv"
pairs.each do |a, b|
  printf("%3d %3d | %4d %4d  %-10s %4d       %.4f\n", a, b, a / b, a % b, a.divmod(b).inspect, a.remainder(b), a.fdiv(b))
end

puts "\nFloats:"
[[7.5, 2], [-7.5, 2], [7.5, -2], [5.0, 0.3], [-1.0, 0.1]].each do |a, b|
  q, r = a.divmod(b)
  puts "  #{a} divmod #{b} = [#{q}, #{r.round(10)}]  % = #{(a % b).round(10)}  remainder = #{a.remainder(b).round(10)}  div = #{a.div(b)}"
end

puts "\nidentity a == b*q + r holds:"
checks = (-20..20).step(7).flat_map { |a| [-6, -4, 3, 5].map { |b| [a, b] } }
bad = checks.reject { |a, b| q, r = a.divmod(b); b * q + r == a && (r.zero? || (r <=> 0) == (b <=> 0)) }
puts "  #{checks.size} pairs checked, #{bad.size} violations"

def ceil_div(a, b) = -(-a).div(b)

puts "\nceil division: #{[[7, 2], [-7, 2], [8, 2], [1, 3], [0, 3]].map { |a, b| ceil_div(a, b) }.inspect}"
puts "floor vs truncate: #{[-7 / 2, (-7.0 / 2).truncate, (-7).fdiv(2).floor, (-7).fdiv(2).ceil, -3.5.round]}"

puts "\nzero:"
[-> { 1 / 0 }, -> { 1 % 0 }, -> { 1.divmod(0) }, -> { 1.0 / 0 }, -> { 1.0 % 0 }, -> { 0.0 / 0 }, -> { 1.fdiv(0) }, -> { -1.fdiv(0) }].each do |fn|
  puts "  #{fn.call.inspect}"
rescue ZeroDivisionError => e
  puts "  ZeroDivisionError: #{e.message}"
end

puts "\nbig operands:"
big = 10**30 + 7
puts "  #{big.divmod(-97).inspect}"
puts "  #{(-big) % 1_000_003} #{(-big).remainder(1_000_003)} #{big.fdiv(3e29).round(6)}"
puts "  #{(2**100).div(2**40) == 2**60} #{(-2**65) / 3} #{(-2**65) % 3}"
puts "  pow mod: #{3.pow(1000, 1_000_000_007)} #{(-3).pow(3, 7)} #{2.pow(100, -7)}"

puts "\nclock arithmetic:"
hour = 22
[5, -30, 26, -48].each { |delta| puts "  #{hour}:00 #{delta.positive? ? '+' : '-'} #{delta.abs}h -> #{(hour + delta) % 24}:00" }
minutes = -135
h, m = minutes.divmod(60)
puts "  #{minutes} minutes = #{h}h #{m}m (floored); abs: #{minutes.abs.divmod(60).join('h ')}m"

puts "\nmodulo of digits: #{(1..12).map { |i| (-i) % 5 }.join(' ')}"
puts "Integer.sqrt: #{[0, 15, 16, 99, 10**20].map { |n| Integer.sqrt(n) }.inspect}"
puts "abs/-@/pred/succ: #{-5.abs} #{-(-5)} #{-5.pred} #{-5.succ} #{5.0.abs} #{-0.0.abs}"
