# frozen_string_literal: true
# errors.rb: the two kinds of failure stage1 reports, each naming a file and line.

# A problem with the user's program or with an input file: printed as
# "file:line: message", exit status 1, no output file written.
class KilnError < StandardError
  attr_reader :where

  def initialize(where, message)
    super(message)
    @where = where
  end

  def report
    @where + ": " + message
  end
end

# An internal invariant failed: a bug in kiln, not in the program.
class KilnBug < StandardError
end

module Errors
  def self.bug(msg)
    raise KilnBug, "kiln bug: " + msg + " (please report it with the input that caused it)"
  end
end
