# collatz: longest Collatz chain below a limit (integer division, parity tests, while loops).
def collatz_length(n)
  length = 1
  while n != 1
    n = n.even? ? n / 2 : 3 * n + 1
    length += 1
  end
  length
end

best_length = 0
best_start = 0
1.upto(600_000) do |start|
  length = collatz_length(start)
  if length > best_length
    best_length = length
    best_start = start
  end
end
puts "#{best_start} #{best_length}"
