# Payment processing with a custom exception hierarchy: extra fields on
# errors, retry with attempts, ensure ordering, exception causes,
# catch/throw out of nested loops, full_message and exception equality.

class PaymentError < StandardError
  attr_reader :code

  def initialize(msg = "payment failed", code: 500)
    super(msg)
    @code = code
  end
end

class CardDeclined < PaymentError
  def initialize(reason) = super("card declined: #{reason}", code: 402)
end

class GatewayTimeout < PaymentError
  def initialize(seconds) = super("gateway timed out after #{seconds}s", code: 504)
end

class FraudSuspected < CardDeclined; end

class Gateway
  def initialize(script) = @script = script

  def charge(amount)
    step = @script.shift
    case step
    when :ok then "txn-#{amount}"
    when :timeout then raise GatewayTimeout.new(3)
    when :decline then raise CardDeclined, "insufficient funds"
    when :fraud then raise FraudSuspected.new("velocity check")
    when nil then raise "script exhausted"
    end
  end
end

def pay(gateway, amount, log)
  attempts = 0
  begin
    attempts += 1
    log << "attempt #{attempts}"
    result = gateway.charge(amount)
    log << "charged #{result}"
    result
  rescue GatewayTimeout => e
    log << "timeout (#{e.code})"
    retry if attempts < 3
    raise PaymentError.new("gave up after #{attempts} attempts", code: 503)
  rescue CardDeclined => e
    log << "#{e.class}: #{e.message}"
    nil
  else
    log << "no error"
  ensure
    log << "close session"
  end
end

[%i[ok], %i[timeout ok], %i[timeout timeout timeout], %i[decline], %i[fraud], []].each do |script|
  log = []
  begin
    result = pay(Gateway.new(script.dup), 100, log)
    log << "result #{result.inspect}"
  rescue PaymentError => e
    log << "failed: #{e.message} [#{e.code}] cause=#{e.cause.class}"
  rescue => e
    log << "unexpected #{e.class}: #{e.message}"
  end
  puts "#{script.inspect}: #{log.join(" | ")}"
end

p FraudSuspected.ancestors.take_while { |c| c != StandardError }
p CardDeclined.new("x").message, PaymentError.new.message, PaymentError.new.code
p GatewayTimeout.new(1).is_a?(PaymentError), FraudSuspected < PaymentError, PaymentError <= CardDeclined

def order_of_ensure
  out = []
  begin
    begin
      out << "inner body"
      raise ArgumentError, "bad"
    ensure
      out << "inner ensure"
    end
  rescue ArgumentError => e
    out << "outer rescue #{e.message}"
  ensure
    out << "outer ensure"
  end
  out
end
p order_of_ensure

def early_return
  [1, 2, 3].each do |n|
    return n * 10 if n == 2
  ensure
    puts "ensure for #{n}"
  end
ensure
  puts "method ensure"
end
p early_return

found = catch(:found) do
  [[1, 2], [3, 4], [5, 6]].each_with_index do |row, i|
    row.each_with_index do |v, j|
      throw :found, [i, j] if v * v > 10
    end
  end
  :none
end
p found
p catch { |tag| 10.times { |i| throw tag, i if i == 4 }; :never }
begin
  throw :nope
rescue UncaughtThrowError => e
  p e.message, e.tag
end

begin
  begin
    Integer("12x")
  rescue ArgumentError => e
    raise PaymentError, "bad amount"
  end
rescue PaymentError => e
  p e.message, e.cause.class, e.cause.message
end

e = PaymentError.new("boom", code: 400)
p e.full_message(highlight: false), e.inspect, e.backtrace
wrapped = RuntimeError.new("top")
p wrapped.message, wrapped.full_message(highlight: false).lines.first
p CardDeclined.new("a") == CardDeclined.new("a"), CardDeclined.new("a") == CardDeclined.new("b")
p (raise "plain" rescue $!.class), StandardError.new(:sym).message, RuntimeError.new(nil).message.inspect rescue p $!
e2 = e.exception("other")
p e2.message, e2.class, e2.code, e.equal?(e.exception)
x = begin
  Integer("zz")
rescue ArgumentError
  -1
end
p x
def checked(v) = v.positive? ? v : raise(ArgumentError, "must be positive, got #{v}")
p [3, -1, 2].map { |v| checked(v) rescue $!.message }
