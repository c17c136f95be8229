# One name defined twice: a subclass overrides it and calls super, and a
# method adds a singleton method of the name to self while recursing.
def level(n)
  return "base" if n <= 0
  "#{n}>" + level(n - 1)
end

class Shouter
  def level(n) = n.odd? ? "odd!" + super : super
end

class Changer
  def run(n)
    def self.level(n) = "changed#{n}"
    level(n)
  end
end

p level(3)
p Shouter.new.level(3)
p Changer.new.run(2)
p Shouter.new.instance_eval { level(2) }
alias other_level level
class Shouter
  def go(n) = other_level(n)
end
p Shouter.new.go(3)
