# Event emitter / observer pattern with blocks, method objects and symbols.
class EventEmitter
  def initialize
    @handlers = Hash.new { |h, k| h[k] = [] }
  end

  def on(event, callable = nil, &block)
    handler = callable || block
    raise ArgumentError, "no handler given for #{event}" unless handler
    @handlers[event] << handler
    self
  end

  def off(event)
    @handlers.delete(event)
    self
  end

  def emit(event, *payload)
    return 0 unless @handlers.key?(event)
    @handlers[event].each { |h| h.call(*payload) }
    @handlers[event].size
  end

  def events = @handlers.keys
end

class Thermostat
  attr_reader :temp

  def initialize(emitter)
    @emitter = emitter
    @temp = 20
  end

  def temp=(value)
    old = @temp
    @temp = value
    @emitter.emit(:change, old, value)
    @emitter.emit(:too_hot, value) if value > 30
    @emitter.emit(:too_cold, value) if value < 10
  end
end

class Logger2
  attr_reader :lines

  def initialize
    @lines = []
  end

  def record(old, new)
    @lines << "changed #{old} -> #{new}"
  end
end

bus = EventEmitter.new
log = Logger2.new
bus.on(:change, log.method(:record))
bus.on(:too_hot) { |t| puts "ALERT: #{t} degrees is too hot" }
bus.on(:too_cold, ->(t) { puts "ALERT: #{t} degrees is too cold" })
alarms = []
bus.on(:too_hot) { |t| alarms << t }

t = Thermostat.new(bus)
[22, 31, 35, 8, 18].each { |v| t.temp = v }
puts log.lines
puts "alarms: #{alarms.inspect}"
puts "events: #{bus.events.inspect}"
bus.off(:too_hot)
t.temp = 40
puts "alarms after off: #{alarms.inspect}"
puts "emit unknown: #{bus.emit(:nothing)}"
begin
  bus.on(:x)
rescue ArgumentError => e
  puts "error: #{e.message}"
end
counter = Hash.new(0)
bus.on(:tick) { counter[:ticks] += 1 }.on(:tick) { counter[:double] += 2 }
3.times { bus.emit(:tick) }
p counter
puts t.temp
