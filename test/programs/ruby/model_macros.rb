# A tiny ActiveModel-like layer: class macros built with define_method,
# instance_variable_get/set, send/public_send and validations.

module Model
  def self.included(base)
    base.extend(ClassMethods)
    base.instance_variable_set(:@fields, {})
    base.instance_variable_set(:@validations, [])
  end

  module ClassMethods
    attr_reader :fields, :validations

    def field(name, type, default: nil)
      fields[name] = { type: type, default: default }
      define_method(name) do
        instance_variable_defined?("@#{name}") ? instance_variable_get("@#{name}") : default
      end
      define_method("#{name}=") do |value|
        instance_variable_set("@#{name}", coerce(value, type))
      end
      define_method("#{name}?") { !!public_send(name) } if type == :boolean
    end

    def validates(name, presence: false, length: nil, format: nil)
      validations << [name, presence, length, format]
    end

    def create(**attrs)
      new.tap { |m| attrs.each { |k, v| m.public_send("#{k}=", v) } }
    end
  end

  def coerce(value, type)
    case type
    when :integer then Integer(value)
    when :string then value.to_s
    when :boolean then ["1", "true", "yes", true].include?(value)
    when :float then Float(value)
    end
  end

  def errors
    self.class.validations.each_with_object([]) do |(name, presence, length, fmt), errs|
      value = send(name)
      errs << "#{name} can't be blank" if presence && (value.nil? || value.to_s.empty?)
      errs << "#{name} is too long (max #{length.max})" if length && value && !length.cover?(value.to_s.size)
      errs << "#{name} is invalid" if fmt && value && value !~ fmt
    end
  end

  def valid? = errors.empty?

  def attributes
    self.class.fields.keys.to_h { |k| [k, send(k)] }
  end

  def to_s
    "#<#{self.class.name} #{attributes.map { |k, v| "#{k}: #{v.inspect}" }.join(', ')}>"
  end
end

class User
  include Model
  field :name, :string
  field :email, :string
  field :age, :integer, default: 0
  field :admin, :boolean, default: false
  field :score, :float, default: 0.0
  validates :name, presence: true, length: 1..10
  validates :email, presence: true, format: /\A[^@\s]+@[^@\s]+\z/
end

u = User.create(name: "Grace", email: "grace@navy.mil", age: "85", admin: "yes")
puts u
p u.valid?, u.admin?, u.age, u.score
p User.fields.keys, User.instance_methods(false).sort.first(6)
p User.method_defined?(:admin?), User.method_defined?(:name?), u.respond_to?(:email=)
p u.instance_variables

bad = User.create(name: "Bartholomew Jr", email: "nope", score: "2.5")
puts bad
p bad.valid?
puts bad.errors

blank = User.new
p blank.errors
begin
  User.create(age: "eighty")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  User.create(nickname: "x")
rescue NoMethodError => e
  puts "NoMethodError: #{e.message.lines.first.chomp.sub(/0x\h+/, '0x')}"
end

# send vs public_send with private methods
class User
  private def secret = "s3cret-#{name}"
end
p u.send(:secret)
begin
  u.public_send(:secret)
rescue NoMethodError => e
  puts e.message.lines.first.chomp.sub(/#<User.*>/, "a User")
end
p u.respond_to?(:secret), u.respond_to?(:secret, true)

# dynamic dispatch table
OPS = { add: :+, sub: :-, mul: :*, pow: :** }
p OPS.map { |name, op| [name, 6.public_send(op, 2)] }.to_h
p %w[upcase reverse length].map { |m| "kiln".send(m) }
p [3, 1, 2].public_send(:sort).send(:map) { |x| x * x }
m = 10.method(:+)
p m.call(5), m.owner, m.arity, [1, 2].map(&10.method(:*))

# class-level counters via class instance variables and define_singleton_method
class Counter
  @count = 0
  class << self
    attr_accessor :count
  end
  %w[inc dec].each_with_index do |name, i|
    define_singleton_method(name) { self.count += i.zero? ? 1 : -1 }
  end
end
3.times { Counter.inc }
Counter.dec
p Counter.count, Counter.singleton_methods.sort
p Counter.instance_variable_get(:@count), Counter.class_variable_defined?(:@@count)
