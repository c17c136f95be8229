# A call whose keywords are only `**` splats passes no keyword Hash when
# they are empty; arity errors of methods with required keywords name them.
def f(*a) = a
h = {}
p f(**h), f(**{}), f(1, **h), f(*[1, 2], **h), f(**{ k: 1 })
p proc { |x = 1| x }.call(**h), proc { |x = 1| x }.call(**{ y: 2 })
def opt(a, b = :default) = [a, b]
p opt(1, **h), opt(1, **{ z: 3 })
def kw(**kw) = kw
p kw(**h), kw(**h, a: 1)

def strict(a:, b: a * 2) = [a, b]
def two(x, y:, z:) = [x, y, z]
def ranged(x, o = 1, k:) = [x, o, k]
[-> { strict(1) }, -> { two }, -> { two(1, 2, y: 3, z: 4) }, -> { ranged }, -> { ranged(1, 2, 3, k: 4) }].each do |bad|
  bad.call
rescue ArgumentError => e
  puts e.message
end
p strict(a: 1), two(0, y: 1, z: 2), ranged(1, k: 2)
