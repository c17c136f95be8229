# kiln: no-record
# argument forwarding with ...
def g(*) = nil
def f(...)
  g(...)
end
