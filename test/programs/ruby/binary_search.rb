# Binary search variants: exact, lower bound, bsearch, and square root by bisection.
def binary_search(arr, target)
  lo = 0
  hi = arr.size - 1
  steps = 0
  while lo <= hi
    steps += 1
    mid = (lo + hi) / 2
    case arr[mid] <=> target
    when 0 then return [mid, steps]
    when -1 then lo = mid + 1
    else hi = mid - 1
    end
  end
  [nil, steps]
end

def lower_bound(arr, target)
  lo, hi = 0, arr.size
  while lo < hi
    mid = (lo + hi) >> 1
    if arr[mid] < target
      lo = mid + 1
    else
      hi = mid
    end
  end
  lo
end

def isqrt(n)
  return n if n < 2
  lo, hi = 1, n
  while lo < hi
    mid = (lo + hi + 1) / 2
    mid * mid <= n ? lo = mid : hi = mid - 1
  end
  lo
end

def bisect_root(lo, hi, tol = 1e-12)
  f_lo = yield(lo)
  while hi - lo > tol
    mid = (lo + hi) / 2.0
    f_mid = yield(mid)
    if (f_mid <=> 0) == (f_lo <=> 0)
      lo, f_lo = mid, f_mid
    else
      hi = mid
    end
  end
  (lo + hi) / 2.0
end

arr = (0...50).map { |i| i * 3 + 1 }
[1, 4, 100, 148, 2, 0, 149, 75].each do |t|
  idx, steps = binary_search(arr, t)
  puts "search #{t.to_s.rjust(3)}: #{idx.inspect.rjust(3)} in #{steps} steps; lower_bound #{lower_bound(arr, t)}; bsearch #{arr.bsearch { |x| x >= t }.inspect}"
end
p [10, 99, 100, 101, 2**40, 10**30].map { |n| isqrt(n) }
root = bisect_root(1, 2) { |x| x * x - 2 }
puts root.round(10)
puts bisect_root(0, 5) { |x| x**3 - 2 * x - 5 }.round(8)
puts (1..100).bsearch { |x| x * x >= 2000 }
sorted_words = %w[apple banana cherry grape kiwi mango peach plum]
puts sorted_words.bsearch { |w| w >= "l" }
puts sorted_words.bsearch_index { |w| w >= "cherry" }
puts sorted_words.bsearch { |w| "zzz" <=> w }.inspect
