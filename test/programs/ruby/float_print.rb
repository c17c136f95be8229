# Float arithmetic and printing.
puts 0.1 + 0.2
puts 1.0 / 3
puts 2.0 / 3
puts 10.0 / 4
puts 1e20
puts 1e16
puts 1.5e-7
puts 123456789.123456789
puts 100.0
puts -0.0
puts 3.14159.round(2)
puts 2.5.round
puts 3.5.round
puts (-2.5).round
puts 1234.5678.round(-2)
puts 1234.5678.floor(1)
puts 1234.5678.ceil(2)
puts 7.0.floor
puts 7.9.to_i
puts -7.9.truncate
puts 10 / 3
puts -7 / 2
puts -7 % 3
puts 7.fdiv(2)
puts 2**-1
puts 2**0.5
puts Math.sqrt(2)
puts Math::PI
puts Math.hypot(3, 4)
puts (0.1 * 3).round(15)
puts 1.0.nan?
puts (0.0 / 0.0).nan?
puts 1.0 / 0
puts -1.0 / 0
puts 5.0.to_s
puts 1e100.to_i.to_s.length
puts format("%.3f %10.4f %-8.2f| %e %g %g", 3.14159, 2.71828, 1.5, 12345.678, 0.0001, 1e-5)
puts "%08.3f" % 3.14159
puts "%+d %+.1f" % [5, -2.25]
temps = [22.5, 19.0, 24.75, 18.25, 21.0]
avg = temps.sum / temps.size
puts "avg=#{avg} min=#{temps.min} max=#{temps.max}"
puts "avg rounded: #{avg.round(1)}"
puts temps.map { |t| t * 9 / 5 + 32 }.inspect
puts (1..5).map { |i| 1.0 / i }.inspect
puts 3.7 % 1
puts 1_000_000.0
puts 12.0.divmod(5).inspect
puts 0.1 + 0.7
puts 1.23456789e-5
puts 9007199254740993.0
puts Float::INFINITY > 10**100
puts 3.0 * 1.1
puts (2.0 ** 62).to_i
