# freeze, dup and clone: what is copied, what stays frozen, what is shared.
class Config
  attr_reader :name, :options

  def initialize(name, options)
    @name = name
    @options = options
  end

  def initialize_copy(source)
    super
    @options = source.options.dup
  end

  def set(key, value)
    @options[key] = value
    self
  end
end

base = Config.new("base", { debug: false, level: 1 })
copy = base.dup
copy.set(:debug, true)
p base.options, copy.options
base.freeze
p base.frozen?, base.dup.frozen?, base.clone.frozen?, base.clone(freeze: false).frozen?
begin
  base.instance_variable_set(:@name, "changed")
rescue FrozenError => e
  puts "FrozenError: #{e.message.sub(/0x\h+/, 'XX')}"
end
base.set(:level, 2)
p base.options

s = "hello"
t = s
u = s.dup
s << " world"
p t, u, t.equal?(s), u.equal?(s)
f = "const".freeze
p f.frozen?, f.upcase.frozen?, (+f).frozen?, (-"x").frozen?, f.dup.frozen?, f.clone.frozen?
begin
  f << "!"
rescue FrozenError => e
  puts e.message
rescue => e
  puts "other #{e.class}"
end
p :sym.frozen?, 42.frozen?, nil.frozen?, 1.5.frozen?, "lit".frozen?, [].frozen?

list = [[1, 2], "str", { k: "v" }].freeze
shallow = list.dup
shallow << :new
shallow[0] << 3
p list, shallow, list.frozen?, shallow.frozen?, list[0].frozen?
begin
  list << 1
rescue => e
  p e.class, e.message
end
deep = Marshal.load(Marshal.dump([[1], { a: [2] }])) rescue deep = [[1], { a: [2] }].map(&:dup)
p deep

h = { a: [1] }.freeze
h2 = h.merge(b: 2)
p h2, h2.frozen?, h.to_a.frozen?
begin
  h[:c] = 3
rescue FrozenError => e
  p e.message
end

obj = Object.new
obj.define_singleton_method(:greet) { "hi from singleton" }
p obj.clone.greet
begin
  obj.dup.greet
rescue NoMethodError => e
  puts "dup drops singleton: #{e.name}"
end

Point = Struct.new(:x, :y)
pt = Point.new(1, [2]).freeze
pt2 = pt.dup
pt2.x = 5
p pt, pt2, pt2.frozen?
begin
  pt.x = 9
rescue FrozenError => e
  puts e.class
end

CONSTANTS = %w[a b c].freeze
p CONSTANTS.map(&:upcase), CONSTANTS.first.frozen?, CONSTANTS.all?(&:frozen?)
words = %w[x y].map(&:freeze)
p words.map { |w| w.frozen? }, words.map { |w| (w + "!").frozen? }
str = "abc".freeze
p str.equal?(str.dup), str.equal?(str.itself), str.equal?(str.clone), str.clone.frozen?
a = [1, 2, 3]
b = a
b += [4]
p a, b
a.concat([9])
p a, b
c = a.clone.freeze
p c.frozen?, c.map { |x| x * 2 }.frozen?, c.sort.frozen?, c.dup.push(0)
