# kiln: no-record
# ObjectSpace
ObjectSpace.each_object(Class) { |c| c }
