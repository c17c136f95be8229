# An ActiveRecord-flavoured in-memory table: dynamic finders through
# method_missing (find_by_name, find_all_by_city_and_age), respond_to_missing?,
# a chainable query proxy forwarding unknown calls to its result Array,
# and `method` on a ghost method.

class Table
  def initialize(rows) = @rows = rows

  def all = @rows

  def method_missing(name, *args, &block)
    if (m = name.to_s.match(/\Afind_(all_)?by_(\w+)\z/))
      fields = m[2].split("_and_").map(&:to_sym)
      unless fields.size == args.size
        raise ArgumentError, "wrong number of arguments (given #{args.size}, expected #{fields.size})"
      end

      matches = @rows.select { |r| fields.zip(args).all? { |f, v| v === r[f] } }
      m[1] ? matches : matches.first
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false)
    name.to_s.start_with?("find_by_", "find_all_by_") || super
  end

  def where(**conds) = Query.new(@rows, conds)
end

class Query
  def initialize(rows, conds)
    @rows = rows
    @conds = conds
  end

  def where(**more) = Query.new(@rows, @conds.merge(more))
  def order(field) = Query.new(@rows.sort_by { |r| r[field] }, @conds)
  def to_a = @rows.select { |r| @conds.all? { |f, v| v === r[f] } }
  def inspect = "#<Query #{@conds.map { |k, v| "#{k}: #{v.inspect}" }.join(", ")}>"

  def method_missing(name, *args, &block)
    if [].respond_to?(name)
      to_a.public_send(name, *args, &block)
    else
      super
    end
  end

  def respond_to_missing?(name, priv = false) = [].respond_to?(name, priv) || super
end

people = Table.new([
  { name: "Ann", city: "Oslo", age: 31 },
  { name: "Ben", city: "Lima", age: 25 },
  { name: "Cid", city: "Oslo", age: 42 },
  { name: "Dee", city: "Rome", age: 25 },
  { name: "Eli", city: "Oslo", age: 25 },
])

p people.find_by_name("Cid")
p people.find_by_city("Rome")[:name]
p people.find_all_by_age(25).map { |r| r[:name] }
p people.find_all_by_city_and_age("Oslo", 25)
p people.find_all_by_age(30..45).map { |r| r[:name] }
p people.find_by_name(/^E/)[:city]
p people.respond_to?(:find_by_anything), people.respond_to?(:explode)
finder = people.method(:find_by_city)
p finder.call("Lima")[:name], finder.arity
begin
  people.find_by_name_and_city("Ann")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  people.explode
rescue NoMethodError => e
  puts "NoMethodError: #{e.message[/undefined method `\w+'/]}"
  p e.name, e.args
end

q = people.where(city: "Oslo")
p q
p q.size, q.map { |r| r[:name] }, q.where(age: 20..35).order(:age).map { |r| r[:name] }
p q.order(:age).first[:name], q.respond_to?(:each_slice), q.respond_to?(:fly)
p q.sum { |r| r[:age] }, q.min_by { |r| r[:age] }[:name]
begin
  q.fly
rescue NoMethodError => e
  puts "NoMethodError for #{e.name}"
end

class Recorder < BasicObject
  def initialize = @calls = []
  def __calls__ = @calls

  def method_missing(name, *args)
    @calls << [name, args]
    self
  end

  def respond_to_missing?(*) = true
end

r = Recorder.new
r.select(:a).from("t").limit(5).puts("not kernel")
p r.__calls__

class Settings
  def initialize = @data = {}

  def method_missing(name, *args)
    key = name.to_s
    if key.end_with?("=") then @data[key.chomp("=").to_sym] = args.first
    elsif key.end_with?("?") then !!@data[key.chomp("?").to_sym]
    elsif @data.key?(name) then @data[name]
    else super
    end
  end

  def respond_to_missing?(name, priv = false) = name.to_s.end_with?("=", "?") || @data.key?(name) || super
end

s = Settings.new
s.theme = "dark"
s.volume = 7
p s.theme, s.volume, s.theme?, s.muted?, s.respond_to?(:theme), s.respond_to?(:color)
p (s.color rescue $!.class)
