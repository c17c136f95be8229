# singleton_observer: a Singleton configuration (one instance per class, private new, no dup/clone)
# and an Observable ticker notifying watchers through update and a custom method.
require "singleton"
require "observer"

class Config
  include Singleton
  attr_accessor :level
  def initialize
    @level = 1
  end
end

class SubConfig < Config; end

p Config.instance.equal?(Config.instance), Config.instance.level
Config.instance.level = 5
p Config.instance.level, SubConfig.instance.equal?(Config.instance), SubConfig.instance.level
begin
  Config.new
rescue NoMethodError => e
  p e.message.lines.first.chomp
end
begin
  Config.instance.dup
rescue TypeError => e
  p e.message.lines.first.chomp
end
begin
  Config.instance.clone
rescue TypeError => e
  p e.message.lines.first.chomp
end
p Config.respond_to?(:instance), Config.include?(Singleton)

class Ticker
  include Observable
  def tick(price)
    changed
    notify_observers(Time.at(0).utc.year, price)
  end
end

class Watcher
  def initialize(name) = @name = name
  def update(year, price) = puts("#{@name}: #{year} #{price}")
  def alert(*args) = puts("alert #{args.inspect}")
end

t = Ticker.new
w = Watcher.new("w1")
p t.count_observers, t.changed?
t.add_observer(w)
t.add_observer(Watcher.new("w2"), :alert)
p t.count_observers
t.tick(10)
p t.changed?
t.notify_observers(1, 2)
t.delete_observer(w)
t.tick(11)
begin
  t.add_observer(Object.new)
rescue NoMethodError => e
  p e.message.lines.first.chomp
end
t.delete_observers
p t.count_observers
