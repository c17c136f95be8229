# pub/sub event bus with blocks, priorities, once-handlers, and error isolation
class EventBus
  Handler = Struct.new(:name, :priority, :once, :block)

  def initialize
    @handlers = Hash.new { |h, k| h[k] = [] }
    @log = []
  end

  attr_reader :log

  def on(event, name:, priority: 0, once: false, &block)
    raise ArgumentError, "block required" unless block
    @handlers[event] << Handler.new(name, priority, once, block)
    @handlers[event].sort_by! { |h| [-h.priority, h.name] }
    self
  end

  def off(event, name) = @handlers[event].reject! { |h| h.name == name } ? true : false

  def emit(event, **payload)
    results = {}
    @handlers[event].dup.each do |h|
      results[h.name] = h.block.call(payload)
      @handlers[event].delete(h) if h.once
    rescue StandardError => e
      @log << "#{event}/#{h.name} failed: #{e.class}: #{e.message}"
      results[h.name] = :error
    end
    results
  end

  def listeners = @handlers.reject { |_, v| v.empty? }.transform_values { |v| v.map(&:name) }
end

bus = EventBus.new
totals = Hash.new(0)
bus.on(:order, name: "audit", priority: 10) { |p| "audited #{p[:id]}" }
   .on(:order, name: "total") { |p| totals[p[:user]] += p[:amount] }
   .on(:order, name: "welcome", once: true, priority: 5) { |p| "welcome #{p[:user]}!" }
   .on(:order, name: "fraud") { |p| raise "suspicious amount #{p[:amount]}" if p[:amount] > 500 }
   .on(:refund, name: "total") { |p| totals[p[:user]] -= p[:amount] }

p bus.listeners
p bus.emit(:order, id: 1, user: "ann", amount: 120)
p bus.emit(:order, id: 2, user: "bob", amount: 900)
p bus.emit(:refund, user: "ann", amount: 20)
p bus.emit(:unknown, x: 1)
p bus.off(:order, "fraud"), bus.off(:order, "nope")
p bus.emit(:order, id: 3, user: "ann", amount: 600)
p totals, bus.log, bus.listeners
begin
  bus.on(:x, name: "noblock")
rescue ArgumentError => e
  puts "error: #{e.message}"
end
observers = []
notify = ->(evt) { observers.map { |o| o.(evt) } }
observers << ->(e) { "A saw #{e}" } << ->(e) { "B saw #{e.upcase}" }
p notify.("ping")
