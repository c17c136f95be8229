# A plugin registry: subclasses register themselves through `inherited`,
# and a small class-level configuration DSL keeps settings in class
# instance variables that subclasses inherit and may override.

module Configurable
  def self.extended(base)
    base.instance_variable_set(:@settings, {})
  end

  def setting(name, default = nil)
    @settings[name] = default
    define_singleton_method(name) do |value = :__unset|
      if value == :__unset
        settings[name]
      else
        @settings = settings.merge(name => value)
      end
    end
  end

  def settings
    own = @settings || {}
    superclass.respond_to?(:settings) ? superclass.settings.merge(own) : own
  end
end

class Plugin
  extend Configurable

  setting :priority, 50
  setting :enabled, true
  setting :label

  class << self
    def registry
      @registry ||= []
    end

    def inherited(subclass)
      super
      Plugin.registry << subclass
      subclass.instance_variable_set(:@settings, {})
    end

    def active
      registry.select(&:enabled).sort_by { |k| [-k.priority, k.name] }
    end

    def create(**opts)
      instance = new(**opts)
      instance.setup if instance.respond_to?(:setup)
      instance
    end
  end

  attr_reader :options

  def initialize(**options)
    @options = options
  end

  def run(text)
    raise NotImplementedError, "#{self.class.name} must implement run"
  end

  def to_s
    "#<#{self.class.label || self.class.name} prio=#{self.class.priority}>"
  end
end

class Upcase < Plugin
  priority 90
  label "UPPER"

  def run(text) = text.upcase
end

class Reverse < Plugin
  def run(text) = text.reverse
end

class Squeeze < Plugin
  priority 70
  def run(text) = text.squeeze(options.fetch(:chars, " "))
end

class Disabled < Squeeze
  enabled false
end

class Exclaim < Plugin
  priority 90
  attr_reader :count

  def self.create(**opts)
    puts "creating #{name} with #{opts.inspect}"
    super
  end

  def setup
    @count = options.fetch(:times, 1)
  end

  def run(text) = text + "!" * count
end

class Broken < Plugin
  priority 10
end

puts "registered: #{Plugin.registry.map(&:name).join(', ')}"
puts "active:     #{Plugin.active.map(&:name).join(', ')}"
puts

Plugin.active.each do |klass|
  printf("%-8s priority=%-3d enabled=%-5s label=%s\n",
         klass.name, klass.priority, klass.enabled, klass.label.inspect)
end
puts

pipeline = Plugin.active.map do |klass|
  klass == Exclaim ? klass.create(times: 3) : klass.create(chars: "lo")
end
pipeline.each { |pl| puts pl }

text = "hello    woooorld"
result = pipeline.inject(text) do |acc, plugin|
  plugin.run(acc)
rescue NotImplementedError => e
  puts "skipped: #{e.message}"
  acc
end
puts result

p Disabled.settings
p Squeeze.settings
p Plugin.settings
p Disabled.superclass.superclass
