# Keyword arguments the way HTTP-ish client code uses them: required and
# optional keywords, **opts passed along, defaults computed from other
# parameters, and merging of option hashes.

class Request
  DEFAULT_HEADERS = { "Accept" => "*/*", "User-Agent" => "toy/1.0" }.freeze

  attr_reader :verb, :path, :headers, :params, :timeout, :retries

  def initialize(verb, path, headers: {}, params: {}, timeout: 5, retries: verb == :get ? 3 : 0, **extra)
    @verb = verb
    @path = path
    @headers = DEFAULT_HEADERS.merge(headers)
    @params = params
    @timeout = timeout
    @retries = retries
    @extra = extra
  end

  def query
    return "" if params.empty?
    "?" + params.sort.map { |k, v| "#{k}=#{v.to_s.gsub(' ', '+')}" }.join("&")
  end

  def to_s
    flags = @extra.map { |k, v| v == true ? k.to_s : "#{k}=#{v}" }
    line = "#{verb.upcase} #{path}#{query} (timeout #{timeout}s, #{retries} retries)"
    flags.empty? ? line : "#{line} [#{flags.join(' ')}]"
  end
end

class Client
  def initialize(base, **defaults)
    @base = base
    @defaults = defaults
  end

  def get(path, **opts) = request(:get, path, **opts)

  def post(path, body = nil, **opts)
    opts[:headers] = { "Content-Type" => "application/json" }.merge(opts.fetch(:headers, {}))
    opts[:body_size] = body.to_s.bytesize if body
    request(:post, path, **opts)
  end

  def request(verb, path, **opts)
    merged = @defaults.merge(opts) do |key, old, new|
      key == :headers ? old.merge(new) : new
    end
    Request.new(verb, @base + path, **merged)
  end
end

def describe(req)
  puts req
  req.headers.sort.each { |k, v| puts "    #{k}: #{v}" }
end

def paginate(total:, per_page: 10, page: 1)
  pages = (total + per_page - 1) / per_page
  page = page.clamp(1, pages)
  { page: page, pages: pages, range: ((page - 1) * per_page)...[page * per_page, total].min }
end

def tag(name, content = nil, **attrs, &block)
  inner = block ? block.call : content
  attr_text = attrs.map { |k, v| %( #{k.to_s.tr('_', '-')}="#{v}") }.join
  "<#{name}#{attr_text}>#{inner}</#{name}>"
end

client = Client.new("https://api.example", timeout: 10, headers: { "X-Team" => "blue" })
describe client.get("/users", params: { q: "ada lovelace", page: 2 })
describe client.post("/users", '{"name":"ada"}', retries: 1, verbose: true)
describe client.request(:delete, "/users/7", headers: { "Accept" => "text/plain" }, dry_run: true)

p paginate(total: 95)
p paginate(total: 95, page: 12)
p paginate(per_page: 25, total: 95, page: 3)

begin
  paginate(per_page: 5)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

begin
  Request.new(:get, "/x", timeot: 3).then { |r| puts r }
  Client.new("h").get("/y", 1)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

puts tag(:a, "home", href: "/", data_id: 7)
puts tag(:p) { tag(:em, "hi") + "!" }
opts = { class: "box", id: "main" }
puts tag(:div, "x", **opts, title: "t")
puts tag(:br)
h = { timeout: 1 }
p Request.new(:put, "/z", **h, **{ retries: 2 }).then { |r| [r.timeout, r.retries] }
