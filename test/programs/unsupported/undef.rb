# kiln: no-record
# undef
class A
  def x; end
  undef x
end
