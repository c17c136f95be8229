# prime.rb: `require "prime"` for kiln programs, written for kiln.
#
# The interface of Ruby's prime library: `Prime` is an Enumerable of all
# primes (`Prime.first(5)`, `Prime.each(100) { }`, `Prime.lazy`), with
# `Prime.prime?`, `Prime.prime_division`, `Prime.int_from_prime_division`,
# and the Integer methods `prime?`, `prime_division`, `Integer.each_prime`,
# `Integer.from_prime_division`. The generators (`Prime::EratosthenesGenerator`,
# `Prime::TrialDivisionGenerator`, `Prime::Generator23`) enumerate with
# `succ`/`next`/`rewind` and stop at an optional upper bound.
#
# Every generator here reads one shared, growing table of primes
# (Prime::Table), so `Prime.each` costs a sieve only the first time a range
# is reached.
class Prime
  include Enumerable

  # The primes found so far, extended by sieving the next segment, which is
  # at least as long as the table already covers (so n primes cost O(n log n)).
  module Table
    @primes = [2, 3, 5, 7, 11, 13]
    @limit = 13 # every prime <= @limit is in @primes

    def self.nth(i)
      grow while i >= @primes.size
      @primes[i]
    end

    def self.grow
      lo = @limit + 1
      hi = @limit * 2
      marks = Array.new(hi - lo + 1, true)
      @primes.each do |p|
        break if p * p > hi
        first = [p * p, (lo + p - 1) / p * p].max
        first.step(hi, p) { |m| marks[m - lo] = false }
      end
      marks.each_with_index { |prime, k| @primes << lo + k if prime }
      @limit = hi
    end
  end

  # An endless (or upper-bounded) sequence of candidates: subclasses give `succ`.
  class PseudoPrimeGenerator
    include Enumerable

    attr_accessor :upper_bound

    def initialize(ubound = nil)
      @upper_bound = ubound
    end

    def next
      succ
    end

    # Yields each candidate up to the upper bound; without a block, the generator.
    def each
      return dup unless block_given?
      loop do
        p = succ
        break if @upper_bound && p > @upper_bound
        yield p
      end
    end

    def with_index(offset = 0)
      return enum_for(:with_index, offset) unless block_given?
      each do |p|
        yield p, offset
        offset += 1
      end
    end

    def with_object(obj)
      return enum_for(:with_object, obj) unless block_given?
      each { |p| yield p, obj }
      obj
    end

    def size
      nil
    end
  end

  # The primes in order, from the shared table.
  class EratosthenesGenerator < PseudoPrimeGenerator
    def initialize
      @index = 0
      super
    end

    def succ
      p = Table.nth(@index)
      @index += 1
      p
    end

    def rewind
      initialize
    end
  end

  # The same primes; ruby finds them by trial division, the sequence is one.
  class TrialDivisionGenerator < EratosthenesGenerator
  end

  # 2, 3, then every number that is not a multiple of 2 or 3: a superset
  # of the primes that is cheap to walk.
  class Generator23 < PseudoPrimeGenerator
    def initialize
      @prime = 1
      @step = nil
      super
    end

    def succ
      if @step
        @prime += @step
        @step = 6 - @step
      else
        case @prime
        when 1 then @prime = 2
        when 2 then @prime = 3
        when 3 then @prime = 5; @step = 2
        end
      end
      @prime
    end

    def rewind
      initialize
    end
  end

  def self.instance
    @instance ||= new
  end
  private_class_method :new

  class << self
    include Enumerable

    def each(ubound = nil, generator = EratosthenesGenerator.new, &block)
      instance.each(ubound, generator, &block)
    end

    def prime?(value, generator = nil)
      instance.prime?(value, generator)
    end

    def include?(obj)
      instance.include?(obj)
    end

    def prime_division(value, generator = nil)
      instance.prime_division(value, generator)
    end

    def int_from_prime_division(pd)
      instance.int_from_prime_division(pd)
    end
  end

  # Yields the primes up to ubound (all of them without one); without a block,
  # the generator, itself an Enumerable.
  def each(ubound = nil, generator = EratosthenesGenerator.new, &block)
    generator.upper_bound = ubound
    generator.each(&block)
  end

  def include?(obj)
    obj.is_a?(Integer) && obj.prime?
  end

  def prime?(value, _generator = nil)
    raise ArgumentError, "Expected an integer, got #{value}" unless value.integer?
    value.prime?
  end

  # [[prime, exponent], ...] in increasing order; [-1, 1] first for a negative value.
  def prime_division(value, _generator = nil)
    raise ZeroDivisionError if value == 0
    factors = value < 0 ? [[-1, 1]] : []
    value = value.abs
    i = 0
    while (p = Table.nth(i)) * p <= value
      count = 0
      while value % p == 0
        value /= p
        count += 1
      end
      factors << [p, count] if count > 0
      i += 1
    end
    factors << [value, 1] if value > 1
    factors
  end

  def int_from_prime_division(pd)
    pd.inject(1) { |value, (prime, index)| value * prime**index }
  end

  # Miller-Rabin with the first 13 primes as bases is exact below 3.3e24;
  # larger numbers are tried by division, which is exact at any size.
  MILLER_RABIN_LIMIT = 3_317_044_064_679_887_385_961_981
  MILLER_RABIN_BASES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41].freeze
end

class Integer
  def prime?
    return self >= 2 if self <= 3
    return false if self % 2 == 0 || self % 3 == 0
    return prime_by_division? if self >= Prime::MILLER_RABIN_LIMIT
    Prime::MILLER_RABIN_BASES.each do |a|
      return true if a >= self
      return false unless strong_probable_prime?(a)
    end
    true
  end

  def prime_division(generator = nil)
    Prime.prime_division(self, generator)
  end

  def self.from_prime_division(pd)
    Prime.int_from_prime_division(pd)
  end

  def self.each_prime(ubound, &block)
    Prime.each(ubound, &block)
  end

  private

  def strong_probable_prime?(a)
    d = self - 1
    s = 0
    while d.even?
      d >>= 1
      s += 1
    end
    x = a.pow(d, self)
    return true if x == 1 || x == self - 1
    (s - 1).times do
      x = x * x % self
      return true if x == self - 1
    end
    false
  end

  def prime_by_division?
    k = 5
    while k * k <= self
      return false if self % k == 0 || self % (k + 2) == 0
      k += 6
    end
    true
  end
end
