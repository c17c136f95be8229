# Bank teller queue simulation with a deterministic pseudo-random generator.
class Lcg
  def initialize(seed)
    @state = seed
  end

  def next_int(n)
    @state = (@state * 1_103_515_245 + 12_345) % 2**31
    @state % n
  end
end

Customer = Struct.new(:id, :arrival, :service_time)

class Teller
  attr_reader :name, :served, :busy_until

  def initialize(name)
    @name = name
    @served = []
    @busy_until = 0
  end

  def free_at?(t) = @busy_until <= t

  def serve(customer, now)
    start = [now, @busy_until].max
    @busy_until = start + customer.service_time
    @served << customer
    start - customer.arrival
  end
end

rng = Lcg.new(42)
t = 0
customers = (1..20).map do |i|
  t += rng.next_int(3)
  Customer.new(i, t, 2 + rng.next_int(6))
end

tellers = [Teller.new("Ann"), Teller.new("Ben"), Teller.new("Cy")]
waits = {}
queue = customers.dup
clock = 0
until queue.empty?
  arrived = queue.take_while { |c| c.arrival <= clock }
  arrived.each do |c|
    teller = tellers.find { |tl| tl.free_at?(clock) }
    break unless teller
    waits[c.id] = teller.serve(c, clock)
    queue.delete(c)
  end
  clock += 1
end

tellers.each do |tl|
  ids = tl.served.map(&:id)
  puts "#{tl.name.ljust(4)} served #{ids.size.to_s.rjust(2)}: #{ids.join(',')}"
end
puts "Finish time: #{tellers.map(&:busy_until).max}"
total_wait = waits.values.sum
puts "Average wait: #{(total_wait.to_f / waits.size).round(2)}"
longest = waits.max_by { |id, w| [w, -id] }
puts "Longest wait: customer #{longest[0]} waited #{longest[1]}"
puts "No wait: #{waits.count { |_, w| w.zero? }}"
hist = waits.values.group_by { |w| w / 3 * 3 }.sort.map { |b, ws| "#{b}-#{b + 2}: #{'#' * ws.size}" }
puts hist
