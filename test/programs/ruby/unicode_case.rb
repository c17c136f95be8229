# Case mapping beyond ASCII: upcase/downcase/capitalize/swapcase and their ! forms on Latin-1,
# Latin Extended-A, Greek and Cyrillic text, special cases (ß, ǅ, ŉ, İ, ligatures), the
# :ascii, :turkic and :fold options, and the errors ruby raises.
words = ["ÄÖÜ straße", "Ærøskøbing", "čeština ŁÓDŹ", "Ωμέγα ΣΟΦΊΑ", "Москва ёлка", "ǅemal ǈ ǋ", "ŉ ﬀ ﬁ", "İstanbul ıi"]
words.each do |w|
  puts [w.upcase, w.downcase, w.capitalize, w.swapcase].join(" | ")
end

puts "ß".upcase, "ß".capitalize, "ẞ".downcase, "ǅ".swapcase, "İ".downcase.length
puts "İstanbul ıi".upcase(:turkic), "İstanbul ıi".downcase(:turkic), "iI".swapcase(:turkic)
puts "ÀÉÎ Ab".downcase(:ascii), "àéî aB".upcase(:ascii), "Straße ﬀ".downcase(:fold)
puts :"Élan".upcase.inspect, :"élan".capitalize.inspect

s = +"Grüße aus KÖLN"
p s.upcase!, s, s.upcase!
p s.downcase!, s.capitalize!, s.swapcase!, s
p "élan".capitalize!, "Élan".capitalize!

["Ab\xff".dup, "é\xff".dup].each do |bad|
  %i[upcase downcase capitalize swapcase].each do |m|
    print m, " ", bad.inspect, ": "
    begin
      p bad.send(m)
    rescue ArgumentError => e
      puts "#{e.class}: #{e.message}"
    end
  end
  p bad.upcase(:ascii)
end
p "ÀB".b.downcase, "ÀB".b.swapcase

[[:foo], [:fold], [:ascii, :turkic], [:turkic, :ascii], [:turkic, :lithuanian]].each do |opts|
  begin
    p "iI".upcase(*opts)
  rescue ArgumentError => e
    puts "upcase#{opts.inspect}: #{e.message}"
  end
end
begin
  "ABC".freeze.downcase!
rescue => e
  puts e.class
end
