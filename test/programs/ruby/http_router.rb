# A small request router: keyword arguments, defaults, **opts, blocks and error messages.
class Router
  Route = Struct.new(:verb, :pattern, :keys, :handler, :name)

  def initialize(prefix: "", strict: false)
    @prefix = prefix
    @strict = strict
    @routes = []
  end

  def get(path, name: nil, &handler) = add("GET", path, name: name, &handler)
  def post(path, name: nil, &handler) = add("POST", path, name: name, &handler)

  def add(verb, path, name: nil, &handler)
    full = @prefix + path
    keys = full.scan(/:(\w+)/).flatten.map(&:to_sym)
    regex = Regexp.new("\\A" + full.gsub(/:(\w+)/, "([^/]+)") + (@strict ? "\\z" : "/?\\z"))
    @routes << Route.new(verb, regex, keys, handler, name)
    self
  end

  def call(verb, path, body: nil, headers: {}, **extra)
    @routes.each do |r|
      next unless r.verb == verb
      m = r.pattern.match(path) or next
      params = r.keys.zip(m.captures).to_h
      return [200, r.handler.call(params, body: body, headers: headers, **extra)]
    end
    [404, "no route for #{verb} #{path}"]
  rescue ArgumentError => e
    [500, "handler error: #{e.message}"]
  end

  def path_for(name, **params)
    route = @routes.find { |r| r.name == name } or raise KeyError, "no route named #{name}"
    src = route.pattern.source.delete_prefix("\\A").sub(%r{/\?\\z\z|\\z\z}, "")
    route.keys.reduce(src) { |s, k| s.sub("([^/]+)", params.fetch(k).to_s) }
  end
end

router = Router.new(prefix: "/api")
router.get("/users", name: :users) { |_params, **| "all users" }
router.get("/users/:id", name: :user) { |params, headers:, **| "user #{params[:id]} (#{headers.fetch('Accept', '*/*')})" }
router.post("/users/:id/posts/:post_id") do |params, body:, **rest|
  "post #{params[:post_id]} for #{params[:id]}: #{body.inspect} extra=#{rest.keys.sort}"
end
router.get("/strict/:a") { |params, mode:, **| "mode #{mode} #{params}" }

p router.call("GET", "/api/users")
p router.call("GET", "/api/users/")
p router.call("GET", "/api/users/42", headers: { "Accept" => "json" })
p router.call("POST", "/api/users/7/posts/3", body: { title: "hi" }, trace: true, user: "x")
p router.call("DELETE", "/api/users/1")
p router.call("GET", "/api/strict/1")
p router.call("GET", "/api/strict/1", mode: :fast)
p router.path_for(:user, id: 99), router.path_for(:users)
begin
  router.path_for(:user)
rescue KeyError => e
  p e.message
end
begin
  router.path_for(:nope)
rescue KeyError => e
  p e.message
end

def connect(host, port = 80, *paths, timeout: 5, retries: 3, **opts, &on_connect)
  desc = "#{host}:#{port}#{paths.map { |x| "/#{x}" }.join} t=#{timeout} r=#{retries} opts=#{opts}"
  on_connect ? on_connect.call(desc) : desc
end
p connect("a")
p connect("b", 8080, "x", "y", timeout: 1)
p connect("c", retries: 0, tls: true) { |d| d.upcase }
p connect(*["d", 443], **{ timeout: 9, verbose: 1 })
opts = { timeout: 2 }
p connect("e", **opts, retries: 7)

def strict(a:, b: a * 2) = [a, b]
p strict(a: 1), strict(b: 0, a: 5)
[-> { strict }, -> { strict(a: 1, c: 2) }, -> { strict(1) }, -> { connect }].each do |bad|
  bad.call
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
def opt_hash(options = {}) = options
p opt_hash(a: 1), opt_hash({ b: 2 }), opt_hash
def splat_only(*args) = args
p splat_only(1, k: 2), splat_only(**{}), splat_only(*[1, 2], *[3])
def kw_only(**kw) = kw
p kw_only(a: 1, "b": 2), kw_only(**{ c: 3 }, d: 4)
def with_block(x, &blk) = blk ? blk.(x) : :no_block
p with_block(3) { |v| v * 2 }
p with_block(3), with_block(4, &:to_s), with_block(5, &->(v) { v + 1 })
