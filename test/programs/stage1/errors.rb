# Exceptions: custom classes, rescue order, ensure on every exit, retry, rescue modifiers.
class AppError < StandardError
  def initialize(msg = "app failed")
    super
  end
end

class DeepError < AppError
end

def risky(n)
  raise DeepError, "deep #{n}" if n == 1
  raise ArgumentError, "bad #{n}" if n == 2
  n * 2
ensure
  puts "ensure #{n}"
end

[0, 1, 2].each do |n|
  begin
    puts risky(n)
  rescue AppError => e
    puts "app: #{e.message} (#{e.class})"
  rescue => e
    puts "other: #{e.message}"
  end
end

tries = 0
begin
  tries += 1
  raise AppError if tries < 3
  puts "ok after #{tries}"
rescue AppError => e
  puts e.message
  retry
end

def early(list)
  list.each do |x|
    begin
      return x if x > 1
    ensure
      puts "leaving #{x}"
    end
  end
  :none
end
p early([1, 2, 3])
v = (Integer("zz") rescue -1)
p v
x = begin
  10
rescue
  20
else
  30
ensure
  40
end
p x
raise DeepError, "uncaught"
