# kiln: no-record
# reflective instance variable access
class A; end
A.new.instance_variable_get(:@x)
