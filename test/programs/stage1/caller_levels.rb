# caller(start, length) and caller(range) cut the backtrace as ruby does; negative levels raise.
def depth(n, &blk)
  n.zero? ? blk.call : depth(n - 1, &blk)
end

def show
  depth(2) do
    p caller(0, 2).size, caller(0).size > 2, caller(1, 1).size, caller(0, 0)
    p caller(0..1).size, caller(1, 100) == caller(1)
    p caller(0, 1).first[/`.*'/]
    begin
      caller(-1)
    rescue ArgumentError => e
      p e.message
    end
    begin
      caller(0, -1)
    rescue ArgumentError => e
      p e.message
    end
  end
end
show
