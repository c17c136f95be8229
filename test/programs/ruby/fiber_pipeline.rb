# Coroutines with Fiber: generators that yield values on demand, a
# producer/filter/consumer pipeline passing values through resume, a
# round-robin scheduler of cooperative tasks, and Enumerator interop.
def generator(&body)
  Fiber.new do
    body.call(->(v) { Fiber.yield(v) })
    nil
  end
end

fib = generator do |emit|
  a, b = 0, 1
  loop do
    emit.(a)
    a, b = b, a + b
  end
end
puts "fib: #{Array.new(12) { fib.resume }.join(' ')}"

primes = generator do |emit|
  found = []
  (2..).each do |n|
    next if found.any? { |p| (n % p).zero? }
    found << n
    emit.(n)
  end
end
puts "primes: #{10.times.map { primes.resume }.inspect}"

# A pipeline: each stage pulls from the previous one with resume.
source = Fiber.new do
  %w[alpha beta gamma delta epsilon zeta eta theta].each { |w| Fiber.yield(w) }
  nil
end
filter = Fiber.new do
  while (w = source.resume)
    Fiber.yield(w) if w.length > 4
  end
  nil
end
mapper = Fiber.new do
  n = 0
  while (w = filter.resume)
    Fiber.yield("#{n += 1}:#{w.upcase}")
  end
  nil
end
out = []
while (v = mapper.resume)
  out << v
end
puts out.join(", ")
puts "alive after drain: #{[source, filter, mapper].map(&:alive?).inspect}"

# Values passed both ways: resume(x) becomes Fiber.yield's return value.
acc = Fiber.new do |first|
  total = first
  loop do
    step = Fiber.yield(total)
    break total if step.nil?
    total += step
  end
end
p acc.resume(10), acc.resume(5), acc.resume(-3), acc.resume(nil), acc.alive?
begin
  acc.resume
rescue FiberError => e
  puts "FiberError: #{e.message}"
end

# Round-robin scheduler of cooperative tasks.
class Scheduler
  def initialize = @tasks = []

  def spawn(name, &block)
    @tasks << [name, Fiber.new(&block)]
  end

  def run
    log = []
    until @tasks.empty?
      name, fiber = @tasks.shift
      msg = fiber.resume
      if fiber.alive?
        log << "#{name}:#{msg}"
        @tasks << [name, fiber]
      else
        log << "#{name} done(#{msg})"
      end
    end
    log
  end
end

s = Scheduler.new
s.spawn("a") { 3.times { |i| Fiber.yield("a#{i}") }; :ok }
s.spawn("b") { Fiber.yield("b0"); :short }
s.spawn("c") { 2.times { |i| Fiber.yield(i * 100) }; :fine }
puts s.run.join(" | ")

# External enumerators are coroutines too.
e = Enumerator.new do |y|
  y << "x"
  y.yield "y", "z"
  y << "w"
end
p e.next, e.next, e.peek, e.next
begin
  e.next
rescue StopIteration
  puts "stop"
end
words = %w[one two three].each
nums = [1, 2, 3].each
p loop.with_object([]) { |_, acc| acc << "#{words.next}=#{nums.next}" } rescue p $!
words.rewind
nums.rewind
pairs = []
loop { pairs << [words.next, nums.next] } rescue nil
p pairs
