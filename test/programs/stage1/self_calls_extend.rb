# The recursion extends self with a core module that defines a method of
# the same name (Enumerable#count), which then comes before Object's.
def count(n)
  return 0 if n <= 0
  extend(Enumerable) if n == 2
  1 + count(n - 1)
end

begin
  p count(5)
rescue NoMethodError => e
  puts "#{e.class}: #{e.name}"
end
