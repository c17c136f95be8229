# A flaky "HTTP client" with an exception hierarchy, retry with backoff,
# ensure bookkeeping, exception causes and custom exception data.

class ClientError < StandardError
  attr_reader :attempts

  def initialize(msg = nil, attempts: 0)
    super(msg)
    @attempts = attempts
  end
end

class TransientError < ClientError; end

class TimeoutError < TransientError
  def message = "timed out after #{attempts} attempt(s)"
end

class RateLimited < TransientError
  attr_reader :retry_after

  def initialize(retry_after)
    super("rate limited, retry after #{retry_after}s")
    @retry_after = retry_after
  end
end

class HttpError < ClientError
  attr_reader :status

  def initialize(status, body)
    @status = status
    super("HTTP #{status}: #{body}")
  end
end

class FakeServer
  def initialize(script)
    @script = script.dup
    @log = []
  end

  attr_reader :log

  def request(path)
    step = @script.shift || :ok
    @log << "#{path}:#{step}"
    case step
    when :timeout then raise TimeoutError.new(attempts: @log.size)
    when :limited then raise RateLimited.new(2)
    when Integer then raise HttpError.new(step, "oops")
    when :garbage then "{not json"
    else "200 OK #{path}"
    end
  end
end

class Client
  MAX_ATTEMPTS = 4

  def initialize(server)
    @server = server
    @slept = []
    @open = 0
  end

  attr_reader :slept

  def get(path)
    attempts = 0
    begin
      attempts += 1
      @open += 1
      body = @server.request(path)
      parse(body)
    rescue RateLimited => e
      @slept << e.retry_after
      retry if attempts < MAX_ATTEMPTS
      raise
    rescue TransientError
      @slept << 2**(attempts - 1) * 0.1
      retry if attempts < MAX_ATTEMPTS
      raise ClientError.new("gave up on #{path}", attempts: attempts)
    ensure
      @open -= 1
    end
  end

  def open_count = @open

  private

  def parse(body)
    raise ArgumentError, "unparseable body" unless body.start_with?("200")
    body.split(" ", 3).last
  rescue ArgumentError => e
    raise ClientError, "bad response for #{body[0, 5].inspect} (#{e.message})"
  end
end

def run(label, script)
  server = FakeServer.new(script)
  client = Client.new(server)
  result = client.get("/#{label}")
  puts "#{label}: #{result.inspect} log=#{server.log.size} slept=#{client.slept}"
rescue HttpError => e
  puts "#{label}: #{e.class} status=#{e.status} #{e.message}"
rescue ClientError => e
  cause = e.cause ? " (cause: #{e.cause.class}: #{e.cause.message})" : ""
  puts "#{label}: #{e.class}: #{e.message} attempts=#{e.attempts}#{cause} open=#{client.open_count}"
end

run("ok", [])
run("flaky", %i[timeout timeout ok])
run("limited", %i[limited limited ok])
run("down", %i[timeout timeout timeout timeout])
run("missing", [404])
run("mixed", [:timeout, 500])
run("garbage", %i[garbage])
run("throttled", %i[limited limited limited limited])

p TimeoutError.ancestors.take_while { |k| k != StandardError }
p TimeoutError.new(attempts: 3).message, RateLimited.new(5).message
p HttpError.new(418, "teapot").status, ClientError.new.message, ClientError.new.attempts
e = TimeoutError.new(attempts: 1)
p e.is_a?(TransientError), TransientError === e, e.to_s, e.inspect
p (raise RateLimited.new(1) rescue $!.retry_after)

# exception equality, exception(), and wrapping with cause
err = ClientError.new("x")
p err == ClientError.new("x"), err.exception.equal?(err), err.exception("y").message, err.message
begin
  begin
    Integer("abc")
  rescue ArgumentError
    raise ClientError, "config invalid"
  end
rescue ClientError => outer
  p outer.message, outer.cause.class, outer.cause.message
end
begin
  raise ClientError.new("no cause"), cause: nil
rescue => e
  p e.cause
end

# ensure order and return values
def traced(log)
  log << :start
  return :from_body
ensure
  log << :ensure
end
log = []
p traced(log), log
x = begin
  1 / 0
rescue ZeroDivisionError => e
  e.message
else
  "no error"
ensure
  "ignored"
end
p x
