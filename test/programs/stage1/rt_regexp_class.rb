# One-item Regexps (a character set with a greedy quantifier) are matched without Oniguruma on
# ASCII-only subjects: every form must agree with ruby, on ASCII and non-ASCII subjects alike
# (non-ASCII ones without letters: kiln's \w is Unicode's there, ruby's is ASCII).
PATTERNS = [
  /[A-Za-z]+/, /\d+/, /\w+/, /\s+/, /\S+/, /\W/, /\D*/, /\h+/, /\H?/, /[^aeiou ]+/,
  /,/, /\./, /./, /.+/m, /.*/, /[a-c-]+/, /[-x]/, /[\d,]+/, /[^\s]+/, /[A-Z]+/i, /q/i,
  /[.*+?]+/, /\t/, /[\]\\]+/, /x?/, /\-+/, /[ -\/]+/, / /, /[[:alpha:]]+/, /a+?/, /ab/,
  /(\w+)/, /\w+$/, /^\w/, /[a-z&&[^c]]+/, /\bis\b/, /\A\w/, /[Z-a]+/, /\//, /\e|x/,
]

SUBJECTS = [
  "The quick brown Fox, 42 times.\tjumped -- over\nthe lazy dog's back; 1,000,000 [x] \\ ok?",
  "", "   ", "a", "123abcXYZ", "caf\u00b7 \u2014 99 words,here \u00b7\u00b7", "x\ny\n", "aaa***bbb+++ccc?",
  "ABC abc Qq QUEUE", "-- - --- a-b", "\e[1mbold\e[0m",
]

PATTERNS.each do |re|
  SUBJECTS.each do |s|
    scanned = s.scan(re)
    matched = re.match(s)
    found = s =~ re
    at = s.index(re, 3)
    parts = s.split(re)
    subbed = s.gsub(re) { |w| "<#{w}>" }
    one = s.sub(re, '[\0]')
    puts "#{re.inspect} #{s.inspect}: #{scanned.inspect} #{matched.inspect} #{found.inspect} #{at.inspect}"
    puts "  #{parts.inspect} #{subbed.inspect} #{one.inspect}"
    puts "  #{$~.inspect} #{$~ && [$~.pre_match, $~.post_match].inspect}" if s.match?(re) && s =~ re
    puts "  start_with: #{s.start_with?(re)} #{s[re].inspect} #{s.slice(re).inspect}"
  end
end

# $~ inside the scan block, and blocks that allocate a lot (the collector runs mid-scan)
text = ("word 123 " * 2000 + "end").freeze
count = 0
text.scan(/\d+/) { |d| count += d.to_i + $~.begin(0) % 7; "#{d}-#{count}" * 3 }
puts count
words = {}
text.scan(/[a-z]+/) { |w| words[w.upcase] = (words[w.upcase] || 0) + 1 }
p words
# a long subject whose only non-ASCII char comes last
long = "abc " * 500 + "\u00e9"
p long.scan(/\S+/).size, long.scan(/[a-c]+/).size
p "a1b22c333".scan(/\d+/).map(&:to_i), "a,b,,c,".split(/,/), "a,b,,c,".split(/,/, -1)
p "ab".scan(/x*/), "".scan(/x*/), "abc".gsub(/b*/, "-")
