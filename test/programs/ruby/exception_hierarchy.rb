# custom exception hierarchies, retry, ensure, else
class AppError < StandardError
  def initialize(msg = "application failed") = super
end
class ValidationError < AppError
  attr_reader :field
  def initialize(field, msg = nil)
    @field = field
    super(msg || "#{field} is invalid")
  end
end
class NotFound < AppError; end
class Timeout < AppError
  def message = "timed out (#{super})"
end

def risky(kind)
  case kind
  when :validation then raise ValidationError.new(:email)
  when :missing then raise NotFound, "no such record"
  when :timeout then raise Timeout, "3s"
  when :plain then raise AppError
  when :runtime then raise "boom"
  when :type then Integer("zz")
  when :zero then 1 / 0
  when :key then {}.fetch(:k)
  when :index then [].fetch(5)
  when :nomethod then nil.upcase
  else "ok #{kind}"
  end
end

%i[validation missing timeout plain runtime type zero key index nomethod fine].each do |k|
  begin
    r = risky(k)
  rescue ValidationError => e
    puts "validation on #{e.field}: #{e.message}"
  rescue NotFound, Timeout => e
    puts "#{e.class.name}: #{e.message}"
  rescue AppError => e
    puts "app: #{e.message} #{e.is_a?(StandardError)}"
  rescue ZeroDivisionError, KeyError, IndexError => e
    puts "#{e.class}: #{e.message}"
  rescue NoMethodError => e
    puts "#{e.class}: #{e.message[0, 30]}"
  rescue => e
    puts "other #{e.class}: #{e.message}"
  else
    puts "no error: #{r}"
  ensure
    puts "  ensure #{k}"
  end
end

attempts = 0
begin
  attempts += 1
  raise Timeout, "try #{attempts}" if attempts < 3
  puts "succeeded after #{attempts}"
rescue Timeout => e
  puts "retrying: #{e.message}"
  retry
end

def with_cleanup
  yield
  :normal
rescue ArgumentError => e
  :"rescued_#{e.message}"
ensure
  puts "cleanup"
end
p with_cleanup { 1 }
p with_cleanup { raise ArgumentError, "bad" }

def ensure_return
  return :from_body
ensure
  puts "ensure runs before return"
end
p ensure_return

begin
  begin
    raise NotFound, "inner"
  rescue NotFound => e
    raise AppError, "outer"
  end
rescue AppError => e
  p e.message, e.cause.class, e.cause.message
end

e = ValidationError.new(:name, "custom")
p e, e.message
p ValidationError.ancestors.take(4)
p AppError.new.message, Timeout.new("x").message
err = (raise "x" rescue $!)
p err.class, err.message
x = Integer("12") rescue -1
p x
def m = yield
p((m { raise StopIteration } rescue "stop"))
class RetryableError < StandardError; end
tries = Hash.new(0)
%w[a b].each do |name|
  begin
    tries[name] += 1
    raise RetryableError if tries[name] < 2
  rescue RetryableError
    retry
  end
end
p tries
raise ValidationError.new(:age) rescue puts "#{$!.class} #{$!.message}"
p StandardError.new("m").inspect, RuntimeError.new.message
