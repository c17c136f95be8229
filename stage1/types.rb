# frozen_string_literal: true
# types.rb: the type lattice of inference: sets of concrete classes, with allocation sites for containers.
#
# A Ty is a set of what a value can be at run time (docs/types.md):
# - core atoms as bits (nil, true, false, Integer, Float, String, Symbol,
#   main, and "other core object": a value of a core class kiln does not
#   model, e.g. an Enumerator);
# - instances of program classes (`objs`) and the class objects themselves
#   (`metas`), by class id;
# - Arrays, Hashes and Ranges by allocation site (`sites`): a site's element
#   (key, value) types live in the inference state, so a mutation through
#   one alias is seen through every other;
# - Procs by block function id (`procs`);
# - or `any` (top: nothing is known).
# Lists are sorted and duplicate-free, so equal sets print equally and the
# output is deterministic. Tys are never mutated: union builds a new one.

class Ty
  NIL = 1
  TRUE = 2
  FALSE = 4
  INT = 8
  FLOAT = 16
  STR = 32
  SYM = 64
  MAIN = 128   # the top-level self
  OTHER = 256  # an object of a core class the table does not model
  MATH = 512   # the Math module (its functions are modeled)
  BOOL = TRUE | FALSE
  BIT_NAMES = [[NIL, "nil"], [TRUE, "true"], [FALSE, "false"], [INT, "Integer"], [FLOAT, "Float"], [STR, "String"],
               [SYM, "Symbol"], [MAIN, "main"], [OTHER, "Object"], [MATH, "Math"]].freeze

  attr_reader :bits, :objs, :metas, :sites, :procs

  def initialize(any, bits, objs, metas, sites, procs)
    @any = any
    @bits = bits
    @objs = objs
    @metas = metas
    @sites = sites
    @procs = procs
  end

  E = [].freeze
  BOTTOM = Ty.new(false, 0, E, E, E, E)
  ANY = Ty.new(true, 0, E, E, E, E)

  def self.bits(b)
    Ty.new(false, b, E, E, E, E)
  end

  def self.obj(c)
    Ty.new(false, 0, [c], E, E, E)
  end

  def self.meta(c)
    Ty.new(false, 0, E, [c], E, E)
  end

  def self.site(s)
    Ty.new(false, 0, E, E, [s], E)
  end

  def self.proc_of(f)
    Ty.new(false, 0, E, E, E, [f])
  end

  def self.objs(list)
    Ty.new(false, 0, list, E, E, E)
  end

  def self.metas(list)
    Ty.new(false, 0, E, list, E, E)
  end

  NIL_T = Ty.bits(NIL)
  INT_T = Ty.bits(INT)
  FLOAT_T = Ty.bits(FLOAT)
  STR_T = Ty.bits(STR)
  SYM_T = Ty.bits(SYM)
  BOOL_T = Ty.bits(BOOL)
  OTHER_T = Ty.bits(OTHER)

  def any?
    @any
  end

  def bottom?
    !@any && @bits == 0 && @objs.empty? && @metas.empty? && @sites.empty? && @procs.empty?
  end

  def has?(bit)
    @any || (@bits & bit) != 0
  end

  # Exactly the given bits and nothing else (bits may be a union).
  def only?(bit)
    !@any && @bits != 0 && (@bits & ~bit) == 0 && @objs.empty? && @metas.empty? && @sites.empty? && @procs.empty?
  end

  def nil_free?
    !@any && (@bits & NIL) == 0
  end

  def same?(o)
    @any == o.any? && @bits == o.bits && @objs == o.objs && @metas == o.metas && @sites == o.sites && @procs == o.procs
  end

  def self.merge(a, b)
    return a if b.empty?
    return b if a.empty?
    out = []
    i = 0
    j = 0
    while i < a.size && j < b.size
      if a[i] < b[j]
        out << a[i]
        i += 1
      elsif a[i] > b[j]
        out << b[j]
        j += 1
      else
        out << a[i]
        i += 1
        j += 1
      end
    end
    while i < a.size
      out << a[i]
      i += 1
    end
    while j < b.size
      out << b[j]
      j += 1
    end
    out
  end

  # (while loops, not `each` with `return` in its block: inference calls
  # this millions of times, and a block that returns from its method costs
  # a closure env and a catch region per call in the native compiler)
  def self.subset?(a, b)
    return true if a.empty?
    return false if a.size > b.size
    i = 0
    j = 0
    while i < a.size
      x = a[i]
      j += 1 while j < b.size && b[j] < x
      return false if j >= b.size || b[j] != x
      i += 1
    end
    true
  end

  def includes?(o)
    return true if @any || equal?(o) # a third of the calls compare a Ty with itself
    return false if o.any?
    (o.bits & ~@bits) == 0 && Ty.subset?(o.objs, @objs) && Ty.subset?(o.metas, @metas) &&
      Ty.subset?(o.sites, @sites) && Ty.subset?(o.procs, @procs)
  end

  def union(o)
    return o if equal?(BOTTOM) # half the unions inference makes start from BOTTOM
    return self if includes?(o)
    return o if o.includes?(self)
    return ANY if @any || o.any?
    Ty.new(false, @bits | o.bits, Ty.merge(@objs, o.objs), Ty.merge(@metas, o.metas), Ty.merge(@sites, o.sites),
           Ty.merge(@procs, o.procs))
  end

  def without_nil
    return self if @any || (@bits & NIL) == 0
    Ty.new(false, @bits & ~NIL, @objs, @metas, @sites, @procs)
  end

  # Printed form: `any`, or the members joined by `|` in a fixed order.
  # names: class id => name; sites answers site_name(id).
  def show(names, sites)
    return "any" if @any
    return "bottom" if bottom?
    parts = []
    BIT_NAMES.each { |b| parts << b[1] if (@bits & b[0]) != 0 }
    @objs.each { |c| parts << names[c] }
    @metas.each { |c| parts << names[c] + ".class" }
    @sites.each { |s| parts << sites.site_name(s) }
    @procs.each { |f| parts << "Proc(f" + f.to_s + ")" }
    parts.join("|")
  end
end
