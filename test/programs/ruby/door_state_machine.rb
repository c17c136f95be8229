# A tiny state-machine DSL: `state` and `event` declarations generate
# predicate and transition methods with define_method; callbacks run in
# order; a subclass extends the machine and wraps a transition with super.

class InvalidTransition < StandardError
  attr_reader :from, :event

  def initialize(from, event)
    @from = from
    @event = event
    super("cannot #{event} while #{from}")
  end
end

class StateMachine
  class << self
    def states = (@states ||= [])
    def transitions = (@transitions ||= {})
    def callbacks = (@callbacks ||= Hash.new { |h, k| h[k] = [] })

    def inherited(sub)
      super
      sub.instance_variable_set(:@states, states.dup)
      sub.instance_variable_set(:@transitions, transitions.transform_values(&:dup))
      copy = Hash.new { |h, k| h[k] = [] }
      callbacks.each { |k, v| copy[k] = v.dup }
      sub.instance_variable_set(:@callbacks, copy)
    end

    def state(*names, initial: false)
      names.each do |name|
        states << name
        @initial = name if initial
        define_method(:"#{name}?") { @state == name }
      end
    end

    def initial_state = @initial || superclass.initial_state

    def event(name, from:, to:)
      (transitions[name] ||= {})
      Array(from).each { |f| transitions[name][f] = to }
      define_method(name) do |*args|
        target = self.class.transitions[name][@state]
        raise InvalidTransition.new(@state, name) unless target

        previous = @state
        @state = target
        history << [previous, name, target]
        self.class.callbacks[target].each { |cb| instance_exec(previous, *args, &cb) }
        self
      end
      define_method(:"can_#{name}?") { self.class.transitions[name].key?(@state) }
    end

    def on_enter(state, &block)
      callbacks[state] << block
    end
  end

  attr_reader :state

  def initialize
    @state = self.class.initial_state
  end

  def history = (@history ||= [])

  def available_events
    self.class.transitions.select { |_, map| map.key?(@state) }.keys
  end
end

class Door < StateMachine
  state :closed, initial: true
  state :open, :locked

  event :open_door, from: :closed, to: :open
  event :close_door, from: :open, to: :closed
  event :lock, from: :closed, to: :locked
  event :unlock, from: :locked, to: :closed

  on_enter(:open) { |prev| log "opened (was #{prev})" }
  on_enter(:locked) { |_prev, code = "none"| log "locked with code #{code}" }

  def log(msg) = (@log ||= []) << msg
  def messages = @log || []
end

class AlarmedDoor < Door
  state :alarmed
  event :trip, from: %i[open closed locked], to: :alarmed
  event :reset, from: :alarmed, to: :closed

  on_enter(:alarmed) { |prev| log "ALARM from #{prev}" }

  define_method(:unlock) do |*args|
    log "unlock attempt"
    super(*args)
  end
end

door = Door.new
puts "start: #{door.state}, closed? #{door.closed?}"
door.open_door.close_door.lock("1234")
puts "now: #{door.state} (locked? #{door.locked?})"
puts "can open? #{door.can_open_door?}, can unlock? #{door.can_unlock?}"
p door.available_events

begin
  door.open_door
rescue InvalidTransition => e
  puts "error: #{e.message} [#{e.from}/#{e.event}]"
end

door.unlock.open_door
door.history.each_with_index do |(from, ev, to), i|
  puts format("%2d. %-8s --%-10s--> %s", i + 1, from, ev, to)
end
puts door.messages

puts "-" * 20
alarm = AlarmedDoor.new
alarm.lock
alarm.unlock
alarm.trip
p alarm.available_events
alarm.reset
puts alarm.messages.join(" | ")
p AlarmedDoor.states, Door.states
p Door.method_defined?(:trip), AlarmedDoor.method_defined?(:alarmed?)
p AlarmedDoor.transitions[:trip].keys
