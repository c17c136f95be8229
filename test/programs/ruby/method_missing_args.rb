# method_missing_args: NoMethodError#args from failed calls, method_missing's super and NoMethodError.new,
# and Method objects for names only respond_to_missing? answers (call, to_proc, arity, owner, parameters).
class C
  def method_missing(n, *a) = n == :zz ? a : super
  def respond_to_missing?(n, p = false) = n == :zz || super
end
m = C.new.method(:zz)
p m, m.arity, m.call(1, 2), m.owner, m.parameters, m.to_proc.call(3), m.name
begin
  C.new.method(:yy)
rescue NameError => e
  p e.message.lines.first.chomp
end
e = NoMethodError.new("m", :foo, [1, 2])
p e.args, e.name, NoMethodError.new("x").args
begin; nil.zap(1, k: 2); rescue => e; p e.args; end
begin; Object.new.send(:bar, 3); rescue => e; p e.args; end
o = Object.new
def o.method_missing(n, *a) = super
begin; o.qq(5, 6); rescue => e; p e.args, e.class; end
