# Ranges, step, each_slice, case/when with ranges, classes and regexps.
def grade(score)
  case score
  when 90.. then "A"
  when 80...90 then "B"
  when 70...80 then "C"
  when 60...70 then "D"
  else "F"
  end
end

def describe(x)
  case x
  when Integer then "integer #{x}"
  when Float then "float #{x}"
  when /\A\d+\z/ then "numeric string #{x}"
  when String, Symbol then "text #{x.inspect}"
  when nil then "nothing"
  when Array then "array of #{x.size}"
  when Hash then "hash with #{x.keys.join(',')}"
  else "something else: #{x.class}"
  end
end

[95, 85, 72, 64, 12, 100, 89].each { |s| puts "#{s}: #{grade(s)}" }
[42, 3.5, "123", "abc", :sym, nil, [1, 2], { a: 1 }, 1..2].each { |x| puts describe(x) }

r = (1..10)
puts r.sum, r.size, r.to_a.reverse.inspect
puts (1...10).size, ('a'..'e').to_a.join
puts r.step(3).to_a.inspect
puts 1.step(10, 4).to_a.inspect
puts 10.downto(7).to_a.inspect
puts (0.0..1.0).step(0.25).to_a.inspect
puts r.each_slice(3).map(&:sum).inspect
puts r.each_cons(4).count
puts r.select(&:even?).inspect, r.reject(&:even?).inspect
puts r.include?(5), r.cover?(10.5), (1...10).include?(10)
puts r.min, r.max, r.minmax.inspect
puts ('a'..'z').step(5).to_a.join
puts (1..Float::INFINITY).lazy.map { |x| x * x }.select(&:even?).first(4).inspect
puts r.partition(&:odd?).inspect
puts r.each_with_object({}) { |i, h| h[i] = i * i if i < 4 }.inspect
puts r.inject(:*)
puts (1..3).flat_map { |i| [i] * i }.inspect
puts r.find { |i| i * i > 30 }
puts r.take_while { |i| i < 4 }.inspect, r.drop(7).inspect
puts r.zip(r.map { |i| i * 10 }).first(3).inspect
puts r.chunk_while { |a, b| b == a + 1 }.to_a.length
puts (1..20).group_by { |i| i % 3 }.inspect
puts (5..1).to_a.inspect, (1..0).sum
e = (1..3).each
puts e.next, e.next, e.next
begin
  e.next
rescue StopIteration
  puts "stop"
end
case "hello world"
when /wor(ld)/
  puts "matched #{$1} at #{$~.begin(0)}"
end
case 7
when 1, 3, 5, 7, 9 then puts "odd digit"
end
v = case
    when r.sum > 50 then "big"
    else "small"
    end
puts v
puts (1..10) === 5, Integer === 5, /ab/ === "cab", :a === :a
