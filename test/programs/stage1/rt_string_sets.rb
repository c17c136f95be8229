# delete/count/squeeze remember the set of the last short ASCII spec, and ASCII case mapping copies
# and maps in one pass: the same specs and receivers in changing orders, non-ASCII receivers,
# negated and range specs, binary strings, frozen and empty strings.
SPECS = [".!", "aeiou", "^aeiou", "a-y", "^a-z", "l", "", "^", "a-", "\\-", "-", "lo", ".!", "^.!"]
STRS = [
  "Hello, world! Yes.", "", "caf\u00e9 na\u00efve!!", "aaabbbccc...!!!", "\u00e9\u00e9\u00e9 ...", "no change",
  "SHOUT!!!", "b\xffinary.".b, "tabs\t\tand  spaces..", "x" * 40 + "..",
]

SPECS.each do |spec|
  STRS.each do |s|
    r = [s.delete(spec), s.count(spec), s.squeeze(spec)]
    puts "#{spec.inspect} #{s.inspect}: #{r.inspect} #{r[0].encoding} #{r[2].encoding}"
  end
end

# two specs: intersection, not memoized
p "hello world".delete("l", "lo"), "hello world".count("a-z", "^l"), "hello".squeeze("a-z", "l")
# an invalid range raises every time, also after the same spec parsed fine elsewhere
2.times do
  begin
    "abc".delete("z-a")
  rescue ArgumentError => e
    puts e.message
  end
end
p "abc".delete("a-c"), "xyz".delete("a-c")
# a non-ASCII spec next to an ASCII one with the same bytes prefix
p "caf\u00e9!".delete("\u00e9!"), "caf\u00e9!".delete("!"), "caf\u00e9!".count("^!"), "caf\u00e9!".count("^\u00e9")
# bang forms and frozen receivers
s = +"mississippi"
p s.delete!("s"), s, s.delete!("s"), s.squeeze!("p"), s.squeeze!, s
begin
  "frozen".freeze.delete!("f")
rescue FrozenError => e
  puts e.message
end

CASES = ["hello World", "", "ABC xyz 123 _@[`{", "caf\u00e9 CAF\u00c9", "x", "X", "\xff\xfeAbC".b, "i I", "ALL CAPS", "mIxEd 1 cAsE"]
CASES.each do |s|
  r = [s.downcase, s.upcase, s.capitalize, s.swapcase, s.downcase(:ascii), s.upcase(:ascii), s.downcase(:fold)]
  puts "#{s.inspect}: #{r.inspect} #{r.map(&:encoding).uniq.inspect}"
  t = +s
  u = +s
  v = +s
  w = +s
  puts "  #{t.downcase!.inspect} #{u.upcase!.inspect} #{v.capitalize!.inspect} #{w.swapcase!.inspect}"
end
# the result is a new, unfrozen String even when nothing changed
f = "lower".freeze
d = f.downcase
p d, d.frozen?, d.equal?(f)
d << "!"
p d, f
# many words in a loop: the collector runs while strings are mapped
counts = Hash.new(0)
("The Quick brown FOX jumps over the lazy dog. " * 3000).split.each { |w| counts[w.downcase.delete(".")] += 1 }
p counts.sort
