# frozen_string_literal: true
# ir.rb: the IR's data (program, class layouts, functions, instructions) and the opcode table.
#
# docs/ir-format.md is the prose version of this file; OPCODES below is the
# one place in code that lists every instruction, its operands and meaning.

require_relative "errors"

module IR
  FORMAT = "kiln-ir"
  VERSION = "1"

  # Operand kinds. In text each is a prefix letter and a number (r3, L2,
  # y5...), `_` for an absent optional operand, or a bare decimal (i).
  #   r  register            r? register or _
  #   L  label               y  symbol-pool index     s  string-pool index
  #   d  float-pool index    b  bigint-pool index     f  function id
  #   c  class id            t  protected-region slot i  integer literal
  OPERAND_PREFIX = { "r" => "r", "r?" => "r", "L" => "L", "y" => "y", "s" => "s", "d" => "d", "b" => "b",
                     "f" => "f", "c" => "c", "t" => "t", "i" => "" }.freeze

  # name => [operand kinds, meaning]. The name fixes the operand count.
  # `dest` is always the first operand when the kinds start with "r" and
  # the opcode is in DEFINES.
  OPCODES = {
    # values
    "nil" => [["r"], "r = nil"],
    "true" => [["r"], "r = true"],
    "false" => [["r"], "r = false"],
    "self" => [["r"], "r = self (a block's self is its proc's)"],
    "int" => [["r", "i"], "r = Integer literal in fixnum range"],
    "big" => [["r", "b"], "r = Integer literal from the bigint pool"],
    "float" => [["r", "d"], "r = Float literal from the float pool"],
    "str" => [["r", "s"], "r = new mutable String from the string pool"],
    "sym" => [["r", "y"], "r = Symbol"],
    "move" => [["r", "r"], "r1 = r2"],
    "array" => [["r", "i"], "r = Array of the preceding i `arg`s"],
    "hash" => [["r", "i"], "r = Hash of the preceding i `arg`s, alternating key, value"],
    "range" => [["r", "r", "r", "i"], "r1 = Range r2..r3 (i = 1: exclusive)"],
    "tostr" => [["r", "r"], "r1 = r2.to_s as interpolation does"],
    "strcat" => [["r", "r"], "r1 << r2 (r1 a String)"],
    "splat" => [["r", "r"], "r1 = *r2 as an Array (nil -> [], Array as is, else to_a or [r2])"],
    "toary" => [["r", "r"], "r1 = r2 if an Array, else [r2] (multiple assignment)"],
    "aentry" => [["r", "r", "i"], "r1 = r2[i] (r2 an Array; nil out of range; negative from the end)"],
    "aslice" => [["r", "r", "i", "i"], "r1 = new Array of r2's elements from i1 up to the last i2 excluded (empty if none)"],
    "apost" => [["r", "r", "i", "i", "i"], "r1 = r2[max(i1, size - i2) + i3] (nil out of range): target i3 after a splat"],
    "apush" => [["r", "r"], "r1.push(r2) (r1 an Array)"],
    "kwmark" => [["r"], "mark Hash r, just built from a call's `k: v` / `**h` arguments, as keywords (kwsplit takes only such a Hash)"],
    "kwpositional" => [["r"], "keywords gathered into *rest parameter r (an Array) are a positional Hash: unmark its last element"],
    "aconcat" => [["r", "r"], "r1.concat(*r2) (r1 an Array)"],
    "not" => [["r", "r"], "r1 = !r2"],
    # variables
    "envnew" => [["i"], "give this call of the function its own env of i slots (slot 0 links the enclosing env)"],
    "envget" => [["r", "i", "i"], "r = slot i2 of the env i1 links out from this function's env"],
    "envset" => [["i", "i", "r"], "slot i2 of the env i1 links out = r"],
    "ivget" => [["r", "y"], "r = self's instance variable (nil if unset)"],
    "ivset" => [["y", "r"], "self's instance variable = r"],
    "gvget" => [["r", "y"], "r = global variable"],
    "gvset" => [["y", "r"], "global variable = r"],
    "constget" => [["r", "y"], "r = constant, looked up in the function's lexical nesting"],
    "constin" => [["r", "r", "y"], "r1 = r2::Name"],
    "constset" => [["y", "r"], "constant Name in the innermost lexical class = r"],
    "constsetin" => [["r", "y", "r"], "r1::Name = r2"],
    # calls: `arg` lines push the operands of the next call-like instruction
    "arg" => [["r"], "push an argument for the next call, array or hash"],
    "send" => [["r", "r", "y", "i", "r?"], "r1 = r2.name(i args, block r?) — public methods only"],
    "sendself" => [["r", "y", "i", "r?"], "r = self.name(i args, block r?) — implicit receiver, private allowed"],
    "vcall" => [["r", "y"], "r = name: a bare identifier (NameError if no such method)"],
    "sendsplat" => [["r", "r", "y", "r", "r?"], "r1 = r2.name(*r3, &r?) with r3 an Array of all arguments"],
    "sendselfsplat" => [["r", "y", "r", "r?"], "r1 = name(*r2, &r?), implicit receiver"],
    "super" => [["r", "i", "r?"], "r = super(i args, block r?) from the function's method"],
    "supersplat" => [["r", "r", "r?"], "r1 = super(*r2, &r?)"],
    "dmsuper" => [["r", "r", "r?", "i"], "r1 = super(*r2, &r?) from the define_method method whose body is this " \
                                          "block (named by symbol i, -1 if computed)"],
    "yield" => [["r", "r", "i"], "r1 = call block r2 with i args (LocalJumpError if nil)"],
    "yieldsplat" => [["r", "r", "r"], "r1 = call block r2 with *r3"],
    "blkgiven" => [["r", "r"], "r1 = true if block r2 is not nil"],
    "blockarg" => [["r"], "r = the block this function was called with (a Proc or nil)"],
    "proc" => [["r", "f", "i"], "r = a new Proc of block function f (Proc#arity i) closing over self and the env"],
    "lambda" => [["r", "f", "i"], "r = a new lambda of block function f (Proc#arity i)"],
    "toproc" => [["r", "r"], "r1 = &r2 converted to a Proc (Symbol#to_proc...), nil stays nil"],
    "symproc" => [["r", "y"], "r = the Proc of Symbol y (`&:name`; Symbol#to_proc's, one per Symbol)"],
    # boxed operators: a send with fast paths for Integer and Float
    "vadd" => [["r", "r", "r"], "r1 = r2 + r3"],
    "vsub" => [["r", "r", "r"], "r1 = r2 - r3"],
    "vmul" => [["r", "r", "r"], "r1 = r2 * r3"],
    "vdiv" => [["r", "r", "r"], "r1 = r2 / r3"],
    "vmod" => [["r", "r", "r"], "r1 = r2 % r3"],
    "vlt" => [["r", "r", "r"], "r1 = r2 < r3"],
    "vle" => [["r", "r", "r"], "r1 = r2 <= r3"],
    "vgt" => [["r", "r", "r"], "r1 = r2 > r3"],
    "vge" => [["r", "r", "r"], "r1 = r2 >= r3"],
    "veq" => [["r", "r", "r"], "r1 = r2 == r3"],
    "vne" => [["r", "r", "r"], "r1 = r2 != r3"],
    "vcmp" => [["r", "r", "r"], "r1 = r2 <=> r3"],
    "varef" => [["r", "r", "r"], "r1 = r2[r3]"],
    "aload" => [["r", "r", "r"], "r1 = r2[r3]: r2 an Array, r3 an index within it (inlined iterators)"],
    "vaset" => [["r", "r", "r", "r"], "r1 = (r2[r3] = r4): the value is r4"],
    "vshl" => [["r", "r", "r"], "r1 = r2 << r3"],
    # typed operators (specialize.rb): i* take a fast path when both operands
    # are fixnums and the result fits, else the boxed operator; f* work on
    # doubles (an operand that is not a float register is converted)
    "iadd" => [["r", "r", "r"], "r1 = r2 + r3, inline for fixnums without overflow, else as vadd"],
    "isub" => [["r", "r", "r"], "r1 = r2 - r3, inline for fixnums without overflow, else as vsub"],
    "imul" => [["r", "r", "r"], "r1 = r2 * r3, inline for fixnums without overflow, else as vmul"],
    "ilt" => [["r", "r", "r"], "r1 = r2 < r3, inline for fixnums, else as vlt"],
    "ile" => [["r", "r", "r"], "r1 = r2 <= r3, inline for fixnums, else as vle"],
    "igt" => [["r", "r", "r"], "r1 = r2 > r3, inline for fixnums, else as vgt"],
    "ige" => [["r", "r", "r"], "r1 = r2 >= r3, inline for fixnums, else as vge"],
    "ieq" => [["r", "r", "r"], "r1 = r2 == r3, inline for fixnums, else as veq"],
    "ine" => [["r", "r", "r"], "r1 = r2 != r3, inline for fixnums, else as vne"],
    # n*: operands that may be Integers or Floats: the i* fast path, then one
    # on doubles when one is a Float (flonum) and the other a Float or fixnum
    "nadd" => [["r", "r", "r"], "r1 = r2 + r3, inline for fixnums and for flonums, else as vadd"],
    "nsub" => [["r", "r", "r"], "r1 = r2 - r3, inline for fixnums and for flonums, else as vsub"],
    "nmul" => [["r", "r", "r"], "r1 = r2 * r3, inline for fixnums and for flonums, else as vmul"],
    "nlt" => [["r", "r", "r"], "r1 = r2 < r3, inline for fixnums and for flonums, else as vlt"],
    "nle" => [["r", "r", "r"], "r1 = r2 <= r3, inline for fixnums and for flonums, else as vle"],
    "ngt" => [["r", "r", "r"], "r1 = r2 > r3, inline for fixnums and for flonums, else as vgt"],
    "nge" => [["r", "r", "r"], "r1 = r2 >= r3, inline for fixnums and for flonums, else as vge"],
    "fadd" => [["r", "r", "r"], "r1 = r2 + r3 on doubles (Integer operands converted as Ruby does)"],
    "fsub" => [["r", "r", "r"], "r1 = r2 - r3 on doubles"],
    "fmul" => [["r", "r", "r"], "r1 = r2 * r3 on doubles"],
    "fdiv" => [["r", "r", "r"], "r1 = r2 / r3 on doubles"],
    "flt" => [["r", "r", "r"], "r1 = r2 < r3 on doubles (both Float)"],
    "fle" => [["r", "r", "r"], "r1 = r2 <= r3 on doubles (both Float)"],
    "fgt" => [["r", "r", "r"], "r1 = r2 > r3 on doubles (both Float)"],
    "fge" => [["r", "r", "r"], "r1 = r2 >= r3 on doubles (both Float)"],
    "feq" => [["r", "r", "r"], "r1 = r2 == r3 on doubles (both Float)"],
    "fne" => [["r", "r", "r"], "r1 = r2 != r3 on doubles (both Float)"],
    "idiv" => [["r", "r", "r"], "r1 = r2 / r3, inline (floor) for fixnums with a non-zero divisor and a fixnum result, else as vdiv"],
    "imod" => [["r", "r", "r"], "r1 = r2 % r3, inline (sign of the divisor) for fixnums with a non-zero divisor, else as vmod"],
    "ishl" => [["r", "r", "r"], "r1 = r2 << r3, inline for fixnums with 0 <= r3 < 63 and a fixnum result, else as vshl"],
    "ishr" => [["r", "r", "r", "y"], "r1 = r2 >> r3, inline for fixnums with 0 <= r3 < 64, else sends y"],
    "iand" => [["r", "r", "r", "y"], "r1 = r2 & r3, inline for fixnums, else sends y"],
    "ior" => [["r", "r", "r", "y"], "r1 = r2 | r3, inline for fixnums, else sends y"],
    "ixor" => [["r", "r", "r", "y"], "r1 = r2 ^ r3, inline for fixnums, else sends y"],
    # direct calls: `arm` lines (after the call's `arg` lines) list the
    # receiver classes inference allows, each with the function that
    # implements the method there; the call tests them in order (class
    # check and "method defined yet") and sends dynamically when none holds
    "arm" => [["i", "i", "f"], "push a dispatch arm for the next call: receiver kind i1 (0 instance of class i2, 1 class object i2, 2 main) runs function f; 3: `new` on class object i2 allocates and runs initialize f; 4: `new` on class object i2 only allocates (f unused); 5: a self call that finds f whatever self is (self_calls.rb): no test"],
    "getattr" => [["r", "r", "y", "c", "i"], "r1 = r2.y (an attr_reader) from slot i when r2 is a plain object of class c with that slot, else as send"],
    "selfattr" => [["r", "y", "c", "i"], "r = y, an attr_reader called on self, from slot i when self is a plain object of class c with that slot, else as sendself"],
    "psend" => [["r", "r", "y", "i", "i"], "r1 = r2.y(i args): a core method inline (stage1/prims.rb) when r2 is of a class in mask i4 and the prim's guard holds, else as send"],
    "setattr" => [["r", "r", "y", "c", "i", "r"], "r1 = (r2.y = r6) (an attr_writer) into slot i when r2 is a plain unfrozen object of class c with that slot, else as send"],
    "call" => [["r", "r", "y", "i", "r?"], "r1 = r2.name(i args, block r?) through the pending arms, else as send"],
    "callself" => [["r", "y", "i", "r?"], "r = self.name(i args, block r?) through the pending arms, else as sendself"],
    "callv" => [["r", "y"], "r = name through the pending arms, else as vcall"],
    # instance variables in fixed slots (the class layouts of the IR)
    "ivgetslot" => [["r", "y", "i"], "r = self's ivar y from slot i when self is a plain object with that slot, else as ivget"],
    "ivsetslot" => [["y", "r", "i"], "self's ivar y (slot i) = r, through the slot when self is a plain unfrozen object with it, else as ivset"],
    # control flow: every basic block starts with a label and ends in one of these
    "jump" => [["L"], "go to L"],
    "br" => [["r", "L", "L"], "go to L1 if r is truthy, else L2"],
    "brnil" => [["r", "L", "L"], "go to L1 if r is nil, else L2"],
    "brundef" => [["r", "L", "L"], "go to L1 if r is the missing-argument marker, else L2"],
    "hasarg" => [["i", "L", "L"], "go to L1 if more than i positional arguments were passed, else L2"],
    "ret" => [["r"], "return r from this function"],
    "break" => [["r"], "break out of the call this block was passed to, with value r"],
    "procret" => [["r"], "return r from the method this (non-lambda) block was written in"],
    "rethrow" => [["t"], "pass what region t caught to the next outer region"],
    "line" => [["i"], "the current source line is i (frame line for backtraces)"],
    # protected regions (rescue, ensure, break, return from a proc)
    "try" => [["t", "L"], "enter region t; anything thrown inside arrives at L (region already left)"],
    "untry" => [["t"], "leave region t (emitted on every exit edge of the region)"],
    "catchraise" => [["r", "t"], "r = the exception region t caught; anything else is rethrown"],
    "catchbreak" => [["r", "t"], "r = the value of a break aimed at region t; anything else is rethrown"],
    "catchreturn" => [["r", "t"], "r = the value of a proc return aimed at region t; anything else is rethrown"],
    "excmatch" => [["r", "r", "r"], "r1 = true if exception r2 matches rescue class r3"],
    "setbreak" => [["r", "t"], "a break from proc r lands in region t"],
    "clearbreak" => [["r"], "proc r's call has returned: a later break is a LocalJumpError"],
    "setreturn" => [["r", "t"], "a return from proc r lands in region t"],
    "inheritreturn" => [["r"], "a return from proc r lands where one from this block's proc does"],
    # definitions
    "defclass" => [["r", "c", "r", "r?"], "r1 = class c under r2 with superclass r? (Object if _), defined or reopened"],
    "defmodule" => [["r", "c", "r"], "r1 = module c under r2, defined or reopened"],
    "body" => [["r", "f", "r"], "r1 = run class-body (or required file) function f with self r2"],
    "defn" => [["r", "y", "f", "i"], "define method y on class r as function f, visibility i (0 public 1 private 2 protected)"],
    "defs" => [["r", "y", "f"], "define singleton method y on object r as function f"],
    "singleton" => [["r", "r"], "r1 = the singleton class of r2"],
    "alias" => [["r", "y", "y"], "in class r, alias y1 to y2"],
    # parameters (method prologue)
    "arity" => [["i", "i"], "ArgumentError unless i1 <= positional count <= i2 (i2 = -1: no limit)"],
    "params" => [["s"], "the method's parameters for Method#arity/#parameters/#inspect: \"kind name\" entries joined by ;"],
    "param" => [["r", "i"], "r = positional argument i"],
    "paramrev" => [["r", "i"], "r = positional argument i counted from the last (0 = last)"],
    "restparam" => [["r", "i", "i"], "r = Array of positional arguments from i1 up to the last i2 excluded"],
    "kwsplit" => [["r", "i"], "r = the trailing keyword Hash if more than i arguments came and the last is a Hash a call site marked as keywords (it stops counting as positional), else nil"],
    "kwget" => [["r", "r", "y"], "r1 = value of key y in keyword Hash r2 (nil: none), or the missing marker"],
    "missingkw" => [["y"], "raise ArgumentError: missing keyword: :y"],
    "unknownkw" => [["r"], "raise ArgumentError: unknown keyword(s), naming the keys of Hash r, unless it is empty"],
    "bparams" => [["i"], "block prologue: spread arguments over i parameters as a block does (the positional count becomes how many were given, at most i)"],
    "bspread" => [[], "block prologue (blocks with a splat): one Array argument spreads into the arguments"],
    "bparam" => [["r", "i"], "r = positional argument i, or nil when fewer came (blocks)"],
    "undef" => [["r"], "r = the missing-argument marker (for hand-written tests)"],
    # inlined blocks (inline.rb): the loop's Array length and the frames backtraces show
    "alen" => [["r", "r"], "r1 = the length of Array r2 (an Integer; r2 proven an Array)"],
    "framein" => [["s"], "push a backtrace frame named s at the current line (an inlined core method or block)"],
    "frameout" => [["i"], "pop i frames pushed by framein"],
    # regular expressions (regexp.c is linked when a program uses any of these or names Regexp)
    "regexp" => [["r", "s", "i"], "r = the Regexp literal with source s and options i (1 i, 2 x, 4 m), made once per site"],
    "matchref" => [["r", "i"], "r = $~ (i = -1), $` (-2), $' (-3), or group i of $~ ($& for 0); nil without a match"],
    # class variables, looked up from the function's innermost lexical class (Object at the top level)
    "cvget" => [["r", "y"], "r = class variable y (NameError if unset)"],
    "cvset" => [["y", "r"], "class variable y = r"],
    "cvdefined" => [["r", "y"], "r = true if class variable y is set, else false"],
    "seterrinfo" => [["r"], "$! = r (a rescue clause that ends restores the $! it started with)"],
    "fstr" => [["r", "s"], "r = the one frozen String of this site (a frozen literal, or a literal part of an interpolation), made on first use"],
    "constdefined" => [["r", "y"], "r = true if constant y is found from the function's lexical nesting (as constget looks it up), else false"],
  }.freeze

  # Typed operators (counted by --emit-stats).
  TYPED_OPS = { "iadd" => true, "isub" => true, "imul" => true, "ilt" => true, "ile" => true, "igt" => true,
                "ige" => true, "ieq" => true, "ine" => true, "fadd" => true, "fsub" => true, "fmul" => true,
                "fdiv" => true, "flt" => true, "fle" => true, "fgt" => true, "fge" => true, "feq" => true,
                "fne" => true, "idiv" => true, "imod" => true, "ishl" => true, "ishr" => true, "iand" => true,
                "ior" => true, "ixor" => true, "nadd" => true, "nsub" => true, "nmul" => true, "nlt" => true,
                "nle" => true, "ngt" => true, "nge" => true }.freeze

  # Instructions that end a basic block.
  TERMINATORS = { "jump" => true, "br" => true, "brnil" => true, "brundef" => true, "hasarg" => true, "ret" => true,
                  "break" => true, "procret" => true, "rethrow" => true }.freeze

  # Opcodes whose first operand is written (the rest are read).
  NO_DEST = { "envnew" => true, "envset" => true, "ivset" => true, "gvset" => true, "constset" => true,
              "constsetin" => true, "arg" => true, "strcat" => true, "apush" => true, "aconcat" => true,
              "setbreak" => true, "clearbreak" => true, "setreturn" => true, "inheritreturn" => true,
              "defn" => true, "defs" => true, "alias" => true, "line" => true, "try" => true, "untry" => true,
              "missingkw" => true, "unknownkw" => true, "arm" => true, "ivsetslot" => true, "bparams" => true, "bspread" => true, "arity" => true,
              "cvset" => true, "seterrinfo" => true, "kwmark" => true,
              "kwpositional" => true }.freeze

  # Opcodes that write their first operand (a register), and per opcode the
  # positions of the register operands it reads: computed once here, asked
  # for every instruction by the passes.
  def self.compute_dest
    out = {}
    OPCODES.keys.each do |op|
      kinds = OPCODES[op][0]
      out[op] = true if !kinds.empty? && kinds[0] == "r" && !NO_DEST.key?(op) && !TERMINATORS.key?(op)
    end
    out
  end
  DEST = compute_dest.freeze

  def self.compute_reads
    out = {}
    OPCODES.keys.each do |op|
      kinds = OPCODES[op][0]
      j = DEST.key?(op) ? 1 : 0
      idx = []
      while j < kinds.size
        idx << j if kinds[j] == "r" || kinds[j] == "r?"
        j += 1
      end
      out[op] = idx.freeze
    end
    out
  end
  READS = compute_reads.freeze

  # Register types: `val` a boxed kn_value, `float` a double, `bool` a C
  # truth value (`int`, a raw int64_t, is reserved). docs/types.md.
  TYPES = ["val", "int", "float", "bool"].freeze

  FUNCTION_KINDS = ["top", "class", "method", "block", "lambda"].freeze

  # One instruction: opcode name and operands (Integers; -1 for `_`).
  class Instr
    attr_reader :op, :a

    def initialize(op, a)
      @op = op
      @a = a
    end
  end

  # A label is an Instr with op "label" and one operand, its number.
  LABEL = "label"

  class Function
    attr_accessor :id, :kind, :name, :frame, :file, :line, :owner, :cref, :arity, :regs, :body

    def initialize(id, kind)
      @id = id
      @kind = kind    # one of FUNCTION_KINDS
      @name = -1      # method name (symbol index) for super, or -1
      @frame = -1     # frame name (string index): "foo", "block in foo", "<main>"
      @file = 0
      @line = 0
      @owner = -1     # class id the method is defined in, or -1
      @cref = []      # lexical nesting, class ids, innermost first
      @arity = -1     # Proc#arity of a block
      @regs = []      # register types (Strings), indexed by register number
      @body = []      # Instrs, labels included
    end
  end

  # A class or module as analyze knows it: its layout is the instance
  # variables assigned anywhere in its methods, with their types.
  class ClassInfo
    attr_accessor :id, :name, :kind, :super_id, :ivars, :ivar_types

    def initialize(id, name, kind)
      @id = id
      @name = name       # full path, e.g. "Kiln::Node"
      @kind = kind       # "class" or "module"
      @super_id = -1     # class id of a superclass kiln knows, or -1
      @ivars = []        # symbol indexes, in order of first assignment
      @ivar_types = []   # parallel to ivars
    end
  end

  # Constant pools: each distinct value once, numbered in order of first use.
  class Pool
    attr_reader :items

    def initialize
      @items = []
      @index = {}
    end

    def add(v)
      i = @index[v]
      return i unless i.nil?
      i = @items.size
      @items << v
      @index[v] = i
      i
    end

    # Appends without deduplicating: a reader keeps a file's pool as written.
    def add_unchecked(v)
      @index[v] = @items.size if @index[v].nil?
      @items << v
    end

    def size
      @items.size
    end
  end

  class Program
    attr_reader :files, :strings, :symbols, :floats, :bigints, :classes, :functions
    attr_accessor :main

    def initialize
      @files = []
      @strings = Pool.new
      @symbols = Pool.new
      @floats = Pool.new
      @bigints = Pool.new
      @classes = []
      @functions = []
      @main = 0
    end
  end
end
