# An event emitter mixed into domain objects: listeners are blocks, method
# objects or objects responding to #call; `once` listeners, wildcard
# listeners, and an audit observer that unsubscribes itself.

module Emitter
  def listeners
    @listeners ||= Hash.new { |h, k| h[k] = [] }
  end

  def on(event, callable = nil, &block)
    handler = callable || block
    raise ArgumentError, "no handler for #{event}" unless handler
    listeners[event] << handler
    -> { listeners[event].delete(handler) }
  end

  def once(event, &block)
    wrapper = nil
    wrapper = proc do |*args|
      listeners[event].delete(wrapper)
      block.call(*args)
    end
    on(event, &wrapper)
  end

  def emit(event, *payload)
    handlers = listeners[event] + listeners[:*]
    handlers.dup.each do |h|
      if listeners[:*].include?(h)
        h.call(event, *payload)
      else
        h.call(*payload)
      end
    end
    handlers.size
  end
end

class Order
  include Emitter
  attr_reader :id, :items, :status

  def initialize(id)
    @id = id
    @items = []
    @status = :new
  end

  def add(name, price, qty: 1)
    @items << { name: name, price: price, qty: qty }
    emit(:item_added, name, price * qty)
    self
  end

  def total = items.sum { |i| i[:price] * i[:qty] }

  def pay!
    @status = :paid
    emit(:paid, total)
  end

  def ship!(carrier: "post")
    raise "order #{id} not paid" unless status == :paid
    @status = :shipped
    emit(:shipped, carrier)
  end
end

class Audit
  attr_reader :lines

  def initialize = @lines = []

  def call(event, *args)
    @lines << "#{event}: #{args.map(&:inspect).join(', ')}"
  end
end

class Mailer
  def self.paid(amount)
    puts format("  mail: thanks for paying $%.2f", amount / 100.0)
  end
end

order = Order.new(42)
audit = Audit.new
order.on(:*, audit)
running = 0
stop_counting = order.on(:item_added) { |_name, cents| running += cents }
order.once(:item_added) { |name| puts "  first item is #{name}" }
order.on(:paid, Mailer.method(:paid))
order.on(:shipped) { |carrier| puts "  shipped via #{carrier}" }

order.add("pencil", 120, qty: 3).add("notebook", 450)
stop_counting.call
order.add("eraser", 80)
puts "running total seen: #{running}, real total: #{order.total}"

begin
  order.ship!
rescue RuntimeError => e
  puts "  error: #{e.message}"
end
n = order.pay!
puts "  paid listeners: #{n}"
order.ship!(carrier: "courier")

begin
  order.on(:cancel)
rescue ArgumentError => e
  puts "  error: #{e.message}"
end

puts "audit log:"
audit.lines.each { |l| puts "  #{l}" }
counts = order.listeners.transform_values(&:size).reject { |_, v| v.zero? }
p counts
p order.status
