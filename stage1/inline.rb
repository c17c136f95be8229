# frozen_string_literal: true
# inline.rb: inlines literal blocks passed to core iterators (times, upto, each, map, ...) as IR loops, then keeps captured locals in registers.
#
# Runs between two inference passes (analyze.rb): the first proves the
# receiver's class at a call site `send rD rR NAME n rB` whose block rB is
# a `proc` made just for this call; the call becomes a loop in the caller
# with the block's body copied in (fresh registers, labels and regions):
# its parameters are moves from the loop's values, `ret` (the block's value,
# `next`) jumps to the loop's step, `break` leaves the loop with its value.
# A function none of whose blocks remain as Procs needs no env: its env
# slots become registers. docs/performance.md lists the iterators and the
# semantics each loop keeps (Array#each re-reads the length every time, the
# receiver is the value of each/times/upto, map builds a new Array ...).
#
# Backtraces stay as Ruby prints them: the loop pushes the core method's
# frame ("times", "each") and the block's ("block in foo") with `framein`
# and pops them with `frameout`.

require_relative "ir"

class BlockInliner
  # iterator => [receiver kind, block values per iteration, core frames (outermost first)]
  ITERATORS = { "times" => ["int", 1, ["times"]], "upto" => ["int", 1, ["upto"]], "downto" => ["int", 1, ["downto"]],
                "each" => ["seq", 1, ["each"]], "each_with_index" => ["array", 2, ["each_with_index", "each"]],
                "map" => ["array", 1, ["map"]], "collect" => ["array", 1, ["collect"]],
                "select" => ["array", 1, ["select"]], "filter" => ["array", 1, ["filter"]],
                "reject" => ["array", 1, ["reject"]], "inject" => ["array", 2, ["inject", "each"]],
                "reduce" => ["array", 2, ["reduce", "each"]] }.freeze

  # Opcodes a block may not contain to be inlined: they need its own frame,
  # Proc or arguments.
  BLOCKERS = { "envnew" => true, "procret" => true, "blockarg" => true, "bspread" => true, "hasarg" => true,
               "restparam" => true, "paramrev" => true, "kwsplit" => true, "arity" => true,
               "inheritreturn" => true, "setreturn" => true, "catchreturn" => true }.freeze

  attr_reader :inlined, :envs_promoted

  def initialize(prog, inf)
    @prog = prog
    @inf = inf
    @fns = prog.functions
    @inlined = 0
    @envs_promoted = 0
    @inlined_fn = {}
  end

  def run
    return self if @inf.core_reopened
    n = @fns.size
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
    sites = []
    body.each_with_index do |ins, k|
      next if ins.op != "send" || ins.a[4] < 0
      plan = plan_site(f, body, k, ins, defs, def_at, reads)
      sites << plan unless plan.nil?
    end
    return if sites.empty?
    rewrite(f, sites)
  end

  # A plan: [k, iterator, block fn, proc reg, break region or -1, range instruction or nil, spread]
  def plan_site(f, body, k, ins, defs, def_at, reads)
    a = ins.a
    name = sym(a[2])
    it = ITERATORS[name]
    return nil if it.nil?
    pr = a[4]
    return nil if defs[pr] != 1 || body[def_at[pr]].op != "proc"
    g = body[def_at[pr]].a[1]
    nargs = a[3]
    p = k - nargs
    return nil if p < 0
    # The proc is read by this call and its break bookkeeping only
    # (`try; setbreak; arg...; send; untry`, `clearbreak` after).
    region = -1
    extra = 0
    if p >= 2 && body[p - 1].op == "setbreak" && body[p - 1].a[0] == pr && body[p - 2].op == "try" &&
       body[p - 2].a[0] == body[p - 1].a[1] && k + 1 < body.size && body[k + 1].op == "untry" &&
       body[k + 1].a[0] == body[p - 1].a[1]
      region = body[p - 1].a[1]
      extra = 2
    end
    return nil if reads[pr] != 1 + extra
    return nil unless block_ok?(@fns[g], region >= 0)
    recv = @inf.type_of(f.id, a[1])
    kind = it[0]
    range = nil
    if kind == "int"
      return nil unless recv.only?(Ty::INT)
      return nil if nargs != (name == "times" ? 0 : 1)
      return nil if nargs == 1 && !@inf.type_of(f.id, body[k - 1].a[0]).only?(Ty::INT)
    elsif kind == "seq" && !@inf.only_arrays?(recv)
      return nil if nargs != 0 || defs[a[1]] != 1 || body[def_at[a[1]]].op != "range"
      range = body[def_at[a[1]]]
      return nil if defs[range.a[1]] != 1 || defs[range.a[2]] != 1
      return nil unless @inf.type_of(f.id, range.a[1]).only?(Ty::INT) && @inf.type_of(f.id, range.a[2]).only?(Ty::INT)
    else
      return nil unless @inf.only_arrays?(recv)
      if name == "inject" || name == "reduce"
        return nil if nargs > 1
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
    [k, name, g, pr, region, range, spread]
  end

  def no_spread?(t)
    !t.any? && t.sites.empty? && t.objs.empty? && (t.bits & Ty::OTHER) == 0
  end

  def bparams_of(g)
    n = 0
    g.body.each { |ins| n = ins.a[0] if ins.op == "bparams" }
    n
  end

  # A `break` inside a protected region unwinds through its `ensure`
  # handler (a throw, not a local exit), so such blocks stay Procs.
  def block_ok?(g, may_break)
    return false if g.kind != "block"
    has_try = false
    has_break = false
    g.body.each do |ins|
      return false if BLOCKERS[ins.op]
      has_try = true if ins.op == "try"
      has_break = true if ins.op == "break"
    end
    !has_break || may_break && !has_try
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
      next if (op == "setbreak" || op == "clearbreak") && procs[ins.a[0]]
      next if (op == "try" || op == "untry") && !regions[ins.a[0]].nil?
      if op == "catchbreak" && !regions[ins.a[1]].nil?
        out << IR::Instr.new("nil", [ins.a[0]])
        next
      end
      out << ins
    end
    out.concat(pending_args)
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
    g = @fns[s[2]]
    dst = ins.a[0]
    recv = ins.a[1]
    it = ITERATORS[name]
    it[2].each { |c| emit("framein", [@prog.strings.add(c)]) }
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
    vals = []
    bval = reg
    elem = -1
    if it[0] == "int"
      if name == "times"
        emit("int", [idx, 0])
        lim = recv
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
    if it[0] == "int" || !s[5].nil?
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
    emit(name == "downto" ? "vsub" : "vadd", [idx, idx, one])
    emit("jump", [l_head])
    emit(IR::LABEL, [l_exit])
    if res >= 0
      emit("move", [dst, res])
    elsif acc >= 0
      emit("move", [dst, acc])
    else
      emit("move", [dst, recv])
    end
    emit("jump", [l_done])
    emit(IR::LABEL, [l_done])
    emit("frameout", [it[2].size + 1])
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
    g.body.each do |ins|
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
        emit("move", [dst, base + a[0]])
        emit("jump", [l_done])
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
