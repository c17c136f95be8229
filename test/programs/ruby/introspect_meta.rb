# Introspection without ObjectSpace: respond_to?, instance_variables, send/public_send, define_method.
class Model
  def self.fields(*names)
    @fields = (@fields || []) + names
    names.each do |n|
      define_method(n) { instance_variable_get("@#{n}") }
      define_method("#{n}=") do |v|
        changes[n] = [instance_variable_get("@#{n}"), v]
        instance_variable_set("@#{n}", v)
      end
      define_method("#{n}?") { !!public_send(n) }
    end
  end

  def self.field_names = @fields || []
  def self.inherited(sub)
    super
    sub.instance_variable_set(:@fields, field_names.dup)
  end

  def initialize(**attrs) = attrs.each { |k, v| public_send("#{k}=", v) }
  def changes = (@changes ||= {})
  def attributes = self.class.field_names.to_h { |f| [f, send(f)] }
  def to_s = "#<#{self.class.name} #{attributes.map { |k, v| "#{k}=#{v.inspect}" }.join(' ')}>"

  private

  def secret = "hidden #{self.class}"
end

class User < Model
  fields :name, :email
end

class Admin < User
  fields :level
end

u = User.new(name: "ada", email: nil)
puts u
p u.name?, u.email?, u.attributes, u.changes
p u.instance_variables, u.instance_variable_get(:@name), u.instance_variable_defined?(:@email)
p User.field_names, Admin.field_names, Model.field_names
a = Admin.new(name: "root", level: 9)
puts a
p a.is_a?(User), Admin.ancestors.take(3), Admin.superclass.superclass, Admin.instance_methods(false).sort
p User.public_method_defined?(:email=), User.private_method_defined?(:secret), u.respond_to?(:secret)
p u.respond_to?(:secret, true), u.send(:secret)
begin
  u.public_send(:secret)
rescue NoMethodError => e
  puts e.message.lines.first.sub(/#<User.*>/, "a User")
end
p u.public_send(:name), u.send(:name=, "lovelace"), u.name, u.changes[:name]
p %i[name email level].map { |m| [m, a.respond_to?(m), u.respond_to?(m)] }

class Calculator
  OPS = { add: :+, sub: :-, mul: :*, div: :/ }.freeze
  OPS.each { |name, op| define_method(name) { |a, b| a.public_send(op, b) } }
  define_method(:apply) { |name, *args| public_send(name, *args) }
end
calc = Calculator.new
p calc.add(2, 3), calc.apply(:mul, 4, 5), Calculator::OPS.keys.map { |k| calc.send(k, 12, 4) }
p Calculator.instance_method(:add).arity, calc.method(:apply).arity, calc.methods.include?(:div)
p calc.respond_to?(:add), Calculator.method_defined?(:sub), calc.public_methods(false).sort rescue p $!

obj = Object.new
obj.instance_variable_set(:@x, 10)
obj.define_singleton_method(:double_x) { @x * 2 }
p obj.double_x, obj.singleton_methods, obj.instance_variables, obj.singleton_class.instance_methods(false)
p 5.respond_to?(:+), nil.respond_to?(:foo), "s".public_send(:upcase), [3, 1].send(:sort), 1.send(:+, 2)
p Comparable.instance_method(:between?).owner, Kernel.respond_to?(:puts, true), Integer.ancestors.include?(Comparable)
p User.name, User.to_s, Admin.class, User.instance_of?(Class), u.class.class, Model.singleton_methods.sort
p u.frozen?, u.itself.equal?(u), u.then { |x| x.class }, u.instance_variables.size, u.tap { |x| x.name = "t" }.name
klass = Class.new(Model) { fields :temp }
p klass.name, klass.field_names, klass.new(temp: 3).temp
Named = klass
p Named.name, Named.new(temp: 1).to_s
m = u.method(:name)
p m.call, m.owner, m.name, m.unbind.bind_call(User.new(name: "other"))
p Admin.instance_method(:level=).owner, Admin.method_defined?(:level?), u.public_methods.include?(:level)
p u.method(:secret).call rescue p $!.class
p defined?(u.name), defined?(u.zork), defined?(String), defined?(@nope)
