# Snapshots of a game state: shallow dup vs deep copies (Marshal round trip
# and a hand-written deep_dup), and comparing snapshots.

class Inventory
  attr_reader :items

  def initialize(items = {})
    @items = items
  end

  def add(name, qty = 1)
    @items[name] = @items.fetch(name, 0) + qty
    self
  end

  def ==(other) = other.is_a?(Inventory) && items == other.items
end

class Player
  attr_accessor :name, :hp, :pos, :inventory, :tags

  def initialize(name)
    @name = name
    @hp = 10
    @pos = [0, 0]
    @inventory = Inventory.new
    @tags = ["new"]
  end

  def ==(other)
    other.is_a?(Player) && %i[name hp pos inventory tags].all? { |a| send(a) == other.send(a) }
  end

  def to_s = "#{name} hp=#{hp} pos=#{pos} items=#{inventory.items} tags=#{tags}"
end

def deep_dup(obj)
  case obj
  when Hash then obj.each_with_object({}) { |(k, v), h| h[deep_dup(k)] = deep_dup(v) }
  when Array then obj.map { |v| deep_dup(v) }
  when String then obj.dup
  when Integer, Float, Symbol, nil, true, false then obj
  else
    copy = obj.clone
    obj.instance_variables.each do |iv|
      copy.instance_variable_set(iv, deep_dup(obj.instance_variable_get(iv)))
    end
    copy
  end
end

hero = Player.new("Ayla")
hero.inventory.add("potion", 2).add("rope")

shallow = hero.dup
shallow.pos[0] = 5
shallow.inventory.add("potion")
shallow.tags << "dup"
shallow.hp = 3
puts hero, shallow
p hero == shallow, hero.pos.equal?(shallow.pos)

marshalled = Marshal.load(Marshal.dump(hero))
marshalled.pos[1] = 9
marshalled.inventory.add("map")
marshalled.name << "!"
puts hero, marshalled
p marshalled.class, marshalled.inventory.class, hero.name

manual = deep_dup(hero)
p manual == hero
manual.tags.clear
manual.inventory.items.delete("rope")
puts hero, manual

data = { "level" => 3, list: [1, [2, 3], { deep: "x" }], 2.5 => nil, sym: :ok, big: 2**80, r: 1..4 }
copy = Marshal.load(Marshal.dump(data))
p copy, copy == data, copy.equal?(data), copy[:list][2].equal?(data[:list][2])
copy[:list][1] << 4
p data[:list], copy[:list]

Point = Struct.new(:x, :y)
pts = [Point.new(1, 2), Point.new(3, 4)]
pc = Marshal.load(Marshal.dump(pts))
pc.first.x = 100
p pts, pc
p Marshal.load(Marshal.dump("héllo")).encoding, Marshal.load(Marshal.dump([nil, true, false, -5, 1.5]))

shared = [1, 2]
pair = [shared, shared]
pair_copy = Marshal.load(Marshal.dump(pair))
p pair_copy[0].equal?(pair_copy[1]), deep_dup(pair)[0].equal?(deep_dup(pair)[1])

begin
  Marshal.dump(proc { 1 })
rescue TypeError => e
  puts "TypeError: #{e.message}"
end
begin
  Marshal.dump(Object.new.tap { |o| o.define_singleton_method(:x) { 1 } })
rescue TypeError => e
  puts "TypeError: #{e.message}"
end

frozen = { a: [1] }.freeze
p frozen.dup.frozen?, frozen.clone.frozen?, Marshal.load(Marshal.dump(frozen)).frozen?
snapshots = 3.times.map do |turn|
  hero.hp -= 2
  hero.pos = hero.pos.map { _1 + turn }
  Marshal.load(Marshal.dump(hero))
end
p snapshots.map(&:hp), snapshots.map(&:pos), snapshots.each_cons(2).map { |a, b| a == b }
