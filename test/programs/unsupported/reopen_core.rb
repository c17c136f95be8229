# kiln: no-record
# reopening a core class
class String
  def shout
    upcase
  end
end
