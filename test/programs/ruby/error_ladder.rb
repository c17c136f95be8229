# A custom exception hierarchy with retry, ensure, causes, custom messages and full_message.
class AppError < StandardError
  def initialize(msg = "application failed") = super
end

class NetworkError < AppError
  attr_reader :attempts

  def initialize(msg = nil, attempts: 0)
    @attempts = attempts
    super(msg || "network unreachable after #{attempts} attempts")
  end
end

class TimeoutError2 < NetworkError; end

class ValidationError < AppError
  attr_reader :field

  def initialize(field, problem)
    @field = field
    super("#{field} #{problem}")
  end

  def message = "invalid: #{super}"
end

class Client
  attr_reader :log

  def initialize(failures) = (@failures = failures; @log = [])

  def fetch(path)
    attempts = 0
    begin
      attempts += 1
      @log << "try #{attempts} #{path}"
      raise TimeoutError2.new("timed out on #{path}", attempts: attempts) if @failures.shift
      "200 OK #{path}"
    rescue TimeoutError2 => e
      retry if attempts < 3
      raise NetworkError.new(attempts: e.attempts)
    ensure
      @log << "cleanup #{path}"
    end
  end
end

c = Client.new([true, true, false])
p c.fetch("/a")
c2 = Client.new([true, true, true, true])
begin
  c2.fetch("/b")
rescue AppError => e
  p e.class, e.message, e.attempts, e.cause.class, e.cause.message, e.is_a?(StandardError)
end
puts c.log, c2.log.size

begin
  raise ValidationError.new(:email, "is blank")
rescue AppError => e
  p e.message, e.field, e.to_s, e.inspect, e.full_message(highlight: false).lines.first.sub(/\A.*?: /, "")
end

p AppError.new.message, NetworkError.ancestors.take_while { |k| k != StandardError }
p TimeoutError2.new.message, (TimeoutError2 < AppError), AppError <= TimeoutError2

def risky(n)
  yield n
rescue ZeroDivisionError, TypeError => e
  "recovered #{e.class}"
else
  "fine"
ensure
  puts "ensure for #{n}"
end
p risky(1) { |x| 10 / x }, risky(0) { |x| 10 / x }, risky(2) { |x| x + nil }

def order_of_ensure
  yield
ensure
  puts "outer ensure"
end
r = order_of_ensure do
  begin
    raise "inner"
  rescue => e
    "rescued #{e.message}"
  ensure
    puts "inner ensure"
  end
end
p r

def wrap
  yield
rescue => e
  raise AppError, "wrapped: #{e.message}"
end
begin
  wrap { Integer("zz") }
rescue AppError => e
  p e.message, e.cause.class, e.cause.message
end

e = RuntimeError.new("boom")
p e.backtrace, e.message, e.exception.equal?(e), e.exception("other").message
begin
  raise e
rescue => err
  p err.equal?(e), err.backtrace.is_a?(Array)
end
x = begin
  Float("1.5x")
rescue ArgumentError
  -1.0
end
p x
begin
  [1, 2].fetch(10)
rescue IndexError => e
  puts e.message
end
begin
  raise ArgumentError
rescue => e
  p e.message, e.class.superclass
end
attempts = 0
result = begin
  attempts += 1
  raise IOError, "flaky" if attempts < 4
  "ok after #{attempts}"
rescue IOError
  retry
end
p result
def checked = yield rescue "modifier: #{$!.message}"
p checked { raise "x" }, $!
begin
  raise StopIteration
rescue IndexError => e
  p e.class.ancestors.include?(IndexError)
end
p (begin; exit 3; rescue SystemExit => e; [e.status, e.success?]; end)
p (begin; throw :nope; rescue UncaughtThrowError => e; e.message; end)
