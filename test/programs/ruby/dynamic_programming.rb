# Classic dynamic programming problems.
def lcs(a, b)
  dp = Array.new(a.size + 1) { Array.new(b.size + 1, 0) }
  a.each_char.with_index(1) do |ca, i|
    b.each_char.with_index(1) do |cb, j|
      dp[i][j] = ca == cb ? dp[i - 1][j - 1] + 1 : [dp[i - 1][j], dp[i][j - 1]].max
    end
  end
  out = +""
  i, j = a.size, b.size
  while i > 0 && j > 0
    if a[i - 1] == b[j - 1]
      out.prepend(a[i - 1])
      i -= 1
      j -= 1
    elsif dp[i - 1][j] >= dp[i][j - 1]
      i -= 1
    else
      j -= 1
    end
  end
  out
end

def edit_distance(s, t)
  prev = (0..t.size).to_a
  s.each_char.with_index(1) do |cs, i|
    cur = [i]
    t.each_char.with_index(1) do |ct, j|
      cost = cs == ct ? 0 : 1
      cur << [prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost].min
    end
    prev = cur
  end
  prev.last
end

def knapsack(items, capacity)
  best = Array.new(capacity + 1, 0)
  items.each do |_name, weight, value|
    capacity.downto(weight) do |c|
      cand = best[c - weight] + value
      best[c] = cand if cand > best[c]
    end
  end
  best[capacity]
end

def coin_change(coins, amount)
  ways = Array.new(amount + 1, 0)
  ways[0] = 1
  coins.each { |c| (c..amount).each { |a| ways[a] += ways[a - c] } }
  ways[amount]
end

def min_coins(coins, amount)
  inf = amount + 1
  dp = [0] + [inf] * amount
  (1..amount).each do |a|
    coins.each { |c| dp[a] = [dp[a], dp[a - c] + 1].min if c <= a }
  end
  dp[amount] > amount ? -1 : dp[amount]
end

def lis(seq)
  tails = []
  seq.each do |x|
    idx = tails.bsearch_index { |t| t >= x } || tails.size
    tails[idx] = x
  end
  tails.size
end

stairs = Hash.new { |h, n| h[n] = n <= 1 ? 1 : h[n - 1] + h[n - 2] }

puts "LCS: #{lcs('AGGTAB', 'GXTXAYB')}"
puts "LCS: #{lcs('thisisatest', 'testing123testing')}"
[%w[kitten sitting], %w[flaw lawn], %w[intention execution], ["", "abc"]].each do |s, t|
  puts "edit(#{s}, #{t}) = #{edit_distance(s, t)}"
end
items = [["map", 9, 150], ["compass", 13, 35], ["water", 153, 200], ["sandwich", 50, 160],
         ["glucose", 15, 60], ["tin", 68, 45], ["banana", 27, 60], ["apple", 39, 40]]
puts "knapsack(200) = #{knapsack(items, 200)}"
puts "ways(100, [1,5,10,25,50]) = #{coin_change([1, 5, 10, 25, 50], 100)}"
puts "min coins 63 with [1,5,10,21,25] = #{min_coins([1, 5, 10, 21, 25], 63)}"
puts "min coins 7 with [2,4] = #{min_coins([2, 4], 7)}"
puts "LIS = #{lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19])}"
puts "stairs(80) = #{stairs[80]}"
pascal = [[1]]
9.times { pascal << [1, *pascal.last.each_cons(2).map(&:sum), 1] }
pascal.each { |row| puts row.join(" ").center(40).rstrip }
