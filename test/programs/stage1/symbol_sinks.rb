# Symbol literals that name methods only where a call takes a name
# (send, public_send, method, inject, to_enum, &:sym); the same names as
# plain data (Hash keys, comparisons) name nothing.
class Box
  attr_reader :v

  def initialize(v)
    @v = v
  end

  def twice(x)
    x * 2
  end

  def combine(other)
    Box.new(@v + other.v)
  end

  def each_part
    yield @v
    yield @v * 10
  end

  def kind
    :box
  end

  def label(x)
    "label #{x}"
  end
end

b = Box.new(3)
puts b.twice(4)
puts b.send(:twice, "ab")
puts b.public_send(:twice, 1.5)
puts b.method(:label).call([1, 2]).inspect
puts [Box.new(1), Box.new(2), Box.new(3)].inject(:combine).v
puts b.to_enum(:each_part).to_a.inspect
puts [b].map(&:kind).inspect
node = { kind: :call, label: "x", twice: 2 }
puts node[:kind] == :call
puts node[:label]
puts node[:twice] + 1
puts b.kind == :box
puts b.respond_to?(:combine)
