# Arguments: required, default, splat, post-required, keyword (required and optional),
# double-splat, block parameter, splatting arrays into calls, argument errors.
def req(a, b)
  [a, b]
end

def opt(a, b = a * 2, c = b + 1)
  [a, b, c]
end

def splat(first, *rest)
  [first, rest]
end

def post(a, *mid, z)
  [a, mid, z]
end

def kw(a, size: 10, name:)
  "#{a} #{size} #{name}"
end

def kwrest(a, b: 1, **opts)
  [a, b, opts]
end

def with_block(x, &blk)
  blk.call(x) + (block_given? ? 1 : 0)
end

def takes_hash(h)
  h[:k]
end

def all(a, b = 2, *c, d, e:, f: 6, **g, &h)
  [a, b, c, d, e, f, g, h ? h.call : nil]
end

p req(1, 2)
p opt(1)
p opt(1, 5)
p opt(1, 5, 7)
p splat(1)
p splat(1, 2, 3)
p post(1, 2)
p post(1, 2, 3, 4)
puts kw(1, name: "n")
puts kw(1, size: 3, name: "m")
p kwrest(1)
p kwrest(1, b: 2, c: 3, d: 4)
puts with_block(5) { |v| v * 10 }
puts takes_hash({ k: 9 })
puts takes_hash(k: 8)
arr = [3, 4]
p req(*arr)
p splat(*arr, 5)
p all(1, 9, e: 5)
p all(1, 2, 3, 4, 5, e: 0, f: 1, z: 2) { :blk }
begin
  req(1)
rescue ArgumentError => e
  puts e.message
end
begin
  kw(1)
rescue ArgumentError => e
  puts e.message
end
begin
  kw(1, name: 2, bogus: 3)
rescue ArgumentError => e
  puts e.message
end
begin
  opt
rescue ArgumentError => e
  puts e.message
end
