# Routing webhook-style events with case/in: hash and array patterns,
# find patterns, guards, pins, alternatives and deconstruct/deconstruct_keys.

Money = Struct.new(:cents, :currency) do
  def to_s = format("%s %.2f", currency, cents / 100.0)
end

class Address
  attr_reader :city, :zip

  def initialize(city, zip)
    @city = city
    @zip = zip
  end

  def deconstruct_keys(keys) = { city: city, zip: zip }
  def deconstruct = [city, zip]
end

def describe(event, vip_ids)
  case event
  in { type: "payment", amount: Money[cents, "USD"] } if cents >= 100_000
    "large USD payment of #{cents / 100}"
  in { type: "payment", amount: Money(cents:, currency: "EUR" | "GBP" => cur) }
    "european payment #{cur} #{cents}"
  in { type: "payment", amount: }
    "payment #{amount}"
  in { type: "signup", user: { id: Integer => id } } if vip_ids.include?(id)
    "VIP signup ##{id}"
  in { type: "signup", user: { id:, email: /@example\.com\z/ => email } }
    "test signup #{id} (#{email})"
  in { type: "signup", user: { id: } }
    "signup ##{id}"
  in { type: "ship", to: Address[city, /\A9/] }
    "ship west to #{city}"
  in { type: "ship", to: Address(city:) }
    "ship to #{city}"
  in { type: "batch", items: [] }
    "empty batch"
  in { type: "batch", items: [*, { error: String => err }, *] }
    "batch with error: #{err}"
  in { type: "batch", items: [first, *rest] }
    "batch of #{rest.size + 1} starting with #{first[:id]}"
  in { type: String => t, **rest } if rest.empty?
    "bare #{t}"
  in { type: String => t, **nil }
    "never reached #{t}"
  in { type: String => t, **extra }
    "unknown #{t} with #{extra.keys.sort.join(',')}"
  in [:ping, Integer | Float => n]
    "ping #{n}"
  in [:pair, x, ^x]
    "twin pair #{x}"
  in [:pair, x, y]
    "pair #{x},#{y}"
  in nil
    "nothing"
  end
end

events = [
  { type: "payment", amount: Money.new(250_000, "USD") },
  { type: "payment", amount: Money.new(999, "GBP") },
  { type: "payment", amount: Money.new(1_250, "USD") },
  { type: "signup", user: { id: 7, email: "boss@corp.com" } },
  { type: "signup", user: { id: 8, email: "qa@example.com" } },
  { type: "signup", user: { id: 9, email: "x@y.z" } },
  { type: "ship", to: Address.new("Oakland", "94607") },
  { type: "ship", to: Address.new("Boston", "02110") },
  { type: "batch", items: [] },
  { type: "batch", items: [{ id: 1 }, { id: 2, error: "timeout" }, { id: 3 }] },
  { type: "batch", items: [{ id: 4 }, { id: 5 }] },
  { type: "heartbeat" },
  { type: "audit", who: "root", at: 1 },
  [:ping, 42],
  [:ping, 1.5],
  [:pair, 3, 3],
  [:pair, 3, 4],
  nil
]

events.each { |e| puts describe(e, [7]) }

begin
  describe([:pong], [])
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end

# one-line patterns
config = { db: { user: "admin", port: 5432 }, mode: "dev" }
config => { db: { user:, port: } }
p [user, port]
dev = (config in { mode: "dev" | "test" })
str_port = (config in { db: { port: String } })
p dev, str_port
if config in { db: { port: 5000.. => big } }
  p big
end

expected = 5432
case config
in { db: { port: ^expected } } then puts "pinned port ok"
end
case 7
in ^(3 + 4) then puts "pinned expression ok"
end

# arrays: splats and nested
def shape(arr)
  case arr
  in [] then "empty"
  in [x] then "one: #{x}"
  in [Integer, Integer] => pair then "int pair #{pair.sum}"
  in [first, *, last] if first == last then "bookends #{first}"
  in [[a, b], *tail] then "nested head #{a}+#{b}, #{tail.size} more"
  in [*, 0, *post] then "zero followed by #{post.inspect}"
  else "other #{arr.size}"
  end
end

[[], [1], [2, 3], [5, 1, 5], [[1, 2], 3, 4], [9, 0, 8, 7], %w[a b c]].each { |a| puts shape(a) }

begin
  { name: "x" } => { id: }
rescue NoMatchingPatternKeyError => e
  puts "#{e.class}: #{e.message}"
end
