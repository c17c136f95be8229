# A receiver widened by a later assignment; a nil-able local; an escaping array.
class A
  def m
    1
  end
end
class B
  def m
    "b"
  end
end
o = A.new
r = o.m
o = B.new if r == 1
o.m
x = nil
x = 5 if r
arr = [1]
$g = arr
