# frozen_string_literal: true
# lower.rb: lowers the resolved AST to IR functions, one per method, block, class body and file top level.
#
# Every expression lowers to a register holding its value. Milestone A's
# registers are all `val` (boxed) and calls are dynamic sends; typed
# registers and opcodes come from inference (see docs/ir-format.md).

require_relative "errors"
require_relative "ir"
require_relative "resolve"
require_relative "fn_builder"

class Lowerer
  # Binary operators with a boxed fast-path opcode.
  BINOPS = { "+" => "vadd", "-" => "vsub", "*" => "vmul", "/" => "vdiv", "%" => "vmod", "<" => "vlt", "<=" => "vle",
             ">" => "vgt", ">=" => "vge", "==" => "veq", "!=" => "vne", "<=>" => "vcmp", "[]" => "varef",
             "<<" => "vshl" }.freeze

  # Calls kiln rejects: they need a Ruby at run time (unless the program
  # defines its own method of that name, as interpreters do with `eval`).
  REJECTED = { "eval" => true, "binding" => true, "remove_method" => true, "undef_method" => true }.freeze

  # Refinements: activating one globally would change calls outside its
  # lexical scope (core methods it overrides, calls before `using`), so
  # `refine`/`using` with an implicit receiver are rejected unless the
  # program defines its own method of that name.
  REFINEMENT_CALLS = { "refine" => true, "using" => true }.freeze

  # Calls that run their block with self rebound; a `def` in that block
  # defines on self (:self_class) or on self's singleton class (:singleton).
  # Without a block they would evaluate a String: rejected.
  BLOCK_EVAL = { "instance_eval" => :singleton, "instance_exec" => :singleton, "class_eval" => :self_class,
                 "module_eval" => :self_class, "class_exec" => :self_class, "module_exec" => :self_class }.freeze

  # `X.new do ... end` for these runs the block as the new class's body.
  CLASS_MAKERS = { "Struct" => true, "Class" => true, "Module" => true }.freeze

  # Libraries `require` accepts: the runtime provides them (kernel.c's
  # kn_provide_feature), so the call stays and returns true the first time.
  PROVIDED_LIBRARIES = { "set" => true, "pp" => true, "forwardable" => true, "json" => true, "ostruct" => true,
                         "stringio" => true }.freeze

  CALL_SAFE_NAV = 4
  CALL_VARIABLE = 8
  CALL_ATTRIBUTE_WRITE = 16
  CALL_IGNORE_VISIBILITY = 32
  RANGE_EXCLUSIVE = 4
  LOOP_BEGIN_MODIFIER = 4
  STRING_FROZEN = 16

  def initialize(ast, prog, resolver)
    @ast = ast
    @prog = prog
    @scopes = resolver.scopes
    @class_of_node = resolver.class_of_node
    @def_names = resolver.def_names
    @struct_defs = resolver.struct_defs
    @b = nil
    @cref = []  # lexical class ids, innermost first
    @singleton_depth = 0 # inside class << self, methods have no owner for super
    @block_definee = nil # set by a call whose literal block is a class body (Struct.new do ... end)
    @block_redefines = false # set by a call whose literal block may run with another self or as another method
    @block_method_body = nil # set by define_method: its literal block is the method's body (see FnBuilder#method_body)
  end

  def run
    @prog.files.concat(@ast.files)
    @prog.main = lower_top(@ast.root, "<main>")
    @prog
  end

  # ---------------------------------------------------------------- helpers

  def where(n)
    "#{@ast.files[n.file]}:#{n.line}"
  end

  def unsupported(n, what)
    raise KilnError.new(where(n), "kiln does not support #{what} yet")
  end

  def sym(name)
    @prog.symbols.add(name)
  end

  def str(bytes)
    @prog.strings.add(bytes)
  end

  def emit(op, a)
    @b.emit(op, a)
  end

  def reg
    @b.reg
  end

  def nil_reg
    r = reg
    emit("nil", [r])
    r
  end

  def self_reg
    r = reg
    emit("self", [r])
    r
  end

  def move(dst, src)
    emit("move", [dst, src])
  end

  # A new function: the builder is swapped in while its body is lowered.
  def new_function(kind, scope_node, frame, name)
    f = IR::Function.new(@prog.functions.size, kind)
    @prog.functions << f
    f.frame = str(frame)
    f.name = name.nil? ? -1 : sym(name)
    f.file = scope_node.file
    f.line = scope_node.line
    f.cref = @cref.dup
    f.owner = @cref.empty? ? -1 : @cref[0]
    f
  end

  def with_builder(fn, scope, parent)
    saved = @b
    @b = FnBuilder.new(fn, scope, parent)
    yield
    @b = saved
  end

  def scope_of(n)
    s = @scopes[n.id]
    Errors.bug("no scope for #{n.kind} at #{where(n)}") if s.nil?
    s
  end

  # Starts the function's env when its scope has captured locals.
  def open_env
    s = @b.scope
    emit("envnew", [s.captured_names.size]) if s.env?
  end

  # ---------------------------------------------------------------- locals

  # Where local `name` at `depth` lives: [hops, slot] for an env slot, or
  # nil for a register of this function.
  def env_slot(name, depth)
    s = @b.scope
    target = s
    depth.times { target = target.parent }
    Errors.bug("local #{name} at depth #{depth} has no scope") if target.nil?
    slot = target.captured[name]
    return nil if slot.nil?
    hops = 0
    c = s
    while c != target
      hops += 1 if c.env?
      c = c.parent
    end
    [hops, slot]
  end

  def read_local(name, depth)
    e = env_slot(name, depth)
    if e.nil?
      Errors.bug("local #{name} at depth #{depth} is not captured") if depth > 0
      return @b.local(name)
    end
    r = reg
    emit("envget", [r, e[0], e[1]])
    r
  end

  def write_local(name, depth, v)
    e = env_slot(name, depth)
    if e.nil?
      move(@b.local(name), v)
    else
      emit("envset", [e[0], e[1], v])
    end
  end

  # The depth of the method scope (where "%blk" lives) from the current scope.
  def blk_depth
    d = 0
    s = @b.scope
    while s.kind == :block
      s = s.parent
      d += 1
    end
    d
  end

  def block_reg
    read_local("%blk", blk_depth)
  end

  # ---------------------------------------------------------------- functions

  def lower_top(program, frame)
    f = new_function("top", program, frame, nil)
    with_builder(f, scope_of(program), nil) do
      open_env
      bind_blk
      r = with_return_region(program) { stmts(program[:statements]) }
      emit("ret", [r])
    end
    f.id
  end

  def lower_class_body(n, frame)
    f = new_function("class", n, frame, nil)
    with_builder(f, scope_of(n), nil) do
      @b.definee = :self_class
      open_env
      r = n[:body].nil? ? nil_reg : expr(n[:body])
      emit("ret", [r])
    end
    f.id
  end

  def lower_def(n)
    name = n[:name]
    nested = @b.scope.kind == :method || @b.scope.block?
    return lower_nested_def(n) if nested && n[:receiver].nil? && @b.definee != :self_class
    f = new_function("method", n, name, name)
    f.owner = -1 if !n[:receiver].nil? || @singleton_depth > 0 || nested
    with_builder(f, scope_of(n), nil) do
      @b.definee = :method
      open_env
      method_params(n[:parameters], n)
      r = with_return_region(n) { n[:body].nil? ? nil_reg : expr(n[:body]) }
      emit("ret", [r])
    end
    target = nil
    if !n[:receiver].nil?
      emit("defs", [expr(n[:receiver]), sym(name), f.id])
    elsif @b.scope.kind == :top
      target = reg
      emit("constget", [target, sym("Object")])
      emit("defn", [target, sym(name), f.id, 1])
    else
      target = self_reg
      vis = @b.visibility
      vis = 1 if name == "initialize"
      if @b.module_function
        emit("defn", [target, sym(name), f.id, 1])
        emit("defs", [target, sym(name), f.id])
      else
        emit("defn", [target, sym(name), f.id, vis])
      end
    end
    r = reg
    emit("sym", [r, sym(name)])
    r
  end

  # A `def` run inside a method or block (not a class body): it defines,
  # when executed, on the class Ruby's rules give: Object at the top level,
  # the enclosing method's class, self's singleton class in instance_eval.
  def lower_nested_def(n)
    name = n[:name]
    definee = @b.definee
    outer_owner = @b.fn.owner
    f = new_function("method", n, name, name)
    f.owner = -1
    with_builder(f, scope_of(n), nil) do
      @b.definee = :method
      open_env
      method_params(n[:parameters], n)
      r = with_return_region(n) { n[:body].nil? ? nil_reg : expr(n[:body]) }
      emit("ret", [r])
    end
    if definee == :singleton
      emit("defs", [self_reg, sym(name), f.id])
    elsif definee == :object || outer_owner < 0
      emit("defn", [object_reg, sym(name), f.id, definee == :object ? 1 : 0])
    else
      emit("defn", [class_path_reg(outer_owner), sym(name), f.id, 0])
    end
    r = reg
    emit("sym", [r, sym(name)])
    r
  end

  # The class object of program class id c, by its full constant path.
  def class_path_reg(c)
    r = object_reg
    @prog.classes[c].name.split("::").each do |part|
      nr = reg
      emit("constin", [nr, r, sym(part)])
      r = nr
    end
    r
  end

  # A method whose blocks `return` catches those returns in region 0.
  def with_return_region(n)
    unless @b.scope.catches_return
      return yield
    end
    t = @b.slot
    handler = @b.label
    emit("try", [t, handler])
    region = Region.new(t, :return, nil)
    @b.regions << region
    @b.ret_region = region
    r = yield
    @b.regions.pop
    emit("untry", [t]) unless @b.dead?
    done = @b.label
    res = reg
    move(res, r)
    emit("jump", [done])
    @b.place(handler)
    emit("catchreturn", [res, t])
    @b.place(done)
    res
  end

  # Binds a method's (or lambda's) parameters: arity check, positionals,
  # defaults, rest, posts, keywords, block.
  def method_params(p, n)
    emit("params", [str(parameters_desc(p))]) if @b.fn.kind == "method"
    bind_blk if @b.scope.uses_blk
    @b.zsuper = [[], [], nil, [], nil, false]
    if p.nil?
      emit("arity", [0, 0])
      return
    end
    req = p[:requireds]
    opt = p[:optionals]
    post = p[:posts]
    rest = p[:rest]
    kws = p[:keywords]
    kwrest = p[:keyword_rest]
    # `...`: the other positional arguments (keywords travel in them as a
    # trailing Hash) and the block, in locals %fwdrest and %fwdblk
    fwd = !kwrest.nil? && kwrest.kind == :ForwardingParameterNode
    kwrest = nil if fwd
    npos = req.size + post.size
    # `**nil`: the method takes no keywords (a Hash can still come positionally)
    no_kw = !kwrest.nil? && kwrest.kind == :NoKeywordsParameterNode
    kwrest = nil if no_kw
    @b.zsuper = zsuper_params(req, opt, rest, post, kws, kwrest, fwd)
    kwh = nil
    if !kws.empty? || !kwrest.nil? || no_kw
      kwh = reg
      emit("kwsplit", [kwh, npos])
    end
    reject_keywords(kwh) if no_kw
    max = rest.nil? && !fwd ? npos + opt.size : -1
    arity_check(npos, max, kws)
    i = 0
    req.each do |q|
      r = reg
      emit("param", [r, i])
      bind_param(q, r)
      i += 1
    end
    j = 0
    opt.each do |q|
      have = @b.label
      default = @b.label
      join = @b.label
      emit("hasarg", [npos + j, have, default])
      @b.place(have)
      r = reg
      emit("param", [r, req.size + j])
      write_local(q[:name], 0, r)
      emit("jump", [join])
      @b.place(default)
      write_local(q[:name], 0, expr(q[:value]))
      @b.place(join)
      j += 1
    end
    if !rest.nil? && rest.kind == :RestParameterNode
      r = reg
      emit("restparam", [r, req.size + opt.size, post.size])
      emit("kwpositional", [r]) if kwh.nil? && post.empty?
      write_local(rest[:name].nil? ? "%rest" : rest[:name], 0, r)
    end
    k = 0
    post.each do |q|
      r = reg
      emit("paramrev", [r, post.size - 1 - k])
      bind_param(q, r)
      k += 1
    end
    bind_keywords(kwh, kws, kwrest) unless kwh.nil?
    blk = p[:block]
    if !blk.nil?
      r = reg
      emit("blockarg", [r])
      # an anonymous `&` is forwarded by `f(&)`: local %blk
      write_local(blk[:name].nil? ? "%blk" : blk[:name], 0, r)
    end
    if fwd
      r = reg
      emit("restparam", [r, req.size + opt.size, post.size])
      write_local("%fwdrest", 0, r)
      b = reg
      emit("blockarg", [b])
      write_local("%fwdblk", 0, b)
    end
  end

  # Method#parameters as the runtime reads it: "kind name" entries joined by
  # ";" (kinds as Ruby names them; no name for anonymous and destructuring
  # ones; `...` is "rest *;keyrest **;block &", as ruby 3.1 reports it).
  def parameters_desc(p)
    return "" if p.nil?
    out = []
    p[:requireds].each { |q| out << param_entry("req", q) }
    p[:optionals].each { |q| out << param_entry("opt", q) }
    rest = p[:rest]
    out << param_entry("rest", rest) if !rest.nil? && rest.kind == :RestParameterNode
    p[:posts].each { |q| out << param_entry("req", q) }
    p[:keywords].each { |q| out << param_entry(q.kind == :RequiredKeywordParameterNode ? "keyreq" : "key", q) }
    kr = p[:keyword_rest]
    if !kr.nil? && kr.kind == :ForwardingParameterNode
      out << "rest *" << "keyrest **" << "block &"
    elsif !kr.nil? && kr.kind == :NoKeywordsParameterNode
      out << "nokey"
    elsif !kr.nil?
      out << param_entry("keyrest", kr)
    end
    blk = p[:block]
    out << (blk[:name].nil? ? "block &" : "block " + blk[:name]) unless blk.nil?
    out.join(";")
  end

  # Proc#parameters: a block's list as a method's (the runtime makes a proc's
  # required parameters optional); numbered parameters are _1.._n.
  def block_parameters_desc(p)
    return parameters_desc(p) if p.nil? || p.kind != :NumberedParametersNode
    Array.new(p[:maximum]) { |i| "req _" + (i + 1).to_s }.join(";")
  end

  def param_entry(kind, q)
    return kind if q.kind == :MultiTargetNode || q[:name].nil?
    kind + " " + q[:name]
  end

  # The positional count check; with required keywords ruby's message names
  # them: "wrong number of arguments (given 1, expected 0; required keyword: a)".
  def arity_check(min, max, kws)
    req = kws.select { |q| q.kind == :RequiredKeywordParameterNode }.map { |q| q[:name] }
    if req.empty?
      emit("arity", [min, max])
      return
    end
    bad = @b.label
    ok = @b.label
    if max >= 0
      fits = @b.label
      emit("hasarg", [max, bad, fits])
      @b.place(fits)
    end
    if min > 0
      emit("hasarg", [min - 1, ok, bad])
    else
      emit("jump", [ok])
    end
    @b.place(bad)
    all = reg
    emit("restparam", [all, 0, 0])
    expected = min == max ? min.to_s : (max < 0 ? min.to_s + "+" : min.to_s + ".." + max.to_s)
    msg = reg
    emit("str", [msg, str("wrong number of arguments (given ")])
    given = reg
    emit("tostr", [given, send_n(all, "size", [])])
    emit("strcat", [msg, given])
    tail = reg
    emit("str", [tail, str(", expected " + expected + "; required keyword" + (req.size > 1 ? "s" : "") + ": " +
                           req.join(", ") + ")")])
    emit("strcat", [msg, tail])
    emit("arg", [const_reg("ArgumentError")])
    emit("arg", [msg])
    emit("sendself", [reg, sym("raise"), 2, -1])
    @b.place(ok)
  end

  # What implicit `super` passes: [leading names, trailing names, rest local
  # or nil, keyword names, kwrest local or nil, too complex (destructuring,
  # anonymous **, `...`)].
  def zsuper_params(req, opt, rest, post, kws, kwrest, fwd)
    plain = req.all? { |q| q.kind == :RequiredParameterNode } && post.all? { |q| q.kind == :RequiredParameterNode }
    anon_kwrest = !kwrest.nil? && kwrest[:name].nil?
    return [[], [], nil, [], nil, true] if !plain || anon_kwrest || fwd
    [req.map { |q| q[:name] } + opt.map { |q| q[:name] }, post.map { |q| q[:name] },
     rest.nil? || rest.kind != :RestParameterNode ? nil : (rest[:name].nil? ? "%rest" : rest[:name]),
     kws.map { |q| q[:name] }, kwrest.nil? ? nil : kwrest[:name], false]
  end

  # `**nil`: keywords in the call raise ArgumentError.
  def reject_keywords(kwh)
    bad = @b.label
    ok = @b.label
    emit("brnil", [kwh, ok, bad])
    @b.place(bad)
    msg = reg
    emit("str", [msg, str("no keywords accepted")])
    emit("arg", [const_reg("ArgumentError")])
    emit("arg", [msg])
    emit("sendself", [reg, sym("raise"), 2, -1])
    @b.place(ok)
  end

  # **opts: the keyword Hash minus the named keywords (a new Hash).
  def kwrest_hash(kwh, kws)
    r = reg
    fresh = @b.label
    copy = @b.label
    done = @b.label
    emit("brnil", [kwh, fresh, copy])
    @b.place(fresh)
    emit("hash", [r, 0])
    emit("jump", [done])
    @b.place(copy)
    emit("send", [r, kwh, sym("dup"), 0, -1])
    kws.each do |q|
      k = reg
      emit("sym", [k, sym(q[:name])])
      emit("arg", [k])
      emit("send", [reg, r, sym("delete"), 1, -1])
    end
    emit("jump", [done])
    @b.place(done)
    r
  end

  # The function's block, in the hidden local "%blk" (yield, block_given?).
  def bind_blk
    r = reg
    emit("blockarg", [r])
    write_local("%blk", 0, r)
  end

  def bind_param(q, r)
    if q.kind == :RequiredParameterNode
      write_local(q[:name], 0, r)
    elsif q.kind == :MultiTargetNode
      assign_target(q, r)
    else
      unsupported(q, "parameter #{q.kind}")
    end
  end

  # A block or lambda literal: its function, then a Proc in a register.
  def lower_block(n, lambda_literal)
    s = scope_of(n)
    outer = @b
    frame = block_frame_name
    f = new_function(lambda_literal ? "lambda" : "block", n, frame, nil)
    f.name = outer.fn.name
    f.owner = outer.fn.owner
    definee = @block_definee
    @block_definee = nil
    redefines = @block_redefines
    @block_redefines = false
    method_body = @block_method_body
    @block_method_body = nil
    with_builder(f, s, outer) do
      @b.definee = definee unless definee.nil?
      @b.rebound = true if redefines
      @b.method_body = method_body
      open_env
      p = n[:parameters]
      p = p[:parameters] if !p.nil? && p.kind == :BlockParametersNode
      emit("params", [str(block_parameters_desc(p))]) if p.nil? || p.kind == :ParametersNode || p.kind == :NumberedParametersNode
      if !p.nil? && p.kind == :NumberedParametersNode
        bind_blk if lambda_literal && @b.scope.uses_blk
        f.arity = numbered_params(p[:maximum], lambda_literal)
      elsif !p.nil? && p.kind != :ParametersNode
        unsupported(n, describe(p.kind))
      elsif lambda_literal
        method_params(p, n)
        f.arity = p.nil? ? 0 : lambda_arity(p)
      else
        f.arity = block_params(p, n)
        # a method body runs as a lambda, which checks its count by this
        f.arity = lambda_arity(p) if !method_body.nil? && !p.nil?
      end
      r = with_return_region(n) { n[:body].nil? ? nil_reg : expr(n[:body]) }
      emit("ret", [r])
    end
    pr = reg
    emit(lambda_literal ? "lambda" : "proc", [pr, f.id, f.arity])
    if !s.home.nil? && s.home.catches_return && !lambda_literal
      if @b.scope.block?
        emit("inheritreturn", [pr])
      else
        emit("setreturn", [pr, @b.ret_region.slot])
      end
    end
    pr
  end

  # "block in foo", "block (2 levels) in foo", as Ruby names block frames.
  def block_frame_name
    levels = 1
    b = @b
    while b.scope.block?
      levels += 1
      b = b.parent
    end
    home = @prog.strings.items[b.fn.frame]
    return "block in " + home if levels == 1
    "block (" + levels.to_s + " levels) in " + home
  end

  def lambda_arity(p)
    n = p[:requireds].size + p[:posts].size
    # keywords travel as a trailing Hash: the call may pass one more argument
    # (the body checks them; Ruby says n + 1 for required keywords)
    return -(n + 1) if !p[:optionals].empty? || !p[:rest].nil? || !p[:keywords].empty? || !p[:keyword_rest].nil?
    n
  end

  # Block parameters: Ruby's loose binding (missing ones nil, an Array
  # spread over several). Returns Proc#arity.
  def block_params(p, n)
    return 0 if p.nil?
    rest = p[:rest]
    req = p[:requireds]
    kws = p[:keywords]
    kwrest = p[:keyword_rest]
    kwh = nil
    if !kws.empty? || !kwrest.nil?
      unsupported(n, "**nil in block parameters") if !kwrest.nil? && kwrest.kind == :NoKeywordsParameterNode
      # a trailing Hash after the required parameters holds the keywords
      kwh = reg
      emit("kwsplit", [kwh, req.size])
    end
    splat = !rest.nil? && rest.kind == :RestParameterNode
    if splat
      block_splat_params(p, n)
    else
      opt = p[:optionals]
      count = req.size + opt.size
      count = 2 if !rest.nil? && count == 1 # |a, | spreads like |a, b|
      emit("bparams", [count]) if count > 0
      req.each_with_index { |q, i| bind_param(q, param_reg(i)) }
      block_optionals(opt, req.size)
    end
    bind_keywords(kwh, kws, kwrest) unless kwh.nil?
    blk = p[:block]
    if !blk.nil? && !blk[:name].nil?
      r = reg
      emit("blockarg", [r])
      write_local(blk[:name], 0, r)
    end
    return -(req.size + p[:posts].size + 1) if splat || !p[:optionals].empty?
    req.size
  end

  def param_reg(i)
    r = reg
    emit("param", [r, i])
    r
  end

  # |a, b = 1|: an optional block parameter i.. takes the argument when one came.
  def block_optionals(opt, first)
    i = first
    opt.each do |q|
      have = @b.label
      default = @b.label
      join = @b.label
      emit("hasarg", [i, have, default])
      @b.place(have)
      write_local(q[:name], 0, param_reg(i))
      emit("jump", [join])
      @b.place(default)
      write_local(q[:name], 0, expr(q[:value]))
      @b.place(join)
      i += 1
    end
  end

  # |a, b = 1, *r| and |a, *r, z|: one Array argument spreads (unless the
  # splat is alone); posts take the last arguments as multiple assignment does.
  def block_splat_params(p, n)
    req = p[:requireds]
    opt = p[:optionals]
    post = p[:posts]
    rest = p[:rest]
    unsupported(n, "optional block parameters with a splat and parameters after it") if !opt.empty? && !post.empty?
    emit("bspread", []) unless req.empty? && opt.empty? && post.empty?
    if post.empty?
      req.each_with_index do |q, i|
        r = reg
        emit("bparam", [r, i])
        bind_param(q, r)
      end
      block_optionals(opt, req.size)
      r = reg
      emit("restparam", [r, req.size + opt.size, 0])
      write_local(rest[:name], 0, r) unless rest[:name].nil?
      return
    end
    all = reg
    emit("restparam", [all, 0, 0])
    destructure_list(req, rest, post, all)
  end

  # Numbered block parameters _1.._max: a block binds them like |_1, _2|
  # (with _1 alone, like |_1|: no spread), a lambda checks the count.
  def numbered_params(max, lambda_literal)
    emit(lambda_literal ? "arity" : "bparams", lambda_literal ? [max, max] : [max])
    max.times { |i| write_local("_" + (i + 1).to_s, 0, param_reg(i)) }
    max
  end

  # Binds keyword parameters from the keyword Hash kwh: each named one (its
  # default, or ArgumentError when required and missing), then **rest, or an
  # ArgumentError for unknown keywords when there is no **rest.
  def bind_keywords(kwh, kws, kwrest)
    kws.each do |q|
      v = reg
      emit("kwget", [v, kwh, sym(q[:name])])
      missing = @b.label
      ok = @b.label
      emit("brundef", [v, missing, ok])
      @b.place(missing)
      if q.kind == :RequiredKeywordParameterNode
        emit("missingkw", [sym(q[:name])])
      else
        move(v, expr(q[:value]))
      end
      emit("jump", [ok])
      @b.place(ok)
      write_local(q[:name], 0, v)
    end
    if !kwrest.nil? && !kwrest[:name].nil?
      write_local(kwrest[:name], 0, kwrest_hash(kwh, kws))
    elsif kwrest.nil? && !kws.empty?
      emit("unknownkw", [kwrest_hash(kwh, kws)])
    end
  end

  # ---------------------------------------------------------------- statements

  def stmts(n)
    return nil_reg if n.nil?
    return expr(n) if n.kind != :StatementsNode
    body = n[:body]
    return nil_reg if body.empty?
    r = nil
    last = body.size - 1
    i = 0
    while i <= last
      s = body[i]
      @b.line(s.line)
      r = i < last && s.kind == :MultiWriteNode ? multi_write(s, true) : expr(s)
      i += 1
    end
    r
  end

  # ---------------------------------------------------------------- expressions

  def expr(n)
    k = n.kind
    case k
    when :StatementsNode
      stmts(n)
    when :ParenthesesNode
      n[:body].nil? ? nil_reg : stmts(n[:body])
    when :DefinedNode
      defined_node(n)
    when :IntegerNode
      integer(n[:value])
    when :FloatNode
      r = reg
      emit("float", [r, @prog.floats.add(n[:value])])
      r
    when :RationalNode
      rational(n)
    when :StringNode
      string(n)
    when :XStringNode
      unsupported(n, "backtick commands")
    when :InterpolatedStringNode
      interpolated(n[:parts])
    when :SymbolNode
      r = reg
      emit("sym", [r, sym(n[:unescaped])])
      r
    when :InterpolatedSymbolNode
      s = interpolated(n[:parts])
      r = reg
      emit("send", [r, s, sym("to_sym"), 0, -1])
      r
    when :NilNode
      nil_reg
    when :TrueNode
      r = reg
      emit("true", [r])
      r
    when :FalseNode
      r = reg
      emit("false", [r])
      r
    when :SelfNode
      self_reg
    when :SourceLineNode
      integer(n.line.to_s)
    when :SourceFileNode
      r = reg
      emit("str", [r, str(n[:filepath])])
      r
    when :ArrayNode
      array(n[:elements])
    when :HashNode, :KeywordHashNode
      hash(n[:elements])
    when :RangeNode
      a = n[:left].nil? ? nil_reg : expr(n[:left])
      b = n[:right].nil? ? nil_reg : expr(n[:right])
      r = reg
      emit("range", [r, a, b, n.flag?(RANGE_EXCLUSIVE) ? 1 : 0])
      r
    when :LocalVariableReadNode
      read_local(n[:name], n[:depth])
    when :LocalVariableWriteNode
      v = expr(n[:value])
      write_local(n[:name], n[:depth], v)
      v
    when :LocalVariableOperatorWriteNode
      v = binop(n[:binary_operator], read_local(n[:name], n[:depth]), expr(n[:value]))
      write_local(n[:name], n[:depth], v)
      v
    when :LocalVariableOrWriteNode, :LocalVariableAndWriteNode
      logic_write(n, k == :LocalVariableOrWriteNode, read_local(n[:name], n[:depth])) do |v|
        write_local(n[:name], n[:depth], v)
      end
    when :InstanceVariableReadNode
      r = reg
      emit("ivget", [r, sym(n[:name])])
      r
    when :InstanceVariableWriteNode
      v = expr(n[:value])
      emit("ivset", [sym(n[:name]), v])
      v
    when :InstanceVariableOperatorWriteNode
      cur = reg
      emit("ivget", [cur, sym(n[:name])])
      v = binop(n[:binary_operator], cur, expr(n[:value]))
      emit("ivset", [sym(n[:name]), v])
      v
    when :InstanceVariableOrWriteNode, :InstanceVariableAndWriteNode
      cur = reg
      emit("ivget", [cur, sym(n[:name])])
      logic_write(n, k == :InstanceVariableOrWriteNode, cur) { |v| emit("ivset", [sym(n[:name]), v]) }
    when :GlobalVariableReadNode
      r = reg
      if n[:name] == "$~"
        emit("matchref", [r, -1])
      else
        emit("gvget", [r, sym(n[:name])])
      end
      r
    when :ClassVariableReadNode
      r = reg
      emit("cvget", [r, sym(n[:name])])
      r
    when :ClassVariableWriteNode
      v = expr(n[:value])
      emit("cvset", [sym(n[:name]), v])
      v
    when :ClassVariableOperatorWriteNode
      cur = reg
      emit("cvget", [cur, sym(n[:name])])
      v = binop(n[:binary_operator], cur, expr(n[:value]))
      emit("cvset", [sym(n[:name]), v])
      v
    when :ClassVariableOrWriteNode, :ClassVariableAndWriteNode
      cur = reg
      if k == :ClassVariableOrWriteNode
        known = reg
        emit("cvdefined", [known, sym(n[:name])])
        read = @b.label
        skip = @b.label
        emit("br", [known, read, skip])
        @b.place(read)
        emit("cvget", [cur, sym(n[:name])])
        @b.place(skip)
      else
        emit("cvget", [cur, sym(n[:name])])
      end
      logic_write(n, k == :ClassVariableOrWriteNode, cur) { |v| emit("cvset", [sym(n[:name]), v]) }
    when :RegularExpressionNode
      r = reg
      emit("regexp", [r, str(n[:unescaped]), regexp_options(n)])
      r
    when :InterpolatedRegularExpressionNode
      regexp_interpolated(n)
    when :MatchWriteNode
      match_write(n)
    when :NumberedReferenceReadNode
      r = reg
      emit("matchref", [r, n[:number]])
      r
    when :BackReferenceReadNode
      backref(n)
    when :GlobalVariableWriteNode
      v = expr(n[:value])
      emit("gvset", [sym(n[:name]), v])
      v
    when :GlobalVariableOperatorWriteNode
      cur = reg
      emit("gvget", [cur, sym(n[:name])])
      v = binop(n[:binary_operator], cur, expr(n[:value]))
      emit("gvset", [sym(n[:name]), v])
      v
    when :GlobalVariableOrWriteNode
      cur = reg
      emit("gvget", [cur, sym(n[:name])])
      logic_write(n, true, cur) { |v| emit("gvset", [sym(n[:name]), v]) }
    when :ConstantReadNode
      r = reg
      emit("constget", [r, sym(n[:name])])
      r
    when :ConstantPathNode
      const_path(n)
    when :ConstantWriteNode
      c = @struct_defs[n.id]
      return struct_def(n, c) unless c.nil?
      v = expr(n[:value])
      emit_const_set(sym(n[:name]), v)
      v
    when :ConstantPathWriteNode
      t = n[:target]
      scope = t[:parent].nil? ? object_reg : expr(t[:parent])
      v = expr(n[:value])
      emit("constsetin", [scope, sym(t[:name]), v])
      v
    when :AndNode, :OrNode
      r = reg
      move(r, expr(n[:left]))
      rhs = @b.label
      done = @b.label
      if k == :AndNode
        emit("br", [r, rhs, done])
      else
        emit("br", [r, done, rhs])
      end
      @b.place(rhs)
      move(r, expr(n[:right]))
      @b.place(done)
      r
    when :IfNode
      branch(n[:predicate], n[:statements], n[:subsequent], false)
    when :UnlessNode
      branch(n[:predicate], n[:statements], n[:else_clause], true)
    when :ElseNode
      stmts(n[:statements])
    when :CaseNode
      case_when(n)
    when :CaseMatchNode
      case_in(n)
    when :MatchRequiredNode, :MatchPredicateNode
      match_node(n, k == :MatchRequiredNode)
    when :WhileNode, :UntilNode
      loop_node(n, k == :UntilNode)
    when :ForNode
      for_node(n)
    when :BreakNode
      break_node(n)
    when :NextNode
      next_node(n)
    when :ReturnNode
      return_node(n)
    when :RetryNode
      retry_node(n)
    when :BeginNode
      begin_node(n)
    when :RescueModifierNode
      protect(n) { expr(n[:expression]) }
    when :MultiWriteNode
      multi_write(n, false)
    when :CallNode
      call(n)
    when :CallOperatorWriteNode, :CallOrWriteNode, :CallAndWriteNode
      call_op_write(n)
    when :IndexOperatorWriteNode, :IndexOrWriteNode, :IndexAndWriteNode
      index_op_write(n)
    when :YieldNode
      yield_node(n)
    when :SuperNode, :ForwardingSuperNode
      super_node(n)
    when :LambdaNode
      lower_block(n, true)
    when :DefNode
      lower_def(n)
    when :ClassNode, :ModuleNode
      class_node(n)
    when :SingletonClassNode
      singleton_class_node(n)
    when :AliasMethodNode
      alias_node(n)
    when :KilnRequireNode
      require_node(n)
    when :ProgramNode
      stmts(n[:statements])
    else
      unsupported(n, describe(k))
    end
  end

  # defined?(x): Ruby's description of x as a frozen String, or nil. The
  # checks jump to `fail` as soon as a part is not defined; nothing in x is
  # evaluated except the receivers of method calls (as Ruby does).
  def defined_node(n)
    out = reg
    fail = @b.label
    done = @b.label
    what = defined_check(n[:value], fail)
    emit("fstr", [out, str(what)])
    emit("jump", [done])
    @b.place(fail)
    emit("nil", [out])
    @b.place(done)
    out
  end

  DEFINED_EXPRESSION = { :IntegerNode => true,
                         :FloatNode => true, :StringNode => true, :SymbolNode => true, :InterpolatedStringNode => true,
                         :InterpolatedSymbolNode => true, :RegularExpressionNode => true, :ArrayNode => true,
                         :HashNode => true, :RangeNode => true, :AndNode => true, :OrNode => true,
                         :ParenthesesNode => true, :SourceFileNode => true, :SourceLineNode => true,
                         :LambdaNode => true, :IfNode => true, :UnlessNode => true, :CaseNode => true }.freeze

  # Emits the tests of defined?(v) (jumping to fail when v is not defined);
  # returns the description when it is.
  def defined_check(v, fail)
    k = v.kind
    return "expression" if DEFINED_EXPRESSION[k]
    return "self" if k == :SelfNode
    return "nil" if k == :NilNode
    return "true" if k == :TrueNode
    return "false" if k == :FalseNode
    return "local-variable" if k == :LocalVariableReadNode
    return "assignment" if k.to_s.end_with?("WriteNode")
    if k == :InstanceVariableReadNode
      name = reg
      emit("sym", [name, sym(v[:name])])
      emit("arg", [name])
      t = reg
      emit("sendself", [t, sym("instance_variable_defined?"), 1, -1])
      defined_branch(t, fail)
      return "instance-variable"
    end
    if k == :ClassVariableReadNode
      t = reg
      emit("cvdefined", [t, sym(v[:name])])
      defined_branch(t, fail)
      return "class variable"
    end
    if k == :ConstantReadNode
      t = reg
      emit("constdefined", [t, sym(v[:name])])
      defined_branch(t, fail)
      return "constant"
    end
    if k == :ConstantPathNode
      parent = nil
      if v[:parent].nil?
        parent = reg
        emit("constget", [parent, sym("Object")])
      else
        defined_check(v[:parent], fail)
        parent = expr(v[:parent])
      end
      name = reg
      emit("sym", [name, sym(v[:name])])
      emit("arg", [name])
      t = reg
      emit("send", [t, parent, sym("const_defined?"), 1, -1])
      defined_branch(t, fail)
      return "constant"
    end
    if k == :YieldNode
      t = reg
      emit("blkgiven", [t, block_reg])
      defined_branch(t, fail)
      return "yield"
    end
    if k == :CallNode
      args = v[:arguments].nil? ? [] : v[:arguments][:arguments]
      args.each do |x|
        if x.kind == :SplatNode && !x[:expression].nil?
          defined_check(x[:expression], fail)
        else
          defined_check(x, fail)
        end
      end
      name = reg
      emit("sym", [name, sym(v[:name])])
      t = reg
      if v[:receiver].nil?
        emit("arg", [name])
        tr = reg
        emit("true", [tr])
        emit("arg", [tr])
        emit("sendself", [t, sym("respond_to?"), 2, -1])
      else
        defined_check(v[:receiver], fail)
        recv = expr(v[:receiver])
        emit("arg", [name])
        emit("send", [t, recv, sym("respond_to?"), 1, -1])
      end
      defined_branch(t, fail)
      return "method"
    end
    unsupported(v, "defined? of #{k}")
  end

  def defined_branch(t, fail)
    ok = @b.label
    emit("br", [t, ok, fail])
    @b.place(ok)
  end

  def describe(kind)
    names = { :RedoNode => "redo", :FlipFlopNode => "flip-flops",
              :MatchWriteNode => "regexp named captures", :ItLocalVariableReadNode => "`it`",
              :UndefNode => "undef", :AliasGlobalVariableNode => "global aliases", :PreExecutionNode => "BEGIN",
              :PostExecutionNode => "END" }
    d = names[kind]
    d.nil? ? kind.to_s : d
  end

  REGEXP_IGNORE_CASE = 4
  REGEXP_ONCE = 32

  # Prism's regexp flags i, x, m (bits 2..4) are the runtime's options 1, 2, 4.
  def regexp_options(n)
    (n.flags / REGEXP_IGNORE_CASE) % 8
  end

  # /a#{b}c/: Regexp.new of the interpolated source. With `o` the first
  # value is kept (in a hidden global) and the parts are evaluated once.
  def regexp_interpolated(n)
    r = reg
    once = n.flag?(REGEXP_ONCE)
    done = @b.label
    hidden = sym("$kiln once " + n.id.to_s)
    if once
      emit("gvget", [r, hidden])
      make = @b.label
      emit("brnil", [r, make, done])
      @b.place(make)
    end
    src = interpolated(n[:parts])
    opts = reg
    emit("int", [opts, regexp_options(n)])
    emit("arg", [src])
    emit("arg", [opts])
    emit("send", [r, const_reg("Regexp"), sym("new"), 2, -1])
    emit("gvset", [hidden, r]) if once
    @b.place(done)
    r
  end

  # /(?<year>\d+)/ =~ s: the named groups become locals (nil when no match).
  def match_write(n)
    r = expr(n[:call])
    n[:targets].each do |t|
      unsupported(t, "a named capture into #{t.kind}") if t.kind != :LocalVariableTargetNode
      name = reg
      emit("str", [name, str(t[:name])])
      v = reg
      emit("arg", [name])
      emit("send", [v, const_reg("Regexp"), sym("last_match"), 1, -1])
      write_local(t[:name], t[:depth], v)
    end
    r
  end

  # $& $` $' (and $+, the last group that matched).
  def backref(n)
    r = reg
    name = n[:name]
    if name == "$&"
      emit("matchref", [r, 0])
    elsif name == "$`"
      emit("matchref", [r, -2])
    elsif name == "$'"
      emit("matchref", [r, -3])
    elsif name == "$+"
      # the highest-numbered group that matched: $~.captures.compact.last, nil without a match
      m = reg
      emit("matchref", [m, -1])
      none = @b.label
      some = @b.label
      done = @b.label
      emit("brnil", [m, none, some])
      @b.place(some)
      caps = reg
      emit("send", [caps, m, sym("captures"), 0, -1])
      hit = reg
      emit("send", [hit, caps, sym("compact"), 0, -1])
      emit("send", [r, hit, sym("last"), 0, -1])
      emit("jump", [done])
      @b.place(none)
      emit("nil", [r])
      @b.place(done)
    else
      unsupported(n, name)
    end
    r
  end

  def integer(text)
    r = reg
    digits = text.start_with?("-") ? text.size - 1 : text.size
    if digits <= 18
      emit("int", [r, text.to_i])
    else
      emit("big", [r, @prog.bigints.add(text)])
    end
    r
  end

  # 3r, 1.5r: Kernel.Rational(numerator, denominator), as Prism reduced them.
  def rational(n)
    kernel = reg
    emit("constin", [kernel, object_reg, sym("Kernel")])
    send_n(kernel, "Rational", [integer(n[:numerator].to_s), integer(n[:denominator].to_s)])
  end

  def string(n)
    r = reg
    emit(n.flag?(STRING_FROZEN) ? "fstr" : "str", [r, str(n[:unescaped])])
    r
  end

  def interpolated(parts)
    r = reg
    first = 0
    if !parts.empty? && parts[0].kind == :StringNode
      emit("str", [r, str(parts[0][:unescaped])])
      first = 1
    else
      emit("str", [r, str("")])
    end
    i = first
    while i < parts.size
      part = parts[i]
      if part.kind == :StringNode
        s = reg
        emit("fstr", [s, str(part[:unescaped])])
        emit("strcat", [r, s])
      else
        v = nil
        if part.kind == :EmbeddedStatementsNode
          v = stmts(part[:statements])
        elsif part.kind == :EmbeddedVariableNode
          v = expr(part[:variable])
        else
          v = expr(part) # adjacent literals: "a" "#{b}"
        end
        s = reg
        emit("tostr", [s, v])
        emit("strcat", [r, s])
      end
      i += 1
    end
    r
  end

  def splat?(elems)
    elems.any? { |e| e.kind == :SplatNode }
  end

  # elems: an Array literal's elements, or a call's arguments (args: true,
  # where bare keywords are marked as such: arg_expr).
  def array(elems, args = false)
    r = reg
    unless splat?(elems)
      regs = elems.map { |e| args ? arg_expr(e) : expr(e) }
      regs.each { |x| emit("arg", [x]) }
      emit("array", [r, regs.size])
      return r
    end
    emit("array", [r, 0])
    elems.each do |e|
      if e.kind == :SplatNode
        emit("aconcat", [r, expr(e[:expression])])
      else
        emit("apush", [r, args ? arg_expr(e) : expr(e)])
      end
    end
    r
  end

  # A call's argument. Bare keywords (`f(k: v)`, `f(**h)`) build a Hash
  # marked as keywords, so a callee with keyword parameters can tell them
  # from a Hash passed positionally (`f({k: v})`), as Ruby 3 does.
  def arg_expr(x)
    return expr(x) unless x.kind == :KeywordHashNode
    r = hash(x[:elements])
    emit("kwmark", [r])
    r
  end

  def hash(elems)
    r = reg
    plain = elems.all? { |e| e.kind == :AssocNode }
    if plain
      regs = []
      elems.each do |e|
        regs << expr(e[:key])
        regs << expr(e[:value])
      end
      regs.each { |x| emit("arg", [x]) }
      emit("hash", [r, regs.size])
      return r
    end
    emit("hash", [r, 0])
    elems.each do |e|
      if e.kind == :AssocNode
        key = expr(e[:key])
        val = expr(e[:value])
        emit("vaset", [reg, r, key, val])
      else
        unsupported(e, "anonymous **") if e[:value].nil?
        emit("arg", [expr(e[:value])])
        emit("send", [reg, r, sym("update"), 1, -1])
      end
    end
    r
  end

  def object_reg
    r = reg
    emit("constget", [r, sym("Object")])
    r
  end

  def const_path(n)
    scope = n[:parent].nil? ? object_reg : expr(n[:parent])
    r = reg
    emit("constin", [r, scope, sym(n[:name])])
    r
  end

  def emit_const_set(name, v)
    if @cref.empty?
      emit("constsetin", [object_reg, name, v])
    else
      emit("constset", [name, v])
    end
  end

  def binop(op, a, b)
    r = reg
    v = BINOPS[op]
    if v.nil?
      emit("arg", [b])
      emit("send", [r, a, sym(op), 1, -1])
    else
      emit(v, [r, a, b])
    end
    r
  end

  # x ||= v / x &&= v: cur is x's value; store writes a new one.
  def logic_write(n, is_or, cur)
    r = reg
    move(r, cur)
    assign = @b.label
    done = @b.label
    if is_or
      emit("br", [r, done, assign])
    else
      emit("br", [r, assign, done])
    end
    @b.place(assign)
    v = expr(n[:value])
    move(r, v)
    yield r
    @b.place(done)
    r
  end

  def branch(pred, yes, no, negate)
    r = reg
    t = @b.label
    f = @b.label
    done = @b.label
    c = expr(pred)
    if negate
      emit("br", [c, f, t])
    else
      emit("br", [c, t, f])
    end
    @b.place(t)
    move(r, stmts(yes))
    emit("jump", [done])
    @b.place(f)
    move(r, no.nil? ? nil_reg : expr(no))
    @b.place(done)
    r
  end

  def case_when(n)
    unsupported(n, "case without when") if n[:conditions].empty?
    r = reg
    done = @b.label
    subject = n[:predicate].nil? ? nil : expr(n[:predicate])
    n[:conditions].each do |w|
      unsupported(w, "case/in pattern matching") if w.kind != :WhenNode
      body = @b.label
      w[:conditions].each do |c|
        @b.line(c.line)
        if c.kind == :SplatNode
          each_splat_element(c, body) { |x| subject.nil? ? x : send_n(x, "===", [subject]) }
          next
        end
        test = nil
        if subject.nil?
          test = expr(c)
        else
          test = reg
          pattern = expr(c)
          emit("arg", [subject])
          emit("send", [test, pattern, sym("==="), 1, -1])
        end
        other = @b.label
        emit("br", [test, body, other])
        @b.place(other)
      end
      skip = @b.label
      emit("jump", [skip])
      @b.place(body)
      move(r, stmts(w[:statements]))
      emit("jump", [done])
      @b.place(skip)
    end
    e = n[:else_clause]
    move(r, e.nil? ? nil_reg : stmts(e[:statements]))
    @b.place(done)
    r
  end

  # `when *list` / `rescue *list`: the test the block emits for each
  # element in turn; the first that passes goes to body, none falls through.
  def each_splat_element(node, body)
    list = reg
    emit("splat", [list, expr(node[:expression])])
    i = integer("0")
    one = integer("1")
    top = @b.label
    more = @b.label
    done = @b.label
    @b.place(top)
    emit("br", [binop("<", i, send_n(list, "size", [])), more, done])
    @b.place(more)
    x = reg
    emit("varef", [x, list, i])
    nxt = @b.label
    emit("br", [yield(x), body, nxt])
    @b.place(nxt)
    move(i, binop("+", i, one))
    emit("jump", [top])
    @b.place(done)
  end

  def loop_node(n, until_loop)
    r = nil_reg
    body = @b.label
    cond = @b.label
    done = @b.label
    @b.loops << Loop.new(done, cond, r, @b.regions.size)
    if n.flag?(LOOP_BEGIN_MODIFIER)
      emit("jump", [body])
    end
    @b.place(cond)
    c = expr(n[:predicate])
    if until_loop
      emit("br", [c, done, body])
    else
      emit("br", [c, body, done])
    end
    @b.place(body)
    stmts(n[:statements])
    emit("jump", [cond])
    @b.loops.pop
    @b.place(done)
    r
  end

  # for x in coll: walks coll.to_a by index (an Array is its own to_a, so
  # changes during the loop show as with each); the target and the body's
  # locals belong to the enclosing scope. The value is coll (or a break's).
  def for_node(n)
    coll = expr(n[:collection])
    r = reg
    move(r, coll)
    ary = reg
    emit("send", [ary, coll, sym("to_a"), 0, -1])
    i = reg
    emit("int", [i, 0])
    one = reg
    emit("int", [one, 1])
    cond = @b.label
    body = @b.label
    step = @b.label
    done = @b.label
    @b.loops << Loop.new(done, step, r, @b.regions.size)
    @b.place(cond)
    len = reg
    emit("send", [len, ary, sym("size"), 0, -1])
    emit("br", [binop("<", i, len), body, done])
    @b.place(body)
    x = reg
    emit("arg", [i])
    emit("send", [x, ary, sym("[]"), 1, -1])
    assign_target(n[:index], x)
    stmts(n[:statements]) unless n[:statements].nil?
    @b.place(step)
    move(i, binop("+", i, one))
    emit("jump", [cond])
    @b.loops.pop
    @b.place(done)
    r
  end

  def args_value(n)
    a = n[:arguments]
    return nil_reg if a.nil?
    list = a[:arguments]
    return expr(list[0]) if list.size == 1 && list[0].kind != :SplatNode
    array(list)
  end

  # Leaves the regions above depth, innermost first, running ensure
  # clauses inline: what a local exit (jump or ret) out of them needs.
  def leave_regions(depth)
    saved = @b.regions.dup
    while @b.regions.size > depth
      region = @b.regions.pop
      emit("untry", [region.slot])
      stmts(region.ensure_node) if region.kind == :ensure
    end
    @b.regions.replace(saved)
  end

  def break_node(n)
    v = args_value(n)
    unless @b.loops.empty?
      l = @b.loops[@b.loops.size - 1]
      move(l.result, v)
      leave_regions(l.depth)
      emit("jump", [l.break_label])
      return v
    end
    unsupported(n, "break outside a block or loop") unless @b.scope.kind == :block
    emit("break", [v])
    v
  end

  def next_node(n)
    v = args_value(n)
    unless @b.loops.empty?
      l = @b.loops[@b.loops.size - 1]
      leave_regions(l.depth)
      emit("jump", [l.next_label])
      return v
    end
    unsupported(n, "next outside a block or loop") unless @b.scope.block?
    leave_regions(0)
    emit("ret", [v])
    v
  end

  def return_node(n)
    v = args_value(n)
    if @b.scope.kind == :block
      emit("procret", [v])
    else
      leave_regions(0)
      emit("ret", [v])
    end
    v
  end

  def retry_node(n)
    unsupported(n, "retry outside rescue") if @b.retry_targets.empty?
    t = @b.retry_targets[@b.retry_targets.size - 1]
    leave_regions(t[1])
    emit("seterrinfo", [t[2]]) # the retried exception is handled: $! is what it was before
    emit("jump", [t[0]])
    nil_reg
  end

  # begin/rescue/else/ensure.
  def begin_node(n)
    ens = n[:ensure_clause]
    return rescue_part(n) if ens.nil?
    r = reg
    t = @b.slot
    handler = @b.label
    done = @b.label
    emit("try", [t, handler])
    @b.regions << Region.new(t, :ensure, ens[:statements])
    move(r, rescue_part(n))
    @b.regions.pop
    emit("untry", [t])
    stmts(ens[:statements])
    emit("jump", [done])
    @b.place(handler)
    stmts(ens[:statements])
    emit("rethrow", [t])
    @b.place(done)
    r
  end

  def rescue_part(n)
    resc = n[:rescue_clause]
    if resc.nil?
      r = stmts(n[:statements])
      r = stmts(n[:else_clause][:statements]) unless n[:else_clause].nil?
      return r
    end
    protect(n) do
      v = stmts(n[:statements])
      v = stmts(n[:else_clause][:statements]) unless n[:else_clause].nil?
      v
    end
  end

  # Runs body in a rescue region; the handler tests each rescue clause of
  # n (a BeginNode, or a RescueModifierNode rescuing StandardError).
  def protect(n)
    r = reg
    t = @b.slot
    start = @b.label
    handler = @b.label
    done = @b.label
    prev = reg
    emit("gvget", [prev, sym("$!")])
    @b.place(start)
    emit("try", [t, handler])
    @b.regions << Region.new(t, :rescue, nil)
    move(r, yield)
    @b.regions.pop
    emit("untry", [t])
    emit("jump", [done])
    @b.place(handler)
    exc = reg
    emit("catchraise", [exc, t])
    @b.retry_targets << [start, @b.regions.size, prev]
    if n.kind == :RescueModifierNode
      test = reg
      emit("excmatch", [test, exc, const_reg("StandardError")])
      yes = @b.label
      no = @b.label
      emit("br", [test, yes, no])
      @b.place(yes)
      move(r, expr(n[:rescue_expression]))
      emit("seterrinfo", [prev])
      emit("jump", [done])
      @b.place(no)
    else
      c = n[:rescue_clause]
      until c.nil?
        body = @b.label
        classes = c[:exceptions]
        if classes.empty?
          test = reg
          emit("excmatch", [test, exc, const_reg("StandardError")])
          nxt = @b.label
          emit("br", [test, body, nxt])
          @b.place(nxt)
        else
          classes.each do |k|
            if k.kind == :SplatNode
              each_splat_element(k, body) do |x|
                hit = reg
                emit("excmatch", [hit, exc, x])
                hit
              end
              next
            end
            test = reg
            emit("excmatch", [test, exc, expr(k)])
            nxt = @b.label
            emit("br", [test, body, nxt])
            @b.place(nxt)
          end
        end
        skip = @b.label
        emit("jump", [skip])
        @b.place(body)
        assign_target(c[:reference], exc) unless c[:reference].nil?
        move(r, stmts(c[:statements]))
        emit("seterrinfo", [prev])
        emit("jump", [done])
        @b.place(skip)
        c = c[:subsequent]
      end
    end
    @b.retry_targets.pop
    emit("rethrow", [t])
    @b.place(done)
    r
  end

  def const_reg(name)
    r = reg
    emit("constget", [r, sym(name)])
    r
  end

  # Assigns v to a target node (multiple assignment, rescue => x, params).
  def assign_target(t, v)
    k = t.kind
    if k == :LocalVariableTargetNode
      write_local(t[:name], t[:depth], v)
    elsif k == :InstanceVariableTargetNode
      emit("ivset", [sym(t[:name]), v])
    elsif k == :GlobalVariableTargetNode
      emit("gvset", [sym(t[:name]), v])
    elsif k == :ClassVariableTargetNode
      emit("cvset", [sym(t[:name]), v])
    elsif k == :ConstantTargetNode
      emit_const_set(sym(t[:name]), v)
    elsif k == :RequiredParameterNode || k == :RestParameterNode
      write_local(t[:name], 0, v)
    elsif k == :MultiTargetNode
      a = reg
      emit("toary", [a, v])
      destructure(t, a)
    elsif k == :IndexTargetNode
      recv = expr(t[:receiver])
      args = t[:arguments].nil? ? [] : t[:arguments][:arguments]
      unsupported(t, "an index target with #{args.size} indexes") if args.size != 1
      emit("vaset", [reg, recv, expr(args[0]), v])
    elsif k == :CallTargetNode
      recv = expr(t[:receiver])
      emit("arg", [v])
      emit("send", [reg, recv, sym(t[:name]), 1, -1])
    else
      unsupported(t, "assignment to #{k}")
    end
  end

  # a, (b, c), *d, e = ary: ary is an Array register. Targets after the
  # splat take the last elements, but never ones the targets before it took.
  # `a, b = x, y`: when the right side is a list of plain values, one per
  # target, they are evaluated into temporaries (so `a, b = b, a` swaps)
  # and assigned directly; the Array that is the statement's value is made
  # only when something uses it (void: the statement is not the last).
  def multi_write(n, void)
    value = n[:value]
    if value.kind == :ArrayNode && (n[:rest].nil? || n[:rest].kind == :ImplicitRestNode) && n[:rights].empty? &&
       value[:elements].size == n[:lefts].size && value[:elements].all? { |e| PLAIN_VALUE[e.kind].nil? }
      temps = value[:elements].map do |e|
        t = reg
        emit("move", [t, expr(e)])
        t
      end
      i = 0
      n[:lefts].each do |target|
        assign_target(target, temps[i])
        i += 1
      end
      return nil_reg if void
      temps.each { |t| emit("arg", [t]) }
      r = reg
      emit("array", [r, temps.size])
      return r
    end
    v = expr(value)
    t = reg
    emit("toary", [t, v])
    destructure(n, t)
    v
  end

  # Element kinds that are not a single value of a list.
  PLAIN_VALUE = { :SplatNode => false, :KeywordHashNode => false }.freeze

  def destructure(n, ary)
    destructure_list(n[:lefts], n[:rest], n[:rights], ary)
  end

  # Assigns Array ary's elements to targets lefts, then the splat rest (a
  # SplatNode or a rest parameter; nil, or without a name: none), then rights.
  def destructure_list(lefts, rest, rights, ary)
    i = 0
    lefts.each do |t|
      v = reg
      emit("aentry", [v, ary, i])
      assign_target(t, v)
      i += 1
    end
    target = nil
    if !rest.nil? && rest.kind == :SplatNode
      target = rest[:expression]
    elsif !rest.nil? && rest.kind == :RestParameterNode && !rest[:name].nil?
      target = rest
    end
    unless target.nil?
      v = reg
      emit("aslice", [v, ary, lefts.size, rights.size])
      assign_target(target, v)
    end
    j = 0
    rights.each do |t|
      v = reg
      emit("apost", [v, ary, lefts.size, rights.size, j])
      assign_target(t, v)
      j += 1
    end
  end

  # ---------------------------------------------------------------- calls

  # Positional arguments: [registers, splat array register or nil, block register or -1].
  def call_args(n)
    a = n[:arguments]
    list = a.nil? ? [] : a[:arguments]
    list.each { |x| unsupported(x, "a block argument inside the arguments") if x.kind == :BlockArgumentNode }
    if forwards?(n)
      r = reg
      emit("array", [r, 0])
      list.each do |x|
        if x.kind == :ForwardingArgumentsNode
          emit("aconcat", [r, forwarded(x, "%fwdrest")])
        elsif x.kind == :SplatNode
          emit("aconcat", [r, expr(x[:expression])])
        else
          emit("apush", [r, arg_expr(x)])
        end
      end
      return [nil, r]
    end
    return [nil, args_with_double_splat(list)] if double_splat_only?(list[list.size - 1])
    return [nil, array(list, true)] if splat?(list)
    [list.map { |x| arg_expr(x) }, nil]
  end

  # f(**h): keywords from double splats alone may come out empty, and then
  # the call passes no keyword Hash at all.
  def double_splat_only?(x)
    !x.nil? && x.kind == :KeywordHashNode && x[:elements].all? { |e| e.kind == :AssocSplatNode }
  end

  def args_with_double_splat(list)
    r = array(list[0, list.size - 1], true)
    h = arg_expr(list[list.size - 1])
    push = @b.label
    done = @b.label
    emit("br", [send_n(h, "empty?", []), done, push])
    @b.place(push)
    emit("apush", [r, h])
    @b.place(done)
    r
  end

  # f(...): the call's arguments end in `...`.
  def forwards?(n)
    a = n[:arguments]
    !a.nil? && !a[:arguments].empty? && a[:arguments][a[:arguments].size - 1].kind == :ForwardingArgumentsNode
  end

  # A local the enclosing `...` method bound (only in the method's own body).
  def forwarded(x, name)
    unsupported(x, "argument forwarding (...) inside a block") if @b.scope.kind != :method
    read_local(name, 0)
  end

  # The block of a call: a literal block, &expr, or none (-1).
  def call_block(n)
    blk = n[:block]
    return forwarded(n, "%fwdblk") if blk.nil? && forwards?(n)
    return -1 if blk.nil?
    if blk.kind == :BlockArgumentNode
      return forwarded(blk, "%blk") if blk[:expression].nil?
      r = reg
      if blk[:expression].kind == :SymbolNode
        # `&:name`: inference types the block as a call of `name`
        emit("symproc", [r, sym(blk[:expression][:unescaped])])
      else
        emit("toproc", [r, expr(blk[:expression])])
      end
      return r
    end
    lower_block(blk, false)
  end

  def literal_block_breaks?(n)
    blk = n[:block]
    !blk.nil? && blk.kind == :BlockNode && scope_of(blk).has_break
  end

  def call(n)
    name = n[:name]
    recv_node = n[:receiver]
    unsupported(n, name) if REJECTED[name] && !@def_names[name]
    if REFINEMENT_CALLS[name] && recv_node.nil? && !@def_names[name]
      unsupported(n, "refinements (#{name})")
    end
    if recv_node.nil? || recv_node.kind == :SelfNode
      special = special_call(n, name)
      return special unless special.nil?
    end
    unsupported(n, "#{name} with a string (only with a block)") if !BLOCK_EVAL[name].nil? && n[:block].nil?
    if recv_node.nil? && n.flag?(CALL_VARIABLE)
      r = reg
      emit("vcall", [r, sym(name)])
      return r
    end
    recv = recv_node.nil? ? -1 : expr(recv_node)
    if n.flag?(CALL_SAFE_NAV)
      r = reg
      is_nil = @b.label
      go = @b.label
      done = @b.label
      emit("brnil", [recv, is_nil, go])
      @b.place(is_nil)
      emit("nil", [r])
      emit("jump", [done])
      @b.place(go)
      move(r, send_call(n, name, recv))
      @b.place(done)
      return r
    end
    send_call(n, name, recv)
  end

  # recv is a register, or -1 for an implicit receiver.
  def send_call(n, name, recv)
    self_call = recv < 0 || (n[:receiver].kind == :SelfNode && n.flag?(CALL_IGNORE_VISIBILITY))
    @b.line(n.line)
    args = call_args(n)
    pos = args[0]
    # Operators with a boxed fast path.
    if !pos.nil? && n[:block].nil? && recv >= 0 && !self_call
      if pos.size == 1 && BINOPS.key?(name)
        r = reg
        emit(BINOPS[name], [r, recv, pos[0]])
        return r
      end
      if pos.size == 2 && name == "[]="
        emit("vaset", [reg, recv, pos[0], pos[1]])
        return pos[1]
      end
      if pos.empty? && name == "!"
        r = reg
        emit("not", [r, recv])
        return r
      end
    end
    breaks = literal_block_breaks?(n)
    @block_definee = block_definee(n, name)
    @block_redefines = name == "define_method" || name == "define_singleton_method" || !BLOCK_EVAL[name].nil?
    @block_method_body = defined_method_name(n) if name == "define_method" || name == "define_singleton_method"
    blk = call_block(n)
    @block_definee = nil
    @block_redefines = false
    @block_method_body = nil
    t = -1
    handler = -1
    if breaks
      t = @b.slot
      handler = @b.label
      emit("try", [t, handler])
      emit("setbreak", [blk, t])
    end
    r = reg
    if pos.nil?
      if self_call
        emit("sendselfsplat", [r, sym(name), args[1], blk])
      else
        emit("sendsplat", [r, recv, sym(name), args[1], blk])
      end
    else
      pos.each { |x| emit("arg", [x]) }
      if self_call
        emit("sendself", [r, sym(name), pos.size, blk])
      else
        emit("send", [r, recv, sym(name), pos.size, blk])
      end
    end
    if breaks
      emit("untry", [t])
      done = @b.label
      emit("jump", [done])
      @b.place(handler)
      emit("catchbreak", [r, t])
      @b.place(done)
      emit("clearbreak", [blk])
    end
    # An attribute write's value is the value assigned, not the method's.
    return pos[pos.size - 1] if n.flag?(CALL_ATTRIBUTE_WRITE) && !pos.nil? && !pos.empty?
    r
  end

  # Where a `def` inside the literal block of call n defines (nil: as outside).
  def block_definee(n, name)
    blk = n[:block]
    return nil if blk.nil? || blk.kind != :BlockNode
    d = BLOCK_EVAL[name]
    return d unless d.nil?
    recv = n[:receiver]
    if name == "new" && !recv.nil?
      if recv.kind == :ConstantReadNode || (recv.kind == :ConstantPathNode && recv[:parent].nil?)
        return :self_class if CLASS_MAKERS[recv[:name]]
      end
    end
    nil
  end

  # Calls with an implicit receiver that kiln compiles itself; nil if n is
  # an ordinary call.
  def special_call(n, name)
    args = n[:arguments].nil? ? [] : n[:arguments][:arguments]
    if name == "require" && n[:receiver].nil? && args.size == 1 && args[0].kind == :StringNode
      lib = args[0][:unescaped]
      unless PROVIDED_LIBRARIES[lib]
        raise KilnError.new(where(n), "cannot require \"#{lib}\": kiln compiles the whole program ahead of time " \
                                      "and does not provide the library #{lib} (built in: #{PROVIDED_LIBRARIES.keys.join(", ")}; " \
                                      "use require_relative for your own files)")
      end
      return nil
    end
    if name == "__dir__" && args.empty? && n[:receiver].nil? && n[:block].nil?
      # ::File.dirname(::File.expand_path(path of this file)); ruby resolves symlinks too (realpath)
      obj = reg
      emit("constget", [obj, sym("Object")])
      file = reg
      emit("constin", [file, obj, sym("File")])
      path = reg
      emit("str", [path, str(@ast.files[n.file])])
      emit("arg", [path])
      full = reg
      emit("send", [full, file, sym("expand_path"), 1, -1])
      emit("arg", [full])
      r = reg
      emit("send", [r, file, sym("dirname"), 1, -1])
      return r
    end
    if name == "block_given?" && args.empty? && n[:receiver].nil?
      r = reg
      emit("blkgiven", [r, block_reg])
      return r
    end
    if (name == "lambda" || name == "proc") && args.empty? && !n[:block].nil? && n[:block].kind == :BlockNode
      return lower_block(n[:block], name == "lambda")
    end
    if @b.scope.kind == :class && n[:block].nil? && args.empty? && n[:receiver].nil?
      if name == "private" || name == "public" || name == "protected"
        @b.visibility = name == "private" ? 1 : (name == "protected" ? 2 : 0)
        @b.module_function = false
        return nil_reg
      end
      if name == "module_function"
        @b.module_function = true
        return nil_reg
      end
    end
    nil
  end

  def yield_node(n)
    blk = block_reg
    @b.line(n.line)
    args = call_args(n)
    r = reg
    if args[0].nil?
      emit("yieldsplat", [r, blk, args[1]])
    else
      args[0].each { |x| emit("arg", [x]) }
      emit("yield", [r, blk, args[0].size])
    end
    r
  end

  def super_node(n)
    return method_body_super(n) if !@b.method_body.nil?
    if @b.scope.block? && @b.rebound
      unsupported(n, "super in a block inside a define_method block, or in an instance_eval/class_eval block")
    end
    home = @b.scope.home
    unsupported(n, "super outside a method") if home.kind != :method
    if @b.scope.block?
      # a block's function carries its method's name and owner class
      unsupported(n, "implicit super (no arguments) inside a block") if n.kind == :ForwardingSuperNode
    end
    blk = -1
    if n.kind == :ForwardingSuperNode
      args = zsuper_args(n)
      blk = n[:block].nil? ? block_reg : call_block(n)
    else
      args = call_args(n)
      blk = n[:block].nil? ? block_reg : call_block(n)
    end
    r = reg
    if args[0].nil?
      emit("supersplat", [r, args[1], blk])
    else
      args[0].each { |x| emit("arg", [x]) }
      emit("super", [r, args[0].size, blk])
    end
    r
  end

  # `super(args)` in the block given to define_method continues from the
  # method that block is the body of, which the runtime learns from the
  # block's Proc. No block passes implicitly (ruby passes none either), and
  # implicit `super` raises the RuntimeError ruby raises.
  def method_body_super(n)
    if n.kind == :ForwardingSuperNode
      return raise_runtime_error("implicit argument passing of super from method defined by define_method() " \
                                 "is not supported. Specify all arguments explicitly.")
    end
    args = call_args(n)
    blk = n[:block].nil? ? -1 : call_block(n)
    list = args[1]
    if list.nil?
      list = reg
      args[0].each { |x| emit("arg", [x]) }
      emit("array", [list, args[0].size])
    end
    r = reg
    emit("dmsuper", [r, list, blk, @b.method_body])
    r
  end

  def raise_runtime_error(message)
    msg = reg
    emit("str", [msg, str(message)])
    emit("arg", [const_reg("RuntimeError")])
    emit("arg", [msg])
    r = reg
    emit("sendself", [r, sym("raise"), 2, -1])
    r
  end

  # define_method's name argument as a symbol index, or -1 when computed.
  def defined_method_name(n)
    a = n[:arguments].nil? ? [] : n[:arguments][:arguments]
    return -1 if a.empty? || a[0].kind != :SymbolNode
    sym(a[0][:unescaped])
  end

  # `super` without arguments passes the method's parameters as they are now.
  def zsuper_args(n)
    d = @b.zsuper
    Errors.bug("zsuper without recorded parameters") if d.nil?
    unsupported(n, "implicit super in a method with destructuring or anonymous ** parameters") if d[5]
    simple = d[1].empty? && d[2].nil? && d[3].empty? && d[4].nil?
    return [d[0].map { |name| read_local(name, 0) }, nil] if simple
    a = reg
    emit("array", [a, 0])
    d[0].each { |name| emit("apush", [a, read_local(name, 0)]) }
    emit("aconcat", [a, read_local(d[2], 0)]) unless d[2].nil?
    d[1].each { |name| emit("apush", [a, read_local(name, 0)]) }
    if !d[3].empty? || !d[4].nil?
      h = reg
      emit("hash", [h, 0])
      d[3].each do |name|
        k = reg
        emit("sym", [k, sym(name)])
        emit("vaset", [reg, h, k, read_local(name, 0)])
      end
      unless d[4].nil?
        emit("arg", [read_local(d[4], 0)])
        emit("send", [reg, h, sym("update"), 1, -1])
      end
      emit("kwmark", [h])
      emit("apush", [a, h])
    end
    [nil, a]
  end

  def call_op_write(n)
    recv = n[:receiver].nil? ? self_reg : expr(n[:receiver])
    cur = reg
    emit("send", [cur, recv, sym(n[:read_name]), 0, -1])
    if n.kind == :CallOperatorWriteNode
      v = binop(n[:binary_operator], cur, expr(n[:value]))
      write_attr(recv, n[:write_name], v)
      return v
    end
    logic_write(n, n.kind == :CallOrWriteNode, cur) { |v| write_attr(recv, n[:write_name], v) }
  end

  def write_attr(recv, name, v)
    emit("arg", [v])
    emit("send", [reg, recv, sym(name), 1, -1])
  end

  def index_op_write(n)
    recv = expr(n[:receiver])
    args = n[:arguments].nil? ? [] : n[:arguments][:arguments]
    unsupported(n, "an index assignment with #{args.size} indexes") if args.size != 1 || args[0].kind == :SplatNode
    unsupported(n, "a block in an index") unless n[:block].nil?
    idx = expr(args[0])
    cur = reg
    emit("varef", [cur, recv, idx])
    if n.kind == :IndexOperatorWriteNode
      v = binop(n[:binary_operator], cur, expr(n[:value]))
      emit("vaset", [reg, recv, idx, v])
      return v
    end
    logic_write(n, n.kind == :IndexOrWriteNode, cur) { |v| emit("vaset", [reg, recv, idx, v]) }
  end

  # ---------------------------------------------------------------- pattern matching

  def case_in(n)
    r = reg
    done = @b.label
    v = expr(n[:predicate])
    single = n[:conditions].size == 1 && n[:else_clause].nil?
    ctx = pattern_ctx(single)
    n[:conditions].each do |w|
      @b.line(w.line)
      nxt = @b.label
      in_clause(w[:pattern], v, nxt, ctx)
      move(r, stmts(w[:statements]))
      emit("jump", [done])
      @b.place(nxt)
    end
    e = n[:else_clause]
    if e.nil?
      no_match(v, ctx)
    else
      move(r, stmts(e[:statements]))
    end
    @b.place(done)
    r
  end

  # expr => pattern (raises when it does not match) and expr in pattern (true or false).
  def match_node(n, required)
    v = expr(n[:value])
    ctx = pattern_ctx(required)
    r = reg
    fail = @b.label
    done = @b.label
    pattern(n[:pattern], v, fail, ctx)
    required ? emit("nil", [r]) : emit("true", [r])
    emit("jump", [done])
    @b.place(fail)
    if required
      no_match(v, ctx)
    else
      emit("false", [r])
    end
    @b.place(done)
    r
  end

  def pattern_ctx(single)
    return PatternCtx.new(false, -1, -1, -1, -1) unless single
    err = reg
    keyerr = reg
    emit("false", [keyerr])
    key = reg
    matchee = reg
    emit("nil", [key])
    emit("nil", [matchee])
    PatternCtx.new(true, err, keyerr, key, matchee)
  end

  # The pattern of an `in` clause, with its guard (`in pat if cond`).
  def in_clause(p, v, fail, ctx)
    if (p.kind == :IfNode || p.kind == :UnlessNode) && !p[:statements].nil? && p[:statements][:body].size == 1
      pattern(p[:statements][:body][0], v, fail, ctx)
      c = expr(p[:predicate])
      ok = @b.label
      bad = @b.label
      emit("br", p.kind == :IfNode ? [c, ok, bad] : [c, bad, ok])
      @b.place(bad)
      pattern_fail(fail, ctx, ["guard clause does not return true"])
      @b.place(ok)
      return
    end
    pattern(p, v, fail, ctx)
  end

  def no_match(v, ctx)
    msg = reg
    emit("send", [msg, v, sym("inspect"), 0, -1])
    cls = const_reg("NoMatchingPatternError")
    if ctx.single
      s = reg
      emit("str", [s, str(": ")])
      emit("strcat", [msg, s])
      emit("strcat", [msg, ctx.err])
      plain = @b.label
      keyed = @b.label
      go = @b.label
      emit("br", [ctx.keyerr, keyed, plain])
      @b.place(keyed)
      # NoMatchingPatternKeyError.new(msg, matchee: hash, key: key)
      km = reg
      emit("sym", [km, sym("matchee")])
      kk = reg
      emit("sym", [kk, sym("key")])
      [km, ctx.matchee, kk, ctx.key].each { |x| emit("arg", [x]) }
      kw = reg
      emit("hash", [kw, 4])
      exc = send_n(const_reg("NoMatchingPatternKeyError"), "new", [msg, kw])
      emit("arg", [exc])
      emit("sendself", [reg, sym("raise"), 1, -1])
      emit("jump", [go])
      @b.place(plain)
      emit("arg", [cls])
      emit("arg", [msg])
      emit("sendself", [reg, sym("raise"), 2, -1])
      @b.place(go)
      return
    end
    emit("arg", [cls])
    emit("arg", [msg])
    emit("sendself", [reg, sym("raise"), 2, -1])
  end

  # Jumps to fail; in single mode first sets the message from parts
  # (Strings, or registers whose inspect is inserted).
  # key: [hash register, key register] of a missing key, or nil.
  def pattern_fail(fail, ctx, parts, key = nil)
    if ctx.single
      emit("str", [ctx.err, str("")])
      parts.each do |x|
        if x.is_a?(String)
          s = reg
          emit("str", [s, str(x)])
          emit("strcat", [ctx.err, s])
        else
          s = reg
          emit("send", [s, x, sym("inspect"), 0, -1])
          emit("strcat", [ctx.err, s])
        end
      end
      unless key.nil?
        emit("true", [ctx.keyerr])
        move(ctx.matchee, key[0])
        move(ctx.key, key[1])
      end
    end
    emit("jump", [fail])
  end

  # Continues when c is truthy, else fails with the message parts.
  def pattern_check(c, fail, ctx, parts, key = nil)
    ok = @b.label
    bad = @b.label
    emit("br", [c, ok, bad])
    @b.place(bad)
    pattern_fail(fail, ctx, parts, key)
    @b.place(ok)
  end

  def send_n(recv, name, args)
    r = reg
    args.each { |x| emit("arg", [x]) }
    emit("send", [r, recv, sym(name), args.size, -1])
    r
  end

  def pattern_eqq(pv, v, fail, ctx)
    pattern_check(send_n(pv, "===", [v]), fail, ctx, [pv, " === ", v, " does not return true"])
  end

  # Matches v against pattern p: falls through on success (locals bound),
  # jumps to fail otherwise.
  def pattern(p, v, fail, ctx)
    k = p.kind
    if k == :LocalVariableTargetNode
      write_local(p[:name], p[:depth], v)
    elsif k == :ImplicitNode
      pattern(p[:value], v, fail, ctx)
    elsif k == :PinnedVariableNode
      pattern_eqq(expr(p[:variable]), v, fail, ctx)
    elsif k == :PinnedExpressionNode
      pattern_eqq(expr(p[:expression]), v, fail, ctx)
    elsif k == :CapturePatternNode
      pattern(p[:value], v, fail, ctx)
      pattern(p[:target], v, fail, ctx)
    elsif k == :AlternationPatternNode
      ok = @b.label
      other = @b.label
      pattern(p[:left], v, other, ctx)
      emit("jump", [ok])
      @b.place(other)
      pattern(p[:right], v, fail, ctx)
      @b.place(ok)
    elsif k == :ArrayPatternNode
      array_pattern(p, v, fail, ctx)
    elsif k == :FindPatternNode
      find_pattern(p, v, fail, ctx)
    elsif k == :HashPatternNode
      hash_pattern(p, v, fail, ctx)
    elsif k == :SplatNode || k == :AssocSplatNode
      unsupported(p, "this pattern")
    else
      pattern_eqq(expr(p), v, fail, ctx)
    end
  end

  def pattern_const(p, v, fail, ctx)
    pattern_eqq(expr(p[:constant]), v, fail, ctx) unless p[:constant].nil?
  end

  # v.deconstruct (or deconstruct_keys(keys)) after checking v responds to it.
  # An Array (Hash) deconstructs to itself, as Array#deconstruct and
  # Hash#deconstruct_keys do.
  def deconstruct(v, name, args, fail, ctx)
    d = reg
    core = @b.label
    other = @b.label
    done = @b.label
    emit("br", [send_n(const_reg(name == "deconstruct" ? "Array" : "Hash"), "===", [v]), core, other])
    @b.place(core)
    move(d, v)
    emit("jump", [done])
    @b.place(other)
    y = reg
    emit("sym", [y, sym(name)])
    pattern_check(send_n(v, "respond_to?", [y]), fail, ctx, [v, " does not respond to ##{name}"])
    move(d, send_n(v, name, args))
    @b.place(done)
    d
  end

  def array_pattern(p, v, fail, ctx)
    pattern_const(p, v, fail, ctx)
    d = deconstruct(v, "deconstruct", [], fail, ctx)
    req = p[:requireds]
    post = p[:posts]
    rest = p[:rest]
    n = req.size + post.size
    len = send_n(d, "size", [])
    want = integer(n.to_s)
    if rest.nil?
      pattern_check(send_n(len, "==", [want]), fail, ctx, [d, " length mismatch (given ", len, ", expected #{n})"])
    else
      pattern_check(send_n(len, ">=", [want]), fail, ctx, [d, " length mismatch (given ", len, ", expected #{n}+)"])
    end
    i = 0
    req.each do |q|
      e = reg
      emit("aentry", [e, d, i])
      pattern(q, e, fail, ctx)
      i += 1
    end
    if !rest.nil? && !rest[:expression].nil?
      e = reg
      emit("aslice", [e, d, req.size, post.size])
      pattern(rest[:expression], e, fail, ctx)
    end
    j = 0
    post.each do |q|
      e = reg
      emit("apost", [e, d, req.size, post.size, j])
      pattern(q, e, fail, ctx)
      j += 1
    end
  end

  # [*, a, b, *]: the first window of the elements that matches.
  def find_pattern(p, v, fail, ctx)
    pattern_const(p, v, fail, ctx)
    d = deconstruct(v, "deconstruct", [], fail, ctx)
    req = p[:requireds]
    len = send_n(d, "size", [])
    i = reg
    emit("int", [i, 0])
    top = @b.label
    found = @b.label
    @b.place(top)
    last = reg
    emit("vadd", [last, i, integer(req.size.to_s)])
    more = @b.label
    emit("br", [send_n(last, "<=", [len]), more, fail])
    @b.place(more)
    nxt = @b.label
    quiet = PatternCtx.new(false, -1, -1, -1, -1)
    j = 0
    req.each do |q|
      e = reg
      emit("vadd", [e, i, integer(j.to_s)])
      x = reg
      emit("varef", [x, d, e])
      pattern(q, x, nxt, quiet)
      j += 1
    end
    emit("jump", [found])
    @b.place(nxt)
    emit("vadd", [i, i, integer("1")])
    emit("jump", [top])
    @b.place(found)
    left = p[:left]
    right = p[:right]
    pattern(left[:expression], send_n(d, "first", [i]), fail, ctx) if !left.nil? && !left[:expression].nil?
    pattern(right[:expression], send_n(d, "drop", [last]), fail, ctx) if !right.nil? && !right[:expression].nil?
  end

  def hash_pattern(p, v, fail, ctx)
    pattern_const(p, v, fail, ctx)
    keys = []
    p[:elements].each do |e|
      unsupported(e, "this hash pattern") if e.kind != :AssocNode || e[:key].kind != :SymbolNode
      y = reg
      emit("sym", [y, sym(e[:key][:unescaped])])
      keys << y
    end
    rest = p[:rest]
    karg = nil
    if !rest.nil? && rest.kind == :AssocSplatNode && !rest[:value].nil?
      karg = nil_reg
    else
      keys.each { |y| emit("arg", [y]) }
      karg = reg
      emit("array", [karg, keys.size])
    end
    d = deconstruct(v, "deconstruct_keys", [karg], fail, ctx)
    pattern_check(send_n(const_reg("Hash"), "===", [d]), fail, ctx, ["deconstruct_keys must return Hash"])
    if p[:elements].empty? && rest.nil?
      pattern_check(send_n(d, "empty?", []), fail, ctx, [d, " is not empty"])
    end
    i = 0
    p[:elements].each do |e|
      y = keys[i]
      pattern_check(send_n(d, "key?", [y]), fail, ctx, ["key not found: ", y], [d, y])
      x = reg
      emit("varef", [x, d, y])
      pattern(e[:value], x, fail, ctx)
      i += 1
    end
    return if rest.nil?
    others = send_n(d, "except", keys)
    if rest.kind == :NoKeywordsParameterNode
      pattern_check(send_n(others, "empty?", []), fail, ctx, ["rest of ", d, " is not empty"])
    elsif !rest[:value].nil?
      pattern(rest[:value], others, fail, ctx)
    end
  end

  # ---------------------------------------------------------------- definitions

  def class_node(n)
    unsupported(n, "a class definition inside a method") if @b.scope.kind == :method || @b.scope.block?
    path = n[:constant_path]
    outer = nil
    if path.kind == :ConstantReadNode
      outer = @b.scope.kind == :class ? self_reg : object_reg
    elsif path.kind == :ConstantPathNode
      outer = path[:parent].nil? ? object_reg : expr(path[:parent])
    else
      unsupported(n, "a computed class name")
    end
    id = class_id(n)
    r = reg
    if n.kind == :ClassNode
      sup = n[:superclass].nil? ? -1 : expr(n[:superclass])
      emit("defclass", [r, id, outer, sup])
    else
      emit("defmodule", [r, id, outer])
    end
    @cref.unshift(id)
    frame = (n.kind == :ClassNode ? "<class:" : "<module:") + n[:name] + ">"
    f = lower_class_body(n, frame)
    @cref.shift
    res = reg
    emit("body", [res, f, r])
    res
  end

  # `X = Struct.new(:a, :b) [do BODY end]` that resolve made program class
  # c, as `X = Struct.new(:a, :b); class X; BODY; end`: the `defclass`
  # right after the assignment names the new class c (infer.rb sees the
  # pair), and BODY runs with self the class as the block would.
  def struct_def(n, c)
    call = n[:value]
    recv = expr(call[:receiver])
    args = call[:arguments][:arguments].map { |x| expr(x) }
    args.each { |x| emit("arg", [x]) }
    v = reg
    emit("send", [v, recv, sym("new"), args.size, -1])
    outer = @cref.empty? ? object_reg : self_reg
    if @cref.empty?
      emit("constsetin", [outer, sym(n[:name]), v])
    else
      emit("constset", [sym(n[:name]), v])
    end
    r = reg
    emit("defclass", [r, c, outer, -1])
    blk = call[:block]
    return v if blk.nil?
    frame = block_frame_name
    @cref.unshift(c)
    f = lower_class_body(blk, frame)
    @cref.shift
    emit("body", [reg, f, r])
    v
  end

  def class_id(n)
    id = @class_of_node[n.id]
    Errors.bug("class at #{where(n)} was not resolved") if id.nil?
    id
  end

  def singleton_class_node(n)
    r = reg
    emit("singleton", [r, expr(n[:expression])])
    @singleton_depth += 1
    f = lower_class_body(n, "singleton class")
    @singleton_depth -= 1
    res = reg
    emit("body", [res, f, r])
    res
  end

  def alias_node(n)
    a = n[:new_name]
    b = n[:old_name]
    unsupported(n, "alias of computed names") if a.kind != :SymbolNode || b.kind != :SymbolNode
    target = @b.scope.kind == :class ? self_reg : object_reg
    emit("alias", [target, sym(a[:unescaped]), sym(b[:unescaped])])
    nil_reg
  end

  def require_node(n)
    r = reg
    prog = n[:program]
    if prog.nil?
      emit("false", [r])
      return r
    end
    saved = @cref
    @cref = []
    f = lower_top(prog, "<top (required)>")
    @cref = saved
    self_r = self_reg
    emit("body", [reg, f, self_r])
    emit("true", [r])
    r
  end
end
