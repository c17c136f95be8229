# Rationals from Floats and Strings: Float#rationalize with and without a
# tolerance, Rational#rationalize, String#to_r and the strict Rational("...").

[0.3, 1.333, 3.14159, -0.75, 1.0 / 3, 0.1 + 0.2, 1e-10, 123456.789, 0.0, 7.0].each do |x|
  p [x, x.rationalize, x.rationalize(Rational(1, 100)), x.rationalize(0.01), x.rationalize(1)]
end
p [3.rationalize, 3.rationalize(0.5), (2**70).rationalize]
r = Rational(5033165, 16777216)
p [r.rationalize, r.rationalize(Rational("0.01")), r.rationalize(Rational("0.1")), (-r).rationalize(Rational(1, 10))]

# pi to within a tolerance: the continued-fraction convergents
[1, 0.1, 0.01, 0.001, 1e-5, 1e-7].each { |eps| puts "#{eps}: #{Math::PI.rationalize(eps)}" }

["  2  ", "300/2", "-9.2", "-9.2e2", "1_234_567", "21 June 09", "21/06/09", "BWV 1079", "0.3", ".5", "5.",
 "1.05", "1/3.5", "1.5e-2", "+7/14", "1__2", "2e", "3/x", "1.2.3", "0.1e1/2", " -4/-2", "1_000.000_1", ""].each do |s|
  puts "#{s.inspect}.to_r = #{s.to_r.inspect}"
end
begin
  "1/0".to_r
rescue ZeroDivisionError => e
  puts "1/0: #{e.message}"
end

["0.01", " 3/4 ", "1.5e2", "abc", "1/x", "3 x", "-2/4"].each do |s|
  puts "Rational(#{s.inspect}) = #{Rational(s).inspect}"
rescue ArgumentError => e
  puts "Rational(#{s.inspect}): #{e.message}"
end
p Rational("1/3", "2/5"), Rational(0.5, "1/4")
total = %w[1/3 1/6 0.5].sum(&:to_r)
p total, total == 1
