# frozen_string_literal: true
# inline.rb: inlines literal blocks passed to core iterators (times, step, each, map, any?, loop, ...) as IR loops, then keeps captured locals in registers.
#
# Runs between two inference passes (analyze.rb): the first proves the
# receiver's class at a call site `send rD rR NAME n rB` whose block rB is
# a `proc` made just for this call; the call becomes a loop in the caller
# with the block's body copied in (fresh registers, labels and regions):
# its parameters are moves from the loop's values, `ret` (the block's value,
# `next`) jumps to the loop's step, `break` leaves the loop with its value,
# `return` returns from the method (`ret`) once the loop is in it.
# Kernel#loop (`sendself loop`) keeps its StopIteration rescue as a region
# around the loop, left out when the block calls no Ruby code (stop_free?).
# A function none of whose blocks remain as Procs needs no env: its env
# slots become registers. docs/performance.md lists the iterators and the
# semantics each loop keeps (Array#each re-reads the length every time, the
# receiver is the value of each/times/upto, map builds a new Array ...).
#
# Backtraces stay as Ruby prints them: the loop pushes the core method's
# frame ("times", "each") and the block's ("block in foo") with `framein`
# and pops them with `frameout`.

require_relative "ir"
require_relative "hash_index"

class BlockInliner
  # iterator => [receiver kind, block values per iteration, core frames (outermost first)]
  ITERATORS = { "times" => ["int", 1, ["times"]], "upto" => ["int", 1, ["upto"]], "downto" => ["int", 1, ["downto"]],
                "each" => ["seq", 1, ["each"]], "each_with_index" => ["array", 2, ["each_with_index", "each"]],
                "map" => ["array", 1, ["map"]], "collect" => ["array", 1, ["collect"]],
                "select" => ["array", 1, ["select"]], "filter" => ["array", 1, ["filter"]],
                "reject" => ["array", 1, ["reject"]], "inject" => ["array", 2, ["inject", "each"]],
                "reduce" => ["array", 2, ["reduce", "each"]], "loop" => ["self", 0, ["loop"]], "step" => ["int", 1, ["step"]],
                "each_with_object" => ["array", 2, ["each_with_object", "each"]],
                "any?" => ["array", 1, ["any?"]], "all?" => ["array", 1, ["all?"]], "none?" => ["array", 1, ["none?"]],
                "count" => ["array", 1, ["count"]], "find" => ["array", 1, ["find", "each"]],
                "detect" => ["array", 1, ["detect", "each"]] }.freeze

  # Iterators that may stop at the first element whose block value is
  # truthy (or falsy): [stop when truthy?, value when stopped, value at
  # the end] (:elem: the element).
  SEARCHES = { "any?" => [true, true, false], "all?" => [false, false, true], "none?" => [true, false, true],
               "find" => [true, :elem, nil], "detect" => [true, :elem, nil] }.freeze

  # Opcodes a block may not contain to be inlined: they need its own frame,
  # Proc or arguments. (`procret` and `inheritreturn` are rewritten: ret_plan.)
  BLOCKERS = { "envnew" => true, "blockarg" => true, "bspread" => true, "hasarg" => true,
               "restparam" => true, "paramrev" => true, "kwsplit" => true, "arity" => true,
               "setreturn" => true, "catchreturn" => true }.freeze

  attr_reader :inlined, :envs_promoted, :hash_sites

  def initialize(prog, inf)
    @prog = prog
    @inf = inf
    @fns = prog.functions
    @inlined = 0
    @envs_promoted = 0
    @inlined_fn = {}
    @loop_ok = nil
    @step_ok = nil
    @stdout_set = nil
  end

  def run
    return self if @inf.core_reopened
    n = @fns.size
    # Before any rewriting, while the first inference's types describe the bodies.
    @own_safe = @fns.map { |f| f.kind == "block" && stop_free?(f) }
    # On the first inference's types, before block bodies are copied into new registers.
    @hash_sites = HashIndex.new(@prog, @inf).run.rewritten
    @tainted = Array.new(n, false)
    parent = Array.new(n, -1)
    @proc_uses = Array.new(n, 0)
    @fns.each do |f|
      f.body.each do |ins|
        if ins.op == "proc" || ins.op == "lambda"
          parent[ins.a[1]] = f.id
          @proc_uses[ins.a[1]] += 1
        end
      end
    end
    depth = Array.new(n, 0)
    i = 0
    while i < n
      d = 0
      g = parent[i]
      while g >= 0 && d <= n
        d += 1
        g = parent[g]
      end
      depth[i] = d
      i += 1
    end
    # Children before parents: a block's own loops are inlined before it is copied.
    order = (0...n).to_a.sort_by { |x| (n + 1 - depth[x]) * (n + 1) + x }
    order.each do |fi|
      function(@fns[fi])
      promote_env(@fns[fi])
    end
    i = 0
    while i < n
      drop_dead(@fns[i]) if @proc_uses[i] == 0 && @inlined_fn[i]
      i += 1
    end
    self
  end

  def sym(y)
    @prog.symbols.items[y]
  end

  # ---------------------------------------------------------------- deciding

  def function(f)
    body = f.body
    defs = Array.new(f.regs.size, 0)
    def_at = Array.new(f.regs.size, -1)
    reads = Array.new(f.regs.size, 0)
    body.each_with_index do |ins, k|
      next if ins.op == IR::LABEL
      if @inf.dest?(ins.op)
        defs[ins.a[0]] += 1
        def_at[ins.a[0]] = k
      end
      @inf.reads(ins).each { |r| reads[r] += 1 }
    end
    # `setreturn`/`inheritreturn` of a Proc (its block or a nested one has `return`).
    ret_reads = {}
    body.each do |ins|
      ret_reads[ins.a[0]] = (ret_reads[ins.a[0]] || 0) + 1 if ins.op == "setreturn" || ins.op == "inheritreturn"
    end
    @regions = regions_of(body)
    sites = []
    body.each_with_index do |ins, k|
      next if call_parts(ins).nil?
      plan = plan_site(f, body, k, ins, defs, def_at, reads, ret_reads)
      sites << plan unless plan.nil?
    end
    return if sites.empty?
    rewrite(f, sites)
  end

  # [receiver register (-1: self), name, argument count, block register] of
  # a call with a block, nil for anything else.
  def call_parts(ins)
    a = ins.a
    return [a[1], a[2], a[3], a[4]] if ins.op == "send" && a[4] >= 0
    return [-1, a[1], a[2], a[3]] if ins.op == "sendself" && a[3] >= 0
    nil
  end

  # Protected regions of a body: [try index, handler index, slot, the
  # handler's first opcode]. analyze lays each region's body out between
  # its `try` and its handler label.
  def regions_of(body)
    at = {}
    body.each_with_index { |ins, k| at[ins.a[0]] = k if ins.op == IR::LABEL }
    out = []
    body.each_with_index do |ins, k|
      next if ins.op != "try"
      h = at[ins.a[1]]
      out << [k, h, ins.a[0], h + 1 < body.size ? body[h + 1].op : ""]
    end
    out
  end

  # The regions open at index k, innermost first.
  def open_at(regions, k)
    regions.select { |r| r[0] < k && k < r[1] }.sort_by { |r| -r[0] }
  end

  # Kernel#loop on self is the core one: the program defines no `loop`
  # (nor a BasicObject subclass), no StopIteration constant of its own, and
  # no `result` method that a StopIteration subclass could answer with.
  def loop_ok?
    if @loop_ok.nil?
      @loop_ok = !@inf.user_method?("loop") && !@inf.user_method?("result") && !shadowed?("StopIteration")
    end
    @loop_ok
  end

  # Integer#step's zero step raises ArgumentError through Kernel#raise.
  def step_ok?
    @step_ok = !@inf.user_method?("raise") && !shadowed?("ArgumentError") if @step_ok.nil?
    @step_ok
  end

  # Does the program define a constant of this name (which `constget` could find first)?
  def shadowed?(name)
    return true if @prog.classes.any? { |c| c.name == name || c.name.end_with?("::" + name) }
    @fns.any? do |f|
      f.body.any? do |ins|
        (ins.op == "constset" && sym(ins.a[0]) == name) || (ins.op == "constsetin" && sym(ins.a[1]) == name)
      end
    end
  end

  # A plan: [k, iterator, block fn, proc reg, break region or -1, range
  # instruction or nil, spread, what `procret` becomes (nil: it stays; else
  # the regions to leave before a local `ret`)]
  def plan_site(f, body, k, ins, defs, def_at, reads, ret_reads)
    recv_r, y, nargs, pr = call_parts(ins)
    name = sym(y)
    it = ITERATORS[name]
    return nil if it.nil? || (recv_r < 0) != (it[0] == "self")
    return nil if defs[pr] != 1 || body[def_at[pr]].op != "proc"
    g = body[def_at[pr]].a[1]
    p = k - nargs
    return nil if p < 0
    # The proc is read by this call and its break bookkeeping only
    # (`try; setbreak; arg...; send; untry`, `clearbreak` after), and by
    # the `setreturn`/`inheritreturn` that aims its `return`s.
    region = -1
    extra = ret_reads[pr] || 0
    if p >= 2 && body[p - 1].op == "setbreak" && body[p - 1].a[0] == pr && body[p - 2].op == "try" &&
       body[p - 2].a[0] == body[p - 1].a[1] && k + 1 < body.size && body[k + 1].op == "untry" &&
       body[k + 1].a[0] == body[p - 1].a[1]
      region = body[p - 1].a[1]
      extra += 2
    end
    return nil if reads[pr] != 1 + extra
    return nil unless block_ok?(@fns[g], region >= 0)
    ret = ret_plan(f, @fns[g], k, region >= 0 ? p - 2 : -1)
    return nil if ret == false
    kind = it[0]
    if kind == "self"
      return nil unless nargs == 0 && loop_ok?
      return [k, name, g, pr, region, nil, false, ret]
    end
    recv = @inf.type_of(f.id, recv_r)
    range = nil
    if kind == "int"
      return nil unless recv.only?(Ty::INT)
      if name == "step"
        return nil if nargs < 1 || nargs > 2 || !step_ok?
      elsif nargs != (name == "times" ? 0 : 1)
        return nil
      end
      j = 1
      while j <= nargs
        return nil unless @inf.type_of(f.id, body[k - j].a[0]).only?(Ty::INT)
        j += 1
      end
    elsif kind == "seq" && !@inf.only_arrays?(recv)
      return nil if nargs != 0 || defs[recv_r] != 1 || body[def_at[recv_r]].op != "range"
      range = body[def_at[recv_r]]
      return nil if defs[range.a[1]] != 1 || defs[range.a[2]] != 1
      return nil unless @inf.type_of(f.id, range.a[1]).only?(Ty::INT) && @inf.type_of(f.id, range.a[2]).only?(Ty::INT)
    else
      return nil unless @inf.only_arrays?(recv)
      if name == "inject" || name == "reduce"
        return nil if nargs > 1
      elsif name == "each_with_object"
        return nil if nargs != 1
      elsif nargs != 0
        return nil
      end
    end
    # Block parameters: one value spreads over several parameters only when it is an Array.
    np = bparams_of(@fns[g])
    spread = false
    if it[1] == 1 && np > 1 && range.nil? && kind != "int"
      e = @inf.elem_of(recv)
      if @inf.only_arrays?(e)
        spread = true
      elsif !no_spread?(e)
        return nil
      end
    end
    [k, name, g, pr, region, range, spread, ret]
  end

  # What a `return` in block g (`procret`) becomes once g is copied into f
  # at index k: inside another block it stays (that block's Proc returns
  # from the same method); in the method itself it leaves the regions open
  # there and returns, when each is a rescue or the method's return region
  # (an `ensure` would have to run: false, not inlined). nil when g has none.
  # A nested Proc's `inheritreturn` becomes `setreturn` to the method's
  # return region (the first slot of the list).
  # (The call's own break region, at try_at, goes with the call.)
  def ret_plan(f, g, k, try_at)
    return nil unless g.body.any? { |ins| ins.op == "procret" || ins.op == "inheritreturn" }
    return nil if f.kind == "block"
    return false if f.kind != "method"
    open = open_at(@regions, k).reject { |r| r[0] == try_at }
    return false unless open.all? { |r| r[3] == "catchraise" || r[3] == "catchreturn" }
    ret_region = open.find { |r| r[3] == "catchreturn" }
    return false if ret_region.nil?
    [ret_region[2]] + open.map { |r| r[2] }
  end


  def no_spread?(t)
    !t.any? && t.sites.empty? && t.objs.empty? && (t.bits & Ty::OTHER) == 0
  end

  def bparams_of(g)
    n = 0
    g.body.each { |ins| n = ins.a[0] if ins.op == "bparams" }
    n
  end

  # A `break` or `return` inside a protected region of the block leaves it
  # locally (`untry`, then a jump or `ret`) when the region is a rescue; an
  # `ensure` clause would have to run on the way: such blocks stay Procs.
  def block_ok?(g, may_break)
    return false if g.kind != "block"
    has_break = false
    g.body.each do |ins|
      return false if BLOCKERS[ins.op]
      has_break = true if ins.op == "break"
    end
    (!has_break || may_break) && local_exits?(g)
  end

  def local_exits?(g)
    regs = regions_of(g.body)
    return true if regs.empty?
    g.body.each_with_index do |ins, j|
      next if ins.op != "procret" && ins.op != "break"
      return false unless open_at(regs, j).all? { |r| r[3] == "catchraise" }
    end
    true
  end

  # ---------------------------------------------------------------- StopIteration

  # Could running block g raise StopIteration? Kernel#loop must rescue it,
  # which costs a protected region (and makes the caller's registers
  # volatile); a body made only of instructions that call no Ruby code
  # (plain values, Array accesses, core methods of plain values) cannot.
  # g's own instructions were checked before rewriting (@own_safe); the
  # loops inlined into it since are checked as they are (@tainted), and a
  # call with a block that stayed a call may run anything.
  def stop_free_block?(g)
    @own_safe[g.id] && !@tainted[g.id] && g.body.none? { |ins| !call_parts(ins).nil? }
  end

  PLAIN = Ty::NIL | Ty::BOOL | Ty::INT | Ty::FLOAT | Ty::STR | Ty::SYM

  # Instructions that call nothing whatever their operands.
  INERT = %w[nil true false self int big float str fstr sym move array apush aentry aslice apost envget envset
             ivget ivset gvget arg line jump br brnil ret break procret proc lambda symproc seterrinfo blkgiven
             try untry catchraise catchbreak rethrow alen aload framein frameout regexp matchref bparams bparam
             param strcat setbreak clearbreak inheritreturn].each_with_object({}) { |op, h| h[op] = true }.freeze

  # Operators whose operands decide (a plain receiver runs core code).
  OPERATORS = %w[vadd vsub vmul vdiv vmod vlt vle vgt vge veq vne vcmp iadd isub imul ilt ile igt ige ieq ine
                 nadd nsub nmul nlt nle ngt nge fadd fsub fmul fdiv flt fle fgt fge feq fne idiv imod ishl ishr iand
                 ior ixor range tostr not toary splat aconcat].each_with_object({}) { |op, h| h[op] = true }.freeze

  # Array methods that never touch their elements: name => how many of the
  # last arguments are only stored (-1: all).
  ARRAY_SAFE = { "[]" => 0, "[]=" => 1, "dup" => 0, "reverse" => 0, "reverse!" => 0, "length" => 0, "size" => 0,
                 "push" => -1, "<<" => -1, "pop" => 0, "shift" => 0, "unshift" => -1, "first" => 0, "last" => 0,
                 "empty?" => 0, "clear" => 0, "insert" => 1, "delete_at" => 0, "rotate" => 0 }.freeze

  # Core methods of plain values that run given code or names.
  PLAIN_UNSAFE = %w[send __send__ public_send method public_method instance_eval instance_exec tap then
                    yield_self define_singleton_method extend].each_with_object({}) { |n, h| h[n] = true }.freeze

  def stop_free?(f)
    @stdout_set = @fns.any? { |h| h.body.any? { |ins| ins.op == "gvset" && (sym(ins.a[0]) == "$stdout" || sym(ins.a[0]) == "$>") } } if @stdout_set.nil?
    pending = []
    f.body.each do |ins|
      op = ins.op
      if op == "arg"
        pending << ins.a[0]
        next
      end
      args = pending
      pending = []
      next if op == IR::LABEL || INERT[op]
      return false unless ins_stop_free?(f, ins, args)
    end
    true
  end

  def ins_stop_free?(f, ins, args)
    op = ins.op
    a = ins.a
    return @inf.reads(ins).all? { |r| plain?(f, r) } if OPERATORS[op]
    return array?(f, a[1]) || @inf.reads(ins).all? { |r| plain?(f, r) } if op == "vshl" # `a << x` stores x
    return args.all? { |r| plain?(f, r) } if op == "hash"
    return array?(f, a[1]) && plain?(f, a[2]) || only_str?(f, a[1]) && plain?(f, a[2]) if op == "varef"
    return array?(f, a[1]) && plain?(f, a[2]) if op == "vaset"
    return true if op == "excmatch" && !@inf.user_method?("===")
    return true if op == "constget" && !@inf.user_method?("const_missing")
    return send_stop_free?(f, ins, args) if op == "send" || op == "sendself"
    false
  end

  # A call with no block of a core method of a plain value or an Array.
  def send_stop_free?(f, ins, args)
    recv, y, _n, blk = ins.op == "send" ? [ins.a[1], ins.a[2], ins.a[3], ins.a[4]] : [-1, ins.a[1], ins.a[2], ins.a[3]]
    name = sym(y)
    return true if blk >= 0 # judged once its block is inlined or not (stop_free_block?)
    return false if @inf.user_method?(name)
    if recv < 0
      return false if @stdout_set || !%w[puts print p].include?(name)
      return args.all? { |r| plain?(f, r) }
    end
    if array?(f, recv)
      stored = ARRAY_SAFE[name]
      return false if stored.nil?
      checked = stored < 0 ? [] : args[0, args.size - stored]
      return checked.all? { |r| plain?(f, r) }
    end
    plain?(f, recv) && !PLAIN_UNSAFE[name] && args.all? { |r| plain?(f, r) }
  end

  def plain?(f, r)
    @inf.type_of(f.id, r).only?(PLAIN)
  end

  def only_str?(f, r)
    @inf.type_of(f.id, r).only?(Ty::STR)
  end

  # An Array, or nil (which raises NoMethodError: blocks read captured
  # locals as possibly nil before the second inference).
  def array?(f, r)
    @inf.only_arrays?(@inf.type_of(f.id, r).without_nil) && !@inf.user_method?("method_missing")
  end

  # ---------------------------------------------------------------- rewriting

  def rewrite(f, sites)
    @f = f
    @nlabel = 0
    @ntry = 0
    f.body.each do |ins|
      next if ins.op == "arm"
      kinds = IR::OPCODES[ins.op].nil? ? [] : IR::OPCODES[ins.op][0]
      kinds = ["L"] if ins.op == IR::LABEL
      kinds.each_with_index do |kd, j|
        @nlabel = ins.a[j] + 1 if kd == "L" && ins.a[j] >= @nlabel
        @ntry = ins.a[j] + 1 if kd == "t" && ins.a[j] >= @ntry
      end
    end
    at = {}
    sites.each { |s| at[s[0]] = s }
    regions = {}
    procs = {}
    sites.each do |s|
      regions[s[4]] = s if s[4] >= 0
      procs[s[3]] = true
    end
    out = []
    pending_args = []
    f.body.each_with_index do |ins, k|
      op = ins.op
      s = at[k]
      if !s.nil?
        args = pending_args
        pending_args = []
        @out = out
        inline_site(ins, s, args)
        @inlined += 1
        @inlined_fn[s[2]] = true
        @proc_uses[s[2]] -= 1
        next
      end
      if op == "arg"
        pending_args << ins
        next
      end
      out.concat(pending_args)
      pending_args = []
      next if op == "proc" && procs[ins.a[0]]
      next if (op == "setbreak" || op == "clearbreak" || op == "setreturn" || op == "inheritreturn") && procs[ins.a[0]]
      next if (op == "try" || op == "untry") && !regions[ins.a[0]].nil?
      if op == "catchbreak" && !regions[ins.a[1]].nil?
        out << IR::Instr.new("nil", [ins.a[0]])
        next
      end
      out << ins
    end
    out.concat(pending_args)
    f.body = out
    drop_return_regions(f)
  end

  # A method's region catching its blocks' `return`s serves no one once
  # no `setreturn` aims at it (its blocks are loops now, returning with
  # `ret`): without it the method sets no jump buffer per call and, with
  # no region left, its registers need not be volatile.
  def drop_return_regions(f)
    return if f.kind != "method"
    aimed = {}
    f.body.each { |ins| aimed[ins.a[1]] = true if ins.op == "setreturn" }
    dead = {}
    regions_of(f.body).each { |r| dead[r[2]] = true if r[3] == "catchreturn" && !aimed[r[2]] }
    return if dead.empty?
    out = []
    f.body.each do |ins|
      op = ins.op
      if (op == "try" || op == "untry") && dead[ins.a[0]]
        next
      elsif op == "catchreturn" && dead[ins.a[1]]
        out << IR::Instr.new("nil", [ins.a[0]])
        next
      end
      out << ins
    end
    f.body = out
  end

  def reg
    @f.regs << "val"
    @f.regs.size - 1
  end

  def label
    @nlabel += 1
    @nlabel - 1
  end

  def emit(op, a)
    @out << IR::Instr.new(op, a)
  end

  def int(v)
    r = reg
    emit("int", [r, v])
    r
  end

  # The loop: values for the block each iteration, the block's value
  # handled by the iterator at the step label.
  def inline_site(ins, s, args)
    name = s[1]
    @ret = s[7]
    @break_untry = []
    return inline_loop(ins, s) if name == "loop"
    g = @fns[s[2]]
    dst = ins.a[0]
    recv = ins.a[1]
    it = ITERATORS[name]
    it[2].each { |c| emit("framein", [@prog.strings.add(c)]) }
    stp = name == "step" ? step_by(args) : -1
    emit("framein", [g.frame])
    l_head = label
    l_body = label
    l_next = label
    l_exit = label
    l_done = label
    one = int(1)
    idx = reg
    lim = -1
    acc = -1
    res = -1
    memo = -1
    vals = []
    bval = reg
    elem = -1
    if it[0] == "int"
      if name == "times"
        emit("int", [idx, 0])
        lim = recv
      elsif name == "step"
        emit("move", [idx, recv])
        lim = reg
        emit("move", [lim, args[0].a[0]])
      else
        emit("move", [idx, recv])
        lim = reg
        emit("move", [lim, args[0].a[0]])
      end
      vals = [idx]
    elsif !s[5].nil?
      emit("move", [idx, s[5].a[1]])
      lim = reg
      emit("move", [lim, s[5].a[2]])
      vals = [idx]
    else
      emit("int", [idx, 0])
      elem = reg
      vals = [elem]
      if name == "each_with_index"
        vals = [elem, idx]
      elsif name == "each_with_object" || name == "count"
        # The memo (the call's value), or the count of truthy block values.
        memo = reg
        name == "count" ? emit("int", [memo, 0]) : emit("move", [memo, args[0].a[0]])
        vals = [elem, memo] if name == "each_with_object"
      elsif name == "map" || name == "collect" || name == "select" || name == "filter" || name == "reject"
        res = reg
        emit("array", [res, 0])
      elsif name == "inject" || name == "reduce"
        acc = reg
        vals = [acc, elem]
        if args.empty?
          # No initial value: the first element is (nil for an empty Array).
          n0 = reg
          emit("alen", [n0, recv])
          z = int(0)
          c0 = reg
          emit("vgt", [c0, n0, z])
          l_first = label
          l_empty = label
          emit("br", [c0, l_first, l_empty])
          emit(IR::LABEL, [l_empty])
          emit("nil", [dst])
          emit("jump", [l_done])
          emit(IR::LABEL, [l_first])
          emit("aload", [acc, recv, z])
          emit("move", [idx, one])
        else
          emit("move", [acc, args[0].a[0]])
        end
      end
    end
    emit("jump", [l_head])
    emit(IR::LABEL, [l_head])
    c = reg
    if name == "step"
      step_test(c, idx, lim, stp)
    elsif it[0] == "int" || !s[5].nil?
      cmp = "vle"
      cmp = "vlt" if name == "times" || !s[5].nil? && s[5].a[3] == 1
      cmp = "vge" if name == "downto"
      emit(cmp, [c, idx, lim])
    else
      n = reg
      emit("alen", [n, recv])
      emit("vlt", [c, idx, n])
    end
    emit("br", [c, l_body, l_exit])
    emit(IR::LABEL, [l_body])
    emit("aload", [elem, recv, idx]) if elem >= 0
    copy_block(g, vals, it[1], s[6], bval, dst, l_next, l_done)
    @tainted[@f.id] = true unless stop_free_block?(g)
    emit(IR::LABEL, [l_next])
    if res >= 0
      if name == "map" || name == "collect"
        emit("apush", [res, bval])
      else
        l_push = label
        l_step = label
        emit("br", [bval, name == "reject" ? l_step : l_push, name == "reject" ? l_push : l_step])
        emit(IR::LABEL, [l_push])
        emit("apush", [res, vals[0]])
        emit("jump", [l_step])
        emit(IR::LABEL, [l_step])
      end
    end
    emit("move", [acc, bval]) if acc >= 0
    count_step(bval, memo, one) if name == "count"
    search_step(SEARCHES[name], bval, elem, dst, l_done) unless SEARCHES[name].nil?
    if name == "step"
      emit("vadd", [idx, idx, stp])
    else
      emit(name == "downto" ? "vsub" : "vadd", [idx, idx, one])
    end
    emit("jump", [l_head])
    emit(IR::LABEL, [l_exit])
    if res >= 0
      emit("move", [dst, res])
    elsif acc >= 0
      emit("move", [dst, acc])
    elsif memo >= 0
      emit("move", [dst, memo])
    elsif !SEARCHES[name].nil?
      constant(dst, SEARCHES[name][2], -1)
    else
      emit("move", [dst, recv])
    end
    emit("jump", [l_done])
    emit(IR::LABEL, [l_done])
    emit("frameout", [it[2].size + 1])
  end

  # Integer#step(limit, by = 1): by (read once) must not be 0, which raises
  # from the `step` frame as Ruby's does. Returns by's register.
  def step_by(args)
    stp = reg
    args.size > 1 ? emit("move", [stp, args[1].a[0]]) : emit("int", [stp, 1])
    z = int(0)
    zero = reg
    emit("veq", [zero, stp, z])
    l_zero = label
    l_ok = label
    emit("br", [zero, l_zero, l_ok])
    emit(IR::LABEL, [l_zero])
    cls = reg
    emit("constget", [cls, @prog.symbols.add("ArgumentError")])
    msg = reg
    emit("str", [msg, @prog.strings.add("step can't be 0")])
    emit("arg", [cls])
    emit("arg", [msg])
    emit("sendself", [reg, @prog.symbols.add("raise"), 2, -1])
    emit("jump", [l_ok])
    emit(IR::LABEL, [l_ok])
    stp
  end

  # The step's sign picks the test: i <= limit going up, i >= limit going down.
  def step_test(c, idx, lim, stp)
    z = int(0)
    up = reg
    emit("vgt", [up, stp, z])
    l_up = label
    l_down = label
    l_test = label
    emit("br", [up, l_up, l_down])
    emit(IR::LABEL, [l_up])
    emit("vle", [c, idx, lim])
    emit("jump", [l_test])
    emit(IR::LABEL, [l_down])
    emit("vge", [c, idx, lim])
    emit("jump", [l_test])
    emit(IR::LABEL, [l_test])
  end

  # count: one more when the block's value is truthy.
  def count_step(bval, cnt, one)
    l_inc = label
    l_step = label
    emit("br", [bval, l_inc, l_step])
    emit(IR::LABEL, [l_inc])
    emit("vadd", [cnt, cnt, one])
    emit("jump", [l_step])
    emit(IR::LABEL, [l_step])
  end

  # any?/all?/none?/find: leave with the search's value once the block's value decides.
  def search_step(search, bval, elem, dst, l_done)
    l_stop = label
    l_step = label
    emit("br", search[0] ? [bval, l_stop, l_step] : [bval, l_step, l_stop])
    emit(IR::LABEL, [l_stop])
    constant(dst, search[1], elem)
    emit("jump", [l_done])
    emit(IR::LABEL, [l_step])
  end

  # dst = true, false, nil, or the element (:elem).
  def constant(dst, v, elem)
    if v == :elem
      emit("move", [dst, elem])
    elsif v.nil?
      emit("nil", [dst])
    else
      emit(v ? "true" : "false", [dst])
    end
  end

  # Kernel#loop: the body repeats until a `break`; Ruby's loop rescues
  # StopIteration and returns its `result`. One region around the whole
  # loop (entered once, not per iteration) catches it, restoring `$!` as a
  # rescue does; anything else passes on. The region is entered before the
  # frames are pushed, so its handler runs in the caller's frame.
  def inline_loop(ins, s)
    g = @fns[s[2]]
    dst = ins.a[0]
    l_head = label
    l_next = label
    l_break = label
    l_catch = label
    l_done = label
    guarded = !stop_free_block?(g)
    slot = -1
    err = -1
    if guarded
      err = reg
      slot = @ntry
      @ntry += 1
      @break_untry = [slot]
      emit("gvget", [err, @prog.symbols.add("$!")])
      emit("try", [slot, l_catch])
    end
    emit("framein", [@prog.strings.add("loop")])
    emit("framein", [g.frame])
    emit("jump", [l_head])
    emit(IR::LABEL, [l_head])
    copy_block(g, [], 0, false, reg, dst, l_next, l_break)
    emit(IR::LABEL, [l_next])
    emit("jump", [l_head])
    emit(IR::LABEL, [l_break])
    emit("frameout", [2])
    emit("jump", [l_done])
    stop_handler(dst, err, slot, l_catch, l_done) if guarded
    emit(IR::LABEL, [l_done])
  end

  # Ruby's loop returns a StopIteration's result; other exceptions pass on.
  def stop_handler(dst, err, slot, l_catch, l_done)
    l_stop = label
    l_other = label
    emit(IR::LABEL, [l_catch])
    e = reg
    emit("catchraise", [e, slot])
    c = reg
    emit("constget", [c, @prog.symbols.add("StopIteration")])
    m = reg
    emit("excmatch", [m, e, c])
    emit("br", [m, l_stop, l_other])
    emit(IR::LABEL, [l_other])
    emit("rethrow", [slot])
    emit(IR::LABEL, [l_stop])
    emit("send", [dst, e, @prog.symbols.add("result"), 0, -1])
    emit("seterrinfo", [err])
    emit("jump", [l_done])
  end

  # Copies block g's body: registers, labels and regions renumbered.
  def copy_block(g, vals, nvals, spread, bval, dst, l_next, l_done)
    base = @f.regs.size
    g.regs.each { |k| @f.regs << k }
    lbase = @nlabel
    tbase = @ntry
    g.body.each do |ins|
      kinds = ins.op == IR::LABEL ? ["L"] : IR::OPCODES[ins.op][0]
      kinds.each_with_index do |kd, j|
        @nlabel = lbase + ins.a[j] + 1 if kd == "L" && lbase + ins.a[j] >= @nlabel
        @ntry = tbase + ins.a[j] + 1 if kd == "t" && tbase + ins.a[j] >= @ntry
      end
    end
    # Registers a path may read before writing start as nil on every call of the block.
    uninit = @inf.maybe_uninitialized(g)
    uninit.keys.sort.each { |r| emit("nil", [base + r]) }
    gregions = regions_of(g.body)
    g.body.each_with_index do |ins, j|
      op = ins.op
      a = ins.a
      if op == "bparams"
        next
      elsif op == "param" || op == "bparam"
        j = a[1]
        if spread
          emit("aentry", [base + a[0], vals[0], j])
        elsif j < nvals
          emit("move", [base + a[0], vals[j]])
        else
          emit("nil", [base + a[0]])
        end
        next
      elsif op == "ret"
        emit("move", [bval, base + a[0]])
        emit("jump", [l_next])
        next
      elsif op == "break"
        open_at(gregions, j).each { |r| emit("untry", [tbase + r[2]]) }
        @break_untry.each { |t| emit("untry", [t]) }
        emit("move", [dst, base + a[0]])
        emit("jump", [l_done])
        next
      elsif op == "procret" && !@ret.nil?
        # `return` from the method itself: leave every region open here, innermost first.
        open_at(gregions, j).each { |r| emit("untry", [tbase + r[2]]) }
        @break_untry.each { |t| emit("untry", [t]) }
        @ret[1, @ret.size - 1].each { |t| emit("untry", [t]) }
        emit("ret", [base + a[0]])
        next
      elsif op == "inheritreturn" && !@ret.nil?
        emit("setreturn", [base + a[0], @ret[0]])
        next
      end
      kinds = op == IR::LABEL ? ["L"] : IR::OPCODES[op][0]
      na = []
      a.each_with_index do |x, j|
        kd = kinds[j]
        if (kd == "r" || kd == "r?") && x >= 0
          na << base + x
        elsif kd == "L"
          na << lbase + x
        elsif kd == "t"
          na << tbase + x
        else
          na << x
        end
      end
      emit(op, na)
    end
  end

  # ---------------------------------------------------------------- envs

  # With no Proc left to share it, a function's env is its own: each slot
  # becomes a register (hops beyond it now start one link closer).
  def promote_env(f)
    return unless f.body.any? { |ins| ins.op == "envnew" }
    return if f.body.any? { |ins| ins.op == "proc" || ins.op == "lambda" }
    slots = {}
    out = []
    f.body.each do |ins|
      op = ins.op
      a = ins.a
      if op == "envnew"
        next
      elsif op == "envget"
        if a[1] == 0
          slots[a[2]] = reg_of(f) if slots[a[2]].nil?
          out << IR::Instr.new("move", [a[0], slots[a[2]]])
        else
          out << IR::Instr.new("envget", [a[0], a[1] - 1, a[2]])
        end
        next
      elsif op == "envset"
        if a[0] == 0
          slots[a[1]] = reg_of(f) if slots[a[1]].nil?
          out << IR::Instr.new("move", [slots[a[1]], a[2]])
        else
          out << IR::Instr.new("envset", [a[0] - 1, a[1], a[2]])
        end
        next
      end
      out << ins
    end
    f.body = out
    @envs_promoted += 1
  end

  def reg_of(f)
    f.regs << "val"
    f.regs.size - 1
  end

  # A block no Proc refers to any more: its body shrinks to `ret nil`.
  def drop_dead(g)
    g.regs = ["val"]
    g.body = [IR::Instr.new("nil", [0]), IR::Instr.new("ret", [0])]
  end
end
