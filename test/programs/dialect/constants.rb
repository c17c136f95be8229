# Constants: top-level and nested, lexical lookup from methods and blocks, lookup through
# superclasses and included modules, Foo::Bar paths, ::Top, frozen constants, freeze.
LIMIT = 10
NAMES = %w[a b c].freeze
TABLE = { "x" => 1, "y" => 2 }.freeze

module Config
  DEFAULT = "default"
  LEVELS = [:low, :high].freeze

  class Reader
    def default
      DEFAULT
    end

    def limit
      LIMIT
    end

    def levels
      LEVELS.map { |l| "#{l}-#{DEFAULT}" }
    end
  end

  module Deep
    VALUE = DEFAULT + "-deep"
    class Inner
      def value
        [VALUE, DEFAULT, ::LIMIT]
      end
    end
  end
end

class Base
  KIND = "base"
  def kind
    self.class::KIND
  end

  def base_kind
    KIND
  end
end

class Derived < Base
  KIND = "derived"
  def parent_const
    Base::KIND
  end
end

module Shared
  SHARED = "shared"
end

class User
  include Shared
  def shared
    SHARED
  end
end

p LIMIT, NAMES, TABLE["y"]
p Config::DEFAULT, Config::LEVELS
r = Config::Reader.new
p r.default, r.limit, r.levels
p Config::Deep::VALUE, Config::Deep::Inner.new.value
p Derived.new.kind, Derived.new.base_kind, Derived.new.parent_const, Base.new.kind
p User.new.shared, User::SHARED
p NAMES.frozen?, TABLE.frozen?, "lit".frozen?, :sym.frozen?, 1.frozen?, nil.frozen?
s = "abc".freeze
p s.frozen?, s.upcase.frozen?
begin
  s << "d"
rescue FrozenError => e
  p e.class
rescue => e
  p e.class
end
begin
  NAMES << "d"
rescue => e
  p e.class
end
obj = Object.new.freeze
p obj.frozen?
p defined_later rescue p :name_error
def defined_later
  :now
end
p defined_later
begin
  p Missing
rescue NameError => e
  p e.class, e.name
end
p Config.const_defined?(:DEFAULT) rescue p :no_const_defined
p Comparable.class, Kernel.class, Config.class, Config::Reader.name, Config::Deep::Inner.to_s
