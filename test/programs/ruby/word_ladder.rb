require "set"
# BFS word ladder, anagram classes, and string distance with Set
WORDS = %w[cold cord card ward warm word worm wore core bore bare barn born corn cork wart dart dare care cure].to_set

def neighbors(word, dict)
  word.each_char.with_index.flat_map do |ch, i|
    ("a".."z").filter_map do |c|
      next if c == ch
      cand = word.dup
      cand[i] = c
      cand if dict.include?(cand)
    end
  end
end

def ladder(from, to, dict)
  prev = { from => nil }
  queue = [from]
  until queue.empty?
    w = queue.shift
    if w == to
      path = [w]
      path.unshift(prev[path.first]) while prev[path.first]
      return path
    end
    neighbors(w, dict).sort.each do |n|
      next if prev.key?(n)
      prev[n] = w
      queue << n
    end
  end
  nil
end

p ladder("cold", "warm", WORDS), ladder("cold", "cure", WORDS), ladder("cold", "xyzw", WORDS)
p neighbors("card", WORDS).sort, WORDS.size, WORDS.include?("wore")
degree = WORDS.to_a.sort.to_h { |w| [w, neighbors(w, WORDS).size] }
p degree.max_by { |w, d| [d, w] }, degree.select { |_, d| d == 1 }.keys
components = []
seen = Set.new
WORDS.to_a.sort.each do |w|
  next if seen.include?(w)
  comp = Set[w]
  stack = [w]
  until stack.empty?
    neighbors(stack.pop, WORDS).each { |n| stack << n if comp.add?(n) }
  end
  seen.merge(comp)
  components << comp.to_a.sort
end
p components.size, components.map(&:size)
vowels = Set.new(%w[a e i o u])
p WORDS.to_a.sort.group_by { |w| w.chars.count { |c| vowels.include?(c) } }.transform_values(&:size)
a = Set.new(%w[cold cord card])
b = Set.new(%w[card ward cold])
p (a & b).sort, (a | b).size, (a - b).to_a, a.superset?(Set["cold"]), a.map(&:upcase).sort
