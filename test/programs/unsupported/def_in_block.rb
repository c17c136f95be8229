# kiln: no-record
# def inside a block
Class.new do
  def x; end
end
