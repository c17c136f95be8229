# Sorting algorithms, checked against Array#sort, with comparison counting.
module Sorts
  module_function

  def bubble(a)
    a = a.dup
    loop do
      swapped = false
      (a.size - 1).times do |i|
        if a[i] > a[i + 1]
          a[i], a[i + 1] = a[i + 1], a[i]
          swapped = true
        end
      end
      break unless swapped
    end
    a
  end

  def insertion(a)
    a.each_with_object([]) do |x, sorted|
      idx = sorted.index { |y| y > x } || sorted.size
      sorted.insert(idx, x)
    end
  end

  def merge_sort(a)
    return a if a.size <= 1
    mid = a.size / 2
    left = merge_sort(a[0...mid])
    right = merge_sort(a[mid..])
    out = []
    out << (left.first <= right.first ? left.shift : right.shift) until left.empty? || right.empty?
    out + left + right
  end

  def quick(a)
    return a if a.size <= 1
    pivot, *rest = a
    smaller, larger = rest.partition { |x| x < pivot }
    quick(smaller) + [pivot] + quick(larger)
  end

  def heap_sort(a)
    a = a.dup
    n = a.size
    sift = lambda do |start, stop|
      root = start
      while (child = 2 * root + 1) <= stop
        child += 1 if child + 1 <= stop && a[child] < a[child + 1]
        break unless a[root] < a[child]
        a[root], a[child] = a[child], a[root]
        root = child
      end
    end
    (n / 2 - 1).downto(0) { |s| sift.call(s, n - 1) }
    (n - 1).downto(1) do |stop|
      a[0], a[stop] = a[stop], a[0]
      sift.call(0, stop - 1)
    end
    a
  end

  def counting(a)
    return a if a.empty?
    counts = Array.new(a.max - a.min + 1, 0)
    a.each { |x| counts[x - a.min] += 1 }
    counts.each_with_index.flat_map { |c, i| [i + a.min] * c }
  end
end

seed = 7
data = Array.new(30) { seed = (seed * 16_807) % 2_147_483_647; seed % 100 - 20 }
puts "input:  #{data.inspect}"
expected = data.sort
%i[bubble insertion merge_sort quick heap_sort counting].each do |algo|
  result = Sorts.public_send(algo, data)
  puts "#{algo.to_s.ljust(10)} #{result == expected ? 'ok' : 'WRONG'} #{result.first(5).inspect}"
end
words = %w[pear Apple fig banana Cherry date elderberry]
p words.sort
p words.sort_by(&:downcase)
p words.sort { |a, b| [b.size, a] <=> [a.size, b] }
p words.min(2), words.max_by(&:size), words.sort_by { |w| [-w.size, w] }.first(3)
people = [["Ann", 31], ["Bob", 25], ["Cat", 31], ["Dan", 19]]
p people.sort_by { |name, age| [-age, name] }
p people.sort_by(&:last).map(&:first)
p [3, 1, 2].sort.reverse, [3, 1, 2].sort { |a, b| b <=> a }, [0.5, -1, 3].sort
p %w[b10 b9 a100].sort_by { |s| [s[0], s[1..].to_i] }
cmp = 0
[5, 2, 8, 1].sort { |a, b| cmp += 1; a <=> b }
puts cmp > 0
