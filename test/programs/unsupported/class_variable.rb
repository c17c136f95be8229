# kiln: no-record
# class variables
class Counter
  @@count = 0
end
