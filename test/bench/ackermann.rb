# ackermann: Ackermann function, very deep recursion with almost no work per call.
def ack(m, n)
  if m.zero?
    n + 1
  elsif n.zero?
    ack(m - 1, 1)
  else
    ack(m - 1, ack(m, n - 1))
  end
end

puts (1..9).map { |n| ack(3, n) }.join(" ")
total = 0
2.times { total += ack(3, 9) }
puts total
