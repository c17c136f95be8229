# A plugin registry: subclasses register themselves through `inherited`,
# and are also discovered with ObjectSpace.

class Plugin
  @registry = {}

  class << self
    attr_reader :registry

    def inherited(sub)
      super
      Plugin.registry[sub.name.downcase.sub(/plugin\z/, "").to_sym] = sub
    end

    def handles(*exts)
      @extensions = exts
    end

    def extensions
      @extensions || []
    end

    def for_file(path)
      ext = File.extname(path).delete(".")
      registry.values.find { |k| k.extensions.include?(ext) }
    end
  end

  def call(text)
    raise NotImplementedError, "#{self.class} must implement call"
  end
end

class UpcasePlugin < Plugin
  handles "txt", "md"
  def call(text) = text.upcase
end

class ReversePlugin < Plugin
  handles "rev"
  def call(text) = text.reverse
end

class CsvPlugin < Plugin
  handles "csv"
  def call(text) = text.split(",").map(&:strip).join(" | ")
end

class BrokenPlugin < Plugin
end

p Plugin.registry.keys
p Plugin.registry.values
p Plugin.for_file("notes.md"), Plugin.for_file("data.csv"), Plugin.for_file("x.bin")
%w[a.txt b.rev c.csv].each do |f|
  plugin = Plugin.for_file(f).new
  puts "#{f}: #{plugin.call("hello, plugin, world")}"
end
begin
  BrokenPlugin.new.call("x")
rescue NotImplementedError => e
  puts "#{e.class}: #{e.message}"
end

found = ObjectSpace.each_object(Class).select { |k| k < Plugin }
p found.sort_by(&:name)
p ObjectSpace.each_object(Class).include?(Plugin)
p Plugin.subclasses.sort_by(&:name)
p Plugin.descendants rescue p $!.class

module Greeter; end
class Base; end
class Child < Base; include Greeter; end
class GrandChild < Child; end
p ObjectSpace.each_object(Class).select { |k| k <= Base }.sort_by(&:name)
p ObjectSpace.each_object(Module).select { |m| m.is_a?(Module) && !m.is_a?(Class) && m.name == "Greeter" }
p ObjectSpace.each_object(Class).select { |k| k.include?(Greeter) }.map(&:name).sort
p Base.subclasses, Child.superclass, GrandChild.ancestors.take(4)
count = ObjectSpace.each_object(Class).count { |k| k < Exception }
p count > 10
p ObjectSpace.respond_to?(:garbage_collect)
