# A job runner with its own exception hierarchy: retry with backoff for
# transient errors, ensure for cleanup, exception causes, custom messages,
# catch/throw to abandon a batch, and `exception` objects carrying data.

class JobError < StandardError
  def initialize(msg = "job failed") = super
end

class TransientError < JobError
  attr_reader :attempt

  def initialize(attempt)
    @attempt = attempt
    super("transient failure on attempt #{attempt}")
  end
end

class FatalError < JobError; end

class ValidationError < FatalError
  attr_reader :field

  def initialize(field, problem)
    @field = field
    super("#{field} #{problem}")
  end
end

class Job
  attr_reader :name, :log

  def initialize(name, failures: 0, invalid: nil, &work)
    @name = name
    @failures = failures
    @invalid = invalid
    @work = work
    @log = []
    @attempts = 0
  end

  def call
    @attempts += 1
    @log << "attempt #{@attempts}"
    raise ValidationError.new(@invalid, "is missing") if @invalid
    raise TransientError, @attempts if @attempts <= @failures
    @work ? @work.call(self) : :done
  end
end

class Runner
  MAX_TRIES = 3

  def initialize
    @open_handles = 0
    @report = []
  end

  attr_reader :report

  def run(job)
    tries = 0
    begin
      tries += 1
      @open_handles += 1
      result = job.call
      @report << [job.name, :ok, result]
    rescue TransientError => e
      @report << [job.name, :retry, e.attempt] if tries < MAX_TRIES
      retry if tries < MAX_TRIES
      @report << [job.name, :gave_up, e.message]
    rescue FatalError => e
      @report << [job.name, :fatal, "#{e.class}: #{e.message}"]
    rescue => e
      wrapped = begin
        raise JobError, "#{job.name} crashed"
      rescue JobError => je
        je
      end
      @report << [job.name, :crash, "#{wrapped.message} (cause: #{e.class}: #{e.message})"]
    else
      @report << [job.name, :clean, tries]
    ensure
      @open_handles -= tries
      @report << [job.name, :handles, @open_handles]
    end
  end

  def run_batch(jobs)
    catch(:abort_batch) do
      jobs.each do |job|
        throw :abort_batch, "aborted at #{job.name}" if job.name.start_with?("STOP")
        run(job)
      end
      "batch complete"
    end
  end
end

jobs = [
  Job.new("resize"),
  Job.new("upload", failures: 2) { |j| "uploaded after #{j.log.size} attempts" },
  Job.new("notify", failures: 5),
  Job.new("import", invalid: "email"),
  Job.new("parse") { |_| Integer("12x") },
  Job.new("divide") { |_| 10 / 0 }
]

runner = Runner.new
puts runner.run_batch(jobs)
runner.report.each do |name, status, detail|
  puts "#{name.ljust(7)} #{status.to_s.ljust(8)} #{detail}"
end
puts runner.run_batch([Job.new("first"), Job.new("STOP now"), Job.new("never")])
p runner.report.last(3).map(&:first)

p ValidationError.ancestors.take_while { |k| k != Exception }
p JobError.new.message, FatalError.new("boom").message
err = ValidationError.new(:age, "must be positive")
p [err.field, err.message, err.is_a?(JobError), err.full_message(highlight: false).lines.size >= 1]

def risky(n)
  yield n
rescue ZeroDivisionError, TypeError => e
  "rescued #{e.class}"
else
  "fine"
ensure
  puts "  cleanup #{n}"
end
p risky(1) { |n| n / 0 }, risky(2) { |n| n + nil }, risky(3) { |n| n }

begin
  begin
    raise FatalError, "inner"
  rescue => e
    raise JobError, "outer"
  end
rescue JobError => outer
  p outer.message, outer.cause&.message, outer.cause.class
end

result = [1, 2, 3].each do |i|
  break i * 100 if i == 2
end
p result
x = catch { |tag| 10.times { |i| throw tag, i if i * i > 20 }; :none }
p x
begin
  throw :nobody
rescue UncaughtThrowError => e
  p e.message
end
