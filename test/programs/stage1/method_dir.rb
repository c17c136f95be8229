# __method__ (in methods, blocks and at the top level) and __dir__.

def plain = __method__

def in_block
  [1, 2].map { |x| [__method__, x] }
end

class Greeter
  def hello
    "#{__method__} from #{self.class}"
  end

  def self.build = __method__
end

p plain, in_block, Greeter.new.hello, Greeter.build, __method__
p File.basename(__dir__), __dir__ == File.dirname(File.expand_path(__FILE__))
