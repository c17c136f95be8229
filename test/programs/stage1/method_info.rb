# Method#arity, #parameters, #inspect and #source_location of the program's
# own methods (stage1 registers their parameters), and Method#>> / #<<.

class Calc
  def add(a, b = 1, *rest, c, k:, o: 2, **kw, &blk) = a
  def none = 1
  def anon(*, **, &) = 1
  def fwd(...) = 1
  def destr((a, b), c) = 1
  def nokw(a, **nil) = 1
  def self.cm(x) = x
  def opt_kw(a, b: 1) = a
  def req_kw(a:, b: 2) = a
  def krest(**kw) = 1
end
c = Calc.new
# the program's path as given to ruby, or to kiln
def short(s) = s.sub(File.expand_path(__FILE__), File.basename(__FILE__))
%i[add none anon fwd destr nokw opt_kw req_kw krest].each do |m|
  mo = c.method(m)
  p [m, mo.arity, mo.parameters]
  puts short(mo.inspect)
  file, line = mo.source_location
  p [File.basename(file), line]
end
puts short(Calc.method(:cm).inspect), short(Calc.instance_method(:add).inspect)
puts short(Calc.method(:cm).unbind.inspect)
def top(a) = a
puts short(method(:top).inspect)
p method(:puts), 1.method(:+)
sq = ->(x) { x * x }
p (method(:Integer) >> sq).("12"), (method(:top) << sq).(3)
p (c.method(:req_kw) >> :to_s.to_proc).call(a: 5), (c.method(:none) >> sq).lambda?
p c.method(:opt_kw).to_proc.arity, c.method(:add).unbind.arity
add_one = Calc.instance_method(:destr).bind(c)
p add_one.parameters, add_one.call([1, 2], 3)
p method(:top).curry.call(7)
