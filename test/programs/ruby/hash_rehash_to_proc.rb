# Hash#rehash after keys change (collisions keep the first key and the last value; errors while iterating or frozen) and Hash#to_proc (a lambda of arity 1 that honours the default).
a = [1]; b = [2]
h = { a => :x, b => :y }
b[0] = 1
p h.rehash, h.size, h[[1]]
key = [1]
hh = { key => :v, "s" => 1 }
key << 2
p hh[[1, 2]], hh[[1]]
p hh.rehash.equal?(hh), hh[[1, 2]], hh["s"]
begin; hh.each { hh.rehash }; rescue => e; p e.class, e.message; end
begin; hh.freeze.rehash; rescue => e; p e.class; end
d = Hash.new { |_, k| k.to_s * 2 }
d[:a] = 1
pr = d.to_proc
p pr.lambda?, pr.arity, pr.call(:a), pr.call(:b), %i[a c].map(&d)
begin; pr.call(1, 2); rescue ArgumentError => e; p e.message; end
p({ 1 => "one" }.to_proc.(2))
big = (1..100).to_h { |i| [[i], i] }
big.each_key { |k| k << 0 }
p big[[5, 0]], big.rehash[[5, 0]], big.size
