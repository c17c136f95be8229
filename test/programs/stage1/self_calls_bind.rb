# A top-level method named like a core String method, entered with a
# String self through UnboundMethod#bind: its self call then finds
# String#center, so it must keep its receiver test.
def center(n)
  return 0 if n <= 0
  1 + center(n - 1)
end

p center(4)
begin
  p Object.instance_method(:center).bind("ab").call(3)
rescue TypeError => e
  puts "TypeError: #{e.message}"
end
