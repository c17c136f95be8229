# frozen_string_literal: true
# Under the magic comment a plain string literal is one frozen String per site;
# interpolated strings stay new and mutable.

def lit = "abc"

p lit.frozen?, lit.equal?(lit)
a = %w[x y]
p a[0].frozen?
n = 3
s = "n=#{n}!"
p s.frozen?
s << "?"
p s
t = "x".dup
t << "y"
p t, t.frozen?
u = +"plus"
u << "!"
p u
begin
  lit << "d"
rescue FrozenError => e
  p e.class, e.message
end
3.times { |i| print "i#{i} ", "lit".object_id == "lit".object_id ? "" : "", "\n" }
