# Locals changed inside begin/rescue regions keep their values when an exception lands in the handler (setjmp/longjmp and volatile registers).
def boom(n) = n > 2 ? raise(ArgumentError, "n=#{n}") : n

def counted
  i = 0
  total = 0
  begin
    loop do
      i += 1
      total += boom(i)
    end
  rescue ArgumentError => e
    [i, total, e.message]
  end
end
p counted

def retried
  tries = 0
  log = []
  begin
    tries += 1
    log << tries
    raise "again" if tries < 4
    log
  rescue
    retry
  end
end
p retried

def nested
  a = 1
  b = 0
  begin
    a = 2
    begin
      a = 3
      raise "inner"
    rescue
      b = a * 10
      raise "outer"
    end
  rescue => e
    [a, b, e.message]
  end
end
p nested

def floats
  x = 0.5
  n = 0
  begin
    while true
      x *= 2.0
      n += 1
      raise RangeError if x > 100.0
    end
  rescue RangeError
    [x, n]
  end
end
p floats

def stop_iteration
  e = [1, 2, 3].each
  sum = 0
  seen = []
  loop do
    v = e.next
    sum += v
    seen << v
  end
  [sum, seen]
end
p stop_iteration

def ensure_order
  steps = []
  k = 0
  begin
    k = 5
    steps << :body
    raise "x"
  rescue
    k += 1
    steps << :rescue
  ensure
    k *= 2
    steps << :ensure
  end
  [k, steps]
end
p ensure_order
