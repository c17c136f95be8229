# frozen_string_literal: true
# specialize.rb: rewrites the IR with inference's results: typed registers, typed operators, direct and class-switch calls, ivar slots.
#
# Every rewrite is either proven by inference (register representations)
# or guarded at run time with the general path as its fallback (fixnum
# fast paths, class checks before direct calls, slot bounds), so a
# program's output never depends on which path runs. docs/types.md.

require_relative "ir"
require_relative "infer"
require_relative "prims"

class Specializer
  INT_OPS = { "vadd" => "iadd", "vsub" => "isub", "vmul" => "imul", "vlt" => "ilt", "vle" => "ile", "vgt" => "igt",
              "vge" => "ige", "veq" => "ieq", "vne" => "ine", "vdiv" => "idiv", "vmod" => "imod",
              "vshl" => "ishl" }.freeze
  # Integer operators that are sends in the IR: `a & b` is `arg b; send r a & 1 _`.
  INT_SENDS = { ">>" => "ishr", "&" => "iand", "|" => "ior", "^" => "ixor" }.freeze
  FLOAT_OPS = { "vadd" => "fadd", "vsub" => "fsub", "vmul" => "fmul", "vdiv" => "fdiv", "vlt" => "flt",
                "vle" => "fle", "vgt" => "fgt", "vge" => "fge", "veq" => "feq", "vne" => "fne" }.freeze
  # Equality operators that become psends of these methods (equality_psend).
  EQ_SENDS = { "veq" => "==", "vne" => "!=" }.freeze
  FLOAT_ARITH = { "vadd" => true, "vsub" => true, "vmul" => true, "vdiv" => true }.freeze
  # Operators on values that may be Integers or Floats.
  NUM_OPS = { "vadd" => "nadd", "vsub" => "nsub", "vmul" => "nmul", "vlt" => "nlt", "vle" => "nle", "vgt" => "ngt",
              "vge" => "nge" }.freeze

  def initialize(prog, inf)
    @prog = prog
    @inf = inf
  end

  def run
    i = 0
    while i < @prog.functions.size
      function(i, @prog.functions[i])
      i += 1
    end
    @prog
  end

  def reg_kind(t)
    return "float" if t.only?(Ty::FLOAT)
    return "bool" if t.only?(Ty::BOOL)
    "val"
  end

  # The classes (Prims bits) whose inline prims a send may take: those the
  # receiver's type allows and that have a prim for this method and count.
  def prim_mask(fi, a)
    return 0 if @inf.core_reopened
    name = @prog.symbols.items[a[2]]
    entries = Prims.for(name, a[3])
    return 0 if entries.empty?
    t = @inf.type_of(fi, a[1])
    mask = 0
    entries.each { |e| mask |= e[0] if (t.any? && (e[0] & Prims::UNLESS_DEFINED) == 0) || prim_class?(t, e[0], name) }
    mask
  end

  def prim_class?(t, bit, name)
    return !@inf.user_method?(name) if bit == Prims::OBJECT
    return (t.any? || !t.metas.empty?) && !@inf.user_method?(name) if bit == Prims::MODULE
    return t.has?(Ty::SYM) if bit == Prims::SYMBOL
    return t.has?(Ty::INT) if bit == Prims::INT
    return t.has?(Ty::FLOAT) if bit == Prims::FLOAT
    return t.has?(Ty::STR) if bit == Prims::STRING
    return t.has?(Ty::MATH) if bit == Prims::MATH
    kind = bit == Prims::ARRAY ? "Array" : "Hash"
    t.sites.any? { |s| @inf.sites[s].kind == kind }
  end

  # `a == b` and `a != b` on a receiver that may be a String: the operator
  # becomes the send it stands for, with Prims' inline paths (String bytes,
  # fixnums, flonums, Symbols) and a cache of its own as the fallback
  # instead of the runtime's shared one. False when no prim applies.
  def equality_psend(fi, op, a, out)
    return false if @inf.core_reopened
    sym = @prog.symbols.add(EQ_SENDS[op])
    psend = [a[0], a[1], sym, 1, 0]
    psend[4] = prim_mask(fi, psend)
    return false if psend[4] == 0
    out << IR::Instr.new("arg", [a[2]])
    out << IR::Instr.new("psend", psend)
    true
  end

  def function(fi, f)
    k = 0
    while k < f.regs.size
      f.regs[k] = reg_kind(@inf.type_of(fi, k))
      k += 1
    end
    out = []
    k = 0
    f.body.each do |ins|
      op = ins.op
      a = ins.a
      key = fi.to_s + ":" + k.to_s
      k += 1
      if !INT_OPS[op].nil? || !FLOAT_OPS[op].nil?
        ta = @inf.type_of(fi, a[1])
        tb = @inf.type_of(fi, a[2])
        fop = FLOAT_OPS[op]
        if !fop.nil? && ta.only?(Ty::FLOAT) && tb.only?(Ty::FLOAT)
          out << IR::Instr.new(fop, a)
          next
        end
        if !fop.nil? && FLOAT_ARITH[op] && (ta.only?(Ty::FLOAT) && tb.only?(Ty::INT | Ty::FLOAT) ||
                                           tb.only?(Ty::FLOAT) && ta.only?(Ty::INT | Ty::FLOAT))
          out << IR::Instr.new(fop, a)
          next
        end
        nop = NUM_OPS[op]
        if !nop.nil? && !@inf.core_reopened && (ta.has?(Ty::FLOAT) || tb.has?(Ty::FLOAT)) &&
           ta.has?(Ty::INT | Ty::FLOAT) && tb.has?(Ty::INT | Ty::FLOAT)
          out << IR::Instr.new(nop, a)
          next
        end
        iop = INT_OPS[op]
        if !iop.nil? && ta.has?(Ty::INT) && tb.has?(Ty::INT)
          out << IR::Instr.new(iop, a)
          next
        end
        if EQ_SENDS.key?(op) && ta.has?(Ty::STR) && equality_psend(fi, op, a, out)
          next
        end
      elsif op == "send" && a[3] == 1 && a[4] < 0 && !INT_SENDS[@prog.symbols.items[a[2]]].nil? &&
            !out.empty? && out[out.size - 1].op == "arg" && @inf.type_of(fi, a[1]).has?(Ty::INT) &&
            @inf.type_of(fi, out[out.size - 1].a[0]).has?(Ty::INT)
        b = out.pop.a[0]
        out << IR::Instr.new(INT_SENDS[@prog.symbols.items[a[2]]], [a[0], a[1], b, a[2]])
        next
      end
      if op == "send" && a[3] == 0 && a[4] < 0 && !@inf.readers[key].nil?
        rd = @inf.readers[key]
        out << IR::Instr.new("getattr", [a[0], a[1], a[2], rd[0], rd[1]])
        next
      end
      # a member or attribute read by its bare name inside the class's own methods
      if (op == "vcall" || (op == "sendself" && a[2] == 0 && a[3] < 0)) && !@inf.readers[key].nil?
        rd = @inf.readers[key]
        out << IR::Instr.new("selfattr", [a[0], a[1], rd[0], rd[1]])
        next
      end
      if op == "send" && a[3] == 1 && a[4] < 0 && !@inf.writers[key].nil? && !out.empty? && out[out.size - 1].op == "arg"
        wr = @inf.writers[key]
        v = out.pop.a[0]
        out << IR::Instr.new("setattr", [a[0], a[1], a[2], wr[0], wr[1], v])
        next
      end
      if op == "send" || op == "sendself" || op == "vcall"
        arms = @inf.arms[key]
        unless arms.nil?
          arms.each { |arm| out << IR::Instr.new("arm", arm) }
          if op == "send"
            out << IR::Instr.new("call", a)
          elsif op == "sendself"
            out << IR::Instr.new("callself", a)
          else
            out << IR::Instr.new("callv", a)
          end
          next
        end
        if op == "send" && a[4] < 0
          mask = prim_mask(fi, a)
          if mask != 0
            out << IR::Instr.new("psend", [a[0], a[1], a[2], a[3], mask])
            next
          end
        end
      elsif op == "ivget" || op == "ivset"
        slot = @inf.slots[key]
        unless slot.nil?
          out << IR::Instr.new(op == "ivget" ? "ivgetslot" : "ivsetslot", [a[0], a[1], slot])
          next
        end
      end
      out << ins
    end
    f.body = out
  end
end
