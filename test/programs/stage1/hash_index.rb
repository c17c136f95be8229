# Hash#[], []=, key? and fetch on receivers inference proves Hashes
# (stage1/hash_index.rb, prims kn_hash_get/put/has/fetch1): defaults,
# default procs, frozen Hashes, compare_by_identity, String keys, keys
# whose #hash runs Ruby code, and the last-hit memo that lets the store of
# `h[k] += 1` skip its lookup while the table changes in between.

def bt(e, n = 2)
  e.backtrace.first(n).map { |l| l.sub(/^.*\//, "") }.join(" | ")
end

# Counting with a default value; Integer, Symbol and String keys.
counts = Hash.new(0)
[3, 1, 3, 2, 3, 1].each { |k| counts[k] += 1 }
p counts
syms = Hash.new(0)
%i[a b a c a].each { |k| syms[k] += 10 }
p syms
words = Hash.new(0)
%w[x y x z x].each { |w| words[w] += 1 }
p words

# String keys are copied and frozen on insert; an existing key is kept.
s = +"key"
h = {}
h[s] = 1
s << "!"
p h, h.keys[0].frozen?, s
k2 = +"key"
h[k2] += 5
p h, h.keys[0].equal?(k2)

# Default procs run on a miss, inside `[]`; they may store themselves.
fib = Hash.new { |hh, n| hh[n] = n < 2 ? n : hh[n - 1] + hh[n - 2] }
p fib[40], fib.size
calls = []
dp = Hash.new { |_, key| calls << key; key * 2 }
dp[1] += 1
dp[1] += 1
p dp, calls

# `h[k] op= v` where the value's computation changes the table first.
t = { a: 1, b: 2, c: 3 }
t[:b] += (t.delete(:b) || 0) + 100
p t
t = { a: 1, b: 2, c: 3 }
t[:c] += begin
  t.delete(:a)
  t.delete(:b)
  t[:d] = 4
  1
end
p t
u = {}
20.times { |i| u[i] = i }
u[19] += begin
  10.times { |i| u.delete(i) }
  22.times { |i| u[100 + i] = i } # the table grows and compacts: entries move
  1000
end
p u.size, u[19], u[109], u.keys.first(3), u.keys[19]
r = { 1 => 1, 2 => 2 }
r[1] += begin
  r.delete(1)
  r[1] = 50 # the same key, a new entry
  1
end
p r
v = { 1 => 1, 2 => 2 }
w = { 1 => 10, 2 => 20 }
v[2] += (w[1] + 0) # another Hash's lookup in between
p v, w

# Mutating the String key between the read and the store.
m = {}
key = +"abc"
m[key] = 1
m[key] += begin
  key << "d"
  1
end
p m

# Frozen Hashes raise FrozenError from `[]=`, the read still works.
fz = { a: 1 }.freeze
begin
  fz[:a] += 1
rescue FrozenError => e
  p e.class, e.message, fz
end
begin
  fz[:b] = 2
rescue => e
  puts e.message
end

# compare_by_identity: equal Strings are different keys.
id = {}.compare_by_identity
a1 = +"s"
a2 = +"s"
id[a1] = 1
id[a2] = 2
id[a1] += 10
p id.size, id[a1], id[a2], id["s"]

# Keys whose #hash and #eql? are the program's own.
class Pt
  attr_reader :x
  def initialize(x) = @x = x
  def hash = @x.hash
  def eql?(o) = o.is_a?(Pt) && o.x == @x
end
ph = Hash.new(0)
[Pt.new(1), Pt.new(2), Pt.new(1)].each { |pt| ph[pt] += 1 }
p ph.values, ph.key?(Pt.new(2)), ph.key?(Pt.new(3)), ph.fetch(Pt.new(1))

class Bad
  def hash = raise("no hash")
end
begin
  ph[Bad.new]
rescue => e
  puts e.message, bt(e, 3)
end
begin
  ph[Bad.new] = 1
rescue => e
  puts e.message, bt(e, 3)
end
begin
  ph.key?(Bad.new)
rescue => e
  puts e.message, bt(e, 3)
end
begin
  ph.fetch(Bad.new)
rescue => e
  puts e.message, bt(e, 3)
end

# fetch: found, missing (KeyError from `fetch`), Float keys.
fe = { 1 => :one, "two" => 2, 1.5 => :f }
p fe.fetch(1), fe.fetch("two"), fe.fetch(1.5), fe.key?(1.5), fe.key?(2)
begin
  fe.fetch(:nope)
rescue KeyError => e
  puts e.message, bt(e)
end

# A new key during iteration raises; updating an existing one does not.
it = { a: 1, b: 2 }
it.each { |kk, _| it[kk] += 1 }
p it
begin
  it.each { |kk, _| it[kk.to_s] = 0 }
rescue => e
  p e.class, e.message
end

# A default proc that raises: the backtrace goes through `[]`.
strict = Hash.new { |_, kk| raise KeyError, "no #{kk}" }
begin
  strict[:x] += 1
rescue KeyError => e
  puts e.message, bt(e, 3)
end

# A subclass keeps its own `[]` and default.
class Counter < Hash
  def [](k) = super || 0
end
cn = Counter.new
cn[:a] += 2
cn[:a] += 3
p cn

# nil|Hash receivers (captured, assigned later) and Hashes of Hashes.
nest = Hash.new { |hh, kk| hh[kk] = Hash.new(0) }
%w[a b a].each_with_index { |w2, i| nest[w2][i % 2] += 1 }
p nest
memo = nil
memo = { z: 0 }
3.times { memo[:z] += 1 }
p memo
