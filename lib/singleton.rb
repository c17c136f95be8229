# singleton.rb: `require "singleton"` for kiln programs, written for kiln.
#
# `include Singleton` gives a class exactly one instance, made on the first
# call of `instance`; `new` and `allocate` become private, and the instance
# refuses dup and clone. Each subclass has an instance of its own (the
# instance lives in an instance variable of the class object).
module Singleton
  def dup
    raise TypeError, "can't dup instance of singleton #{self.class}"
  end

  def clone
    raise TypeError, "can't clone instance of singleton #{self.class}"
  end

  # What `include Singleton` adds to the class itself.
  module SingletonClassMethods
    def instance
      @singleton__instance__ ||= new
    end
  end

  def self.included(klass)
    super
    klass.extend(SingletonClassMethods)
    klass.private_class_method :new, :allocate
  end
end
