# Floats printed every way: to_s, round, format %f/%e/%g, infinities and NaN.
values = [0.0, -0.0, 1.0, 0.1, 1.0 / 3, 2.0 / 3, 100.0, 1234.5678, 1e15, 1e16, 1.5e-5, 0.0001,
          123_456_789.123, 6.02214076e23, 1.602e-19, -273.15, 2.5, 3.5, Math::PI, Math::E]

puts "to_s / inspect:"
values.each_slice(5) { |row| puts "  " + row.map(&:to_s).join("  ") }

puts "\nround / floor / ceil:"
[2.5, 3.5, -2.5, 1.23456, 1234.5678, -0.5, 0.5].each do |v|
  puts format("  %-10s round=%-5s round(2)=%-8s round(-2)=%-6s floor(1)=%-7s ceil(1)=%-7s truncate=%s",
              v, v.round, v.round(2), v.round(-2), v.floor(1), v.ceil(1), v.truncate)
end
puts "  banker's: #{[0.5, 1.5, 2.5, 3.5].map { |v| v.round(half: :even) }.inspect} up: #{2.5.round(half: :up)} down: #{2.5.round(half: :down)}"

puts "\nformat %f %e %g:"
[0.000123456, 1.0, 123.456, 98_765.4321, 1.0e10, 5e-10].each do |v|
  puts format("  %-12s |%10.3f|%12.4e|%10g|%-10.3g|%+.2E|", v, v, v, v, v, v)
end
puts format("  %.0f %.0f %.0f %.1f %5.1f%%", 0.5, 1.5, 2.5, 0.05, 99.44)
puts format("  %s %p %d", 1.0e-4, 1e100, 3.99.to_i)

puts "\nspecial values:"
inf = Float::INFINITY
nan = Float::NAN
puts "  #{inf} #{-inf} #{nan} #{inf - inf} #{0.0 / 0.0} #{1 / 0.0} #{-1 / 0.0}"
puts "  infinite?: #{inf.infinite?} #{(-inf).infinite?} #{1.0.infinite?.inspect}  nan?: #{nan.nan?} #{(inf * 0).nan?}"
puts "  nan == nan: #{nan == nan}, [nan].include?(nan): #{[nan].include?(nan)}, inf > 1e308: #{inf > 1e308}"
puts "  format: #{format('%f %e %g %5.1f', inf, -inf, nan, inf)}"
puts "  max: #{Float::MAX} min: #{Float::MIN} eps: #{Float::EPSILON} dig: #{Float::DIG}"
puts "  overflow: #{Float::MAX * 2} underflow: #{Float::MIN / 1e300}"
begin
  inf.to_i
rescue FloatDomainError => e
  puts "  to_i: #{e.class}: #{e.message}"
end
begin
  nan.round
rescue FloatDomainError => e
  puts "  round: #{e.class}: #{e.message}"
end

puts "\nsorting with infinities: #{[3.5, -inf, 0.0, inf, -1e300, 2].sort.inspect}"
puts "minmax: #{[1.5, -2.25, 1e-3].minmax.inspect}  sum: #{[0.1] * 10 == [0.1] * 10} #{([0.1] * 10).sum} #{([0.1] * 10).reduce(:+)}"

puts "\nconversions:"
puts "  #{'3.7abc'.to_f} #{'1e3'.to_f} #{'.5'.to_f} #{'abc'.to_f} #{Float('  2.5 ')} #{'1_000.5'.to_f}"
puts "  #{10.fdiv(4)} #{7.to_f / 2} #{1e3.to_i} #{12.0.to_i} #{-3.7.to_i} #{3.7.to_r} #{0.75.rationalize} #{0.1.rationalize(Rational(1, 100))}"
puts "  #{1.23456789e-7} #{123e-20} #{1e-4} #{1e-5} #{9_007_199_254_740_993.0} #{2**53 + 1.0}"
puts "  next_float: #{1.0.next_float} prev_float: #{1.0.prev_float}"
puts "  approx: #{(0.1 + 0.2 - 0.3).abs < Float::EPSILON} #{0.1 + 0.2} #{(0.1 + 0.2).round(15)}"
