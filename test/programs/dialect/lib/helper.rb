# kiln: no-record
# A library for requires.rb.
HELPER_VERSION = "1.0"
puts "loading helper"
module Helper
  def self.shout(s)
    s.upcase + "!"
  end
end

def helper_top_method
  local = [1, 2].map { |x| x * 2 }
  local.sum
end
