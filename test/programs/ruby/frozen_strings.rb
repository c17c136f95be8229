# frozen_string_literal: true

# With the magic comment every plain literal is frozen; interpolation and + build new ones.
GREETING = "hello"
p GREETING.frozen?, "literal".frozen?, "a#{1}b".frozen?, ("x" + "y").frozen?, String.new("s").frozen?
p "same".equal?("same"), GREETING.equal?(GREETING.dup), +"" == "", (+"abc").frozen?, (-"abc").frozen?

def build_report(items)
  out = +""
  items.each_with_index { |(k, v), i| out << "#{i + 1}. #{k}: #{v}\n" }
  out
end
report = build_report({ apples: 3, pears: 5 })
print report
p report.frozen?

begin
  GREETING << " world"
rescue FrozenError => e
  puts "FrozenError: #{e.message}"
end
begin
  "abc".upcase!
rescue => e
  puts "#{e.class}: #{e.message}"
end
begin
  "name".concat("x")
rescue FrozenError => e
  puts e.message
end
s = GREETING.dup
s << " there"
p s, s.frozen?, GREETING
t = "t".dup.tap { |x| x << "ail" }
p t
buf = String.new
buf << "a" << "b"
p buf, buf.encoding.to_s
p "abc".sub("b", "B"), "abc".upcase, "abc".tr("a", "z").frozen?, "abc".freeze.equal?("abc")
p :sym.to_s.frozen?, 1.to_s.frozen?, nil.to_s.frozen?, [1, 2].join.frozen?, "a".center(5).frozen?
h = { "key" => 1 }
p h.keys.first.frozen?
words = %w[alpha beta]
p words.map(&:frozen?), %W[a#{1} b].map(&:frozen?)
sym_str = "dyn_#{:x}"
p sym_str.to_sym, sym_str.frozen?
def mutate!(str)
  str.gsub!("a", "4")
  str
rescue FrozenError
  str.gsub("a", "4")
end
p mutate!("banana"), mutate!(+"banana"), mutate!("banana".dup)
class Label
  DEFAULT = "untitled"
  attr_reader :text
  def initialize(text = DEFAULT) = @text = text
  def append(more)
    @text = @text.frozen? ? @text + more : @text << more
    self
  end
end
l1 = Label.new.append("-1").append("-2")
l2 = Label.new(+"mine").append("!")
p l1.text, l2.text, Label::DEFAULT
p "heredoc check", <<~T.frozen?
  heredoc body
T
chars = "xyz".each_char.to_a
p chars.map(&:frozen?), "q" * 3, ("q" * 3).frozen?
p "%s-%s" % %w[a b], ("%s" % "z").frozen?, "a".freeze.upcase.frozen?
