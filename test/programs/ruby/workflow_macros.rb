# Class-level macros: a state machine DSL with inherited hooks and generated methods.
module StateMachine
  class InvalidTransition < StandardError; end

  def self.included(base)
    base.extend(ClassMethods)
    base.instance_variable_set(:@states, [])
    base.instance_variable_set(:@events, {})
    base.instance_variable_set(:@callbacks, Hash.new { |h, k| h[k] = [] })
  end

  module ClassMethods
    attr_reader :states, :events, :callbacks

    def inherited(sub)
      super
      sub.instance_variable_set(:@states, states.dup)
      sub.instance_variable_set(:@events, events.dup)
      sub.instance_variable_set(:@callbacks, callbacks.dup)
    end

    def state(*names, initial: false)
      names.each do |n|
        states << n
        @initial = n if initial
        define_method("#{n}?") { current_state == n }
      end
    end

    def initial_state = @initial || (superclass.respond_to?(:initial_state) ? superclass.initial_state : states.first)

    def event(name, from:, to:)
      events[name] = { from: Array(from), to: to }
      define_method(name) { fire(name) }
      define_method("can_#{name}?") { events_for_class[name][:from].include?(current_state) }
    end

    def after(state_name, &block) = callbacks[state_name] += [block]
  end

  def current_state = @current_state ||= self.class.initial_state
  def history = @history ||= [current_state]
  def events_for_class = self.class.events

  def fire(name)
    ev = events_for_class.fetch(name)
    unless ev[:from].include?(current_state)
      raise InvalidTransition, "cannot #{name} from #{current_state}"
    end

    @current_state = ev[:to]
    history << ev[:to]
    self.class.callbacks[ev[:to]].each { |cb| instance_exec(name, &cb) }
    self
  end
end

class Order
  include StateMachine
  attr_reader :log

  state :cart, initial: true
  state :paid, :shipped, :delivered, :cancelled
  event :pay, from: :cart, to: :paid
  event :ship, from: :paid, to: :shipped
  event :deliver, from: :shipped, to: :delivered
  event :cancel, from: %i[cart paid], to: :cancelled
  after(:paid) { |ev| log << "charged card (#{ev})" }
  after(:shipped) { |_| log << "label printed" }

  def initialize = @log = []
end

class GiftOrder < Order
  state :wrapped
  event :wrap, from: :paid, to: :wrapped
  event :ship, from: %i[paid wrapped], to: :shipped
  after(:wrapped) { |_| log << "ribbon added" }
end

o = Order.new
p o.current_state, o.cart?, o.can_ship?, o.can_pay?
o.pay.ship
p o.current_state, o.history, o.log
begin
  o.cancel
rescue StateMachine::InvalidTransition => e
  puts "#{e.class}: #{e.message}"
end
o.deliver
p o.delivered?, o.history.size

g = GiftOrder.new
g.pay
g.wrap
g.ship
p g.history, g.log, g.respond_to?(:wrap), o.respond_to?(:wrap)
p Order.states, GiftOrder.states, Order.events.keys, GiftOrder.events.keys
p Order.events[:ship][:from], GiftOrder.events[:ship][:from], GiftOrder.initial_state
p Order.callbacks.keys, GiftOrder.callbacks.keys.sort, Order.callbacks[:wrapped].size
c = Order.new.cancel
p c.cancelled?, c.log, Order.instance_methods(false).sort.first(6)
p GiftOrder.ancestors.take(3), GiftOrder.singleton_class.include?(StateMachine::ClassMethods)
orders = Array.new(4) { Order.new }
orders[0].pay
orders[1].pay.ship
orders[3].cancel
p orders.map(&:current_state).tally
