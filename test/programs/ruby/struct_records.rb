# Struct in everyday use: keyword_init, members, to_h, equality, sorting, destructuring.
Point = Struct.new(:x, :y) do
  def +(other) = Point.new(x + other.x, y + other.y)
  def dist2 = x * x + y * y
  def to_s = "(#{x}, #{y})"
end

Employee = Struct.new(:name, :dept, :salary, keyword_init: true) do
  def raise_by(pct) = self.salary = (salary * (100 + pct) / 100.0).round
end

Pair = Struct.new(:left, :right)

a = Point.new(1, 2)
b = Point.new(3, -1)
p a, a + b
puts a + b
p a == Point.new(1, 2), a.eql?(Point.new(1, 2)), a.equal?(Point.new(1, 2))
p a.to_a, a.to_h, a.members, Point.members
p a[0], a[:y], a["x"]
a.x = 10
a[:y] = 20
p a, a.dist2
x, y = *a
p x, y
p a.values_at(1, 0), a.size, a.each.to_a
p [Point.new(3, 4), Point.new(1, 1), Point.new(0, 5)].sort_by(&:dist2).map(&:to_s)
p [Point.new(1, 2), Point.new(1, 2), Point.new(2, 1)].uniq.size
h = { Point.new(0, 0) => :origin }
p h[Point.new(0, 0)]

staff = [
  Employee.new(name: "Ann", dept: "eng", salary: 120),
  Employee.new(name: "Bob", dept: "ops", salary: 95),
  Employee.new(name: "Cy", dept: "eng", salary: 101),
  Employee.new(dept: "ops", name: "Di"),
]
p staff.first
p staff.last.salary
staff.last.salary = 88
staff.each { |e| e.raise_by(10) if e.dept == "eng" }
staff.group_by(&:dept).each do |dept, people|
  total = people.sum(&:salary)
  puts "#{dept}: #{people.map(&:name).join(', ')} total=#{total} avg=#{(total.to_f / people.size).round(1)}"
end
p staff.max_by(&:salary).to_h
p staff.map(&:to_a).transpose.first
begin
  Employee.new(name: "Eve", team: "x")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  Point.new(1, 2, 3)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  a[:z]
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.chomp}"
end
begin
  a[5]
rescue IndexError => e
  puts "#{e.class}: #{e.message}"
end
pr = Pair.new([1, 2], { k: 1 })
p pr, pr.to_a.flatten
p Pair.new(1), Pair.new.to_a
c = pr.dup
c.left << 3
p pr.left, c.equal?(pr), c == pr
p Point.new(1, 2).to_h { |k, v| [k.to_s, v * 10] }
p staff.sort_by { |e| [-e.salary, e.name] }.map(&:name)
p Point.superclass, Point.ancestors.include?(Enumerable)
p a.select(&:even?), a.sum, a.filter_map { |v| v * 2 if v > 10 }
