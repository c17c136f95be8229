# Exceptions whose classes add instance variables keep them in slots that
# follow the exception; clones get their own; `raise Klass, msg` sends
# Klass.exception through a cached site that must see redefinitions.
class FieldError < StandardError
  attr_reader :field
  def initialize(field, msg = "bad")
    @field = field
    super("#{field}: #{msg}")
  end
end

class TwoFields < FieldError
  def initialize(field, other)
    @other = other
    super(field)
  end
  attr_reader :other
end

3.times do |i|
  begin
    raise FieldError.new(:"f#{i}")
  rescue FieldError => e
    p [e.field, e.message, e.instance_variables]
  end
end
t = TwoFields.new(:a, :b)
p [t.field, t.other, t.message, t.instance_variables.sort] # (kiln lists slots in class-layout order)

# a clone (exception with a new message) has its own ivars
e = FieldError.new(:orig)
e2 = e.exception("other message")
e2.instance_variable_set(:@field, :changed)
e2.instance_variable_set(:@extra, 1)
p [e.field, e.message, e.instance_variables]
p [e2.field, e2.message, e2.instance_variables]
d = e.dup
d.instance_variable_set(:@field, :dup)
p [e.field, d.field, d.message]
f = FieldError.new(:frozen).freeze
begin
  f.instance_variable_set(:@field, 1)
rescue => err
  p err.class
end

# an ivar added to the class after its first instances
class FieldError
  def tag!; @tag = :tagged; self; end
  attr_reader :tag
end
g = FieldError.new(:g).tag!
h = FieldError.new(:h)
p [g.field, g.tag, h.field, h.tag, h.instance_variables]

# raise Klass, msg: exception is sent each time, redefinitions seen
class Flaky < StandardError; end
4.times do |i|
  if i == 2
    def Flaky.exception(msg = nil)
      super("redefined #{msg}")
    end
  end
  begin
    raise Flaky, "n#{i}"
  rescue Flaky => err
    p err.message
  end
end
begin
  raise Object.new, "x"
rescue TypeError => err
  p err.message
end
class NotExc
  def self.exception(*) = 42
end
begin
  raise NotExc, "x"
rescue TypeError => err
  p err.message
end
begin
  raise FieldError.new(:bt), "with message"
rescue FieldError => err
  p [err.field, err.message, err.backtrace.size > 0]
end
begin
  raise ArgumentError, "custom", ["a:1", "b:2"]
rescue ArgumentError => err
  p [err.message, err.backtrace]
end
