# NameError, NoMethodError and KeyError messages as ruby 3.1 prints them: the
# line of the failing call with carets under it (error_highlight) and the
# names close to the missing one (did_you_mean).

class Person
  attr_reader :name
  def initialize(name) = @name = name
  def greet = "hi, #{name}"
  def method_missing(m, *args) = m == :wave ? "waves" : super
  def respond_to_missing?(m, priv = false) = m == :wave || super
end

def show
  yield
rescue NameError, KeyError => e
  puts e.message.gsub(/0x\h+/, "0x..."), "--"
end

ann = Person.new("Ann")
none = nil
show { none.upcase }
show { none&.upcase; 7.foo }
show { none.title = "x" }
show { none + 1 }
show { none ** 2 }
show { none[0] }
show { none[0] = 1 }
show { -none }
show { undefined_thing }
show { undefined_call(1) }
show { Persn }
show { Math::PPI }
show { self.zork }
show { [1, 2].map { |v| v.qux } }
show { puts "none.b"; none.b }
show {  ann.nmae }
show { ann.gret }
show { ann.naem = 1 }
show { ann.wave; ann.dance }
show { "s".upcse }
show { [1].frist }
show { :sym.upcse }
show { [nil].map(&:upcase) }
show { ann.send(:nope) }
show { ann.public_send(:greeet) }
show { Object.const_get(:Strng) }
show { ann.method(:nam) }
show { ann.instance_eval { greeet } }
show { raise NoMethodError, "made by hand" }
show { raise NameError.new("by hand too", :zz) }
show { { name: 1, age: 2 }.fetch(:nmae) }
show { { "name" => 1 }.fetch(:name) }
show { { a: 1 }.fetch(:b) }
show { ENV.fetch("KILN_SURELY_UNSET_VARIABLE") }
	show { none.tab_indented }
show { none.length; "é" }
e = NoMethodError.new("never raised", :m)
p e.message, e.name, e.private_call?
begin
  undefined_here
rescue NameError => e
  p e.class, e.name, e.respond_to?(:private_call?)
end
begin
  ann.pick
rescue NoMethodError => e
  p e.private_call?, e.receiver.equal?(ann), e.args
end
err = (none.foo rescue $!)
p err
puts err.full_message(highlight: false).sub(/\A\S*name_error_messages.rb/, "FILE")
