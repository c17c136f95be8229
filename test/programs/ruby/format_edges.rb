# format / string formatting edge cases
puts format("%-10s|", "left")
puts format("%10s|", "right")
puts format("%08.3f", 3.14159)
puts format("%+d %+d", 5, -5)
puts format("%x %X %o %b", 255, 255, 8, 5)
puts format("%#x %#o %#b", 255, 8, 5)
puts format("%e", 12345.678)
puts format("%.2e", 0.000123)
puts format("%g %g %g", 1234567.0, 0.00001234, 100.0)
puts format("%5.1f%%", 45.678)
puts format("%-5d|%5d|%05d", 42, 42, 42)
puts format("%s and %p", "str", "str")
puts format("%c%c", 72, "i")
puts format("%.3s", "abcdef")
puts format("% d", 42)
puts "%05.1f" % 2.345
puts "%s-%s" % %w[a b]
puts "%<a>s=%<b>d" % { a: "x", b: 7 }
puts "%{a}/%{b}" % { a: 1, b: 2 }
puts "abc".rjust(8, ".") + "|" + "abc".ljust(8, "-") + "|" + "abc".center(9, "*")
puts "x".center(4).inspect
[1.0, 2.5, 3.14159, 10.0 / 3, 1e20, 1.23e-5, 100.0, 0.1 + 0.2, -0.0, 2.675].each do |f|
  puts "#{f} #{f.round(2)} #{f.round} #{f.floor(1)} #{f.ceil(1)}"
end
p 1234.5678.round(-2), 1234.round(-2), 1250.round(-2), 1350.round(-2)
p 10.divmod(3), -10.divmod(3), 10.0.divmod(3)
p -7 / 2, -7 % 3, 7.fdiv(2), -7.remainder(3)
p 12345.digits, 255.to_s(2), 255.to_s(16), "ff".to_i(16), "1010".to_i(2), "0b101".to_i(0)
p 3.7.to_i, -3.7.to_i, 3.7.truncate, -3.2.floor, -3.2.ceil
p 1_000_000.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
p 12.34.to_s, 1e100.to_s, 1.0e-10.to_s, 123456789012345.0.to_s, 1e16.to_s
p Integer("42"), Float("3.5"), "3.9kg".to_f, "abc".to_i, "12abc".to_i
p 2**64, 2**0.5, 4**0.5, 10.0**-2
p 7.0 / 0, -7.0 / 0, (0.0 / 0).nan?
p 1.5.rationalize(Rational(1, 100)) rescue p :no_rational
p 100.clamp(1, 50), 3.between?(1, 5), 5.pred, 5.succ
p 65.chr, "A".ord, "%.10f" % (1.0 / 3)
p 0.1 * 3, 1.1 + 2.2, 3.0 * 1.1
puts 1e15, 1e16, 123456789.123456789, 0.1 + 0.7
p 1.23456e-300 * 1e-10
puts "%-8s%8.2f" % ["total", 1234.5]
puts "Name".ljust(10) + "Qty".rjust(5)
