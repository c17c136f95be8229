# Proxies built on BasicObject and method_missing: a call recorder, a lazy
# loader and a read-only wrapper.

class Recorder < BasicObject
  def initialize(target)
    @target = target
    @calls = []
  end

  def __calls__
    @calls
  end

  def method_missing(name, *args, &block)
    @calls << [name, args]
    result = @target.__send__(name, *args, &block)
    result.equal?(@target) ? self : result
  end

  def respond_to_missing?(name, include_private = false)
    @target.respond_to?(name, include_private)
  end
end

r = Recorder.new([3, 1, 2])
r.push(5)
r << 4
p r.sort
p r.size
p r.map { |x| x * 10 }
p r.__calls__.map(&:first)
p r.__calls__.last
p Recorder.ancestors
p Recorder.instance_methods(false).sort

class LazyLoader < BasicObject
  def initialize(&loader)
    @loader = loader
    @loaded = false
  end

  def __loaded__?
    @loaded
  end

  private

  def __target__
    unless @loaded
      @value = @loader.call
      @loaded = true
    end
    @value
  end

  def method_missing(name, *args, &block)
    __target__.public_send(name, *args, &block)
  end
end

loads = 0
config = LazyLoader.new { loads += 1; { "host" => "localhost", "port" => 8080 } }
p config.__loaded__?
p config["host"]
p config.fetch("port")
p config.keys
p loads
p config.__loaded__?

class ReadOnlyError < StandardError; end

class ReadOnly
  WRITERS = /(?:=|!|<<|\A(?:push|pop|shift|unshift|delete|clear|insert|store|update|replace))\z/

  def initialize(obj)
    @obj = obj
  end

  def method_missing(name, *args, &block)
    if name.to_s.match?(WRITERS)
      raise ReadOnlyError, "#{name} is not allowed on a read-only #{@obj.class}"
    elsif @obj.respond_to?(name)
      @obj.public_send(name, *args, &block)
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false)
    !name.to_s.match?(WRITERS) && @obj.respond_to?(name, include_private)
  end
end

ro = ReadOnly.new({ a: 1, b: 2 })
p ro[:a]
p ro.to_a
p ro.respond_to?(:each)
p ro.respond_to?(:store)
p ro.respond_to?(:frobnicate)
%i[store clear].each do |m|
  begin
    ro.public_send(m, :c, 3)
  rescue ReadOnlyError => e
    puts "#{e.class}: #{e.message}"
  end
end
begin
  ro.frobnicate
rescue NoMethodError => e
  puts e.message.lines.first.chomp.sub(/0x\h+/, "XX")
  p e.name
end

list = ReadOnly.new([5, 6])
p list.first
p list.sum
begin
  list << 7
rescue ReadOnlyError => e
  puts e.message
end

# BasicObject has very few methods
b = BasicObject.new
p BasicObject.instance_methods.sort
p (b == b)
p !b
p b.__id__.is_a?(Integer)
begin
  b.inspect
rescue NoMethodError => e
  puts e.message.lines.first.chomp.sub(/0x\h+/, "XX")
end
