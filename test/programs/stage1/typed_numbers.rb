# Soundness of typed arithmetic: fixnum fast paths overflow into exact Bignums,
# Integer/Float mixing, Float registers, nil-able values, comparisons as C booleans.
def grow(n)
  x = 1
  i = 0
  while i < n
    x = x * 3 + 1
    i += 1
  end
  x
end
puts grow(10)
puts grow(50)
max = 4611686018427387903
puts max + 1
puts max - -1
puts -max - 2
puts max * 2
puts (max + 1) - 1 == max
puts 3037000499 * 3037000499
puts 3037000500 * 3037000500
puts -4611686018427387904 - 1
puts -4611686018427387904 * -1

def area(r)
  r * r * 3.5
end
puts area(2)
puts area(2.5)

def mix(a, b)
  a + b
end
puts mix(1, 2)
puts mix(1, 2.5)
puts mix(1.5, 2)
puts mix("a", "b")
puts mix([1], [2]).inspect

f = 0.1
g = f + 0.2
puts g
puts g > 0.3
puts g == 0.30000000000000004
puts 1.0 / 0
puts -1.0 / 0
puts (0.0 / 0.0).nan?
h = 1e308 * 10
puts h
puts 7.0 / 2
puts 2**62 + 2.0

def maybe(n)
  n > 2 ? n : nil
end
v = maybe(3)
puts v.nil? ? "nil" : v + 1
w = maybe(1)
puts w.nil? ? "nil" : w + 1
begin
  puts w + 1
rescue NoMethodError => e
  puts e.class
end

total = 0
(1..10).each { |k| total += k * k }
puts total
sum = 0.0
[1.5, 2.25, 3.0].each { |k| sum += k }
puts sum
big = 1
30.times { big *= 1000 }
puts big
puts big / 1000**29
c = 0
d = 10
c += 1 while c < d
puts c
puts 5 < 6, 6 <= 5, 7 > 7, 7 >= 7, 8 == 8.0, 8 != 9
puts 4611686018427387903 < 4611686018427387904
