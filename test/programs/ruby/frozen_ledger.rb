# Immutability in practice: deep-frozen configuration, FrozenError messages
# (with receivers), dup vs clone (freeze: false/true), frozen string
# literals vs String.new, Object#freeze on custom objects and their
# attr writers, and defensive copies.

module DeepFreeze
  def self.call(obj)
    case obj
    when Hash then obj.each { |k, v| call(k); call(v) }
    when Array then obj.each { |v| call(v) }
    end
    obj.freeze
  end
end

class Account
  attr_accessor :owner, :balance
  attr_reader :history

  def initialize(owner, balance)
    @owner, @balance, @history = owner, balance, []
  end

  def deposit(n)
    @balance += n
    @history << [:deposit, n]
    self
  end

  def initialize_copy(src)
    super
    @history = src.history.dup
  end
end

config = DeepFreeze.({ "db" => { "hosts" => ["a", "b"], "port" => 5432 }, "name" => "app" })
p config.frozen?, config["db"].frozen?, config["db"]["hosts"].frozen?, config["db"]["hosts"][0].frozen?

attempts = [
  -> { config["new"] = 1 },
  -> { config["db"]["hosts"] << "c" },
  -> { config["name"] << "!" },
  -> { config["db"]["hosts"][0].upcase! },
  -> { config.delete("name") },
  -> { [1, 2].freeze.push(3) },
  -> { "lit".freeze.concat("x") },
  -> { :sym.to_s << "ok" },
  -> { { a: 1 }.freeze.merge!(b: 2) },
]
attempts.each_with_index do |fn, i|
  r = fn.call
  puts "#{i}: ok #{r.inspect}"
rescue FrozenError => e
  puts "#{i}: #{e.class}: #{e.message}"
  p e.receiver.class
end

acct = Account.new("ann", 100).deposit(5)
acct.freeze
begin
  acct.deposit(1)
rescue => e
  puts "#{e.class}: #{e.message.sub(/0x\h+/, "0x…")}"
end
begin
  acct.owner = "bob"
rescue FrozenError => e
  puts e.message.sub(/0x\h+/, "0x…")
end
p acct.balance, acct.history.frozen?
acct.history << [:sneaky, 0]
p acct.history.size

d = acct.dup
c = acct.clone
c2 = acct.clone(freeze: false)
p d.frozen?, c.frozen?, c2.frozen?
d.deposit(50)
p d.balance, acct.balance, d.history.size, acct.history.size, d.history.equal?(acct.history)

s = "hello"
t = s.dup
u = s.clone.freeze
p t.equal?(s), u.frozen?, s.frozen?, u.dup.frozen?, u.clone.frozen?, (+u).frozen?, (-s).frozen?
p String.new("x").frozen?, "a#{1}b".frozen?, :sym.frozen?, 1.frozen?, nil.frozen?, 1.5.frozen?, (1..2).frozen?

obj = Object.new
def obj.greet = "hi"
copy1 = obj.clone
copy2 = obj.dup
p copy1.respond_to?(:greet), copy2.respond_to?(:greet)

list = [[1, 2], [3, 4]].freeze
shallow = list.dup
shallow << [5]
shallow[0] << 99
p list, shallow, list.frozen?, shallow.frozen?
deep = list.map(&:dup)
deep[1] << 100
p list[1], deep[1]

CONSTANTS = %w[red green blue].map(&:freeze).freeze
p CONSTANTS.all?(&:frozen?), CONSTANTS.map(&:upcase), CONSTANTS.first.equal?(CONSTANTS.dup.first)
h = { key: "v" }
h2 = h.merge(other: 1)
h2[:key] << "!"
p h, h2, h.compare_by_identity.frozen?
sym_key = "str_key"
hk = { sym_key => 1 }
p hk.keys.first.frozen?, sym_key.frozen?, hk.keys.first.equal?(sym_key)
point = Struct.new(:x, :y).new(1, 2).freeze
begin
  point.x = 5
rescue FrozenError => e
  puts e.message.gsub(/0x\h+/, "0x*")
end
p [1, 2, 3].freeze.map { _1 * 2 }.frozen?, "abc".freeze.upcase.frozen?, "abc".freeze.to_s.frozen?
