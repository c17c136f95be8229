# Kernel#loop with literal blocks: break values, next, StopIteration's
# result, `return` from inside (also through rescue and ensure), nested
# loops, loops inside other blocks, and backtraces through them.

def break_value(n)
  i = 0
  r = loop do
    i += 1
    next if i.odd?
    break i * 10 if i >= n
  end
  [i, r]
end
p break_value(5)

def bare_break
  loop { break }
end
p bare_break

def collect(n)
  acc = []
  i = 0
  loop do
    i += 1
    acc << i
    break if acc.size == n
  end
  acc
end
p collect(4)

# StopIteration ends the loop; loop returns the exception's result.
e = [1, 2, 3].each
got = []
res = loop do
  got << e.next
end
p got, res
p $!

class Done < StopIteration
end
r = loop do
  raise Done, "stop"
end
p r

def stop_with_result
  loop do
    raise StopIteration
  end
end
p stop_with_result

# A rescue inside the loop sees StopIteration first.
n = 0
v = loop do
  n += 1
  begin
    raise StopIteration if n < 3
    break :out
  rescue StopIteration
    next
  end
end
p [n, v]

# Other exceptions pass through the loop.
begin
  loop do
    raise ArgumentError, "bad"
  end
rescue ArgumentError => ex
  p ex.message
end

# `return` from the method, directly, inside a rescue, and with an ensure.
def first_big(a)
  i = 0
  loop do
    return a[i] if a[i] > 10
    i += 1
    return nil if i >= a.size
  end
end
p first_big([3, 20, 30]), first_big([1, 2])

def guarded_return(a)
  begin
    loop do
      x = a.shift
      return x * 2 if x.even?
    end
  rescue NoMethodError
    :empty
  end
end
p guarded_return([1, 3, 4]), guarded_return([1])

def with_ensure(log)
  loop do
    return :early if log.size > 1
    log << :tick
  end
ensure
  log << :ensured
end
log = []
p with_ensure(log), log

# Nested loops, a `return` two levels in, and an `each` around a loop.
def pairs(limit)
  out = []
  i = 0
  loop do
    i += 1
    j = 0
    loop do
      j += 1
      return out if out.size >= limit
      break if j >= i
      out << [i, j]
    end
  end
end
p pairs(4)

def grid(rows)
  total = 0
  rows.each do |row|
    k = 0
    loop do
      break if k >= row.size
      total += row[k]
      k += 1
    end
  end
  total
end
p grid([[1, 2], [3], []])

def find_in(rows, want)
  rows.each_with_index do |row, r|
    c = 0
    loop do
      break if c >= row.size
      return [r, c] if row[c] == want
      c += 1
    end
  end
  nil
end
p find_in([[1, 2], [3, 4]], 4), find_in([[1]], 9)

# A block left as a Proc inside the loop can still return from the method.
def via_proc(list)
  loop do
    list.each { |x| return x if x > 1 }
    return :none
  end
end
p via_proc([1, 2, 3]), via_proc([0])

# Block parameters get nil; locals are fresh each iteration.
k = 0
loop do |a, b|
  p [a, b] if k.zero?
  z = 5 if k == 1
  p z
  k += 1
  break if k == 2
end

# Backtraces name the loop and the block frames.
def deep(n)
  loop do
    raise "deep #{n}" if n.zero?
    n -= 1
  end
end

def outer
  loop do
    deep(2)
  end
end

begin
  outer
rescue => ex
  puts ex.message
  puts ex.backtrace
end

def trace_through
  [1].each do |x|
    loop do
      raise IndexError, "idx #{x}"
    end
  end
end
begin
  trace_through
rescue IndexError => ex
  puts ex.backtrace
end
