# kiln: no-record
# protected methods (the runtime cannot check who calls them)
class Account
  protected
  def balance = 1
end
