# Methods redefined at run time (def inside a method, define_method) are never called through a stale direct call.
class Counter
  def step = 1
  def upgrade
    def step = 10
  end
  def total = step + step
end
c = Counter.new
p c.total
c.upgrade
p c.total
def greet = "hello"
def switch
  def greet = "bye"
end
p greet
switch
p greet
class Shape
  def area = 0
  def grow!
    self.class.send(:define_method, :area) { 99 }
  end
end
s = Shape.new
p s.area
s.grow!
p s.area
class Box
  def initialize
    @w = 2.5
  end
  def w = @w
end
b = Box.new
b.instance_eval { @w = "wide" }
p b.w
