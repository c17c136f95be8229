# Exceptions: custom hierarchy, retry, ensure ordering, causes, full messages.
class AppError < StandardError
  def initialize(msg = "application failed") = super
end

class NetworkError < AppError
  attr_reader :attempts

  def initialize(msg = nil, attempts: 0)
    super(msg || "network unreachable")
    @attempts = attempts
  end
end

class TimeoutError < NetworkError; end

class ValidationError < AppError
  attr_reader :field

  def initialize(field, reason)
    @field = field
    super("#{field} #{reason}")
  end
end

$trace = []
def flaky(fail_times)
  calls = 0
  begin
    calls += 1
    $trace << "try #{calls}"
    raise TimeoutError.new("timed out", attempts: calls) if calls <= fail_times

    "ok after #{calls}"
  rescue TimeoutError => e
    retry if e.attempts < 3
    raise NetworkError.new("gave up", attempts: e.attempts)
  ensure
    $trace << "ensure #{calls}"
  end
end

p flaky(2)
begin
  flaky(5)
rescue AppError => e
  p [e.class, e.message, e.attempts, e.is_a?(NetworkError), e.is_a?(TimeoutError)]
end
p $trace

def validate(user)
  raise ValidationError.new(:name, "is blank") if user[:name].to_s.strip.empty?
  raise ValidationError.new(:age, "must be positive") unless user[:age].to_i.positive?

  true
end

[{ name: "Ann", age: 3 }, { name: " ", age: 3 }, { name: "Bo", age: -1 }].each do |u|
  validate(u)
  puts "valid #{u}"
rescue ValidationError => e
  puts "invalid #{e.field}: #{e.message}"
end

def order_of_events
  log = []
  begin
    log << :body
    yield log
    log << :after
  rescue ArgumentError => e
    log << :"rescue_#{e.message}"
  else
    log << :else
  ensure
    log << :ensure
  end
  log
end
p order_of_events { |_| }
p order_of_events { |_| raise ArgumentError, "bad" }
p(begin
  order_of_events { |_| raise KeyError, "missing" }
rescue KeyError => e
  "escaped #{e.class}"
end)

def wrap
  yield
rescue ZeroDivisionError => e
  raise AppError, "wrapped: #{e.message}"
end
begin
  wrap { 1 / 0 }
rescue AppError => e
  p e.message, e.cause.class, e.cause.message
end

p AppError.new.message, NetworkError.new.message, TimeoutError.ancestors.take(4)
logged = (raise TimeoutError, "slow" rescue $!)
puts logged.full_message(highlight: false, order: :top)
e = RuntimeError.new("boom")
p e.message, e.backtrace, e.inspect, e.to_s
err = (raise "plain" rescue $!)
p err.class, err.message
x = Integer("zz") rescue -1
p x
def checked
  return "from body"
ensure
  puts "ensure runs before return value is used"
end
p checked
def ensure_override
  return 1
ensure
  return 2 if true
end
p ensure_override
result = [1, 2, 0, 4].map do |d|
  10 / d
rescue ZeroDivisionError
  Float::INFINITY
end
p result
begin
  raise IOError
rescue => e
  p e.class, e.message
end
begin
  [1].fetch(5)
rescue IndexError, KeyError => e
  p e.message
end
begin
  { a: 1 }.fetch(:b)
rescue IndexError => e
  p e.class, e.message, e.key, e.receiver
end
class RetryableJob
  def initialize = @runs = 0
  def perform
    @runs += 1
    raise "transient #{@runs}" if @runs < 3
    "done in #{@runs}"
  end
end
job = RetryableJob.new
attempts = 0
begin
  attempts += 1
  p job.perform
rescue RuntimeError => e
  puts "retrying after: #{e.message}"
  retry
end
raise ValidationError.new(:email, "is invalid")
