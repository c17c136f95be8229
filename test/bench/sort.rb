# sort: built-in sort, sort_by, sort with a block, and a hand-written merge sort and quicksort.
class Lcg
  def initialize(seed)
    @state = seed
  end

  def next_int(bound)
    @state = (@state * 6_364_136_223_846_793_005 + 1_442_695_040_888_963_407) & 0xFFFF_FFFF_FFFF_FFFF
    (@state >> 33) % bound
  end
end

def merge_sort(items)
  return items if items.size <= 1

  middle = items.size / 2
  left = merge_sort(items[0...middle])
  right = merge_sort(items[middle..])
  merged = []
  i = j = 0
  while i < left.size && j < right.size
    if left[i] <= right[j]
      merged << left[i]
      i += 1
    else
      merged << right[j]
      j += 1
    end
  end
  merged.concat(left[i..]).concat(right[j..])
end

def quicksort!(items, low = 0, high = items.size - 1)
  while low < high
    pivot = items[(low + high) / 2]
    i = low
    j = high
    while i <= j
      i += 1 while items[i] < pivot
      j -= 1 while items[j] > pivot
      next unless i <= j

      items[i], items[j] = items[j], items[i]
      i += 1
      j -= 1
    end
    if j - low < high - i
      quicksort!(items, low, j)
      low = i
    else
      quicksort!(items, i, high)
      high = j
    end
  end
  items
end

def digest(items)
  items.each_with_index.reduce(0) { |acc, (v, i)| (acc * 31 + v * (i + 1)) % 1_000_000_007 }
end

rng = Lcg.new(2024)
numbers = Array.new(200_000) { rng.next_int(1_000_000) }
words = Array.new(50_000) { Array.new(3 + rng.next_int(6)) { (97 + rng.next_int(26)).chr }.join }

sorted = numbers.sort
puts digest(sorted)
puts digest(merge_sort(numbers)) == digest(sorted)
puts digest(quicksort!(numbers.dup)) == digest(sorted)
puts digest(numbers.sort { |a, b| b <=> a }.first(1000))
puts digest(numbers.sort_by { |n| [n % 1000, n] }.first(1000))
by_length = words.sort_by { |w| [w.length, w] }
puts by_length.first(3).join(",") + " " + by_length.last(3).join(",")
puts words.sort.uniq.size
puts numbers.min(5).join(",") + " " + numbers.max(5).join(",")
