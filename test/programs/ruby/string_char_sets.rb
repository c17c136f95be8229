# String#count, #delete and #squeeze over ASCII, UTF-8 and binary strings (char set arguments: ranges, ^, escapes, several sets).
s = "Hello, World! ¡Olé! naïve café"
p s.delete("l"), s.delete("lo"), s.delete("a-z", "^l"), s.delete("é"), s.delete("^a-zA-Z")
p s.count("lo"), s.count("a-z", "^l"), s.count("é"), s.count("\\-"), "a-b".count("a\\-")
p "aaabbbccc  dd".squeeze, "aaabbbccc  dd".squeeze("a-b"), "ééé  ïï".squeeze, "ééé  ïï".squeeze("^é")
x = +"hello"; p x.delete!("l"), x, x.delete!("z")
y = +"mississippi"; p y.squeeze!, y, y.squeeze!
b = "\xff\xff\xfeabc".b; p b.delete("\xff".b), b.squeeze, b.count("\xfe".b)
p "hello".delete("l", "lo"), "hello^".delete("^"), "he-llo".delete("a-")
begin; "x".delete; rescue ArgumentError => e; p e.message; end
begin; "x".count("z-a"); rescue ArgumentError => e; p e.message; end
