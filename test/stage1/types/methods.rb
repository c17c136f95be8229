# Parameters are unions over call sites; returns over returns; ivars per class.
class Acc
  def initialize
    @total = 0
  end

  def add(x)
    @total = @total + x
  end
end
def half(v)
  v / 2
end
a = Acc.new
a.add(1)
a.add(2.5)
half(10)
half(3.0)
