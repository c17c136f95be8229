# Class-level state: class variables, class instance variables, class methods.
class Widget
  @@created = 0
  @registry = []

  class << self
    attr_reader :registry

    def create(*args)
      w = new(*args)
      @registry << w
      w
    end
  end

  def self.created = @@created

  attr_reader :name, :serial

  def initialize(name)
    @@created += 1
    @serial = @@created
    @name = name
  end

  def to_s = "#{name}##{serial}"
end

class Gizmo < Widget
  @registry = []

  def to_s = "gizmo " + super
end

a = Widget.create("alpha")
b = Widget.create("beta")
g = Gizmo.create("gamma")
Widget.new("loose")
puts a, b, g
puts "created: #{Widget.created} #{Gizmo.created}"
puts "widget registry: #{Widget.registry.map(&:name).inspect}"
puts "gizmo registry: #{Gizmo.registry.map(&:name).inspect}"

class Config
  DEFAULTS = { color: "blue", size: 10 }.freeze

  def self.settings
    @settings ||= DEFAULTS.dup
  end

  def self.set(key, value)
    raise KeyError, "unknown setting #{key}" unless DEFAULTS.key?(key)
    settings[key] = value
  end

  def self.reset!
    @settings = nil
  end
end

Config.set(:size, 12)
p Config.settings
begin
  Config.set(:shape, "round")
rescue KeyError => e
  puts e.message
end
Config.reset!
p Config.settings
p Config::DEFAULTS.equal?(Config.settings)

module Counter
  def self.included(base)
    base.extend(ClassMethods)
  end

  module ClassMethods
    def instances
      @instances ||= 0
    end

    def track!
      @instances = instances + 1
    end
  end

  def initialize(*)
    self.class.track!
    super()
  end
end

class Thing
  include Counter
end

class Other
  include Counter
end

3.times { Thing.new }
Other.new
puts "Thing: #{Thing.instances}, Other: #{Other.instances}"
