# Keyword arguments, defaults, splats, double splats, multiple assignment.
def greet(name, greeting: "Hello", punct: "!")
  "#{greeting}, #{name}#{punct}"
end

puts greet("Ann")
puts greet("Bob", greeting: "Hi")
puts greet("Cy", punct: "?", greeting: "Yo")

def connect(host, port = 80, *paths, secure: false, **opts)
  scheme = secure ? "https" : "http"
  extra = opts.empty? ? "" : " " + opts.sort.map { |k, v| "#{k}=#{v}" }.join("&")
  "#{scheme}://#{host}:#{port}/#{paths.join('/')}#{extra}"
end

puts connect("example.com")
puts connect("example.com", 8080)
puts connect("example.com", 443, "api", "v1", secure: true)
puts connect("x.org", 1, "a", timeout: 5, retries: 2)

def required_kw(a:, b: a * 2)
  a + b
end
puts required_kw(a: 1)
puts required_kw(b: 1, a: 5)
begin
  required_kw
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  greet("x", colour: "red")
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

opts = { greeting: "Howdy", punct: "." }
puts greet("Dee", **opts)

def sum_all(*nums) = nums.sum
puts sum_all
puts sum_all(1, 2, 3)
arr = [4, 5, 6]
puts sum_all(*arr, 10)

first, *middle, last = [1, 2, 3, 4, 5]
p first, middle, last
a, (b, c), d = 1, [2, 3], 4
p [a, b, c, d]
x, y = y, x
p [x, y]
m, n = 1
p [m, n]
h, = [9, 8]
p h
q, r = 17.divmod(5)
puts "q=#{q} r=#{r}"
*init, tail = "a b c".split
p init, tail

def stats(values)
  [values.min, values.max, values.sum.fdiv(values.size)]
end
lo, hi, mean = stats([3, 1, 4, 1, 5, 9, 2, 6])
puts "lo=#{lo} hi=#{hi} mean=#{mean}"

def kw_only(**kw) = kw
p kw_only(a: 1, "b": 2)
p kw_only

def block_kw
  yield 1, 2, 3
end
block_kw { |a, *rest| p [a, rest] }
block_kw { |a, (b, c)| p [a, b, c] }
[[1, [2, 3]], [4, [5, 6]]].each { |a, (b, c)| print a + b + c, " " }
puts
