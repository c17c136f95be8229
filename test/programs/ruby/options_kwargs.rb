# Keyword arguments: defaults computed from other args, required keywords, **opts passthrough.
class HttpRequest
  DEFAULTS = { timeout: 30, retries: 2, verify: true }.freeze

  attr_reader :method, :url, :headers, :options

  def initialize(method, url, headers: {}, body: nil, **options)
    unknown = options.keys - DEFAULTS.keys
    raise ArgumentError, "unknown option(s): #{unknown.join(', ')}" unless unknown.empty?
    @method = method.to_s.upcase
    @url = url
    @headers = { "User-Agent" => "kiln/1.0" }.merge(headers)
    @body = body
    @options = DEFAULTS.merge(options)
  end

  def self.get(url, **kw) = new(:get, url, **kw)
  def self.post(url, body, **kw) = new(:post, url, body: body, **kw)

  def describe(verbose: false, indent: verbose ? 4 : 0)
    lines = ["#{method} #{url}"]
    lines += headers.map { |k, v| "#{k}: #{v}" } if verbose
    lines << "body=#{@body.inspect}" if @body
    lines << options.map { |k, v| "#{k}=#{v}" }.join(" ")
    lines.map { |l| " " * indent + l }.join("\n")
  end
end

puts HttpRequest.get("/a").describe
puts HttpRequest.get("/b", timeout: 5, headers: { "Accept" => "json" }).describe(verbose: true)
puts HttpRequest.post("/c", "x=1", retries: 0).describe(indent: 2)
begin
  HttpRequest.get("/d", timeot: 1)
rescue ArgumentError => e
  puts "error: #{e.message}"
end

def connect(host:, port: 5432, user: ENV.fetch("KILN_TEST_USER", "admin"), ssl: port == 443)
  "#{user}@#{host}:#{port}#{ssl ? ' (ssl)' : ''}"
end
p connect(host: "db"), connect(host: "web", port: 443), connect(port: 1, host: "h", ssl: true)
[-> { connect }, -> { connect(host: "x", bogus: 1) }, -> { connect("x") },
 -> { connect(host: "a", hots: "b", prot: 1) }].each do |call|
  call.()
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

def tag(name, content = nil, **attrs, &block)
  content = block.call if block
  attr_s = attrs.map { |k, v| v == true ? " #{k}" : %( #{k.to_s.tr('_', '-')}="#{v}") }.join
  "<#{name}#{attr_s}>#{content}</#{name}>"
end
p tag(:p, "hi"), tag(:a, "link", href: "/x", data_id: 7), tag(:input, disabled: true)
p tag(:div, class: "box") { tag(:span, "inner") }
opts = { href: "/y", title: "Y" }
p tag(:a, "y", **opts), tag(:a, "z", **opts, title: "Z"), tag(:br, **{})

def summarize(*items, sep: ", ", **rest)
  "#{items.join(sep)}#{rest.empty? ? '' : " #{rest}"}"
end
p summarize(1, 2, 3), summarize(1, sep: "-"), summarize("a", "b", extra: true), summarize
h = { sep: "|" }
p summarize(:x, :y, **h), summarize({ sep: "/" }), summarize(*%w[p q], **h, more: 1)

def kw_only(a:, b: a * 2, **) = [a, b]
p kw_only(a: 1), kw_only(a: 2, b: 0), kw_only(a: 3, c: 9)
def positional_hash(opts = {}) = opts
p positional_hash(a: 1), positional_hash({ b: 2 }), positional_hash
m = method(:connect)
p m.parameters, method(:tag).parameters, method(:kw_only).arity, method(:summarize).arity
def block_kw = yield(1, scale: 10)
p block_kw { |x, scale: 1| x * scale }, block_kw { |x, **o| [x, o] }
config = { host: "cfg", port: 99 }
p connect(**config), connect(**config, user: "root")
Opt = Struct.new(:name, :value, keyword_init: true)
p Opt.new(name: "n", value: 1), Opt.new(name: "x").value
begin
  Opt.new("pos")
rescue ArgumentError => e
  puts e.message
end
