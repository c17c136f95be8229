# N-Queens via backtracking; permutations and combinations.
def solve_queens(n)
  solutions = []
  place = lambda do |row, cols|
    if row == n
      solutions << cols.dup
      return
    end
    n.times do |c|
      next if cols.each_with_index.any? { |cc, r| cc == c || (row - r).abs == (c - cc).abs }
      cols.push(c)
      place.call(row + 1, cols)
      cols.pop
    end
  end
  place.call(0, [])
  solutions
end

def board(cols)
  cols.map { |c| (0...cols.size).map { |i| i == c ? "Q" : "." }.join(" ") }
end

(1..8).each do |n|
  puts "#{n}-queens: #{solve_queens(n).size} solutions"
end
first = solve_queens(6).first
puts board(first)
puts

def permutations(arr)
  return [arr] if arr.size <= 1
  arr.flat_map do |x|
    permutations(arr - [x]).map { |p| [x] + p }
  end
end

p permutations([1, 2, 3])
puts permutations(%w[a b c d]).map(&:join).each_slice(6).map { |s| s.join(" ") }
puts [1, 2, 3].permutation.to_a == permutations([1, 2, 3])
puts [1, 2, 3, 4].combination(2).map { |c| c.join("+") }.join(", ")
puts (1..4).to_a.each_cons(2).to_a.inspect
puts [1, 2].product([3, 4], [5]).inspect

def subsets(arr)
  arr.reduce([[]]) { |acc, x| acc + acc.map { |s| s + [x] } }
end
p subsets(%w[x y z])
sums = subsets([3, 34, 4, 12, 5, 2]).select { |s| s.sum == 9 }
p sums
