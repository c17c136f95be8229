# Exception hierarchy, retry, ensure, raise in nested calls, re-raise.
class AppError < StandardError
  def initialize(msg = "application failure")
    super
  end
end
class NetworkError < AppError; end
class TimeoutError < NetworkError
  attr_reader :seconds
  def initialize(seconds)
    @seconds = seconds
    super("timed out after #{seconds}s")
  end
end
class ParseError < AppError; end

$attempts = 0
def flaky_fetch
  $attempts += 1
  raise TimeoutError.new($attempts * 5) if $attempts < 3
  "payload-#{$attempts}"
end

def fetch_with_retry
  tries = 0
  begin
    tries += 1
    result = flaky_fetch
    puts "  got #{result} after #{tries} tries"
    result
  rescue NetworkError => e
    puts "  attempt #{tries}: #{e.message} (#{e.class})"
    retry if tries < 5
    raise
  ensure
    puts "  ensure runs (tries=#{tries})"
  end
end

puts "fetch:"
fetch_with_retry

def parse(s)
  Integer(s)
rescue ArgumentError => e
  raise ParseError, "bad number #{s.inspect}"
end

def level3(x) = parse(x) * 2
def level2(x) = level3(x) + 1
def level1(x)
  level2(x)
rescue ParseError => e
  puts "level1 caught: #{e.message}; cause: #{e.cause.class}"
  -1
end

puts level1("21")
puts level1("abc")

[AppError.new, NetworkError.new("net down"), TimeoutError.new(30), ParseError.new("p")].each do |err|
  begin
    raise err
  rescue TimeoutError => e
    puts "timeout #{e.seconds}: #{e.message}"
  rescue NetworkError, ParseError => e
    puts "network or parse: #{e.message}"
  rescue AppError => e
    puts "generic app error: #{e.message}"
  end
end

def checked
  yield
rescue ZeroDivisionError => e
  puts "ZeroDivisionError: #{e.message}"
  :rescued
else
  puts "no error"
  :ok
ensure
  puts "checked done"
end

p checked { 1 / 0 }
p checked { 1 / 1 }
x = begin
  Integer("12")
rescue
  0
end
p x
p (raise "boom" rescue $!.message)
def m_with_ensure
  return :from_body
ensure
  puts "ensure before return"
end
p m_with_ensure
begin
  [1, 2, 3].fetch(10)
rescue IndexError => e
  puts e.message
end
begin
  { a: 1 }.fetch(:b)
rescue KeyError => e
  puts e.message
end
begin
  nil.upcase
rescue NoMethodError => e
  puts "#{e.class} for #{e.receiver.inspect}: #{e.name}"
end
begin
  raise AppError
rescue => e
  puts e.message, e.is_a?(StandardError)
end
