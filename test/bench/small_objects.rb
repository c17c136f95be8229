# small_objects: millions of short-lived immutable value objects (Struct, Comparable, operator methods).
class Vec
  include Comparable

  attr_reader :x, :y

  def initialize(x, y)
    @x = x
    @y = y
  end

  def +(other)
    Vec.new(@x + other.x, @y + other.y)
  end

  def -(other)
    Vec.new(@x - other.x, @y - other.y)
  end

  def *(scale)
    Vec.new(@x * scale, @y * scale)
  end

  def dot(other)
    @x * other.x + @y * other.y
  end

  def length_squared
    dot(self)
  end

  def <=>(other)
    length_squared <=> other.length_squared
  end
end

Particle = Struct.new(:position, :velocity) do
  def step(gravity)
    Particle.new(position + velocity, velocity + gravity)
  end
end

gravity = Vec.new(0, -1)
particles = (0...2000).map { |i| Particle.new(Vec.new(i, 0), Vec.new(i % 7 - 3, i % 11)) }
farthest = Vec.new(0, 0)
bounces = 0

800.times do
  particles = particles.map do |particle|
    moved = particle.step(gravity)
    if moved.position.y.negative?
      bounces += 1
      moved = Particle.new(Vec.new(moved.position.x, 0), Vec.new(moved.velocity.x, -moved.velocity.y))
    end
    farthest = moved.position if moved.position > farthest
    moved
  end
end

total = particles.map(&:position).reduce(Vec.new(0, 0), :+)
puts "bounces: #{bounces}"
puts "farthest: #{farthest.x},#{farthest.y}"
puts "total: #{total.x},#{total.y}"
puts "max: #{particles.map(&:position).max.length_squared}"
