# delegate.rb: `require "delegate"` for kiln programs, written for kiln.
#
# A Delegator passes every method it does not define itself to the object it
# wraps (__getobj__), including to_s, inspect, ==, hash and <=>, while class,
# is_a?, respond_to?, send and the other introspection methods stay its own.
# SimpleDelegator wraps any object given to new; DelegateClass(Klass) makes a
# Delegator class to subclass.
class Delegator
  def initialize(obj)
    __setobj__(obj)
  end

  def method_missing(name, *args, &block)
    target = __getobj__
    return target.__send__(name, *args, &block) if target.respond_to?(name)

    super
  end

  def respond_to_missing?(name, include_private = false)
    __getobj__.respond_to?(name, include_private)
  end

  def ==(other)
    other.equal?(self) || __getobj__ == other
  end

  def !=(other)
    return false if other.equal?(self)

    __getobj__ != other
  end

  def eql?(other)
    other.equal?(self) || other.eql?(__getobj__)
  end

  def !
    !__getobj__
  end

  # Object's versions would describe the wrapper, not the wrapped object.
  def to_s = __getobj__.to_s
  def inspect = __getobj__.inspect
  def hash = __getobj__.hash
  def <=>(other) = other.equal?(self) ? 0 : __getobj__ <=> other
  def ===(other) = __getobj__ === other
  def =~(other) = __getobj__ =~ other
  def !~(other) = __getobj__ !~ other

  def methods(all = true)
    __getobj__.methods(all) | super
  end

  def public_methods(all = true)
    __getobj__.public_methods(all) | super
  end

  def freeze
    __getobj__.freeze
    super
  end
end

# The wrapped object, kept in an instance variable.
module DelegatorTarget
  def __getobj__
    raise ArgumentError, "not delegated" unless defined?(@delegate_obj)

    @delegate_obj
  end

  def __setobj__(obj)
    raise ArgumentError, "cannot delegate to self" if equal?(obj)

    @delegate_obj = obj
  end
end

class SimpleDelegator < Delegator
  include DelegatorTarget
end

# A class whose instances delegate to an instance of superclass (the wrapped
# object is given to new, as for SimpleDelegator).
def DelegateClass(superclass, &block)
  klass = Class.new(Delegator)
  klass.include(DelegatorTarget)
  klass.class_eval(&block) if block
  klass
end
