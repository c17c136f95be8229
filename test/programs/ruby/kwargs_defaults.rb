# global functions with keyword args, defaults, splats
def greet(name, greeting = "Hello", punct: "!", upcase: false)
  s = "#{greeting}, #{name}#{punct}"
  upcase ? s.upcase : s
end
puts greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct: "?"), greet("Di", "Yo", upcase: true, punct: ".")

def box(width:, height: width, fill: "#") = Array.new(height) { fill * width }
puts box(width: 3), box(width: 4, height: 1, fill: "=")
begin
  box(height: 2)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  greet("x", bogus: 1)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  greet
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end

def log(msg, *tags, level: :info, **meta, &blk)
  extra = meta.map { |k, v| "#{k}=#{v}" }.join(" ")
  line = "[#{level.upcase}] #{msg}"
  line += " #{tags.map { |t| "##{t}" }.join(' ')}" unless tags.empty?
  line += " {#{extra}}" unless extra.empty?
  line = blk.call(line) if blk
  line
end
puts log("start"), log("disk", "io", "hw", level: :warn, pct: 93), log("x", user: "ann") { |l| l.downcase }
opts = { level: :debug, req: 7 }
puts log("splat", **opts), log("arr", *%w[a b])

def counter(start = 0, step = 1) = Enumerator.new { |y| n = start; loop { y << n; n += step } }
p counter.take(3), counter(10, 5).first(4)

def defaults_ref(a, b = a * 2, c = a + b) = [a, b, c]
p defaults_ref(1), defaults_ref(1, 5), defaults_ref(1, 2, 3)

def opt_hash(a, h = {}) = [a, h]
p opt_hash(1), opt_hash(1, { x: 2 })

def mid_splat(first, *mid, last) = "#{first}|#{mid.join(',')}|#{last}"
p mid_splat(1, 2), mid_splat(1, 2, 3, 4)

def kw_only(a:, b: 2) = a + b
h = { a: 5 }
p kw_only(**h), kw_only(a: 1, b: 1), method(:kw_only).arity, method(:greet).arity, method(:mid_splat).arity
p method(:log).parameters
def ret_multi = [1, [2, 3]]
x, (y, z) = ret_multi
p x, y, z
first, *rest = "a b c d".split
p first, rest
*init, last = [1, 2, 3]
p init, last
m, n = 1
p m, n
def block_kw = yield(1, 2)
p block_kw { |a, b = 5, *c| [a, b, c] }
p [[1, 2], [3, 4]].map { |a, b| a * b }, [[1, [2, 3]]].map { |a, (b, c)| a + b + c }
def nil_kw(x, **nil) = x rescue nil
p nil_kw(3)
