# catch/throw for early exits from nested searches and a validation pipeline.
GRID = [
  "..#....",
  ".##.#..",
  "...#.X.",
  "#......",
].freeze

def find_cell(grid, target)
  catch(:found) do
    grid.each_with_index do |row, y|
      row.each_char.with_index do |ch, x|
        throw :found, [x, y] if ch == target
      end
    end
    nil
  end
end
p find_cell(GRID, "X"), find_cell(GRID, "Z"), find_cell(GRID, "#")

def first_pair_summing(nums, target)
  catch(:done) do
    nums.each_with_index do |a, i|
      nums[(i + 1)..].each do |b|
        throw :done, [a, b] if a + b == target
      end
    end
    :none
  end
end
p first_pair_summing([3, 8, 1, 9, 4], 13), first_pair_summing([1, 2], 10)

log = []
result = catch(:abort) do
  %w[parse validate transform save].each do |step|
    log << "start #{step}"
    throw :abort, "aborted at #{step}" if step == "transform"
    log << "end #{step}"
  end
  "completed"
end
p result, log

v = catch { |tag| 10.times { |i| throw tag, i * 100 if i == 4 }; :never }
p v
p catch(:x) { 42 }, catch(:x) { throw :x }, catch(:x) { throw :x, [1, 2] }

def deep(n)
  throw :bottom, n if n.zero?
  deep(n - 1)
ensure
  $unwound << n
end
$unwound = []
p catch(:bottom) { deep(4) }, $unwound

begin
  throw :nobody_catches
rescue UncaughtThrowError => e
  p e.class, e.message, e.tag
end
begin
  catch(:outer) { throw :inner, 1 }
rescue ArgumentError => e
  p e.class.ancestors.include?(ArgumentError), e.message
end

outer = catch(:outer) do
  inner = catch(:inner) do
    throw :outer, "jumped over inner"
  end
  "inner returned #{inner}"
end
p outer
nested = catch(:outer) do
  catch(:inner) { throw :inner, "only inner" } + " then outer done"
end
p nested

tag = Object.new
p catch(tag) { throw tag, :object_tag }
words = %w[apple banana cherry date elderberry fig]
long = catch(:long) do
  words.each { |w| words.each { |u| throw :long, [w, u] if w.size + u.size > 15 } }
  nil
end
p long
total = 0
catch(:budget) do
  [30, 25, 40, 10].each do |cost|
    throw :budget if total + cost > 80
    total += cost
  end
end
p total
p (catch(:m) do
  [[1, 2], [3, 4]].each { |a, b| [a, b].each { |x| throw :m, x * 7 if x.even? } }
end)
