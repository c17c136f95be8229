# Deployment settings with Struct (keyword_init and positional), memoized
# derived values (@x ||=), and the freeze/dup/clone rules for nested data.

Endpoint = Struct.new(:host, :port, :tls, keyword_init: true) do
  def url = "#{tls ? 'https' : 'http'}://#{host}:#{port}"
  def to_s = url
end

Limits = Struct.new(:cpu, :memory_mb) do
  include Comparable
  def <=>(other) = to_a <=> other.to_a
  def scale(f) = Limits.new(cpu * f, (memory_mb * f).round)
end

class Service
  attr_reader :name, :endpoint, :limits, :env

  def initialize(name, endpoint:, limits: Limits.new(1, 512), env: {})
    @name = name
    @endpoint = endpoint
    @limits = limits
    @env = env
  end

  def checksum
    @checksum ||= begin
      @computations = (@computations || 0) + 1
      [name, endpoint.url, limits.to_a, env.sort].inspect.sum
    end
  end

  def computations = @computations || 0

  def slug
    @slug ||= name.downcase.gsub(/[^a-z0-9]+/, "-").delete_prefix("-").delete_suffix("-")
  end

  def feature?(flag)
    @features ||= env.fetch("FEATURES", "").split(",").map(&:strip)
    @features.include?(flag)
  end
end

api = Service.new("Public API (v2)",
                  endpoint: Endpoint.new(host: "api.local", port: 443, tls: true),
                  limits: Limits.new(2, 1024),
                  env: { "FEATURES" => "search, beta ,export", "LOG" => "info" })
worker = Service.new("Worker", endpoint: Endpoint.new(host: "10.0.0.5", port: 8080))

[api, worker].each do |s|
  puts "#{s.slug.ljust(14)} #{s.endpoint.to_s.ljust(24)} cpu=#{s.limits.cpu} mem=#{s.limits.memory_mb}"
end

p api.checksum == api.checksum, api.computations
p api.feature?("beta"), api.feature?("debug"), worker.feature?("search")
p api.endpoint.to_h, worker.endpoint.tls
p Endpoint.members, Limits.new(1, 2).to_a
p api.limits > worker.limits, [api.limits, worker.limits, Limits.new(2, 256)].sort.map(&:to_a)
p worker.limits.scale(1.5)

begin
  Endpoint.new("x", 1)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  Endpoint.new(host: "x", prot: 1)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

defaults = { "LOG" => "warn", "TZ" => "UTC" }.freeze
p defaults.frozen?, defaults.dup.frozen?, defaults.clone.frozen?
overlay = defaults.merge("LOG" => "debug")
p overlay, overlay.frozen?
begin
  defaults["TZ"] = "CET"
rescue FrozenError => e
  puts "FrozenError: #{e.message}"
end

ep = Endpoint.new(host: "db", port: 5432, tls: false).freeze
copy = ep.dup
copy.port = 6543
p ep.port, copy.port, ep.frozen?, copy.frozen?, ep.clone.frozen?, ep.clone(freeze: false).frozen?
begin
  ep.port = 1
rescue => e
  puts e.class
end

tags = %w[a b].freeze
shallow = tags.dup
shallow << "c"
deep_frozen = tags.map(&:dup).map(&:freeze).freeze
p tags, shallow, deep_frozen.all?(&:frozen?), tags.first.frozen?
name = "svc".dup
name2 = name.clone
name2 << "-2"
p name, name2, :sym.frozen?, 1.frozen?, nil.frozen?, "lit".frozen?
h = { list: [1, 2] }
h2 = h.dup
h2[:list] << 3
p h, h.equal?(h2), h[:list].equal?(h2[:list])
p ep == Endpoint.new(host: "db", port: 5432, tls: false), ep.eql?(copy), ep.hash == ep.dup.hash
