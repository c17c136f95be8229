# Float printing and rounding modes that reports and invoices depend on.
values = [0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 2.675, 1234.5678, 0.1 + 0.2, 1e-7, 123456789.123]
values.each do |v|
  row = [v.inspect, v.round(2), v.round(2, half: :even), v.round(2, half: :down), v.round(half: :even),
         v.floor(1), v.ceil(1), v.truncate]
  puts row.map { |x| x.to_s.rjust(14) }.join
end
p 0.1 + 0.2 == 0.3, (0.1 + 0.2 - 0.3).abs < Float::EPSILON, 0.1 * 3, 1.1 + 2.2, 3.0 * 1.1
p 1.0 / 3, 2.0 / 3, 10.0 / 7, 100.0 / 3.0, 1e15 / 3, 1e16 / 3
p 1.0, 1.5e300, 1.0e-300, 12e3, 1e2, 1e16, 1e15, 123456789012345.6, 0.0001, 0.00001
p -0.0, 0.0 == -0.0, 5e-324, Float::MAX, Float::MIN, Float::INFINITY, -Float::INFINITY
p 3.7 % 1, -3.7 % 1, 3.7.divmod(1.2), 2.0**62, 2.0**64, 10.0**20, 10.0**-3
p format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5), format("%.1f", 0.25), format("%.1f", 0.35)
p format("%10.3f|%-10.2f|%+.1f|% .2f", Math::PI, Math::E, 2.0, 3.14159)
p format("%g %g %g %g %g", 100000.0, 1000000.0, 0.0001, 0.00001, 123.456)
p format("%.3g|%10.4e|%G", 3.14159, 12345.6789, 1e-10)
p format("%08.2f", -3.5), format("%.10f", 1.0 / 3), format("%5.1f%%", 45.678)
p 12.0.to_s, 12.50.to_s, 1.23e5.to_s, 100.0.to_i, 1e2.to_i.to_s, 2.5.floor, -2.5.ceil
p 10.0.divmod(3), 7.25.modulo(2), 2.4.round, 2.6.round, -2.4.round, 2.5.round, 3.5.round
p 1.23456.round(3), 1.23456.floor(3), 1.23456.ceil(3), 15.0.round(-1), 25.0.round(-1, half: :even)
p 3.14.to_s.split("."), 3.0.to_s, 3.0.to_i.to_s, (3.0 == 3), 3.0.eql?(3), 3.0.equal?(3.0)
p [1.5, 2.25, 3.125].sum, [0.1] * 10 == [0.1] * 10, ([0.1] * 10).sum, ([0.1] * 10).reduce(:+)
p 1.0.nan?, 0.1.finite?, (0.0 / 0.0).to_s, 1e400, -1e400, Math.sqrt(2).round(10)
p Math.log(100, 10), Math.log2(1024), Math.log10(0.001), Math.hypot(3, 4), Math.cbrt(27)
p Math.sin(Math::PI / 2), Math.cos(0), Math.atan2(1, 1).round(6), Math.exp(1) == Math::E

def money(x) = format("$%.2f", x.round(2, half: :even))
items = [["coffee", 3.455], ["bagel", 2.125], ["juice", 4.0], ["tip", 1.115]]
items.each { |name, price| puts "#{name.ljust(8)}#{money(price).rjust(8)}" }
total = items.sum { |_, p| p }
puts "#{'total'.ljust(8)}#{money(total).rjust(8)}"
tax = total * 0.0825
puts "tax #{tax} -> #{tax.round(2)} -> #{money(tax)}"
p (1..5).map { |i| (i * 0.1).round(1) }, (0..1).step(0.25).to_a, 1.0.step(2.0, 0.5).map { |x| x * 2 }
p 7.fdiv(2), 7 / 2.0, 7.0.floor / 2, (7.0 / 2).to_i, 2.5.truncate, 2.999.to_i
p 100.0.to_s, 1e100.to_s, 1.0e-4.to_s, 123e-20, 9007199254740993.0, 0.1.next_float > 0.1
p 1.23.abs, -1.23.abs, 4.0.sqrt rescue p Math.sqrt(4.0)
