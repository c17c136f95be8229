# Splats in `when` and `rescue` lists: each element is tried in turn.

LIST = %w[a b c]
NUMS = [1..3, 10]
def kind(x)
  case x
  when *LIST then :letter
  when *NUMS, 99 then :num
  when 5, *[6, 7] then :mid
  else :other
  end
end
p %w[a c z].map { kind(_1) }, [2, 10, 99, 6, 11].map { kind(_1) }
p(case when *[nil, false] then :t else :f end)
p(case when *[nil, 1] then :t else :f end)
ERRS = [ZeroDivisionError, KeyError]
def risky(n)
  n.zero? ? 1 / n : {}.fetch(:x)
rescue *ERRS => e
  e.class
end
p risky(0), risky(1)
begin
  raise IOError, "io"
rescue ArgumentError, *[TypeError, IOError] => e
  p e.message
end
empty = []
p(case 1 when *empty then :x else :none end)
