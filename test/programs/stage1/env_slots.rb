# Captured locals assigned before any block can read them are never nil
# (infer.rb env_set_first); the others may be.
size = 3
total = 0
size.times { |i| size.times { |j| total += i * j + size } }
p total

def skipped(flag)
  begin
    raise "x" if flag
    z = 1
  rescue
  end
  pr = proc { z }
  pr.call
end
p skipped(true), skipped(false)

def branch(flag)
  w = 1 if flag
  proc { w }.call
end
p branch(true), branch(false)

def before
  pr = proc { v }
  v = 2
  [pr.call, v]
end

def v
  :method
end
p before

def read_first
  a = 1
  pr = proc { a }
  a = nil
  pr.call
end
p read_first

def counter
  n = 0
  inc = -> { n += 1 }
  3.times { inc.call }
  n
end
p counter
