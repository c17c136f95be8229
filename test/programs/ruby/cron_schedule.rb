# A cron expression parser and "next run" calculator over UTC Times:
# fields with lists, ranges, steps and names, matching with Set-like arrays,
# and strftime-formatted schedules.
class CronError < ArgumentError; end

class CronField
  attr_reader :values

  def initialize(spec, range, names = {})
    @range = range
    @values = spec.split(",").flat_map { |part| expand(part.downcase, names) }.uniq.sort
    raise CronError, "empty field #{spec.inspect}" if @values.empty?
  end

  def include?(v) = @values.include?(v)
  def all? = @values == @range.to_a

  private

  def expand(part, names)
    base, step = part.split("/", 2)
    step = step ? Integer(step) : 1
    raise CronError, "step must be positive in #{part.inspect}" unless step.positive?
    lo, hi = case base
             when "*" then [@range.min, @range.max]
             when /\A(\w+)-(\w+)\z/ then [value($1, names), value($2, names)]
             else
               v = value(base, names)
               [v, step > 1 ? @range.max : v]
             end
    raise CronError, "#{part.inspect} outside #{@range}" unless @range.cover?(lo) && @range.cover?(hi) && lo <= hi
    lo.step(hi, step).to_a
  end

  def value(token, names)
    names.fetch(token) { Integer(token, 10) }
  rescue ArgumentError
    raise CronError, "unknown value #{token.inspect}"
  end
end

class Cron
  DAYS = %w[sun mon tue wed thu fri sat].each_with_index.to_h
  MONTHS = %w[jan feb mar apr may jun jul aug sep oct nov dec].each_with_index.to_h { |m, i| [m, i + 1] }
  ALIASES = { "@hourly" => "0 * * * *", "@daily" => "0 0 * * *", "@weekly" => "0 0 * * 0", "@monthly" => "0 0 1 * *" }.freeze

  attr_reader :source

  def initialize(source)
    @source = source
    fields = ALIASES.fetch(source, source).split
    raise CronError, "expected 5 fields, got #{fields.size}" unless fields.size == 5
    @minute, @hour, @mday, @month, @wday = fields.zip(
      [0..59, 0..23, 1..31, 1..12, 0..6], [{}, {}, {}, MONTHS, DAYS]
    ).map { |spec, range, names| CronField.new(spec, range, names) }
  end

  def match?(t)
    return false unless @minute.include?(t.min) && @hour.include?(t.hour) && @month.include?(t.month)
    day_ok = @mday.include?(t.day)
    wday_ok = @wday.include?(t.wday)
    # Vixie cron: when both day fields are restricted, either may match.
    if !@mday.all? && !@wday.all? then day_ok || wday_ok
    else day_ok && wday_ok
    end
  end

  def next_after(time, limit: 60 * 24 * 370)
    t = Time.at(time.to_i - time.sec + 60).utc
    limit.times do
      return t if match?(t)
      t += 60
    end
    nil
  end

  def upcoming(from, count)
    runs = []
    count.times do
      from = next_after(from) or break
      runs << from
    end
    runs
  end
end

START = Time.utc(2024, 2, 27, 22, 58, 30)
puts "start: #{START.strftime('%a %Y-%m-%d %H:%M:%S')} (wday #{START.wday}, yday #{START.yday}, leap #{START.year % 4 == 0})"

[
  "*/15 * * * *", "0 9-17/4 * * mon-fri", "30 23 29 feb *", "@daily",
  "0 0 1,15 * *", "5 4 * * sun", "0 12 13 * fri", "0 0 31 apr *", "61 * * * *", "* * *", "0 0 * * funday", "*/0 * * * *"
].each do |expr|
  cron = Cron.new(expr)
  runs = cron.upcoming(START, 3)
  puts format("%-22s %s", expr, runs.empty? ? "never" : runs.map { |t| t.strftime("%m-%d %H:%M %a") }.join(" | "))
rescue CronError => e
  puts format("%-22s error: %s", expr, e.message)
end

t = Time.utc(2023, 12, 31, 23, 59)
p t + 60, (t + 86_400).strftime("%Y-%m-%d %j %A %B %-d %e %I:%M %p"), t.to_i, Time.at(0).utc.year
p Time.utc(2024, 3, 1) - Time.utc(2024, 2, 1), (Time.utc(2024, 3, 1) - 86_400).day
p Time.utc(2024, 1, 1) < Time.utc(2024, 1, 2), [t.hour, t.min, t.sec, t.month], Time.utc(2000, 1, 1).monday?
