# Control flow: if/elsif/else/unless (and modifiers), ternary, case/when, while/until (and the
# do-while form), loop, break/next with values, return, &&/||/!/and/or/not, ||=, &&=.
def classify(n)
  if n < 0
    "negative"
  elsif n == 0
    "zero"
  elsif n.even?
    "even"
  else
    "odd"
  end
end

def kind(x)
  case x
  when Integer then "int"
  when String, Symbol then "text"
  when 1.0..2.0 then "small float"
  when nil then "nil"
  else "other"
  end
end

def grade(score)
  case
  when score >= 90 then :a
  when score >= 80 then :b
  else :c
  end
end

def first_even(list)
  list.each do |x|
    return x if x.even?
  end
  :none
end

def early(n)
  return :big if n > 10
  :small
end

def multi
  return 1, 2
end

p [-1, 0, 4, 7].map { |n| classify(n) }
p [1, "s", :s, 1.5, nil, 3.0].map { |x| kind(x) }
p grade(95), grade(85), grade(10)
p first_even([1, 3, 4, 5]), first_even([1])
p early(11), early(1), multi
puts "unless ok" unless false
puts "if modifier" if 1
x = 5
p x > 3 ? "big" : "small"
p !x, !nil, (not true)
p nil || "default", false && 1, 1 && 2, nil && 1, (1 and nil), (nil or 2)
v = nil
v ||= 10
v ||= 20
p v
w = 1
w &&= w + 1
p w
n = nil
n &&= n + 1
p n
i = 0
while i < 5
  i += 1
  next if i == 2
  break if i == 4
  print i
end
puts
j = 10
until j <= 7
  j -= 1
end
p j
k = 0
begin
  k += 1
end while k < 3
p k
m = 0
res = loop do
  m += 1
  break m * 2 if m > 3
end
p res
r = while true
  break "broke"
end
p r
p (while false; end)
out = []
[1, 2, 3].each do |a|
  [10, 20].each do |b|
    next if b == 20
    out << a * b
  end
  break if a == 2
end
p out
p (1..Float::INFINITY).each { |q| break q if q * q > 50 }
y = if false then 1 end
p y
z = case 5 when 1 then :one end
p z
p (true && !false) ? :yes : :no
count = 0
count += 1 while count < 10
p count
s = 0
s += 2 until s >= 9
p s
a = [1, 2, 3]
p a.map { |e| e > 1 ? (e > 2 ? :big : :mid) : :small }
def loop_return
  loop do
    return :from_loop
  end
end
p loop_return
