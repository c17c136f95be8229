# method_missing proxies: a logging proxy, a null object, a dynamic finder and a config tree.
class LoggingProxy < BasicObject
  def initialize(target, log)
    @target = target
    @log = log
  end

  def method_missing(name, *args, &block)
    if @target.respond_to?(name)
      @log << "#{name}(#{args.map(&:inspect).join(', ')})#{block ? ' &blk' : ''}"
      @target.__send__(name, *args, &block)
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false) = @target.respond_to?(name, include_private)
end

log = []
list = LoggingProxy.new([3, 1, 2], log)
p list.sort, list.map { |x| x * 2 }, list.push(9).size, list.first(2)
puts log
begin
  list.frobnicate(1)
rescue NoMethodError => e
  puts "NoMethodError: #{e.name} #{e.args.inspect}"
end

class NullUser
  def method_missing(name, *) = name.end_with?("?") ? false : nil
  def respond_to_missing?(*) = true
  def to_s = "guest"
end
guest = NullUser.new
p guest.admin?, guest.email, guest.respond_to?(:anything), "#{guest}", guest.name.to_a

class Record
  ROWS = [
    { id: 1, name: "ada", lang: "ruby" }, { id: 2, name: "bob", lang: "c" },
    { id: 3, name: "cy", lang: "ruby" }
  ].freeze

  def self.method_missing(name, *args)
    if (m = name.match(/\Afind_(all_)?by_(\w+)\z/))
      field = m[2].to_sym
      return super unless ROWS.first.key?(field)
      finder = m[1] ? :select : :find
      define_singleton_method(name) { |v| ROWS.public_send(finder) { |r| r[field] == v } }
      public_send(name, *args)
    else
      super
    end
  end

  def self.respond_to_missing?(name, priv = false) = name.start_with?("find_") || super
end
p Record.find_by_name("bob"), Record.find_all_by_lang("ruby").map { |r| r[:id] }
p Record.singleton_methods.sort, Record.respond_to?(:find_by_lang), Record.respond_to?(:destroy)
p Record.find_by_id(3)[:name]
begin
  Record.find_by_color("red")
rescue NoMethodError => e
  puts "finder: #{e.message.lines.first}"
end
begin
  Record.delete_all
rescue NoMethodError => e
  puts "other: #{e.message}"
end

class Config
  def initialize(hash = {}) = @data = hash.transform_keys(&:to_s)

  def method_missing(name, *args)
    key = name.to_s
    if key.end_with?("=")
      @data[key.chomp("=")] = args.first
    elsif key.end_with?("?")
      !!@data[key.chomp("?")]
    elsif @data.key?(key)
      v = @data[key]
      v.is_a?(Hash) ? Config.new(v) : v
    else
      super
    end
  end

  def respond_to_missing?(name, priv = false) = @data.key?(name.to_s.delete_suffix("=").delete_suffix("?")) || super
  def to_h = @data
end
cfg = Config.new(db: { host: "localhost", port: 5432 }, debug: false)
p cfg.db.host, cfg.db.port, cfg.debug?, cfg.respond_to?(:db), cfg.respond_to?(:nope)
cfg.timeout = 30
p cfg.timeout, cfg.to_h.keys, cfg.method(:timeout).call
begin
  cfg.missing_key
rescue NoMethodError => e
  puts "config: #{e.message.sub(/0x\h+/, 'XX')}"
end
