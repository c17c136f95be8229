# Bracket balancing with a stack, reporting positions; a short script style.
PAIRS = { ")" => "(", "]" => "[", "}" => "{", ">" => "<" }.freeze
OPEN = PAIRS.values.freeze

def check(src)
  stack = []
  src.each_char.with_index do |ch, i|
    if OPEN.include?(ch)
      stack.push([ch, i])
    elsif PAIRS.key?(ch)
      top, pos = stack.pop
      return "unexpected #{ch} at #{i}" if top.nil?
      return "mismatched #{top}@#{pos} and #{ch}@#{i}" unless PAIRS[ch] == top
    end
  end
  stack.empty? ? "ok" : "unclosed #{stack.map(&:first).join} at #{stack.map(&:last).join(',')}"
end

inputs = ["(a[b]{c}<d>)", "((", "())", "{[}]", "", "no brackets", "x = [1, {a: (2)}]", "<<>>>", "[(])"]
width = inputs.map(&:size).max + 2
inputs.each { |s| puts "#{s.inspect.ljust(width + 2)} #{check(s)}" }

def depth_profile(s)
  d = 0
  s.chars.map { |c| d += 1 if OPEN.include?(c); v = d; d -= 1 if PAIRS.key?(c); v }
end
p depth_profile("(a(b)c)"), depth_profile("[[[]]]").max

def generate(n, open = 0, close = 0, cur = "", out = [])
  return out << cur if cur.size == 2 * n

  generate(n, open + 1, close, cur + "(", out) if open < n
  generate(n, open, close + 1, cur + ")", out) if close < open
  out
end
p generate(3), (1..6).map { |n| generate(n).size }
p generate(4).all? { |s| check(s) == "ok" }, generate(4).count { |s| s.start_with?("((") }

def autoclose(s)
  need = []
  s.each_char do |c|
    if OPEN.include?(c) then need << PAIRS.key(c)
    elsif need.last == c then need.pop
    end
  end
  s + need.reverse.join
end
p autoclose("f(x[1, {a: <b"), autoclose("done()"), PAIRS.invert["("], PAIRS.key("{")
longest = ->(s) do
  best = 0
  stack = [-1]
  s.each_char.with_index do |c, i|
    if c == "("
      stack << i
    else
      stack.pop
      stack.empty? ? stack << i : best = [best, i - stack.last].max
    end
  end
  best
end
p [")()())", "(()", "", "()(())", "((())"].map(&longest)
