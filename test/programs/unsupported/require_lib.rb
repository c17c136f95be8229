# kiln: no-record
# require of a library
require "set"
