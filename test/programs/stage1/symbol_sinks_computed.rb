# A Symbol that reaches a name-taking call through a variable: any
# literal used as a value may name the method called.
class Calc
  def double(x)
    x * 2
  end

  def shout(s)
    s.upcase + "!"
  end
end

c = Calc.new
puts c.double(21)
ops = { double: 5, shout: "hey" }
ops.each { |name, arg| puts c.send(name, arg) }
names = [:double, :shout]
puts names.map { |n| c.respond_to?(n) }.inspect
m = :shout
puts c.method(m).call("x")
pr = :upcase
puts ["a", "b"].map(&pr).inspect
