# Dynamic programming with Hash default procs as memo tables.
fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[90], fib.size, fib.keys.first(5)

# Ways to make change, memoized on [amount, coin index].
coins = [50, 25, 10, 5, 1]
ways = Hash.new do |h, (amt, i)|
  h[[amt, i]] =
    if amt.zero? then 1
    elsif amt.negative? || i >= coins.size then 0
    else h[[amt - coins[i], i]] + h[[amt, i + 1]]
    end
end
p ways[[100, 0]], ways[[37, 0]], ways.size > 100

# Longest common subsequence with a two-level autovivifying table.
def lcs(a, b)
  memo = Hash.new { |h, i| h[i] = {} }
  len = lambda do |i, j|
    return 0 if i == a.size || j == b.size
    memo[i][j] ||= a[i] == b[j] ? 1 + len.(i + 1, j + 1) : [len.(i + 1, j), len.(i, j + 1)].max
  end
  out = +""
  i = j = 0
  while i < a.size && j < b.size
    if a[i] == b[j]
      out << a[i]
      i += 1
      j += 1
    elsif len.(i + 1, j) >= len.(i, j + 1)
      i += 1
    else
      j += 1
    end
  end
  [len.(0, 0), out]
end
p lcs("AGGTAB", "GXTXAYB"), lcs("kitten", "sitting"), lcs("", "abc")

# Edit distance bottom-up with Array.new blocks.
def edit_distance(s, t)
  d = Array.new(s.size + 1) { |i| Array.new(t.size + 1) { |j| i.zero? ? j : (j.zero? ? i : 0) } }
  (1..s.size).each do |i|
    (1..t.size).each do |j|
      cost = s[i - 1] == t[j - 1] ? 0 : 1
      d[i][j] = [d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost].min
    end
  end
  d[s.size][t.size]
end
%w[kitten:sitting flaw:lawn intention:execution same:same :abc].each do |pair|
  s, t = pair.split(":", -1)
  puts "#{s.inspect} -> #{t.inspect}: #{edit_distance(s, t)}"
end

# 0/1 knapsack returning the chosen items.
Item = Struct.new(:name, :weight, :value)
items = [Item.new("map", 9, 150), Item.new("compass", 13, 35), Item.new("water", 153, 200),
         Item.new("sandwich", 50, 160), Item.new("glucose", 15, 60), Item.new("tin", 68, 45),
         Item.new("banana", 27, 60), Item.new("apple", 39, 40)]
best = Hash.new do |h, (i, cap)|
  h[[i, cap]] =
    if i.negative? then [0, []]
    else
      skip = h[[i - 1, cap]]
      it = items[i]
      if it.weight > cap then skip
      else
        v, chosen = h[[i - 1, cap - it.weight]]
        v + it.value > skip[0] ? [v + it.value, chosen + [it.name]] : skip
      end
    end
end
value, chosen = best[[items.size - 1, 200]]
p value, chosen, chosen.sum { |n| items.find { |it| it.name == n }.weight }

counts = Hash.new(0)
"the quick brown the lazy the end".split.each { |w| counts[w] += 1 }
p counts, counts.default, counts[:missing], counts.fetch("the")
nested = Hash.new { |h, k| h[k] = Hash.new(0) }
%w[a:x a:y b:x a:x].each { |s| k, v = s.split(":"); nested[k][v] += 1 }
p nested, nested.default_proc.arity, fib.default_proc.lambda?
collatz = Hash.new { |h, n| h[n] = n == 1 ? 1 : 1 + h[n.even? ? n / 2 : 3 * n + 1] }
p (1..30).max_by { |n| collatz[n] }, collatz[27]
