# kiln: no-record
# method_missing
class Ghost
  def method_missing(name, *args)
    name
  end
end
