# recursion with memoization
fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[90], fib.size

def ackermann(m, n)
  if m.zero? then n + 1
  elsif n.zero? then ackermann(m - 1, 1)
  else ackermann(m - 1, ackermann(m, n - 1))
  end
end
p (0..3).map { |m| (0..3).map { |n| ackermann(m, n) } }

class Memo
  def initialize = @cache = {}
  def collatz_len(n)
    return 1 if n == 1
    @cache[n] ||= 1 + collatz_len(n.even? ? n / 2 : 3 * n + 1)
  end
end
m = Memo.new
best = (1..3000).max_by { |n| m.collatz_len(n) }
p best, m.collatz_len(best)

def partitions(n, max = n, memo = {})
  return 1 if n.zero?
  return 0 if n.negative? || max.zero?
  memo[[n, max]] ||= partitions(n - max, max, memo) + partitions(n, max - 1, memo)
end
p (1..12).map { |n| partitions(n) }, partitions(100)

def permutations(arr)
  return [arr] if arr.size <= 1
  arr.flat_map { |x| permutations(arr - [x]).map { |rest| [x] + rest } }
end
p permutations([1, 2, 3]), permutations(%w[a b c d]).size

def power_set(s) = s.empty? ? [[]] : power_set(s[1..]).flat_map { |r| [r, [s[0]] + r] }
p power_set([1, 2, 3]).sort

def flatten_deep(x) = x.is_a?(Array) ? x.flat_map { |e| flatten_deep(e) } : [x]
p flatten_deep([1, [2, [3, [4, [5, [6]]]]], 7])

def hanoi_count(n) = n.zero? ? 0 : 2 * hanoi_count(n - 1) + 1
p hanoi_count(64)

lcs = lambda do |a, b|
  memo = {}
  rec = ->(i, j) do
    return "" if i == a.size || j == b.size
    memo[[i, j]] ||= if a[i] == b[j]
      a[i] + rec.(i + 1, j + 1)
    else
      x = rec.(i + 1, j)
      y = rec.(i, j + 1)
      x.size >= y.size ? x : y
    end
  end
  rec.(0, 0)
end
p lcs.call("AGGTAB", "GXTXAYB"), lcs["kitten", "sitting"]

def edit_distance(a, b)
  d = Array.new(a.size + 1) { |i| Array.new(b.size + 1) { |j| i.zero? ? j : (j.zero? ? i : 0) } }
  (1..a.size).each do |i|
    (1..b.size).each do |j|
      cost = a[i - 1] == b[j - 1] ? 0 : 1
      d[i][j] = [d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost].min
    end
  end
  d[a.size][b.size]
end
p edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn")
def catalan(n, memo = {}) = n <= 1 ? 1 : (memo[n] ||= (0...n).sum { |i| catalan(i, memo) * catalan(n - 1 - i, memo) })
p (0..15).map { |i| catalan(i) }, catalan(60)
def gcd_r(a, b) = b.zero? ? a : gcd_r(b, a % b)
p gcd_r(1071, 462), 1071.gcd(462), 12.lcm(18)
def sum_digits(n) = n < 10 ? n : n % 10 + sum_digits(n / 10)
p sum_digits(2**100), (2**100).digits.sum
