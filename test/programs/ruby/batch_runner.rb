# A batch job script: reads (empty) stdin, runs steps, uses at_exit hooks and exits with a code.
STEPS = %w[fetch parse validate report].freeze

at_exit { puts "at_exit 1 (registered first, runs last)" }
at_exit do
  puts "at_exit 2: status #{$!.is_a?(SystemExit) ? $!.status : 'n/a'}"
end

class Runner
  attr_reader :done, :warnings

  def initialize(input)
    @input = input
    @done = []
    @warnings = []
  end

  def run
    STEPS.each do |step|
      send("step_#{step}")
      @done << step
    end
  ensure
    puts "ran #{@done.size}/#{STEPS.size} steps"
  end

  private

  def step_fetch
    @lines = @input.to_s.lines.map(&:chomp)
    @warnings << "no input lines, using defaults" if @lines.empty?
    @lines = ["alpha,1", "beta,2", "gamma,x"] if @lines.empty?
  end

  def step_parse
    @rows = @lines.map { |l| l.split(",", 2) }
  end

  def step_validate
    bad = @rows.reject { |_, n| n =~ /\A\d+\z/ }
    @warnings.concat(bad.map { |name, n| "bad number #{n.inspect} for #{name}" })
    @rows -= bad
  end

  def step_report
    @rows.each { |name, n| puts format("%-6s %3d", name, n.to_i) }
  end
end

def main
  input = $stdin.read
  line = gets
  puts "stdin: #{input.inspect}, gets: #{line.inspect}, ARGV: #{ARGV.inspect}"
  runner = Runner.new(input)
  runner.run
  runner.warnings.each { |w| puts "warning: #{w}" }
  status = runner.warnings.empty? ? 0 : 3
  begin
    exit status
  rescue SystemExit => e
    puts "caught SystemExit(#{e.status}), success? #{e.success?}"
  end
  begin
    abort_like = catch(:stop) { throw :stop, "stopped" }
    puts abort_like
  ensure
    puts "ensure before exit"
  end
  $stdout.flush
  exit status
end

main if __FILE__ == $PROGRAM_NAME
puts "never printed"
