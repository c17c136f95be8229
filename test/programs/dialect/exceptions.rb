# Exceptions: raise/rescue/else/ensure/retry, custom exception classes with extra state,
# rescue by class and ancestors, re-raise, ensure on return/break/next, $!, exception methods.
class CompileError < StandardError
  attr_reader :line

  def initialize(msg, line)
    super(msg)
    @line = line
  end
end

class SyntaxProblem < CompileError
end

class Custom < StandardError
  def message
    "custom message"
  end
end

def risky(n)
  raise ArgumentError, "negative" if n < 0
  raise SyntaxProblem.new("bad syntax", 12) if n == 0
  raise "plain" if n == 1
  n * 2
end

[-1, 0, 1, 2].each do |n|
  begin
    v = risky(n)
  rescue ArgumentError => e
    puts "arg: #{e.message}"
  rescue CompileError => e
    puts "compile: #{e.message} at #{e.line} (#{e.class}, #{e.is_a?(StandardError)})"
  rescue => e
    puts "other: #{e.message} #{e.class}"
  else
    puts "ok #{v}"
  ensure
    puts "ensure #{n}"
  end
end

attempts = 0
begin
  attempts += 1
  raise "flaky" if attempts < 3
  puts "succeeded after #{attempts}"
rescue
  retry
end

def ensure_return
  return :returned
ensure
  puts "ensure runs on return"
end
p ensure_return

def ensure_value
  :body
ensure
  :ignored
end
p ensure_value

def nested
  begin
    begin
      raise Custom
    ensure
      puts "inner ensure"
    end
  rescue Custom => e
    puts "caught #{e.message}"
    raise
  end
rescue => e2
  puts "re-raised #{e2.class}"
  :done
end
p nested

r = [1, 2, 3].each do |x|
  begin
    break x * 10 if x == 2
  ensure
    puts "ensure in block #{x}"
  end
end
p r

p [1, 2].map { |x|
  begin
    next x + 100
  ensure
    print "n"
  end
}
puts

i = 0
while i < 3
  i += 1
  begin
    next if i == 1
    break if i == 3
    puts "loop body #{i}"
  ensure
    puts "loop ensure #{i}"
  end
end

x = Integer("zz") rescue -1
p x
begin
  1 / 0
rescue ZeroDivisionError => e
  p e.message, e.class, e.class.ancestors.take(3)
end
begin
  nil.upcase
rescue NoMethodError => e
  p e.class
end
begin
  raise CompileError.new("with line", 7)
rescue StandardError => e
  p [e.message, e.line, e.is_a?(CompileError)]
end
e = RuntimeError.new("made")
p e.message, e.backtrace
begin
  raise IndexError
rescue IndexError => e
  p e.message
end
begin
  begin
    raise "inner"
  rescue => e
    raise TypeError, "outer from #{e.message}"
  end
rescue TypeError => e
  p e.message
end
def deep(n)
  n.zero? ? raise(KeyError, "deep") : deep(n - 1)
end
begin
  deep(5)
rescue KeyError => e
  p e.message
end
begin
  raise Custom, "given"
rescue Custom => e
  p e.message
end
p (begin; 1; rescue; 2; else; 3; ensure; 4; end)
err = begin
  raise ArgumentError
rescue => e
  e
end
p err.message, err.class.superclass
y = begin
  Integer("12")
rescue ArgumentError
  0
end
p y
