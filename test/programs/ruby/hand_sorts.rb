# sorting algorithms written by hand, checked against sort
def insertion_sort(a)
  a = a.dup
  (1...a.size).each do |i|
    x = a[i]
    j = i - 1
    while j >= 0 && a[j] > x
      a[j + 1] = a[j]
      j -= 1
    end
    a[j + 1] = x
  end
  a
end

def merge_sort(a, &cmp)
  cmp ||= ->(x, y) { x <=> y }
  return a if a.size <= 1
  l, r = a.each_slice((a.size / 2.0).ceil).to_a
  l = merge_sort(l, &cmp)
  r = merge_sort(r, &cmp)
  out = []
  out << (cmp.(l.first, r.first) <= 0 ? l.shift : r.shift) until l.empty? || r.empty?
  out + l + r
end

def quick_sort(a)
  return a if a.size < 2
  pivot, *rest = a
  left, right = rest.partition { |x| x < pivot }
  quick_sort(left) + [pivot] + quick_sort(right)
end

def heap_sort(a)
  a = a.dup
  n = a.size
  sift = lambda do |i, lim|
    loop do
      big = i
      [2 * i + 1, 2 * i + 2].each { |c| big = c if c < lim && a[c] > a[big] }
      break if big == i
      a[i], a[big] = a[big], a[i]
      i = big
    end
  end
  (n / 2 - 1).downto(0) { |i| sift.(i, n) }
  (n - 1).downto(1) do |last|
    a[0], a[last] = a[last], a[0]
    sift.(0, last)
  end
  a
end

def counting_sort(a)
  return a if a.empty?
  lo, hi = a.minmax
  counts = Array.new(hi - lo + 1, 0)
  a.each { |x| counts[x - lo] += 1 }
  counts.each_with_index.flat_map { |c, i| [i + lo] * c }
end

def bubble_passes(a)
  a = a.dup
  passes = 0
  loop do
    swapped = false
    (a.size - 1 - passes).times do |i|
      if a[i] > a[i + 1]
        a[i], a[i + 1] = a[i + 1], a[i]
        swapped = true
      end
    end
    passes += 1
    break unless swapped
  end
  [a, passes]
end

seed = 12345
data = Array.new(40) { seed = (seed * 1103515245 + 12345) % 2**31; seed % 1000 - 300 }
p data.first(10)
expected = data.sort
%i[insertion_sort merge_sort quick_sort heap_sort counting_sort].each do |alg|
  res = send(alg, data)
  puts "#{alg.to_s.ljust(14)} #{res == expected ? 'ok' : 'WRONG'} #{res.first(5)}"
end
p bubble_passes([5, 1, 4, 2, 8]), bubble_passes([1, 2, 3])
words = %w[pear Apple fig banana Cherry kiwi apple]
p merge_sort(words) { |a, b| [a.downcase, a] <=> [b.downcase, b] }
p merge_sort(words) { |a, b| b.size <=> a.size }
p words.sort, words.sort_by(&:downcase), words.sort(&:casecmp), words.min(2), words.max_by(2, &:size)
p [[2, "b"], [1, "z"], [2, "a"]].sort, [0.5, -1, 3, 2.25].sort, [3, 1, 2].sort!.first, [1, 2, 3].sort { |a, b| b <=> a }
p data.each_slice(10).map { |s| s.minmax }, data.sum, data.count(&:negative?), data.uniq.size == data.size
p [1, 5, 3].sort.bsearch { |x| x >= 4 }, (expected.index { |x| x >= 0 }), expected.take_while(&:negative?).size
