# Application settings held in OpenStruct objects, merged from defaults and overrides.
require "ostruct"

DEFAULTS = { host: "localhost", port: 8080, debug: false, workers: 2 }.freeze

def load_settings(overrides = {})
  OpenStruct.new(DEFAULTS.merge(overrides))
end

dev = load_settings(debug: true)
prod = load_settings(host: "example.com", port: 443, workers: 8)
p dev.host, dev.port, dev.debug, dev.missing
p prod.to_h, prod[:workers], prod["host"], prod.respond_to?(:port)
prod.timeout = 30
prod[:retries] = 5
p prod.timeout, prod.retries, prod.to_h.keys
prod.delete_field(:retries)
p prod.retries, prod.to_h.size
p dev == load_settings(debug: true), dev.eql?(prod), dev.dig(:host)
puts dev.inspect, prod
people = [
  OpenStruct.new(name: "Ann", age: 31, langs: %w[ruby go]),
  OpenStruct.new(name: "Bob", age: 25, langs: %w[c]),
  OpenStruct.new(name: "Cy", age: 40),
]
p people.map(&:name), people.sort_by(&:age).map(&:name), people.sum(&:age)
p people.map { |pp| (pp.langs || []).size }, people.select { |pp| pp.age > 30 }.map(&:name)
people.each { |pp| pp.senior = pp.age >= 40 }
p people.map(&:senior), people.last.to_h
nested = OpenStruct.new(db: OpenStruct.new(user: "admin", pool: 5), cache: nil)
p nested.db.user, nested.db.pool * 2, nested.cache.nil?, nested.to_h.keys
nested.db.pool += 1
p nested.db.pool
p OpenStruct.new.to_h, OpenStruct.new(a: 1).each_pair.to_a
