# An event emitter with observers, priorities, once-handlers and wildcard topics.
class Emitter
  Handler = Struct.new(:topic, :priority, :once, :callable, :seq)

  def initialize
    @handlers = Hash.new { |h, k| h[k] = [] }
    @seq = 0
    @history = []
  end

  def on(topic, priority: 0, once: false, &block)
    raise ArgumentError, "a handler needs a block" unless block

    @seq += 1
    @handlers[topic] << Handler.new(topic, priority, once, block, @seq)
    @seq
  end

  def once(topic, **opts, &block) = on(topic, **opts, once: true, &block)

  def off(id)
    @handlers.each_value { |list| list.reject! { |h| h.seq == id } }
  end

  def emit(topic, *args, **meta)
    @history << topic
    matching = @handlers.select { |t, _| t == topic || (t.end_with?("*") && topic.start_with?(t.chomp("*"))) }
    handlers = matching.values.flatten.sort_by { |h| [-h.priority, h.seq] }
    results = handlers.map do |h|
      @handlers[h.topic].delete(h) if h.once
      h.callable.call(*args, **meta)
    end
    results.compact
  end

  def count(topic) = @handlers.fetch(topic, []).size
  def history = @history.tally
end

class Observer
  attr_reader :name, :seen

  def initialize(name)
    @name = name
    @seen = []
  end

  def update(event, payload)
    @seen << "#{event}=#{payload}"
    "#{name} saw #{event}"
  end
end

bus = Emitter.new
log = []
bus.on("user.created") { |name, **meta| log << "welcome #{name} #{meta}"; nil }
bus.on("user.created", priority: 10) { |name| "audit #{name}" }
bus.once("user.*") { |name, **| "first user event for #{name}" }
id = bus.on("user.deleted") { |name| "bye #{name}" }
p bus.emit("user.created", "ann", source: "web")
p bus.emit("user.created", "bob")
p bus.emit("user.deleted", "ann")
bus.off(id)
p bus.emit("user.deleted", "bob")
p bus.count("user.created"), bus.count("user.*"), bus.count("nothing")
puts log

alice = Observer.new("alice")
carol = Observer.new("carol")
%w[temp humidity].each do |topic|
  [alice, carol].each_with_index do |obs, i|
    bus.on(topic, priority: i) { |v| obs.update(topic, v) }
  end
end
p bus.emit("temp", 21)
p bus.emit("humidity", 40)
p bus.emit("temp", 19.5)
p alice.seen, carol.seen
p bus.history

begin
  bus.on("x")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end

counter = 0
inc = proc { |by = 1| counter += by; counter }
bus.on("tick", &inc)
3.times { |i| bus.emit("tick", i) }
bus.emit("tick")
p counter
