# exceptions: raise, rescue by class, ensure, retry and custom exception hierarchies on hot paths.
class AppError < StandardError; end

class ValidationError < AppError
  attr_reader :field

  def initialize(field, message)
    @field = field
    super("#{field}: #{message}")
  end
end

class LimitError < AppError; end

def validate(value)
  raise ValidationError.new(:value, "negative") if value.negative?
  raise LimitError, "too big: #{value}" if value > 900
  raise ArgumentError, "odd multiple of seven" if (value % 14) == 7

  value
end

def deep(level, value)
  return validate(value) if level.zero?

  deep(level - 1, value)
end

ensured = 0
counts = Hash.new(0)
fields = Hash.new(0)
accepted = 0
retries = 0

1_200_000.times do |i|
  value = (i * 7919) % 1000 - 50
  begin
    accepted += deep(i % 8, value)
  rescue ValidationError => e
    counts[e.class.name] += 1
    fields[e.field] += e.message.length
  rescue AppError => e
    counts[e.class.name] += 1
  rescue StandardError => e
    counts[e.class.name] += e.message.size
  ensure
    ensured += 1
  end
end

attempts = 0
300_000.times do |i|
  tries = 0
  begin
    tries += 1
    attempts += 1
    raise LimitError, "flaky" if tries < (i % 3) + 1

    accepted += tries
  rescue LimitError
    retries += 1
    retry
  end
end

nested = 0
180_000.times do |i|
  begin
    begin
      raise ValidationError.new(:inner, "x") if i.odd?
      Integer("12#{i % 10}x")
    rescue ValidationError => e
      raise AppError, "wrapped #{e.field}"
    end
  rescue AppError => e
    nested += e.message.length
  rescue ArgumentError => e
    nested += 1 if e.message.start_with?("invalid value")
  end
end

puts "accepted: #{accepted}"
puts "ensured: #{ensured}"
puts "counts: #{counts.sort.map { |k, v| "#{k}=#{v}" }.join(' ')}"
puts "fields: #{fields.inspect}"
puts "retries: #{retries} attempts: #{attempts}"
puts "nested: #{nested}"
