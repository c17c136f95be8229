# Struct with keyword_init and methods
Point = Struct.new(:x, :y) do
  def +(o) = Point.new(x + o.x, y + o.y)
  def dist2 = x * x + y * y
  def to_s = "(#{x}, #{y})"
end

Config = Struct.new(:host, :port, :tls, keyword_init: true) do
  def url = "#{tls ? 'https' : 'http'}://#{host}:#{port}"
end

a = Point.new(1, 2)
b = Point.new(3, 4)
puts a + b, (a + b).dist2
p a, a.to_a, a.members, Point.members, a == Point.new(1, 2), a.eql?(Point.new(1, 2))
p a.x, a[0], a[:y], a["x"]
a.x = 10
a[:y] = 20
p a, a.to_h, a.values, a.size
x, y = *b
p x, y
p [Point.new(2, 1), Point.new(1, 5), Point.new(1, 2)].sort_by(&:to_a).map(&:to_s)
h = { Point.new(0, 0) => "origin" }
p h[Point.new(0, 0)]

c = Config.new(host: "example.com", port: 443, tls: true)
p c, c.url, c.to_h
d = Config.new(host: "localhost")
p d.port, d.url
begin
  Config.new(hots: "typo")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
e = c.dup
e.port = 8443
p c.port, e.port, c == e

Pair = Struct.new(:left, :right)
pr = Pair.new(1)
p pr, pr.right
begin
  Pair.new(1, 2, 3)
rescue ArgumentError => err
  puts err.message
end
p Pair.new(1, 2).each.to_a, Pair.new(3, 4).map { |v| v * 2 }, Pair.new(5, 6).sum rescue p :enum
p Pair.new(1, [2]).to_h { |k, v| [k.to_s, v] }
p pr.respond_to?(:left=), Pair.new(1, 2).hash == Pair.new(1, 2).hash
p Pair.new("a", "b").each_pair.to_a

class Employee < Struct.new(:name, :salary)
  include Comparable
  def <=>(o) = salary <=> o.salary
  def to_s = "#{name} (#{salary})"
end
staff = [Employee.new("Ann", 5000), Employee.new("Bob", 4200), Employee.new("Cy", 6100)]
puts staff.sort.map(&:to_s).join(", "), staff.max, staff.min_by(&:name)
p staff.sum(&:salary), staff.map(&:name), staff.group_by { |s| s.salary > 4500 }.transform_values { |v| v.map(&:name) }
p Employee.new("Zed", 1).inspect
Row = Struct.new(:id, :tags) do
  def initialize(id, tags = [])
    super(id, tags)
  end
  def tag(t)
    tags << t
    self
  end
end
p Row.new(1).tag("a").tag("b"), Row.new(2, ["x"])
p Struct.new(:q).new(9).q
