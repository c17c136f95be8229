# A Symbol literal opens the methods it names only where a call takes a
# method name (send, method, inject, to_enum, &:sym...): `kind` and `size`
# below are data (a Hash key, a comparison) and stay closed.
class Node
  def kind(x)
    x + 1
  end

  def tag(x)
    x
  end
end
n = Node.new
h = { kind: 1 }
h[:kind] == :size
n.kind(2)
n.tag(3)
n.send(:tag, "s")
