# frozen_string_literal: true
# infer.rb: whole-program type inference over the IR: a fixpoint over registers, parameters, returns, ivars, env slots and containers.
#
# The analysis is flow-insensitive per register (a register's type is the
# union of everything any instruction writes to it, plus nil where it may be
# read before it is written), context-insensitive per function, and uses
# allocation sites for Arrays, Hashes and Ranges. docs/types.md explains
# the lattice, the soundness rules (what "escapes" to code kiln cannot see)
# and what the results are used for.

require_relative "errors"
require_relative "ir"
require_relative "types"
require_relative "core_types"
require_relative "self_calls"

# An allocation site: every container made by one instruction.
class Site
  attr_accessor :kind, :elem, :key, :val, :escaped, :label, :tuple, :reshaped
  attr_reader :readers, :escape_readers

  def initialize(kind, label)
    @kind = kind     # "Array", "Hash" or "Range"
    @label = label   # "f3:12": function and instruction index
    @elem = Ty::BOTTOM
    @key = Ty::BOTTOM
    @val = Ty::BOTTOM
    @escaped = false
    @tuple = nil     # an Array literal's element types by position (Infer#literal_array)
    @reshaped = false # some Array of the site may not hold the literal's positions (Infer#reshape)
    @readers = {}    # functions that read the contents (Infer#depend)
    @escape_readers = {} # functions that added to it before it escaped
  end
end

# A Struct class kiln knows (`X = Struct.new(:a, :b)`, `class X <
# Struct.new(:a, :b)`): its members are slots of its instances, named by
# the bare member name, with attribute-style accessors (runtime-c/struct.c).
class StructShape
  attr_reader :members, :keyword_init, :anon

  def initialize(members, keyword_init, anon)
    @members = members           # member names, in order
    @keyword_init = keyword_init # `keyword_init: true`: new takes one Hash
    @anon = anon                 # the accessors are an anonymous superclass's (class X < Struct.new)
  end
end

class Infer
  # Methods the runtime itself may call on any object (printing, hashing,
  # comparing, iterating, converting): their parameters are unknown.
  RUNTIME_CALLED = ["to_s", "inspect", "==", "!=", "eql?", "hash", "<=>", "===", "=~", "each", "call",
                    "to_proc", "to_ary", "to_a", "to_str", "to_h", "to_hash", "to_i", "to_int", "to_f", "to_sym",
                    "coerce", "method_missing", "respond_to?", "respond_to_missing?", "succ", "message",
                    "full_message", "backtrace", "exception", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "**",
                    "-@", "+@", "!", "&", "|", "^", "<<", ">>", "[]", "[]=", "size", "length", "each_pair",
                    "inherited", "included", "extended", "prepended", "method_added", "initialize_copy",
                    "initialize_dup", "initialize_clone", "dup", "clone", "freeze", "frozen?", "nil?", "equal?",
                    "instance_of?", "kind_of?", "is_a?", "class", "begin", "end", "first", "last", "keys",
                    "values", "fetch", "key?", "include?", "exclude_end?", "step", "to_enum", "enum_for",
                    "arity", "lambda?", "object_id", "display", "puts", "print", "write", "flush", "close",
                    "encoding", "bytesize", "getc", "read", "gets", "member?", "<=>"].freeze

  # How many arguments the runtime passes when it calls these names (the
  # others it calls with varying counts): a method that cannot take that
  # many raises ArgumentError before its body runs, so the runtime's calls
  # do not open it (Lowerer#hash(n) is no Object#hash).
  RUNTIME_ARITY = { "to_s" => 0, "inspect" => 0, "==" => 1, "!=" => 1, "eql?" => 1, "hash" => 0, "<=>" => 1,
                    "===" => 1, "=~" => 1, "to_ary" => 0, "to_a" => 0, "to_str" => 0, "to_h" => 0, "to_hash" => 0,
                    "to_i" => 0, "to_int" => 0, "to_f" => 0, "to_sym" => 0, "to_proc" => 0, "coerce" => 1,
                    "succ" => 0, "message" => 0, "backtrace" => 0, "<" => 1, ">" => 1, "<=" => 1, ">=" => 1,
                    "+" => 1, "-" => 1, "*" => 1, "/" => 1, "%" => 1, "**" => 1, "-@" => 0, "+@" => 0, "!" => 0,
                    "&" => 1, "|" => 1, "^" => 1, "<<" => 1, ">>" => 1, "size" => 0, "length" => 0,
                    "each_pair" => 0, "inherited" => 1, "included" => 1, "extended" => 1, "prepended" => 1,
                    "method_added" => 1, "initialize_copy" => 1, "initialize_dup" => 1, "dup" => 0,
                    "freeze" => 0, "frozen?" => 0, "nil?" => 0, "equal?" => 1, "instance_of?" => 1,
                    "kind_of?" => 1, "is_a?" => 1, "class" => 0, "begin" => 0, "end" => 0, "keys" => 0,
                    "values" => 0, "key?" => 1, "include?" => 1, "member?" => 1, "exclude_end?" => 0,
                    "arity" => 0, "lambda?" => 0, "object_id" => 0, "flush" => 0, "close" => 0,
                    "encoding" => 0, "bytesize" => 0, "getc" => 0, "each" => 0 }.freeze

  # Atoms of core classes whose methods CoreTypes::CORE_METHODS_OF lists.
  CORE_VALUE_BITS = Ty::INT | Ty::FLOAT | Ty::STR | Ty::SYM

  # Calls that reach constants other than by name in the program's text.
  CONST_REFLECTION = ["const_get", "const_set", "constants", "remove_const", "const_missing",
                      "const_source_location"].freeze

  # Calls that reach instance variables from outside their class's methods.
  IVAR_REFLECTION = ["instance_variable_set", "instance_variable_get", "instance_variables",
                     "remove_instance_variable", "instance_variable_defined?"].freeze

  CORE_BITS = [[Ty::NIL, "NilClass"], [Ty::TRUE, "TrueClass"], [Ty::FALSE, "FalseClass"], [Ty::INT, "Integer"],
               [Ty::FLOAT, "Float"], [Ty::STR, "String"], [Ty::SYM, "Symbol"], [Ty::MAIN, "main"],
               [Ty::OTHER, "Object"], [Ty::MATH, "Math"]].freeze

  attr_reader :prog, :rt, :sites, :arms, :slots, :readers, :writers, :iterations, :core_reopened

  def initialize(prog)
    @prog = prog
    @fns = prog.functions
    @nf = @fns.size
    @changed = false
    @iterations = 0
    @f = -1
  end

  # The fixpoint, by worklist: a function is visited again only when
  # something it read has grown since its last visit (Infer#depend records
  # who reads what; Infer#touched marks them dirty). When no function is
  # dirty, one sweep over every function must change nothing; it also
  # catches any dependency the bookkeeping missed, so the result is the
  # fixpoint the whole-program sweeps reached.
  def run
    @self_calls = SelfCalls.new(@prog)
    init_worklist
    layouts
    precompute
    while true
      while @dirty.include?(true)
        pass
      end
      @changed = false
      @dirty.fill(true)
      pass
      break unless @changed
    end
    @f = -1
    publish_notes
    self
  end

  def init_worklist
    @dirty = Array.new(@nf, true)
    @ret_readers = Array.new(@nf)   # g => functions that read g's return type or openness
    @self_readers = Array.new(@nf)  # g => blocks whose self is g's
    @ivar_readers = {}              # ivar name => functions that read it (any class)
    @env_readers = {}               # env owner => functions that read its slots
    @const_readers = {}             # constant name => functions that read it
    @notes = Array.new(@nf)         # f => per call site results (Infer#note)
  end

  # Visits every dirty function once, in order.
  def pass
    @iterations += 1
    Errors.bug("type inference did not converge") if @iterations > 400
    i = 0
    while i < @nf
      if @dirty[i]
        @dirty[i] = false
        function(i)
      end
      i += 1
    end
    attr_writers
  end

  # The function being visited reads a cell whose readers are `readers`.
  def depend(readers)
    readers[@f] = true if @f >= 0
  end

  # A cell grew: every function that read it runs again (and records its
  # reads anew).
  def touched(readers)
    return if readers.nil? || readers.empty?
    readers.each_key { |g| @dirty[g] = true }
    readers.clear
  end

  # table[key], a Hash, made empty when missing.
  def sub_hash(table, key)
    r = table[key]
    if r.nil?
      r = {}
      table[key] = r
    end
    r
  end

  # g's own inputs (arguments, block, self, openness) grew.
  def inputs_grew(g)
    @changed = true
    @dirty[g] = true
  end

  # ---------------------------------------------------------------- precomputation

  # A subclass's layout starts with its superclass's, so an ivar has the
  # same slot in every class that inherits it (the IR's class records).
  def layouts
    done = {}
    @prog.classes.each { |c| full_layout(c, done) }
  end

  def full_layout(c, done)
    return if done[c.id]
    done[c.id] = true
    return if c.super_id < 0
    sup = @prog.classes[c.super_id]
    full_layout(sup, done)
    ivars = sup.ivars.dup
    c.ivars.each { |y| ivars << y unless ivars.include?(y) }
    c.ivars = ivars
    c.ivar_types = ivars.map { |y| "val" }
  end

  def precompute
    @rt = Array.new(@nf)
    @args = Array.new(@nf)
    @argmin = Array.new(@nf, 1 << 30)
    @blk = Array.new(@nf, Ty::BOTTOM)
    @ret = Array.new(@nf, Ty::BOTTOM)
    @bspread = Array.new(@nf, Ty::BOTTOM)
    @open = Array.new(@nf, false)
    @self_t = Array.new(@nf, Ty::BOTTOM)
    @parent = Array.new(@nf, -1)
    @body_self = Array.new(@nf, nil)  # class bodies: ["class", c], ["singleton", c] or ["top", -1]
    @decl = Array.new(@nf, nil)        # methods: ["inst", c], ["cmeth", c], ["top", -1] or ["unknown", -1]
    @fvis = Array.new(@nf, 0)
    @fname = Array.new(@nf, "")
    @envnew = Array.new(@nf, false)
    @uninit = Array.new(@nf)
    @first_read = Array.new(@nf)
    @symproc_of = Array.new(@nf) { {} } # register => Symbol name of a `symproc` (`&:name`)
    @symproc = nil                      # the name while inferring a send whose block is `&:name`
    @spreading = Array.new(@nf, nil)
    @return_home = Array.new(@nf, -1)      # block => the function its `return` (procret) leaves
    @proc_returns = Array.new(@nf, Ty::BOTTOM) # f => what procrets aimed at f's return region return
    @imethods = {}
    @cmethods = {}
    @tmethods = {}
    @attrs = {}
    @fns_by_name = {}
    @mixed = {}
    @prepended = {} # class => a module is prepended to it: its own methods may not be the ones that run
    @extended = {}
    @foreign_super = {}
    @core_super = {}   # class id => name of the core class it inherits from (`class E < StandardError`)
    @structs = {}        # class id => StructShape of a Struct class (note_struct_class)
    @struct_news = Array.new(@nf) # f => register => StructShape of a `Struct.new` with literal members
    @struct_made = {}    # "f:r" => the class id the `Struct.new` writing r makes
    @struct_escaped = {} # class id => instances reach code kiln cannot see (struct_escape)
    @struct_any = {}     # class id => its members are `any` (struct_writers)
    @unseen_writes = false # a call kiln cannot see may be a `[]=` or `initialize` (note_unseen_call)
    @struct_fns = {}     # functions that read the constant Struct
    @vis_changed = {}
    @escaped_names = {}
    @dyn_called = Array.new(@nf, false) # f => reached by a program call kiln cannot resolve (dynamic_call)
    @dyn_writes = {}                    # writer name => what such calls pass it
    @ivars = {}
    @env = Array.new(@nf)      # f => env slot => type, for functions that make an env
    @env_set = Array.new(@nf)  # f => env slots assigned before anything can read them (env_set_first)
    @sites = []
    @site_of = {}
    @ivars_open = false
    @uses_class = false
    @const_assigned = {}
    @const_types = {}
    @core_class_regs = Array.new(@nf) # f => register => "Array"/"Hash" (note_core_classes)
    @defs = Array.new(@nf)            # f => the single instruction writing each register (single_defs)
    @class_named = {}   # constant name => class_named's answer
    @resolved = {}      # method name => class * 2 + self_call => resolve's answer
    @resolved_meta = {}
    @raises_on_special = {}
    @raises_on_core = {} # core class name => method name => raises_on_core?
    @const_owned = {}   # "c:name" => what the program assigns to constant name in class c's scope
    @const_unowned = {} # constant name => also assigned where kiln cannot name the scope
    @nested_core_consts = nil # nested_core_constants?
    @user_names = {}
    @object_mixed = false
    @names_basic_object = @prog.symbols.items.include?("BasicObject")
    @includes = {}     # class id => included modules (note_includes), nil when unknown
    @includers = {}    # program module id => classes whose body includes it
    @mixins_opaque = false
    @consts_open = false
    # A program that reopens a core class may change what the core table says.
    @core_reopened = @prog.classes.any? { |c| CoreTypes::CORE_NAMES.include?(c.name) }
    @user_not = false
    ncls = @prog.classes.size
    @desc = Array.new(ncls)
    @names = @prog.classes.map { |c| c.name }
    body_used = bodies_used
    struct_y = @prog.symbols.items.index("Struct")
    member_names = [] # names used only as Struct.new's members
    i = 0
    while i < @nf
      f = @fns[i]
      members = struct_member_regs(f, struct_y)
      attr_names = attr_name_regs(f)
      used = {}
      made = {} # register => the block function a `proc` made there
      quiet_ret = @body_run[i] && !body_used[i]
      f.body.each do |ins|
        next if ins.op == IR::LABEL || (ins.op == "ret" && quiet_ret)
        reads(ins).each { |r| used[r] = true }
      end
      @rt[i] = Array.new(f.regs.size, Ty::BOTTOM)
      @args[i] = []
      @fname[i] = f.name < 0 ? "" : @prog.symbols.items[f.name]
      f.body.each do |ins|
        op = ins.op
        if op == "proc" || op == "lambda"
          @parent[ins.a[1]] = i
          made[ins.a[0]] = ins.a[1]
        elsif op == "setreturn" || op == "inheritreturn"
          g = made[ins.a[0]]
          @return_home[g] = op == "setreturn" ? i : -2 - i unless g.nil?
        elsif op == "envnew"
          @envnew[i] = true
        elsif op == "sym" && used[ins.a[0]]
          if members[ins.a[0]]
            member_names << sym(ins.a[1])
          elsif !attr_names[ins.a[0]]
            @escaped_names[sym(ins.a[1])] = true
          end
        elsif op == "alias"
          @escaped_names[sym(ins.a[1])] = true
          @escaped_names[sym(ins.a[2])] = true
        elsif op == "supersplat"
          @escaped_names[@fname[i]] = true
        elsif op == "dmsuper" && ins.a[3] >= 0
          @escaped_names[sym(ins.a[3])] = true
        elsif op == "send" || op == "sendself" || op == "sendsplat" || op == "sendselfsplat" || op == "vcall"
          n = sym(ins.a[op == "send" || op == "sendsplat" ? 2 : 1])
          @ivars_open = true if IVAR_REFLECTION.include?(n)
          @consts_open = true if CONST_REFLECTION.include?(n)
        elsif op == "constget"
          @uses_class = true if sym(ins.a[1]) == "Class"
          @struct_fns[i] = true if ins.a[1] == struct_y
        elsif op == "constset"
          @const_assigned[sym(ins.a[0])] = true
        elsif op == "constsetin"
          @const_assigned[sym(ins.a[1])] = true
        end
      end
      i += 1
    end
    member_names.each { |n| @escaped_names[n] = true } unless core_struct?
    resolve_return_homes
    i = 0
    while i < @nf
      env_set_first(i) if @envnew[i]
      i += 1
    end
    # Class bodies and the methods they define.
    i = 0
    while i < @nf
      scan_definitions(i)
      i += 1
    end
    assigned_classes
    c = 0
    while c < ncls
      @desc[c] = descendants(c)
      c += 1
    end
    @user_not = @fname.include?("!")
    i = 0
    while i < @nf
      @uninit[i] = maybe_uninitialized(@fns[i])
      @first_read[i] = first_reads(i)
      i += 1
    end
    breadth_scan
    @escaped_names["initialize"] = true if @escaped_names["new"]
    @escaped_names.keys.each { |n| open_name(n) }
    RUNTIME_CALLED.each { |n| open_runtime_name(n) }
    initialized_ivars
  end

  # A block's `return` leaves the function whose return region its Proc
  # was given (`setreturn`), or passes on its maker's (`inheritreturn`,
  # recorded as -2 - maker until resolved here); a Proc with neither
  # raises LocalJumpError.
  def resolve_return_homes
    i = 0
    while i < @nf
      return_home(i)
      i += 1
    end
  end

  def return_home(g)
    h = @return_home[g]
    return h if h > -2
    @return_home[g] = -1 # (no cycle: a block is made by a function outside it)
    @return_home[g] = return_home(-2 - h)
  end

  # `return v` in block f: the function it leaves gets v at its catchreturn
  # (it still escapes too: unseen code may run the Proc as a method body).
  # A lambda's return, or a block's that no function catches (a
  # define_method body), returns v from f itself.
  def proc_return(f, v)
    home = @return_home[f]
    grow_ret(f, v) if @fns[f].kind != "block" || home < 0 || @rebound[f] || @any_rebound
    return if home < 0 || @proc_returns[home].includes?(v)
    @proc_returns[home] = @proc_returns[home].union(v)
    inputs_grew(home)
  end

  # Registers of f that only pass member names to `Struct.new`: such a
  # name defines the runtime's accessors, it calls no program method.
  def struct_member_regs(f, struct_y)
    return {} if struct_y.nil?
    structs = {}
    call_arg_regs(f) do |ins|
      structs[ins.a[0]] = true if ins.op == "constget" && ins.a[1] == struct_y
      ins.op == "send" && structs.key?(ins.a[1]) && sym(ins.a[2]) == "new"
    end
  end

  # Registers of f that only pass names to `attr_reader`/`attr_writer`/
  # `attr_accessor`: the runtime defines the accessors, it calls nothing
  # by such a name (calls of the accessors are the program's own).
  def attr_name_regs(f)
    call_arg_regs(f) { |ins| ins.op == "sendself" && ATTR_DEFINERS.include?(sym(ins.a[1])) && ins.a[3] < 0 }
  end

  # The registers passed (`arg`) to the instructions of f the block accepts
  # (it sees every instruction but `arg`, in order).
  def call_arg_regs(f)
    out = {}
    pending = []
    f.body.each do |ins|
      op = ins.op
      if op == "arg"
        pending << ins.a[0]
        next
      end
      pending.each { |r| out[r] = true } if yield(ins)
      pending = [] if op != "line" && op != IR::LABEL
    end
    out
  end

  ATTR_DEFINERS = ["attr_reader", "attr_writer", "attr_accessor"].freeze

  # The constant Struct is the runtime's class.
  def core_struct?
    class_named("Struct") == -1 && !@const_assigned["Struct"]
  end

  # Bodies (of classes and required files, run by `body`) whose value the
  # program reads: their `body` result is read other than by the `ret` of
  # an enclosing body whose own value is not read (`module M; class C; def
  # x; end; end; end` reads nothing).
  def bodies_used
    @body_run = Array.new(@nf, false)
    i = 0
    while i < @nf
      @fns[i].body.each { |ins| @body_run[ins.a[1]] = true if ins.op == "body" }
      i += 1
    end
    read = Array.new(@nf)   # f => register => read by something other than a body's ret
    by_ret = Array.new(@nf) # f => registers a body's ret returns
    i = 0
    while i < @nf
      read[i] = {}
      by_ret[i] = []
      @fns[i].body.each do |ins|
        next if ins.op == IR::LABEL
        if ins.op == "ret" && @body_run[i]
          by_ret[i] << ins.a[0]
        else
          reads(ins).each { |r| read[i][r] = true }
        end
      end
      i += 1
    end
    used = {}
    changed = true
    while changed
      changed = false
      i = 0
      while i < @nf
        @fns[i].body.each do |ins|
          next if ins.op != "body" || used[ins.a[1]]
          r = ins.a[0]
          if read[i][r] || (used[i] && by_ret[i].include?(r))
            used[ins.a[1]] = true
            changed = true
          end
        end
        i += 1
      end
    end
    used
  end

  # Instance variables every instance has set once `new` returns: those its
  # initialize sets in its entry block before self can escape (before any
  # call on self, yield, super, closure or other read of self), with no
  # `try` before it (a rescue could skip it). Such a set dominates the rest
  # of initialize, and no other code can see the object before it, so reads
  # of the ivar elsewhere (and after the set) never see nil.
  # @init_set["c:@x"] = [initialize's function, index of the set].
  INIT_STOPS = { "self" => true, "sendself" => true, "vcall" => true, "callself" => true, "super" => true,
                 "supersplat" => true, "dmsuper" => true, "yield" => true, "proc" => true, "lambda" => true,
                 "sendselfsplat" => true, "try" => true }.freeze

  def initialized_ivars
    @init_set = {}
    return if @ivars_open || @fns_by_name.key?("new") || @fns_by_name.key?("allocate") ||
              @prog.symbols.items.include?("allocate")
    c = 0
    while c < @prog.classes.size
      r = resolve(c, "initialize", true)
      init_sets(c, r[1]) if r[0] == "fn" && !@open[r[1]]
      struct_init_sets(c) if r[0] == "struct"
      c += 1
    end
  end

  # Struct#initialize sets every member (nil when not given: struct_init).
  def struct_init_sets(c)
    @structs[struct_root(c)].members.each { |m| @init_set[c.to_s + ":" + m] = [-2, -1] }
  end

  def init_sets(c, g)
    body = @fns[g].body
    k = 0
    while k < body.size
      ins = body[k]
      break if ins.op == IR::LABEL || INIT_STOPS[ins.op] || IR::TERMINATORS.key?(ins.op)
      if ins.op == "ivset"
        key = c.to_s + ":" + sym(ins.a[0])
        @init_set[key] = [g, k] if @init_set[key].nil?
      end
      k += 1
    end
  end

  # nil when reading c's ivar name at instruction k of function f may find
  # it unset, else bottom.
  def ivar_unset(c, name, f, k)
    set_at = @init_set[c.to_s + ":" + name]
    return Ty::NIL_T if set_at.nil? || (set_at[0] == f && k <= set_at[1])
    Ty::BOTTOM
  end

  # -- breadth (dynamic Ruby that lower.rb lets through): conservative facts.
  # Calls that run a block (or a Proc argument) with another self.
  SELF_REBINDING = ["instance_eval", "instance_exec", "class_eval", "class_exec", "module_eval", "module_exec",
                    "define_method", "define_singleton_method", "new"].freeze
  # Calls that name a method by a value: a computed name may be any method.
  NAME_TAKING = ["send", "public_send", "__send__", "method", "public_method", "instance_method",
                 "define_method", "define_singleton_method", "alias_method"].freeze

  # - a block run with another self has self `any` (@rebound; all blocks
  #   when a Proc from elsewhere is rebound);
  # - methods defined where kiln cannot name the class (def in a block or a
  #   method, define_method) make their names unresolvable (@dyn_names) and
  #   instance variables `any` (they may be set on any object);
  # - a computed name in send/method/define_method opens every method.
  def breadth_scan
    @rebound = Array.new(@nf, false)
    @any_rebound = false
    @dyn_names = {}
    @dyn_all = false
    i = 0
    while i < @nf
      f = @fns[i]
      defs = @defs[i]
      pending = []
      f.body.each do |ins|
        op = ins.op
        a = ins.a
        if op == "arg"
          pending << a[0]
          next
        end
        if (op == "defn" || op == "defs") && !@decl[a[2]].nil? && @decl[a[2]][0] == "unknown"
          @dyn_names[sym(a[1])] = true
          @ivars_open = true
        end
        if op == "send" || op == "sendself"
          name = sym(a[op == "send" ? 2 : 1])
          blk = a[op == "send" ? 4 : 3]
          if SELF_REBINDING.include?(name)
            @ivars_open = true if name != "new"
            breadth_rebind(defs, blk) if blk >= 0
            breadth_rebind(defs, pending[1]) if name.start_with?("define_") && pending.size == 2
          end
          if NAME_TAKING.include?(name) && !pending.empty?
            d = defs[pending[0]]
            lit = !d.nil? && d.op == "sym"
            @dyn_all = true unless lit
            # send(:define_method, ...) and friends: assume the worst
            if lit && (name == "send" || name == "__send__" || name == "public_send")
              inner = sym(d.a[1])
              if SELF_REBINDING.include?(inner) || NAME_TAKING.include?(inner)
                @dyn_all = true
                @any_rebound = true
                @ivars_open = true
              end
            end
            @dyn_names[sym(d.a[1])] = true if lit && (name.start_with?("define_") || name == "alias_method")
          end
        elsif op == "sendsplat" || op == "sendselfsplat"
          name = sym(a[op == "sendsplat" ? 2 : 1])
          if SELF_REBINDING.include?(name) || NAME_TAKING.include?(name)
            @any_rebound = true
            @dyn_all = true
            @ivars_open = true
          end
        end
        pending = [] if op != IR::LABEL && op != "line"
      end
      i += 1
    end
    @fns_by_name.keys.each { |n| @escaped_names[n] = true } if @dyn_all
  end

  def breadth_rebind(defs, r)
    d = defs[r]
    if !d.nil? && (d.op == "proc" || d.op == "lambda")
      @rebound[d.a[1]] = true
    else
      @any_rebound = true
    end
  end

  def breadth_unresolvable?(name)
    @dyn_all || @dyn_names[name]
  end
  # -- end of breadth

  def sym(i)
    @prog.symbols.items[i]
  end

  # The single instruction writing each register, or nil (several or none).
  def single_defs(f)
    d = Array.new(f.regs.size)
    count = Array.new(f.regs.size, 0)
    f.body.each do |ins|
      next unless dest?(ins.op)
      d[ins.a[0]] = ins
      count[ins.a[0]] += 1
    end
    k = 0
    while k < d.size
      d[k] = nil if count[k] != 1
      k += 1
    end
    d
  end

  def dest?(op)
    IR::DEST.key?(op)
  end

  def scan_definitions(i)
    f = @fns[i]
    defs = single_defs(f)
    @defs[i] = defs # breadth_scan reads them too
    note_core_classes(i, defs)
    bself = @body_self[i]
    pending = []
    hashes = {} # register => the registers a `hash` was made of
    prev = nil
    f.body.each do |ins|
      op = ins.op
      a = ins.a
      if op == "arg"
        pending << a[0]
        next
      end
      if @struct_fns[i]
        hashes[a[0]] = pending if op == "hash"
        note_struct_new(i, ins, pending, hashes, defs) if op == "send"
        note_struct_class(i, ins, prev, defs) if op == "defclass"
      end
      prev = ins
      if op == "body"
        target = defs[a[2]]
        kind = ["top", -1]
        if !target.nil? && (target.op == "defclass" || target.op == "defmodule")
          kind = ["class", target.a[1]]
          if target.op == "defclass"
            if target.a[3] >= 0 && @prog.classes[target.a[1]].super_id < 0
              @foreign_super[target.a[1]] = true
              sup = defs[target.a[3]]
              @core_super[target.a[1]] = sym(sup.a[1]) if !sup.nil? && sup.op == "constget"
              @ivars_open = true if maybe_program_class?(sup, defs)
            end
          end
        elsif !target.nil? && target.op == "singleton"
          src = defs[target.a[1]]
          kind = ["singleton", bself[1]] if !src.nil? && src.op == "self" && !bself.nil? && bself[0] == "class"
          kind = ["unknown", -1] if kind[0] == "top"
        end
        @body_self[a[1]] = kind
      elsif op == "defn" || op == "defs"
        fn = a[2]
        name = sym(a[1])
        @fns_by_name[name] = [] if @fns_by_name[name].nil?
        @fns_by_name[name] << fn
        @user_names[name] = true
        @fvis[fn] = op == "defn" ? a[3] : 0
        target = defs[a[0]]
        decl = ["unknown", -1]
        if !target.nil? && target.op == "self" && !bself.nil?
          if bself[0] == "class"
            decl = op == "defn" ? ["inst", bself[1]] : ["cmeth", bself[1]]
          elsif bself[0] == "singleton" && op == "defn"
            decl = ["cmeth", bself[1]]
          end
        elsif !target.nil? && target.op == "constget" && sym(target.a[1]) == "Object" && f.kind == "top" && op == "defn"
          decl = ["top", -1]
        end
        # module_function defines both; the instance method keeps its decl
        decl = @decl[fn] if !@decl[fn].nil? && @decl[fn][0] == "inst" && decl[0] == "cmeth"
        @decl[fn] = decl
        add_method(decl[0] == "cmeth" && op == "defs" ? "cmeth" : decl[0], decl[1], name, fn) if op == "defn" || decl[0] == "cmeth"
        @open[fn] = true if decl[0] == "unknown"
      elsif (op == "sendself" || op == "vcall") && !bself.nil? && bself[0] == "class"
        name = sym(a[1])
        c = bself[1]
        n = op == "vcall" ? 0 : a[2]
        names = pending.map { |r| defs[r].nil? || defs[r].op != "sym" ? nil : sym(defs[r].a[1]) }
        if name == "include" || name == "prepend"
          @mixed[c] = true
          @prepended[c] = true if name == "prepend"
          note_includes(c, name, pending.map { |r| defs[r] })
        elsif name == "extend"
          @extended[c] = true
        elsif name == "attr_reader" || name == "attr_writer" || name == "attr_accessor"
          names.each do |an|
            next if an.nil?
            @attrs[c.to_s + ":" + an] = ["r", "@" + an] if name != "attr_writer"
            @attrs[c.to_s + ":" + an + "="] = ["w", "@" + an] if name != "attr_reader"
            @user_names[an] = true
            @user_names[an + "="] = true
          end
        elsif name == "private" || name == "public" || name == "protected" || name == "module_function" ||
              name == "private_class_method" || name == "public_class_method" || name == "private_constant"
          names.each { |vn| @vis_changed[vn] = true unless vn.nil? }
        end
        pending = [] if op == "sendself"
      elsif op == "sendself" && (sym(a[1]) == "include" || sym(a[1]) == "extend")
        @object_mixed = true # a mixin at top level or in a method may give nil new methods
        @mixins_opaque = true
        pending = []
      elsif (op == "send" || op == "sendsplat") && MIXIN_CALLS.include?(sym(a[2]))
        @mixins_opaque = true # Foo.include(M), obj.extend(M): kiln does not follow these
        pending = []
      elsif op != IR::LABEL && op != "arm"
        pending = [] if op != "line"
      end
    end
  end

  # `Struct.new(:a, :b [, keyword_init: literal])` (no block) on the core
  # Struct: @struct_news[i][its register] = its StructShape.
  def note_struct_new(i, ins, args, hashes, defs)
    a = ins.a
    recv = defs[a[1]]
    return if recv.nil? || recv.op != "constget" || sym(recv.a[1]) != "Struct" || sym(a[2]) != "new" || a[4] >= 0
    members = []
    kw = false
    j = 0
    while j < args.size
      d = defs[args[j]]
      return if d.nil?
      if d.op == "sym"
        members << sym(d.a[1])
      else
        kw = keyword_init_literal(d, hashes, defs)
        return if kw.nil? || j != args.size - 1
      end
      j += 1
    end
    @struct_news[i] = {} if @struct_news[i].nil?
    @struct_news[i][a[0]] = StructShape.new(members, kw, false)
  end

  # A `hash` of `keyword_init: true|false|nil`: whether it is true, else nil.
  def keyword_init_literal(d, hashes, defs)
    return nil if d.op != "hash" || d.a[1] != 2
    pair = hashes[d.a[0]]
    key = defs[pair[0]]
    val = defs[pair[1]]
    return nil if key.nil? || val.nil? || key.op != "sym" || sym(key.a[1]) != "keyword_init"
    return nil unless val.op == "true" || val.op == "false" || val.op == "nil"
    val.op == "true"
  end

  # `defclass` of class c right after `X = Struct.new(...)` (lower.rb's
  # struct_def) or with `Struct.new(...)` as its superclass: c is a Struct
  # class, when resolve.rb laid its members out first.
  def note_struct_class(i, ins, prev, defs)
    c = ins.a[1]
    made = ins.a[3]
    if made < 0 && !prev.nil? && (prev.op == "constset" || prev.op == "constsetin")
      name = prev.op == "constset" ? prev.a[0] : prev.a[1]
      n = sym(name)
      made = prev.a[prev.op == "constset" ? 1 : 2] if @names[c] == n || @names[c].end_with?("::" + n)
    end
    shapes = @struct_news[i]
    shape = made < 0 || shapes.nil? ? nil : shapes[made]
    return if shape.nil? || !core_struct?
    y = 0
    while y < shape.members.size
      return if @prog.classes[c].ivars[y] != @prog.symbols.items.index(shape.members[y])
      y += 1
    end
    @structs[c] = StructShape.new(shape.members, shape.keyword_init, ins.a[3] >= 0)
    @struct_made[i.to_s + ":" + made.to_s] = c
  end

  # A class whose name a constant assignment also takes (`X =
  # Struct.new(*names)` then `class X`) may be made at run time, with
  # instances before its `defclass` fixes the layout: like a class with a
  # superclass kiln does not know, its layout and lookup are not known.
  def assigned_classes
    @prog.classes.each do |c|
      last = c.name.split("::").last
      @foreign_super[c.id] = true if @const_assigned[last] && c.kind == "class" && @structs[c.id].nil?
    end
  end

  # Registers of function i that can only hold the core class Array or
  # Hash: written once, by `constget` of that name, in a program that
  # defines no class or constant of the name and does not reopen core
  # classes. (The constant's type stays `any`; only `new` is modeled.)
  CORE_NEW_CLASSES = ["Array", "Hash"].freeze

  def note_core_classes(i, defs)
    r = 0
    while r < defs.size
      d = defs[r]
      if !d.nil? && d.op == "constget" && CORE_NEW_CLASSES.include?(sym(d.a[1]))
        name = sym(d.a[1])
        if !@core_reopened && !@const_assigned[name] && class_named(name) == -1
          @core_class_regs[i] = {} if @core_class_regs[i].nil?
          @core_class_regs[i][r] = name
        end
      end
      r += 1
    end
  end

  # `Array.new(...)` / `Hash.new(...)` on a register note_core_classes
  # proved the core class: the new container's site, or nil when the call
  # is not one CoreTypes models (it is then an ordinary call).
  def core_new(f, k, recv, name, args, blk)
    regs = @core_class_regs[f]
    return nil if regs.nil? || name != "new" || breadth_unresolvable?(name)
    cls = regs[recv]
    return nil if cls.nil?
    args.each { |x| return Ty::BOTTOM if x.bottom? }
    CoreTypes.new_container(self, f, k, cls, args, blk)
  end

  # `N.new(...)` where the constant N can only be a runtime class (the
  # program defines no class, module or constant N and cannot add methods
  # to core classes or Object): the runtime's `new` runs no program `initialize`, so
  # unlike an unknown receiver's `new` it opens none. Struct.new makes a
  # class (and runs its block with the class as self): the class object of
  # a Struct class kiln knows. nil when the send is another call.
  def runtime_class_new(f, a, args, blk)
    return nil if sym(a[2]) != "new"
    d = @defs[f][a[1]]
    return nil if d.nil? || d.op != "constget"
    n = sym(d.a[1])
    return nil if class_named(n) != -1 || @const_assigned[n] || @consts_open || @core_reopened || @object_mixed ||
                  @mixins_opaque || breadth_unresolvable?("initialize") || @tmethods.key?("initialize")
    args.each { |x| escape(x) }
    escape(blk)
    c = @struct_made[f.to_s + ":" + a[0].to_s]
    c.nil? ? Ty::ANY : Ty.meta(c)
  end

  MIXIN_CALLS = ["include", "prepend", "extend", "append_features", "extend_object", "prepend_features"].freeze

  # `include A, B` in class c's body: the modules, as program class ids, or
  # a core module as -1 - its index in CoreTypes::CORE_MODULES; anything
  # else (a computed module, prepend) leaves c's includes unknown.
  # Methods of a program module then have the includers' instances as self.
  def note_includes(c, how, args)
    mods = @includes.key?(c) ? @includes[c] : []
    args.reverse_each do |d| # include A, B puts A first in the ancestors: as if B, then A were included
      m = nil
      if how == "include" && !d.nil? && d.op == "constget"
        n = sym(d.a[1])
        core = CoreTypes::CORE_MODULES.index(n)
        t = constant(n)
        if !core.nil? && t.any?
          m = -1 - core
        elsif t.metas.size == 1 && t.bits == 0 && t.objs.empty? && t.sites.empty? &&
              @prog.classes[t.metas[0]].kind == "module"
          m = t.metas[0]
        end
      end
      if m.nil? || mods.nil?
        @includes[c] = nil
        return
      end
      mods << m unless mods.include?(m)
      @includers[m] = [] if m >= 0 && @includers[m].nil?
      @includers[m] << c if m >= 0
    end
    @includes[c] = mods
  end

  def add_method(kind, c, name, fn)
    if kind == "inst"
      key = c.to_s + ":" + name
      @imethods[key] = [] if @imethods[key].nil?
      @imethods[key] << fn
    elsif kind == "cmeth"
      key = c.to_s + ":" + name
      @cmethods[key] = [] if @cmethods[key].nil?
      @cmethods[key] << fn
    elsif kind == "top"
      @tmethods[name] = [] if @tmethods[name].nil?
      @tmethods[name] << fn
    end
  end

  def descendants(c)
    out = [c]
    changed = true
    while changed
      changed = false
      @prog.classes.each do |k|
        if k.super_id >= 0 && out.include?(k.super_id) && !out.include?(k.id)
          out << k.id
          changed = true
        end
      end
    end
    out.sort
  end

  def open_name(name)
    list = @fns_by_name[name]
    return if list.nil?
    list.each { |fn| open_fn(fn) }
  end

  # The runtime may call name on any object: its methods of that name
  # open, except those that cannot take the arguments it passes.
  def open_runtime_name(name)
    list = @fns_by_name[name]
    return if list.nil?
    n = RUNTIME_ARITY[name]
    list.each { |fn| open_fn(fn) if n.nil? || takes_count?(fn, n) }
  end

  # Function g accepts n positional arguments (its `arity` check passes).
  def takes_count?(g, n)
    @fns[g].body.each do |ins|
      return n >= ins.a[0] && (ins.a[1] < 0 || n <= ins.a[1]) if ins.op == "arity"
    end
    true
  end

  # g becomes callable from code kiln cannot see: its parameters are
  # `any`, and callers and nested blocks see it open.
  def open_fn(g)
    return if @open[g]
    @open[g] = true
    inputs_grew(g)
    touched(@ret_readers[g])
    touched(@self_readers[g])
  end

  def escape_name(name)
    return if @escaped_names[name]
    @escaped_names[name] = true
    @changed = true
    open_name(name)
    if name == "new"
      @escaped_names["initialize"] = true
      open_name("initialize")
    end
  end

  # Registers that some path may read before any write (they hold nil
  # then): a forward "definitely assigned" dataflow over the basic blocks,
  # with bitsets as Integers. `try` adds an edge to its handler.
  def maybe_uninitialized(f)
    body = f.body
    n = body.size
    at = {}          # label => instruction index
    k = 0
    while k < n
      at[body[k].a[0]] = k if body[k].op == IR::LABEL
      k += 1
    end
    entry = { 0 => 0 } # instruction index of a block start => assigned set at entry
    work = [0]
    seen = {}
    while !work.empty?
      start = work.pop
      state = entry[start]
      k = start
      k += 1 if body[k].op == IR::LABEL
      while k < n
        ins = body[k]
        break if ins.op == IR::LABEL && k != start
        if ins.op == "try"
          flow_to(entry, work, at[ins.a[1]], state)
        end
        state |= (1 << ins.a[0]) if dest?(ins.op)
        if IR::TERMINATORS.key?(ins.op)
          succ_labels(ins).each { |l| flow_to(entry, work, at[l], state) }
          break
        end
        k += 1
      end
      if k < n && body[k].op == IR::LABEL && k != start
        flow_to(entry, work, k, state)
      end
    end
    uninit = {}
    entry.keys.sort.each do |start|
      state = entry[start]
      k = start
      k += 1 if body[k].op == IR::LABEL
      while k < n
        ins = body[k]
        break if ins.op == IR::LABEL
        reads(ins).each { |r| uninit[r] = true if state[r] == 0 } # (state >> r would copy a Bignum)
        state |= (1 << ins.a[0]) if dest?(ins.op)
        break if IR::TERMINATORS.key?(ins.op)
        k += 1
      end
    end
    uninit
  end

  def flow_to(entry, work, idx, state)
    old = entry[idx]
    if old.nil?
      entry[idx] = state
      work << idx
    elsif (old & state) != old
      entry[idx] = old & state
      work << idx
    end
  end

  def succ_labels(ins)
    op = ins.op
    return [ins.a[0]] if op == "jump"
    return [ins.a[1], ins.a[2]] if op == "br" || op == "brnil" || op == "brundef" || op == "hasarg"
    []
  end

  # Register operands an instruction reads.
  def reads(ins)
    idx = IR::READS[ins.op]
    out = []
    return out if idx.nil?
    a = ins.a
    i = 0
    while i < idx.size
      out << a[idx[i]] if a[idx[i]] >= 0
      i += 1
    end
    out
  end

  # ---------------------------------------------------------------- state

  def site(f, i, kind)
    key = f.to_s + ":" + i.to_s
    key = key + ":" + kind if i < 0 || (@fns[f].body[i].op != "array" && @fns[f].body[i].op != "hash" &&
                                        @fns[f].body[i].op != "range")
    site_keyed(key, kind)
  end

  # The Arrays a core call builds inside the one it returns (transpose's
  # rows, zip's pairs, group_by's groups): a second site at the same call.
  def inner_site(f, i, kind)
    site_keyed(f.to_s + ":" + i.to_s + ":inner" + kind, kind)
  end

  def site_keyed(key, kind)
    s = @site_of[key]
    return s unless s.nil?
    s = @sites.size
    @sites << Site.new(kind, key)
    @site_of[key] = s
    @changed = true
    s
  end

  def site_name(s)
    st = @sites[s]
    st.kind + "@" + st.label
  end

  # Register r of f (the function being visited, at instruction @k) grows.
  # An instruction at or before @k that reads it sees the new type only on
  # the next visit.
  def set(f, r, t)
    old = @rt[f][r]
    return if old.includes?(t)
    @rt[f][r] = old.union(t)
    @changed = true
    @dirty[f] = true if @first_read[f][r] <= @k
  end

  # Instruction index of the first read of each register of f.
  def first_reads(f)
    body = @fns[f].body
    first = Array.new(@fns[f].regs.size, body.size)
    k = body.size - 1
    while k >= 0
      reads(body[k]).each { |r| first[r] = k } if body[k].op != IR::LABEL
      k -= 1
    end
    first
  end

  def open?(f)
    @open[f]
  end

  def grow_ret(f, v)
    return if @ret[f].includes?(v)
    @ret[f] = @ret[f].union(v)
    @changed = true
    touched(@ret_readers[f])
  end

  # f's return type as seen by a caller being visited.
  def ret_of(g)
    depend(sub_hash(@ret_readers, g))
    @ret[g]
  end

  def reg_type(f, r)
    t = @rt[f][r]
    @uninit[f][r] ? t.union(Ty::NIL_T) : t
  end

  # Values that reach code kiln cannot see: containers' contents become
  # unknown, procs may be called with anything.
  def escape(t)
    return if t.any?
    t.sites.each do |s|
      st = @sites[s]
      next if st.escaped
      st.escaped = true
      touched(st.escape_readers)
      @changed = true
      touched(st.readers)
      old = [st.elem, st.key, st.val]
      st.elem = Ty::ANY
      st.key = Ty::ANY
      st.val = Ty::ANY
      old.each { |o| escape(o) }
    end
    t.procs.each { |g| open_fn(g) }
    return if @structs.empty?
    t.objs.each { |c| struct_escape(c) }
    t.metas.each do |c| # unseen code may make instances (X[...]) with any members
      struct_escape(c)
      @struct_any[c] = true if struct_root(c) >= 0
    end
  end

  # Instances of Struct class c reach code kiln cannot see, which may read
  # their members (`to_a`, `each`): like an escaped site's contents, what
  # the members hold or will hold escapes (add_ivar). Unseen code sets
  # members only through `[]=`, `initialize` or a writer called by name:
  # struct_writers makes them `any` when a call kiln cannot see may be one.
  def struct_escape(c)
    return if @struct_escaped[c] || struct_root(c) < 0
    @struct_escaped[c] = true
    @changed = true
    @structs[struct_root(c)].members.each { |m| escape(ivar(c, m)) }
  end

  # Names whose unseen call may set a Struct instance's members.
  UNSEEN_WRITERS = ["[]=", "initialize", "send", "public_send", "__send__", "method", "public_method",
                    "instance_method", "instance_variable_set"].freeze

  # A call kiln cannot resolve (or a core method it does not model) of name.
  def note_unseen_call(name)
    return if @unseen_writes || !UNSEEN_WRITERS.include?(name)
    @unseen_writes = true
    @changed = true
  end

  # Array literals as tuples: while every Array of site s is the literal
  # itself (no core method reshaped or mutated one, none escaped), the
  # element at a constant index is what the literal put there, so
  # `[[1, "a"], ...]` reads `b[0]` as Integer, not Integer|String.
  def literal_array(s, list)
    st = @sites[s]
    list.each { |x| add_elem(s, x) }
    old = st.tuple
    if old.nil?
      st.tuple = list
      site_grew(st)
      return
    end
    j = 0
    while j < list.size
      unless old[j].includes?(list[j])
        old[j] = old[j].union(list[j])
        site_grew(st)
      end
      j += 1
    end
  end

  # Core Array methods that leave the receiver as it is and return no
  # reshaped Array of its site (slices, sort, select... return the
  # receiver's site for a new Array of other positions).
  TUPLE_KEEPING = { "size" => true, "length" => true,
                    "empty?" => true, "any?" => true, "all?" => true, "none?" => true, "count" => true,
                    "include?" => true, "index" => true, "each" => true, "each_with_index" => true, "map" => true,
                    "collect" => true, "flat_map" => true, "join" => true, "freeze" => true, "frozen?" => true,
                    "dup" => true, "clone" => true, "to_a" => true, "inspect" => true, "to_s" => true,
                    "hash" => true, "==" => true, "!=" => true, "eql?" => true, "equal?" => true, "nil?" => true,
                    "is_a?" => true, "kind_of?" => true, "instance_of?" => true, "class" => true, "sum" => true,
                    "inject" => true, "reduce" => true, "find" => true, "detect" => true,
                    "each_with_object" => true }.freeze

  # An element read (`a[0]`, `a.at(i)`, `a.fetch(i)`, `a.dig(i)`) keeps
  # the tuple; a slice (`a[1, 2]`, `a[1..]`) is a new Array of its site.
  def keeps_tuple?(name, args)
    return TUPLE_KEEPING[name] unless name == "[]" || name == "at" || name == "fetch" || name == "dig"
    !args.empty? && args[0].only?(Ty::INT) && (args.size == 1 || name != "[]")
  end

  # Some Array of site s may no longer hold its literal's elements by position.
  def reshape(s)
    st = @sites[s]
    return if st.reshaped
    st.reshaped = true
    site_grew(st)
  end

  # The element at constant index i of t's Arrays when they are all
  # literals kept as they were (nil in t raises: nothing), else nil.
  def tuple_entry(t, i)
    return nil if t.any? || (t.bits & ~Ty::NIL) != 0 || !t.objs.empty? || !t.metas.empty? || !t.procs.empty? ||
                  t.sites.empty?
    res = Ty::BOTTOM
    t.sites.each do |s|
      st = site_read(s)
      return nil if st.tuple.nil? || st.reshaped || st.escaped
      j = i < 0 ? st.tuple.size + i : i
      res = res.union(j >= 0 && j < st.tuple.size ? st.tuple[j] : Ty::NIL_T)
    end
    res
  end

  # The value of register r of f when its only write is an Integer literal.
  def const_index(f, r)
    d = @defs[f][r]
    return nil if d.nil? || d.op != "int"
    d.a[1]
  end

  def add_elem(s, t)
    st = @sites[s]
    if st.escaped
      escape(t)
      return
    end
    depend(st.escape_readers) # what it adds escapes too once it does
    return if st.elem.includes?(t)
    st.elem = st.elem.union(t)
    site_grew(st)
  end

  def add_kv(s, k, v)
    st = @sites[s]
    if st.escaped
      escape(k)
      escape(v)
      return
    end
    depend(st.escape_readers)
    return if st.key.includes?(k) && st.val.includes?(v)
    st.key = st.key.union(k)
    st.val = st.val.union(v)
    site_grew(st)
  end

  def site_grew(st)
    @changed = true
    touched(st.readers)
  end

  # Site s, for a function reading its contents.
  def site_read(s)
    st = @sites[s]
    depend(st.readers)
    st
  end

  # The element type of Arrays (and Ranges) in t; any if t may be something else.
  def elem_of(t)
    return Ty::ANY if t.any? || t.bits != 0 || !t.objs.empty? || !t.metas.empty? || !t.procs.empty?
    e = Ty::BOTTOM
    sites = t.sites
    i = 0
    while i < sites.size # (not `each`: its block would `return`)
      return Ty::ANY if @sites[sites[i]].kind == "Hash"
      e = e.union(site_read(sites[i]).elem)
      i += 1
    end
    e
  end

  # What storing v through a Range index (`a[1..2] = v`) adds to an Array:
  # v itself, or the elements of v when it is an Array (or may convert
  # with to_ary: then anything).
  def splice_elems(v)
    return Ty::ANY if v.any? || (v.bits & Ty::OTHER) != 0
    return Ty::ANY if !v.objs.empty? && (!@fns_by_name["to_ary"].nil? || !@fns_by_name["method_missing"].nil?)
    e = v
    v.sites.each { |s| e = e.union(site_read(s).elem) if @sites[s].kind == "Array" }
    e
  end

  # The part of t that an Array operand (`a + t`, `a | t`) accepts:
  # Arrays, and anything if some value may convert with to_ary; the rest
  # raises TypeError.
  def array_operand(t)
    return t if t.any? || (t.bits & Ty::OTHER) != 0 || !t.procs.empty? || !t.metas.empty?
    return t if !t.objs.empty? && (!@fns_by_name["to_ary"].nil? || !@fns_by_name["method_missing"].nil?)
    Ty.new(false, 0, Ty::E, Ty::E, t.sites.select { |s| @sites[s].kind == "Array" }, Ty::E)
  end

  def only_arrays?(t)
    only_sites?(t, "Array")
  end

  # t is containers of one kind ("Array", "Hash", "Range") and nothing else.
  def only_sites?(t, kind)
    return false if t.any? || t.bits != 0 || !t.objs.empty? || !t.metas.empty? || !t.procs.empty? || t.sites.empty?
    t.sites.all? { |s| @sites[s].kind == kind }
  end

  # Instance variable types: @ivars[name][class id].
  def ivar(c, name)
    return Ty::ANY if @ivars_open
    depend(sub_hash(@ivar_readers, name))
    by_class = @ivars[name]
    t = by_class.nil? ? nil : by_class[c]
    t.nil? ? Ty::BOTTOM : t
  end

  def add_ivar(c, name, t)
    by_class = @ivars[name]
    if by_class.nil?
      by_class = {}
      @ivars[name] = by_class
    end
    old = by_class[c]
    old = Ty::BOTTOM if old.nil?
    escape(t) if @struct_escaped[c] && !name.start_with?("@") # a member of an escaped Struct instance
    return if old.includes?(t)
    by_class[c] = old.union(t)
    @changed = true
    touched(@ivar_readers[name])
  end

  # An attribute writer reached by a call kiln cannot see may store anything.
  def attr_writers
    @attrs.keys.each do |key|
      at = @attrs[key]
      next if at[0] != "w"
      colon = key.index(":")
      name = key[colon + 1, key.size - colon - 1]
      v = @escaped_names[name] ? Ty::ANY : @dyn_writes[name]
      next if v.nil?
      c = key[0, colon].to_i
      @desc[c].each { |d| add_ivar(d, at[1], v) }
    end
    struct_writers
  end

  # A Struct class's members: set by its writers when they are reached by
  # calls kiln cannot see, and by Struct#initialize when `new` is (as
  # program classes' `initialize` opens then).
  def struct_writers
    unseen_new = @escaped_names["new"] || @escaped_names["initialize"]
    @structs.each do |root, shape|
      @desc[root].each do |c|
        all = unseen_new || @struct_any[c] || (@struct_escaped[c] && @unseen_writes)
        shape.members.each do |m|
          v = all || @escaped_names[m + "="] ? Ty::ANY : @dyn_writes[m + "="]
          add_ivar(c, m, v) unless v.nil?
        end
      end
    end
  end

  # Env slots of f that no `envget` can see unset: assigned (`envset 0 S`)
  # in f's entry run (from the first instruction to the first label,
  # terminator or `try`, so every activation runs it, once, without an
  # exception skipping it) before any Proc is made in f (only those can
  # read f's env from elsewhere) and before f itself reads the slot. Their
  # `envget` then does not add nil.
  def env_set_first(f)
    seen_get = {}
    @fns[f].body.each do |ins|
      op = ins.op
      break if op == IR::LABEL || op == "try" || op == "proc" || op == "lambda" || IR::TERMINATORS.key?(op)
      if op == "envget" && ins.a[1] == 0
        seen_get[ins.a[2]] = true
      elsif op == "envset" && ins.a[0] == 0 && !seen_get[ins.a[1]]
        @env_set[f] = {} if @env_set[f].nil?
        @env_set[f][ins.a[1]] = true
      end
    end
  end

  def env_set_first?(g, slot)
    !@env_set[g].nil? && @env_set[g][slot] == true
  end

  # The type of g's env slot, for a function being visited (nil: never assigned).
  def env_slot(g, slot)
    depend(sub_hash(@env_readers, g))
    slots = @env[g]
    slots.nil? ? nil : slots[slot]
  end

  def grow_env_slot(g, slot, v)
    slots = @env[g]
    if slots.nil?
      slots = {}
      @env[g] = slots
    end
    old = slots[slot]
    old = Ty::BOTTOM if old.nil?
    return if old.includes?(v)
    slots[slot] = old.union(v)
    @changed = true
    touched(@env_readers[g])
  end

  # The function whose env an `envget/envset` with `hops` reaches from f.
  def env_owner(f, hops)
    g = cur_env(f)
    while hops > 0 && g >= 0
      g = @parent[g] < 0 ? -1 : cur_env(@parent[g])
      hops -= 1
    end
    g
  end

  def cur_env(f)
    while f >= 0 && !@envnew[f]
      f = @parent[f]
    end
    f
  end

  def self_type(f)
    fn = @fns[f]
    k = fn.kind
    return Ty::ANY if (k == "block" || k == "lambda") && (@any_rebound || @rebound[f]) # breadth
    if (k == "block" || k == "lambda") && @parent[f] >= 0
      depend(sub_hash(@self_readers, @parent[f]))
      return self_type(@parent[f])
    end
    return Ty::ANY if k == "block" || k == "lambda"
    return Ty.bits(Ty::MAIN) if k == "top"
    if k == "class"
      b = @body_self[f]
      return Ty::ANY if b.nil?
      return Ty.meta(b[1]) if b[0] == "class"
      return Ty.bits(Ty::MAIN) if b[0] == "top"
      return Ty::OTHER_T
    end
    d = @decl[f]
    return Ty::ANY if d.nil? || d[0] == "unknown"
    if d[0] == "inst"
      return module_self(d[1]) if @prog.classes[d[1]].kind == "module"
      return Ty.objs(@desc[d[1]])
    end
    return Ty.metas(@desc[d[1]]) if d[0] == "cmeth"
    return Ty::ANY if @open[f]
    @self_t[f]
  end

  # self in an instance method of program module m: an instance of a class
  # that includes it (or a subclass), when every mixin is one kiln follows.
  def module_self(m)
    return Ty::ANY if @mixins_opaque || @mixed[m] || @extended[m] || @includers[m].nil?
    list = []
    @includers[m].each do |c|
      return Ty::ANY if @includes[c].nil?
      @desc[c].each { |d| list << d unless list.include?(d) }
    end
    Ty.objs(list.sort)
  end

  # ---------------------------------------------------------------- the transfer functions

  def function(f)
    fn = @fns[f]
    @f = f
    @pending = []
    @notes[f] = nil
    body = fn.body
    k = 0
    while k < body.size
      @k = k
      instr(f, k, body[k])
      k += 1
    end
  end

  # Per call site results (arms, slots, attribute readers and writers) of
  # the latest visit of f, by instruction index.
  NOTE_ARMS = 0
  NOTE_SLOT = 1
  NOTE_READER = 2
  NOTE_WRITER = 3

  def note(f, kind, k, v)
    n = @notes[f]
    if n.nil?
      n = [{}, {}, {}, {}]
      @notes[f] = n
    end
    n[kind][k] = v
  end

  # specialize.rb looks the per call site results up as "f:k".
  def publish_notes
    @arms = {}
    @slots = {}
    @readers = {}
    @writers = {}
    tables = [@arms, @slots, @readers, @writers]
    f = 0
    while f < @nf
      n = @notes[f]
      unless n.nil?
        j = 0
        while j < tables.size
          out = tables[j]
          n[j].each { |k, v| out[f.to_s + ":" + k.to_s] = v }
          j += 1
        end
      end
      f += 1
    end
  end

  def t(r)
    reg_type(@f, r)
  end

  def take_args(n)
    list = @pending.map { |r| t(r) }
    @pending = []
    Errors.bug("infer: f#{@f} wants #{n} arguments, #{list.size} pushed") if list.size != n
    list
  end

  def instr(f, k, ins)
    op = ins.op
    a = ins.a
    # `case` compares the op with each string in turn: the most frequent
    # opcodes come first.
    case op
    when "arg" then @pending << a[0]
    when IR::LABEL, "line", "jump", "br", "brnil", "brundef", "hasarg", "arity", "bparams", "bspread", "missingkw",
         "unknownkw", "try", "untry", "rethrow", "setbreak", "clearbreak", "setreturn", "inheritreturn", "defn",
         "defs", "alias", "envnew", "strcat", "framein", "frameout", "params", "kwmark", "kwpositional"
      nil
    when "move" then set(f, a[0], t(a[1]))
    when "str", "fstr", "tostr" then set(f, a[0], Ty::STR_T)
    when "send"
      args = take_args(a[3])
      blk = a[4] < 0 ? Ty::NIL_T : t(a[4])
      @symproc = a[4] < 0 ? nil : @symproc_of[f][a[4]]
      made = core_new(f, k, a[1], sym(a[2]), args, blk)
      made = runtime_class_new(f, a, args, blk) if made.nil?
      set(f, a[0], made.nil? ? send_call(f, k, t(a[1]), sym(a[2]), args, blk, false) : made)
      @symproc = nil
    when "sendself"
      args = take_args(a[2])
      @symproc = a[3] < 0 ? nil : @symproc_of[f][a[3]]
      set(f, a[0], send_call(f, k, self_type(f), sym(a[1]), args, a[3] < 0 ? Ty::NIL_T : t(a[3]), true))
      @symproc = nil
    when "alen" then set(f, a[0], Ty::INT_T)
    when "nil" then set(f, a[0], Ty::NIL_T)
    when "true" then set(f, a[0], Ty.bits(Ty::TRUE))
    when "false" then set(f, a[0], Ty.bits(Ty::FALSE))
    when "self" then set(f, a[0], self_type(f))
    when "int", "big" then set(f, a[0], Ty::INT_T)
    when "float" then set(f, a[0], Ty::FLOAT_T)
    when "sym" then set(f, a[0], Ty::SYM_T)
    when "array"
      s = site(f, k, "Array")
      literal_array(s, take_args(a[1]))
      set(f, a[0], Ty.site(s))
    when "hash"
      s = site(f, k, "Hash")
      list = take_args(a[1])
      j = 0
      while j < list.size
        add_kv(s, list[j], list[j + 1])
        j += 2
      end
      set(f, a[0], Ty.site(s))
    when "range"
      s = site(f, k, "Range")
      add_elem(s, t(a[1]).union(t(a[2])).without_nil)
      set(f, a[0], Ty.site(s))
    when "splat", "toary"
      src = t(a[1])
      if only_arrays?(src)
        set(f, a[0], src)
      else
        s = site(f, k, "Array")
        if op == "splat"
          escape(src)
          add_elem(s, Ty::ANY)
        else
          add_elem(s, src)
        end
        res = Ty.site(s)
        src.sites.each { |x| res = res.union(Ty.site(x)) if @sites[x].kind == "Array" }
        set(f, a[0], res)
      end
    when "aload" then set(f, a[0], elem_of(t(a[1])))
    when "aentry"
      e = tuple_entry(t(a[1]), a[2])
      set(f, a[0], e.nil? ? elem_of(t(a[1])).union(Ty::NIL_T) : e)
    when "apost" then set(f, a[0], elem_of(t(a[1])).union(Ty::NIL_T))
    when "aslice"
      s = site(f, k, "Array")
      add_elem(s, elem_of(t(a[1])))
      set(f, a[0], Ty.site(s))
    when "apush", "aconcat"
      v = op == "apush" ? t(a[1]) : elem_of(t(a[1]))
      dst = t(a[0])
      if only_arrays?(dst)
        dst.sites.each do |s|
          reshape(s)
          add_elem(s, v)
        end
      else
        escape(v)
      end
    when "not" then set(f, a[0], @user_not ? Ty::ANY : Ty::BOOL_T)
    when "excmatch", "blkgiven" then set(f, a[0], Ty::BOOL_T)
    when "envget"
      g = env_owner(f, a[1])
      e = g < 0 ? nil : env_slot(g, a[2])
      if g >= 0 && env_set_first?(g, a[2])
        set(f, a[0], e.nil? ? Ty::BOTTOM : e)
      else
        set(f, a[0], e.nil? ? Ty::NIL_T : e.union(Ty::NIL_T))
      end
    when "envset"
      g = env_owner(f, a[0])
      if g < 0
        escape(t(a[2]))
      else
        grow_env_slot(g, a[1], t(a[2]))
      end
    when "ivget"
      s = self_type(f)
      name = sym(a[1])
      if s.any? || s.bits != 0 || !s.metas.empty? || !s.sites.empty? || !s.procs.empty? || s.objs.empty?
        set(f, a[0], Ty::ANY)
      else
        res = Ty::BOTTOM
        s.objs.each { |c| res = res.union(ivar(c, name)).union(ivar_unset(c, name, f, k)) }
        set(f, a[0], res)
        note_slot(f, k, s, a[1])
      end
    when "ivset"
      s = self_type(f)
      name = sym(a[0])
      if s.any? || s.bits != 0 || !s.metas.empty? || !s.sites.empty? || !s.procs.empty? || s.objs.empty?
        escape(t(a[1]))
      else
        s.objs.each { |c| add_ivar(c, name, t(a[1])) }
        note_slot(f, k, s, a[0])
      end
    when "catchreturn" then set(f, a[0], @proc_returns[f])
    when "gvget", "catchraise", "catchbreak", "kwsplit", "kwget", "undef", "bparam",
         "singleton", "body"
      set(f, a[0], Ty::ANY)
    when "gvset" then escape(t(a[1]))
    when "constset"
      b = @body_self[f]
      own_constant(@fns[f].kind == "class" && !b.nil? && b[0] == "class" ? b[1] : -1, sym(a[0]), t(a[1]))
      assign_constant(sym(a[0]), t(a[1]))
    when "constsetin"
      own_constant(one_meta(t(a[0])), sym(a[1]), t(a[2]))
      assign_constant(sym(a[1]), t(a[2]))
    when "constget" then set(f, a[0], lexical_constant(f, sym(a[1])))
    when "constin"
      n = sym(a[2])
      set(f, a[0], t(a[1]).only?(Ty::MATH) && (n == "PI" || n == "E") ? Ty::FLOAT_T : scoped_constant(t(a[1]), n))
    when "defclass", "defmodule" then set(f, a[0], Ty.meta(a[1]))
    when "proc", "lambda" then set(f, a[0], Ty.proc_of(a[1]))
    when "symproc"
      set(f, a[0], Ty::OTHER_T)
      @symproc_of[f][a[0]] = sym(a[1])
    when "toproc"
      src = t(a[1])
      if !src.any? && src.bits & ~Ty::NIL == 0 && src.objs.empty? && src.metas.empty? && src.sites.empty?
        set(f, a[0], src)
      else
        escape(src)
        set(f, a[0], Ty::ANY)
      end
    when "blockarg"
      kind = @fns[f].kind
      if kind == "top" || kind == "class"
        set(f, a[0], Ty::NIL_T)
      elsif kind == "method" && !@open[f]
        set(f, a[0], @blk[f])
      else
        set(f, a[0], Ty::ANY)
      end
    when "param" then set(f, a[0], param_type(f, a[1]))
    when "paramrev" then set(f, a[0], Ty::ANY)
    when "restparam"
      s = site(f, k, "Array")
      add_elem(s, Ty::ANY)
      set(f, a[0], Ty.site(s))
    when "ret"
      v = t(a[0])
      grow_ret(f, v)
      escape(v) if @open[f] || @dyn_called[f]
    when "break" then escape(t(a[0]))
    when "procret"
      escape(t(a[0]))
      proc_return(f, t(a[0]))
    when "yield"
      args = take_args(a[2])
      set(f, a[0], yield_to(t(a[1]), args))
    when "yieldsplat"
      escape(t(a[2]))
      b = t(a[1])
      escape(b)
      set(f, a[0], Ty::ANY)
    when "vcall"
      set(f, a[0], send_call(f, k, self_type(f), sym(a[1]), [], Ty::NIL_T, true))
    when "sendsplat", "sendselfsplat", "supersplat"
      n = op == "sendsplat" ? 2 : 1
      note_unseen_call(op == "supersplat" ? @fname[f] : sym(a[n]))
      escape_name(sym(a[n])) if op != "supersplat"
      escape(t(a[op == "sendsplat" ? 3 : (op == "sendselfsplat" ? 2 : 1)]))
      escape(t(a[1])) if op == "sendsplat"
      b = a[a.size - 1]
      escape(t(b)) if b >= 0
      set(f, a[0], Ty::ANY)
    when "dmsuper"
      dm_super(f, a)
    when "super"
      @k = k
      set(f, a[0], super_call(f, take_args(a[1]), a[2] < 0 ? Ty::NIL_T : t(a[2])))
    # -- opcodes added for breadth (lower.rb): conservative (result any, operands escape).
    when "regexp", "matchref", "cvget"
      set(f, a[0], Ty::ANY)
    when "cvdefined", "constdefined" then set(f, a[0], Ty::BOOL_T)
    when "cvset" then escape(t(a[1]))
    when "seterrinfo" then escape(t(a[0]))
    # -- end of breadth opcodes
    else
      binop = CoreTypes::OPERATORS[op]
      if !binop.nil?
        if op == "vaset"
          send_call(f, k, t(a[1]), "[]=", [t(a[2]), t(a[3])], Ty::NIL_T, false)
          set(f, a[0], t(a[3]))
        elsif op == "varef"
          res = send_call(f, k, t(a[1]), binop, [t(a[2])], Ty::NIL_T, false)
          e = const_index(f, a[2])
          e = e.nil? ? nil : tuple_entry(t(a[1]), e)
          set(f, a[0], e.nil? ? res : e)
        else
          set(f, a[0], send_call(f, k, t(a[1]), binop, [t(a[2])], Ty::NIL_T, false))
        end
      else
        Errors.bug("infer: no transfer function for #{op}")
      end
    end
  end

  # Constants by name: a program's constant has the union of every value
  # assigned to a constant of that name anywhere (sound for any lexical
  # resolution); reflection on constants (const_get...) makes them `any`.
  def assign_constant(name, v)
    escape(v) if @consts_open
    old = @const_types[name] || Ty::BOTTOM
    return if old.includes?(v)
    @const_types[name] = old.union(v)
    @changed = true
    touched(@const_readers[name])
  end

  # The program class or module t is exactly (one class object), or -1.
  def one_meta(t)
    return -1 if t.any? || t.bits != 0 || !t.objs.empty? || !t.sites.empty? || !t.procs.empty? || t.metas.size != 1
    t.metas[0]
  end

  # Constant name assigned in class c's scope (-1: a scope kiln cannot
  # name, which makes every `X::name` fall back to the name's type).
  def own_constant(c, name, v)
    if c < 0
      return if @const_unowned[name]
      @const_unowned[name] = true
      @changed = true
      touched(@const_readers[name])
      return
    end
    key = c.to_s + ":" + name
    old = @const_owned[key] || Ty::BOTTOM
    return if old.includes?(v)
    @const_owned[key] = old.union(v)
    @changed = true
    touched(@const_readers[name])
  end

  # `X::name`: when X is one program class whose ancestors kiln knows, the
  # constant is the one assigned in the first of them that assigns it (Ruby
  # looks there, not at the top level); its type is the union of what
  # those scopes assign (an ancestor's is found while X's own is not set
  # yet). Otherwise as a bare name.
  def scoped_constant(recv, name)
    c = one_meta(recv)
    return constant(name) if c < 0
    owned_constant(ancestor_scopes(c), name)
  end

  # A bare constant name in f: Ruby looks in the lexical scopes (innermost
  # first), then the innermost one's ancestors, then the top level. When
  # one of those scopes assigns it, its type is the union of what they
  # assign (a later scope's is found while an earlier one is not set yet).
  def lexical_constant(f, name)
    cref = @fns[f].cref
    return constant(name) if cref.empty?
    anc = ancestor_scopes(cref[0])
    owned_constant(anc.nil? ? nil : cref + anc, name)
  end

  # Class c and its ancestors (superclasses, included program modules), or
  # nil when kiln does not know them all.
  def ancestor_scopes(c)
    out = []
    k = c
    while k >= 0
      mods = @includes.key?(k) ? @includes[k] : []
      return nil if @foreign_super[k] || mods.nil?
      out << k
      mods.each { |m| out << m if m >= 0 }
      k = @prog.classes[k].super_id
    end
    out
  end

  # The union of what scopes assign to constant name, when some does and
  # no assignment escapes kiln's naming; else the name's whole type.
  def owned_constant(scopes, name)
    return constant(name) if scopes.nil? || @consts_open || @mixins_opaque
    depend(sub_hash(@const_readers, name))
    return constant(name) if @const_unowned[name] || class_named(name) == -2
    v = Ty::BOTTOM
    scopes.each do |o|
      t = @const_owned[o.to_s + ":" + name]
      v = v.union(t) unless t.nil?
    end
    return constant(name) if v.bottom?
    found = class_named(name)
    found >= 0 ? v.union(Ty.meta(found)) : v
  end

  def constant(name)
    found = class_named(name)
    return Ty::ANY if found == -2
    return Ty::ANY if @consts_open && @const_assigned[name]
    if @const_assigned[name]
      depend(sub_hash(@const_readers, name))
      v = @const_types[name] || Ty::BOTTOM
      return found < 0 ? v : v.union(Ty.meta(found))
    end
    return Ty.bits(Ty::MATH) if found < 0 && name == "Math"
    return Ty::ANY if found < 0
    Ty.meta(found)
  end

  # The program class a constant name can be: its id, -1 for none, -2 when
  # several are or the runtime defines the name. Classes are known before
  # inference starts, so each name is looked up once.
  def class_named(name)
    found = @class_named[name]
    return found unless found.nil?
    found = -1
    if CoreTypes::CORE_CONSTANTS.include?(name)
      found = -2 if !CoreTypes::NESTED_CORE_CONSTANTS.include?(name) || nested_core_constants?
    end
    i = 0
    while found != -2 && i < @prog.classes.size
      c = @prog.classes[i]
      last = c.name
      colon = last.rindex("::")
      last = last[colon + 2, last.size - colon - 2] unless colon.nil?
      if last == name
        found = found >= 0 ? -2 : c.id
      end
      i += 1
    end
    @class_named[name] = found
    found
  end

  # Math's and Float's constants (PI, E, INFINITY...) are found by a bare
  # name only from code whose class has Math or Float among its ancestors:
  # through a mixin or a subclass of a numeric class (or a reopened core
  # class). A program with neither can only mean its own constants.
  def nested_core_constants?
    return @nested_core_consts unless @nested_core_consts.nil?
    @nested_core_consts = @core_reopened
    names = @prog.symbols.items
    return @nested_core_consts unless MIXIN_CALLS.any? { |n| names.include?(n) } ||
                        ["Float", "Integer", "Numeric"].any? { |n| names.include?(n) }
    @fns.each do |fn|
      numeric = fn.body.any? { |ins| ins.op == "constget" && ["Float", "Integer", "Numeric"].include?(sym(ins.a[1])) }
      fn.body.each do |ins|
        op = ins.op
        n = -1
        n = ins.a[2] if op == "send" || op == "sendsplat"
        n = ins.a[1] if op == "sendself" || op == "sendselfsplat" || op == "vcall"
        @nested_core_consts = true if n >= 0 && MIXIN_CALLS.include?(sym(n))
        @nested_core_consts = true if op == "defclass" && numeric && ins.a[3] >= 0
      end
    end
    @nested_core_consts
  end

  def note_slot(f, k, s, y)
    return if @ivars_open || @uses_class
    idx = -1
    s.objs.each do |c|
      return if !slotted?(c)
      i = @prog.classes[c].ivars.index(y)
      return if i.nil? || (idx >= 0 && i != idx)
      idx = i
    end
    note(f, NOTE_SLOT, k, idx) if idx >= 0
  end

  # `obj.x` where every class obj can be runs one attr_reader of the same
  # slot: [class, slot, ivar symbol] for a guarded slot read (one class).
  # `obj.x = v` likewise through an attr_writer: @writers["f:k"].
  # (nil as the receiver takes the guarded path's send, which raises.)
  def note_reader(f, k, recv, name, args, blk)
    return if @ivars_open || @uses_class || args.size > 1 || !blk.only?(Ty::NIL) || recv.objs.size != 1
    return if recv.any? || !recv.metas.empty?
    # (other values the receiver may be must raise: they fail the class test and take the send)
    return unless core_parts_raise?(recv, name)
    return if (recv.bits & (Ty::NIL | Ty::BOOL)) != 0 && !raises_on_special?(recv.bits, name)
    return if (recv.bits & ~(Ty::NIL | Ty::BOOL | CORE_VALUE_BITS)) != 0
    c = recv.objs[0]
    r = resolve(c, name, false)
    return if r[0] != (args.empty? ? "attr_r" : "attr_w") || !slotted?(c)
    y = @prog.symbols.items.index(r[2])
    return if y.nil?
    i = @prog.classes[c].ivars.index(y)
    return if i.nil?
    note(f, args.empty? ? NOTE_READER : NOTE_WRITER, k, [c, i, y])
  end

  # Plain objects whose layout the program fixes: a class whose ancestors
  # are all program classes below an implicit Object, or below a Struct
  # class (Struct adds no ivars of its own; resolve.rb put the members
  # first).
  def slotted?(c)
    k = c
    while k >= 0
      return false if @prog.classes[k].kind != "class" || (@foreign_super[k] && @structs[k].nil?)
      k = @prog.classes[k].super_id
    end
    true
  end

  # A block whose parameters (|a, b|, |a, |, |a, *b|) take one Array apart.
  def spreading_block?(g)
    if @spreading[g].nil?
      @spreading[g] = false
      @fns[g].body.each { |ins| @spreading[g] = true if (ins.op == "bparams" && ins.a[0] >= 2) || ins.op == "bspread" }
    end
    @spreading[g]
  end

  def param_type(f, i)
    return Ty::ANY if @open[f]
    kind = @fns[f].kind
    list = @args[f]
    t = i < list.size ? list[i] : Ty::BOTTOM
    if kind == "block"
      t = t.union(@bspread[f])
      t = t.union(Ty::NIL_T) if @argmin[f] <= i || !@bspread[f].bottom?
    end
    t
  end

  # Arguments flowing into function g (a method, block or lambda).
  def flow_args(g, args, blk)
    list = @args[g]
    grew = false
    # One Array yielded to a block of several parameters spreads over them:
    # the parameters get its elements (bspread), never the Array itself.
    whole_spreads = @fns[g].kind == "block" && args.size == 1 && spreading_block?(g) && only_arrays?(args[0])
    j = whole_spreads ? 1 : 0
    list << Ty::BOTTOM if whole_spreads && list.empty?
    while j < args.size
      if j >= list.size
        list << args[j]
        grew = true
      elsif !list[j].includes?(args[j])
        list[j] = list[j].union(args[j])
        grew = true
      end
      j += 1
    end
    if args.size < @argmin[g]
      @argmin[g] = args.size
      grew = true
    end
    if !blk.nil? && !@blk[g].includes?(blk)
      @blk[g] = @blk[g].union(blk)
      grew = true
    end
    if @fns[g].kind == "block" && args.size == 1 && spreading_block?(g) && (!args[0].sites.empty? || args[0].any?)
      e = args[0].any? ? Ty::ANY : elem_of(args[0])
      if !@bspread[g].includes?(e)
        @bspread[g] = @bspread[g].union(e)
        grew = true
      end
    end
    inputs_grew(g) if grew
  end

  # Calls block b (a register's type) with args; the value is what it returns.
  def yield_to(b, args)
    return yield_symproc(args) if !@symproc.nil? && b.only?(Ty::OTHER)
    # (any, or a Proc from elsewhere: Symbol#to_proc, Method#to_proc...)
    if b.any? || b.bits & ~Ty::NIL != 0
      args.each { |x| escape(x) }
      return Ty::ANY
    end
    res = Ty::BOTTOM
    b.procs.each do |g|
      flow_args(g, args, nil)
      res = res.union(ret_of(g))
      res = Ty::ANY if @open[g]
    end
    res = Ty::ANY if b.bits & ~Ty::NIL != 0 || !b.objs.empty? || !b.sites.empty? || !b.metas.empty?
    res
  end

  # The block of the send being inferred is `&:name`: a yield calls `name`
  # on the first value with the others as arguments.
  def yield_symproc(args)
    name = @symproc
    return Ty::BOTTOM if args.empty? # (ArgumentError: no receiver given)
    k = @k
    @symproc = nil
    res = send_call(@f, -1, args[0], name, args[1, args.size - 1], Ty::NIL_T, false)
    @symproc = name
    @k = k
    res
  end

  def dynamic(name, recv, args, blk)
    note_unseen_call(name)
    escape(recv)
    args.each { |x| escape(x) }
    escape(blk)
    dynamic_call(name, args, blk)
    Ty::ANY
  end

  # A call in the program that kiln cannot resolve may run any method of
  # that name, but only with what this call passes: unlike a name that
  # escapes to unseen code (escape_name: parameters `any`), the methods
  # get these arguments and block, and an attribute writer this value.
  # Their return values reach the caller as `any`, so they escape
  # (dyn_called). `new`/`initialize` still escape: Struct classes' members
  # and `initialize`'s ivar rules assume every `new` is seen.
  def dynamic_call(name, args, blk)
    return if @escaped_names[name]
    return escape_name(name) if name == "new" || name == "initialize"
    if name.end_with?("=") && args.size == 1
      w = @dyn_writes[name]
      @dyn_writes[name] = w.nil? ? args[0] : w.union(args[0])
      @changed = true if w.nil? || !w.includes?(args[0])
    end
    list = @fns_by_name[name]
    return if list.nil?
    list.each do |g|
      unless @dyn_called[g]
        @dyn_called[g] = true
        inputs_grew(g)
      end
      flow_args(g, args, blk)
    end
  end

  # A call site: the union over the receiver's classes of what each one's
  # method returns. Arms (program methods by receiver class) are recorded
  # for codegen under "f:k".
  def send_call(f, k, recv, name, args, blk, self_call)
    @k = k
    # An argument with no value yet: the call cannot run (so far), it adds
    # nothing; the fixpoint revisits it when the argument gets a type.
    # (a while loop: a `return` inside a block costs a catch region per call)
    i = 0
    while i < args.size
      return Ty::BOTTOM if args[i].bottom?
      i += 1
    end
    return dynamic(name, recv, args, blk) if recv.any?
    res = Ty::BOTTOM
    arms = []
    recv.objs.each do |c|
      r = resolve(c, name, self_call)
      res = res.union(user_call(r, Ty.obj(c), name, args, blk))
      arms << [0, c, r[1]] if r[0] == "fn"
    end
    note_reader(f, k, recv, name, args, blk)
    recv.metas.each do |c|
      r = resolve_meta(c, name, self_call)
      if r[0] == "new"
        init = resolve(c, "initialize", true)
        if init[0] == "fn"
          user_call(init, Ty.obj(c), "initialize", args, blk)
          arms << [3, c, init[1]] if name == "new" && !inherits_core?(c)
        elsif init[0] == "core_super"
          user_call(init, Ty.obj(c), "initialize", args, blk)
        elsif init[0] == "struct"
          struct_init(c, args)
          escape(blk) # (Struct#initialize takes no block)
        elsif init[0] != "core" || !args.empty? || !blk.procs.empty?
          dynamic("initialize", Ty::BOTTOM, args, blk)
        elsif blk.only?(Ty::NIL) && name == "new" && slotted?(c)
          arms << [4, c, 0]
        end
        res = res.union(Ty.obj(c))
      elsif r[0] == "core"
        res = res.union(core_call(f, k, "Class", Ty.meta(c), name, args, blk))
      else
        res = res.union(user_call(r, Ty.meta(c), name, args, blk))
        arms << [1, c, r[1]] if r[0] == "fn"
      end
    end
    CORE_BITS.each do |b|
      next if recv.bits & b[0] == 0
      next if raises_on_special?(b[0], name)
      next if (b[0] & CORE_VALUE_BITS) != 0 && raises_on_core?(b[1], name, self_call)
      if b[0] == Ty::MAIN && self_call
        # (a mixin outside class bodies may extend main itself: its module
        # comes before Object, and main's test below cannot see it)
        list = breadth_unresolvable?(name) || @object_mixed ? [] : @tmethods[name]
        if !list.nil? && list.size == 1
          r = ["fn", list[0]]
          res = res.union(user_call(r, Ty.bits(Ty::MAIN), name, args, blk))
          arms << [2, 0, list[0]]
          next
        elsif !list.nil?
          res = res.union(dynamic(name, Ty::BOTTOM, args, blk))
          next
        end
      end
      res = res.union(core_call(f, k, b[1], Ty.bits(b[0]), name, args, blk))
    end
    recv.sites.each do |s|
      next if raises_on_core?(@sites[s].kind, name, self_call)
      res = res.union(core_call(f, k, @sites[s].kind, Ty.site(s), name, args, blk))
    end
    recv.procs.each do |g|
      next if raises_on_core?("Proc", name, self_call)
      res = res.union(core_call(f, k, "Proc", Ty.proc_of(g), name, args, blk))
    end
    # (arm kind 5: a self call that surely finds its own method, self_calls.rb)
    arms = [[5, 0, f]] if self_call && !arms.empty? && !breadth_unresolvable?(name) && @self_calls.free?(f, name, arms)
    note(f, NOTE_ARMS, k, arms) unless arms.empty?
    res
  end

  # `super(...)` in an instance method of program class c with no mixins:
  # the method above c that resolves statically, else (a block, a module,
  # a mixin in the way) any method of the name may run, with anything.
  def super_call(f, args, blk)
    name = @fname[f]
    d = @decl[f]
    if @fns[f].kind == "method" && !d.nil? && d[0] == "inst" && @prog.classes[d[1]].kind == "class" &&
       !@mixed[d[1]] && !@foreign_super[d[1]] && @prog.classes[d[1]].super_id >= 0
      r = resolve(@prog.classes[d[1]].super_id, name, true)
      return user_call(r, self_type(f), name, args, blk) if r[0] != "unknown"
    end
    if @fns[f].kind == "method" && !d.nil? && d[0] == "inst" && !@mixed[d[1]] && core_exception_super?(d[1])
      return user_call(["core_super", -1], self_type(f), name, args, blk)
    end
    shape = @fns[f].kind == "method" && !d.nil? && d[0] == "inst" && !@mixed[d[1]] ? @structs[d[1]] : nil
    r = shape.nil? ? nil : struct_method(shape, name) # above a Struct class: Struct's methods
    return user_call(r, self_type(f), name, args, blk) unless r.nil?
    escape_name(name)
    args.each { |x| escape(x) }
    escape(blk)
    Ty::ANY
  end

  # super from a define_method body: any method of the name (every name
  # when computed, which breadth_scan already opened) may run with anything.
  def dm_super(f, a)
    if a[3] >= 0
      note_unseen_call(sym(a[3]))
      escape_name(sym(a[3]))
    end
    escape(t(a[1]))
    escape(t(a[2])) if a[2] >= 0
    set(f, a[0], Ty::ANY)
  end

  # Class k inherits directly from a core exception class that the program
  # neither reopens nor shadows, with no mixin that could put program
  # methods above it: its inherited methods (and `new`, Class#new) run
  # core code only.
  # A superclass resolve.rb could not name (a computed one, or a constant
  # it did not find) that may still be a program class: its methods would
  # run on objects whose slot layout no class record describes.
  def maybe_program_class?(sup, defs)
    return false if struct_new?(sup, defs) # (its members are laid out first: resolve.rb)
    return true if sup.nil? || sup.op != "constget"
    name = sym(sup.a[1])
    @prog.classes.any? { |c| c.name == name || c.name.end_with?("::" + name) }
  end

  def struct_new?(ins, defs)
    return false if ins.nil? || ins.op != "send" || sym(ins.a[2]) != "new"
    recv = defs[ins.a[1]]
    !recv.nil? && recv.op == "constget" && sym(recv.a[1]) == "Struct"
  end

  def core_exception_super?(k)
    name = @core_super[k]
    return false if name.nil? || !CoreTypes::CORE_EXCEPTIONS.include?(name) || @core_reopened || @object_mixed
    return false if @mixins_opaque || @const_assigned[name] || @consts_open
    CoreTypes::CORE_EXCEPTIONS.all? { |n| class_named(n) == -1 }
  end

  # Some ancestor of program class c is not a program class (its objects
  # are not plain slotted ones: `new` stays a send).
  def inherits_core?(c)
    k = c
    while k >= 0
      return true if @foreign_super[k] && @structs[k].nil? # (a Struct class's new is Class#new's)
      k = @prog.classes[k].super_id
    end
    false
  end

  # Does the program define a method (or attribute) of this name anywhere?
  # (Or might: a computed definition, or a BasicObject subclass lacking Object's methods.)
  def user_method?(name)
    @user_names[name] == true || @dyn_all || @dyn_names[name] == true || @names_basic_object
  end

  # nil, true or false receiving a method they lack (a program's own, or a
  # core method of other classes: `nil.empty?`) raises NoMethodError: no
  # value, nothing escapes. Unless the program can give them methods: by
  # reopening a core class, a top-level mixin, define_method of the name or
  # a method_missing.
  def raises_on_special?(bit, name)
    return false if (bit & (Ty::NIL | Ty::BOOL)) == 0
    r = @raises_on_special[name]
    if r.nil?
      r = !@core_reopened && !@object_mixed && !@user_names["method_missing"] && !@dyn_all && !@dyn_names[name] &&
          !CoreTypes::SPECIAL_METHODS.include?(name) && CoreTypes::OBJECT[name].nil? &&
          CoreTypes::NILCLASS[name].nil? && CoreTypes::BOOLEAN[name].nil? && name != "__id__"
      @raises_on_special[name] = r
    end
    r
  end

  # A method no value of a modeled core class (Integer, Float, String,
  # Symbol, Array, Hash, Range, Proc) has: such a receiver raises
  # NoMethodError, so it adds nothing and nothing escapes. Not when the
  # program could have given them the method (reopened or mixed into core
  # classes, define_method, a `def` kiln cannot place) or has a
  # method_missing.
  def raises_on_core?(cls, name, self_call)
    return false if self_call
    known = sub_hash(@raises_on_core, cls)
    r = known[name]
    if r.nil?
      own = CoreTypes::CORE_METHODS_OF[cls]
      r = !own.nil? && !@core_reopened && !@object_mixed && !@mixins_opaque && !@user_names["method_missing"] &&
          !@dyn_all && !@dyn_names[name] && !CoreTypes::OBJECT_METHODS.include?(name) && !own.include?(name)
      known[name] = r
    end
    r
  end

  # Every class of core values (Integer, String, Arrays...) t may hold lacks name.
  def core_parts_raise?(t, name)
    CORE_BITS.each { |b| return false if (t.bits & b[0] & CORE_VALUE_BITS) != 0 && !raises_on_core?(b[1], name, false) }
    t.sites.each { |s| return false unless raises_on_core?(@sites[s].kind, name, false) }
    t.procs.empty? || raises_on_core?("Proc", name, false)
  end

  def user_call(r, recv, name, args, blk)
    kind = r[0]
    if kind == "fn"
      g = r[1]
      flow_args(g, args, blk)
      if (@decl[g].nil? || @decl[g][0] == "top") && !@self_t[g].includes?(recv)
        @self_t[g] = @self_t[g].union(recv)
        inputs_grew(g)
        touched(@self_readers[g])
      end
      # An open function (callable from where kiln cannot see) still returns
      # only what its body returns: its params are `any` and what it returns escapes.
      return ret_of(g)
    elsif kind == "attr_r"
      args.each { |x| escape(x) }
      escape(blk)
      res = Ty::BOTTOM
      recv.objs.each { |c| res = res.union(ivar(c, r[2])).union(ivar_unset(c, r[2], -1, 0)) }
      return res
    elsif kind == "attr_w"
      escape(blk)
      return Ty::ANY if args.size != 1
      recv.objs.each { |c| add_ivar(c, r[2], args[0]) }
      return args[0]
    elsif kind == "core"
      return core_call(@f, @k, "Object", recv, name, args, blk)
    elsif kind == "struct"
      return struct_call(recv, name, args, blk)
    elsif kind == "core_super"
      # a method of a core exception class: only core code runs
      escape(recv)
      args.each { |x| escape(x) }
      escape(blk)
      return Ty::ANY
    end
    dynamic(name, recv, args, blk)
  end

  # Struct#initialize on a new instance of Struct class c: the arguments
  # (positional, or one Hash for keyword_init) become the members, nil for
  # those not given. Too many arguments raise.
  def struct_init(c, args)
    shape = @structs[struct_root(c)]
    n = shape.members.size
    if shape.keyword_init
      return if args.size > 1
      v = args.empty? ? Ty::BOTTOM : args[0]
      v = only_sites?(v, "Hash") ? CoreTypes.hash_val(self, v) : Ty::ANY # (not a Hash: it raises)
      shape.members.each { |m| add_ivar(c, m, v.union(Ty::NIL_T)) }
      return
    end
    return if args.size > n
    j = 0
    while j < n
      add_ivar(c, shape.members[j], j < args.size ? args[j] : Ty::NIL_T)
      j += 1
    end
  end

  # One of Struct's (or Enumerable's) own methods on instances of Struct
  # classes: CoreTypes.struct_call's model, `[]=` storing into any member,
  # else what the runtime's code can do with the members: anything.
  def struct_call(recv, name, args, blk)
    members = Ty::BOTTOM
    recv.objs.each do |c|
      shape = @structs[struct_root(c)]
      shape.members.each { |m| members = members.union(ivar(c, m)).union(ivar_unset(c, m, -1, 0)) }
    end
    if name == "initialize"
      recv.objs.each { |c| struct_init(c, args) }
      escape(blk)
      return Ty::NIL_T
    end
    if name == "[]=" && args.size == 2 && blk.only?(Ty::NIL)
      recv.objs.each { |c| @structs[struct_root(c)].members.each { |m| add_ivar(c, m, args[1]) } }
      return args[1]
    end
    res = CoreTypes.struct_call(self, @f, @k, recv, members, name, args, blk)
    return res unless res.nil?
    escape(recv)
    args.each { |x| escape(x) }
    escape(blk)
    Ty::ANY
  end

  def core_call(f, k, cls, recv, name, args, blk)
    recv.sites.each { |s| reshape(s) } if cls == "Array" && !keeps_tuple?(name, args)
    res = CoreTypes.answer(self, f, k, cls, recv, name, args, blk)
    return res unless res.nil?
    note_unseen_call(name)
    escape(recv)
    args.each { |x| escape(x) }
    escape(blk)
    Ty::ANY
  end

  # Method lookup for an instance of program class c: ["fn", f],
  # ["attr_r"/"attr_w", -1, ivar], ["core", -1] (a core method of Object),
  # or ["unknown", -1] (kiln cannot tell statically). The definitions are
  # all scanned before inference runs, so each lookup is made once.
  def resolve(c, name, self_call)
    memo = sub_hash(@resolved, name)
    key = self_call ? c * 2 + 1 : c * 2
    r = memo[key]
    if r.nil?
      r = lookup_method(c, name, self_call)
      memo[key] = r
    end
    r
  end

  def resolve_meta(c, name, self_call)
    memo = sub_hash(@resolved_meta, name)
    key = self_call ? c * 2 + 1 : c * 2
    r = memo[key]
    if r.nil?
      r = lookup_meta(c, name, self_call)
      memo[key] = r
    end
    r
  end

  def lookup_method(c, name, self_call)
    return ["unknown", -1] if breadth_unresolvable?(name)
    k = c
    while k >= 0
      return ["unknown", -1] if @prepended[k]
      r = own_method(k, name, self_call)
      return r unless r.nil?
      shape = @structs[k]
      r = shape.nil? || shape.anon ? nil : member_method(shape, name)
      return r unless r.nil?
      if @mixed[k]
        mods = @includes[k]
        return ["unknown", -1] if mods.nil? || @mixins_opaque
        i = mods.size - 1
        while i >= 0 # the module included last is searched first
          m = mods[i]
          return ["unknown", -1] if m < 0 && CoreTypes.core_module_method?(m, name)
          if m >= 0
            r = own_method(m, name, self_call)
            return r unless r.nil?
          end
          i -= 1
        end
      end
      r = shape.nil? ? nil : struct_method(shape, name)
      return r unless r.nil?
      return ["unknown", -1] if @extended[k]
      return (core_exception_super?(k) ? ["core_super", -1] : ["unknown", -1]) if @foreign_super[k] && shape.nil?
      k = @prog.classes[k].super_id
    end
    list = @tmethods[name]
    unless list.nil?
      return ["unknown", -1] if !self_call || list.size != 1
      return ["fn", list[0]]
    end
    ["core", -1]
  end

  # Class or module k's own definition of name: ["fn", f], an attribute,
  # ["unknown", -1] when ambiguous or not callable from here, nil if none.
  def own_method(k, name, self_call)
    list = @imethods[k.to_s + ":" + name]
    unless list.nil?
      return ["unknown", -1] if list.size != 1
      g = list[0]
      return ["unknown", -1] if !self_call && (@fvis[g] != 0 || @vis_changed[name])
      return ["fn", g]
    end
    at = @attrs[k.to_s + ":" + name]
    return nil if at.nil?
    return ["unknown", -1] if @vis_changed[name]
    [at[0] == "r" ? "attr_r" : "attr_w", -1, at[1]]
  end

  # A member accessor of a Struct class (defined before its class body, so
  # the body's own methods win): ["attr_r"/"attr_w", -1, member], or nil.
  def member_method(shape, name)
    shape.members.each do |m|
      next unless name == m || name == m + "="
      return ["unknown", -1] if @vis_changed[name]
      return [name == m ? "attr_r" : "attr_w", -1, m]
    end
    nil
  end

  # Past a Struct class's own methods and mixins: its accessors when they
  # are an anonymous superclass's, then Struct's own and Enumerable's
  # methods (["struct", -1]); nil: Object's.
  def struct_method(shape, name)
    r = shape.anon ? member_method(shape, name) : nil
    return r unless r.nil?
    return ["struct", -1] if CoreTypes::STRUCT_METHODS.include?(name) || CoreTypes::ENUMERABLE_METHODS.include?(name)
    nil
  end

  # The Struct class c is or inherits from, or -1.
  def struct_root(c)
    k = c
    while k >= 0
      return k unless @structs[k].nil?
      k = @prog.classes[k].super_id
    end
    -1
  end

  def lookup_meta(c, name, self_call)
    return ["unknown", -1] if breadth_unresolvable?(name)
    k = c
    while k >= 0
      return ["unknown", -1] if @extended[k]
      list = @cmethods[k.to_s + ":" + name]
      unless list.nil?
        # private/protected ones (`private` in class << self) are checked by the send
        return ["unknown", -1] if list.size != 1 || @vis_changed[name] || (!self_call && @fvis[list[0]] != 0)
        return ["fn", list[0]]
      end
      if !@structs[k].nil? # the runtime's singleton methods of a Struct class
        return ["new", -1] if name == "new" || name == "[]"
        break
      end
      break if @foreign_super[k] && name == "new" && core_exception_super?(k) # Class#new
      return ["unknown", -1] if @foreign_super[k]
      k = @prog.classes[k].super_id
    end
    return ["new", -1] if name == "new" && @prog.classes[c].kind == "class"
    ["core", -1]
  end

  # ---------------------------------------------------------------- results

  # The type a register holds (nil included where it may be unset).
  def type_of(f, r)
    reg_type(f, r)
  end

  def ret_type(f)
    @ret[f]
  end

  def function_open?(f)
    @open[f]
  end

  def show(t)
    t.show(@names, self)
  end

  # Text for --dump-types: per class its ivars, per function its
  # parameters, return and registers.
  def dump
    out = "".dup
    @prog.classes.each do |c|
      c.ivars.each do |y|
        out << c.name << " " << sym(y) << ": " << show(ivar(c.id, sym(y)).union(Ty::NIL_T)) << "\n"
      end
    end
    i = 0
    while i < @nf
      fn = @fns[i]
      out << "f" << i.to_s << " " << fn.kind << " " << @prog.strings.items[fn.frame]
      out << " (open)" if @open[i]
      out << " self: " << show(self_type(i)) << " returns: " << show(@ret[i]) << "\n"
      r = 0
      line = []
      while r < fn.regs.size
        line << "r" + r.to_s + ":" + show(reg_type(i, r))
        r += 1
      end
      out << "  " << line.join(" ") << "\n" unless line.empty?
      i += 1
    end
    @sites.each_with_index do |st, s|
      out << site_name(s) << (st.escaped ? " escaped" : "")
      out << " elem: " << show(st.elem) if st.kind != "Hash"
      out << " key: " << show(st.key) << " value: " << show(st.val) if st.kind == "Hash"
      out << "\n"
    end
    out
  end
end
