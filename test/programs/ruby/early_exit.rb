# catch/throw for early exits from nested loops, recursive searches and validators.
GRID = [
  %w[. . # . .],
  %w[. # . . #],
  %w[. . . X .],
  %w[# . . . .]
].freeze

def find_cell(grid, target)
  catch(:found) do
    grid.each_with_index do |row, y|
      row.each_with_index do |cell, x|
        throw :found, [x, y] if cell == target
      end
    end
    nil
  end
end
p find_cell(GRID, "X"), find_cell(GRID, "Z"), find_cell(GRID, "#")

def deep_find(tree, &pred)
  catch do |tag|
    walk = lambda do |node, path|
      case node
      when Hash then node.each { |k, v| walk.(v, path + [k]) }
      when Array then node.each_with_index { |v, i| walk.(v, path + [i]) }
      else throw tag, path if pred.(node)
      end
    end
    walk.(tree, [])
    :none
  end
end
config = { app: { name: "kiln", ports: [80, 443, 8080] }, db: { pool: 5, replicas: [{ host: "r1", port: 5433 }] } }
p deep_find(config) { |v| v == 8080 }, deep_find(config) { |v| v.to_s.start_with?("r") }
p deep_find(config) { |v| v.nil? }

def validate(record)
  errors = []
  result = catch(:invalid) do
    record.each do |field, value|
      throw :invalid, "#{field} missing" if value.nil?
      errors << "#{field} too long" if value.to_s.size > 8
    end
    :ok
  end
  [result, errors]
end
p validate(name: "ada", email: "a@b.c"), validate(name: "ada", email: nil, x: 1)
p validate(name: "a very long name", city: "Amsterdam")

log = []
value = catch(:outer) do
  catch(:inner) do
    log << "in inner"
    throw :outer, "from inner to outer"
  end
  log << "never"
end
p value, log
v2 = catch(:a) { catch(:b) { throw :a } ; :after_b }
p v2
p catch(:x) { 42 }, catch(:x) { throw :x }, catch { |t| throw t, [1, 2] }

def counter_until(limit)
  n = 0
  catch(:stop) do
    loop do
      n += 1
      throw :stop if n * n > limit
    end
  end
  n
end
p counter_until(50), counter_until(0)

begin
  throw :nobody_catches
rescue UncaughtThrowError => e
  p e.message, e.tag, e.value
end
begin
  catch(:a) { throw :b, 1 }
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
cleanup = []
r = catch(:done) do
  begin
    [1, 2, 3].each do |i|
      cleanup << "item #{i}"
      throw :done, i * 100 if i == 2
    end
  ensure
    cleanup << "ensure ran"
  end
end
p r, cleanup
obj_tag = Object.new
p catch(obj_tag) { throw obj_tag, :object_tag }
p [1, 2, 3, 4].each_slice(2).map { |a, b| catch(:skip) { throw :skip, 0 if a == 3; a + b } }
sum = 0
(1..10).each do |i|
  next if i.odd?
  break if i > 8
  sum += i
end
p sum, [1, 2, 3].each { |x| break x * 10 if x == 2 }, (1..3).map { |x| next 0 if x == 2; x }
