# frozen_string_literal: true
# resolve.rb: scopes and names: which locals blocks capture, where yield/break/return reach, class layouts.
#
# One walk over the AST. Its results, keyed by node id, tell lowering:
# - for every scope (program, class body, def, block, lambda) the locals
#   that inner blocks capture (they live in an env, the rest in registers);
# - whether a method's block is reached from inside a block (yield or
#   block_given? there), which makes the hidden local "%blk" captured;
# - whether a block contains `break` (its call site must catch it) and
#   whether a method has a block that does `return` (it must catch that);
# - every class and module by full name, with the instance variables its
#   methods assign, in first-seen order (the class layout).

require_relative "errors"
require_relative "ir"

class Scope
  attr_reader :id, :kind, :parent, :captured, :captured_names
  attr_accessor :uses_blk, :catches_return, :has_break, :class_id

  def initialize(id, kind, parent)
    @id = id          # node id of the scope's node
    @kind = kind      # :top, :class, :method, :block, :lambda
    @parent = parent  # enclosing Scope for blocks and lambdas, nil otherwise
    @captured = {}    # name => env slot (1-based; slot 0 links the outer env)
    @captured_names = []
    @uses_blk = false
    @catches_return = false
    @has_break = false
    @class_id = -1
  end

  def block?
    @kind == :block || @kind == :lambda
  end

  def capture(name)
    return if @captured.key?(name)
    @captured_names << name
    @captured[name] = @captured_names.size
  end

  def env?
    !@captured_names.empty?
  end

  # The nearest enclosing scope that owns `yield` and `return`: a method,
  # lambda, class body or program.
  def home
    s = self
    s = s.parent while s.kind == :block
    s
  end
end

class Resolver
  attr_reader :scopes, :class_of_node, :def_names

  def initialize(ast, prog)
    @ast = ast
    @prog = prog
    @scopes = {}       # node id => Scope
    @class_ids = {}    # full name => class id
    @class_of_node = {} # ClassNode/ModuleNode id => class id
    @stack = []        # scopes, innermost last
    @names = []        # lexical class names, innermost last
    @classes = []      # class ids, innermost last (parallel to @names)
    @loops = [0]       # per scope: while/until loops open around the current node
    @def_names = {}    # names of the methods the program defines (def)
  end

  def run
    visit_scope(@ast.root, :top, nil)
    self
  end

  def where(n)
    "#{@ast.files[n.file]}:#{n.line}"
  end

  def visit_scope(n, kind, parent)
    s = Scope.new(n.id, kind, parent)
    s.class_id = @classes.empty? ? -1 : @classes[@classes.size - 1]
    @scopes[n.id] = s
    @stack << s
    @loops << 0
    yield_children(n)
    @loops.pop
    @stack.pop
    s
  end

  def current
    @stack[@stack.size - 1]
  end

  def scope_at(depth, n)
    i = @stack.size - 1 - depth
    raise KilnError.new(where(n), "bad local variable depth #{depth}") if i < 0
    @stack[i]
  end

  def local(name, depth, n)
    scope_at(depth, n).capture(name) if depth > 0
  end

  # The method scope's block, reached from a block: capture it.
  def use_blk
    s = current
    h = s.home
    h.uses_blk = true
    h.capture("%blk") if s != h
  end

  def define_class(n, kind)
    path = n[:constant_path]
    name = path[:name]
    full = @names.empty? ? name : @names[@names.size - 1] + "::" + name
    full = name if path.kind == :ConstantPathNode && path[:parent].nil?
    id = @class_ids[full]
    if id.nil?
      id = @prog.classes.size
      @prog.classes << IR::ClassInfo.new(id, full, kind)
      @class_ids[full] = id
    end
    if kind == "class" && n[:superclass] && n[:superclass].kind == :ConstantReadNode
      sup = @class_ids[n[:superclass][:name]]
      @prog.classes[id].super_id = sup unless sup.nil?
    end
    @class_of_node[n.id] = id
    id
  end

  def note_ivar(name)
    s = current.home
    return if s.class_id < 0
    c = @prog.classes[s.class_id]
    sym = @prog.symbols.add(name)
    return if c.ivars.include?(sym)
    c.ivars << sym
    c.ivar_types << "val"
  end

  def visit(n)
    k = n.kind
    if k == :DefNode
      @def_names[n[:name]] = true
      visit_scope(n, :method, nil)
    elsif k == :BlockNode
      visit_scope(n, :block, current)
    elsif k == :LambdaNode
      visit_scope(n, :lambda, current)
    elsif k == :ClassNode || k == :ModuleNode
      visit(n[:constant_path])
      visit(n[:superclass]) if k == :ClassNode && n[:superclass]
      id = define_class(n, k == :ClassNode ? "class" : "module")
      @names << @prog.classes[id].name
      @classes << id
      visit_scope(n, :class, nil)
      @classes.pop
      @names.pop
    elsif k == :SingletonClassNode
      visit(n[:expression])
      visit_scope(n, :class, nil)
    elsif k == :ProgramNode
      visit_scope(n, :top, nil)
    else
      if k == :LocalVariableReadNode || k == :LocalVariableWriteNode || k == :LocalVariableTargetNode ||
         k == :LocalVariableOperatorWriteNode || k == :LocalVariableOrWriteNode || k == :LocalVariableAndWriteNode
        local(n[:name], n[:depth], n)
      elsif k == :InstanceVariableWriteNode || k == :InstanceVariableOperatorWriteNode ||
            k == :InstanceVariableOrWriteNode || k == :InstanceVariableAndWriteNode || k == :InstanceVariableTargetNode
        note_ivar(n[:name])
      elsif k == :YieldNode || k == :ForwardingSuperNode
        use_blk
      elsif k == :CallNode && n[:receiver].nil? && n[:name] == "block_given?"
        use_blk
      elsif k == :SuperNode && current.block? && n[:block].nil?
        use_blk # super(args) in a block passes the method's block
      elsif k == :WhileNode || k == :UntilNode || k == :ForNode
        @loops[@loops.size - 1] += 1
        yield_children(n)
        @loops[@loops.size - 1] -= 1
        return
      elsif k == :BreakNode
        current.has_break = true if current.kind == :block && @loops[@loops.size - 1] == 0
      elsif k == :ReturnNode
        current.home.catches_return = true if current.kind == :block
      end
      yield_children(n)
    end
  end

  def yield_children(n)
    kinds = n.type.kinds
    vals = n.values
    i = 0
    while i < kinds.size
      kd = kinds[i]
      if kd == "node" || kd == "node?"
        visit(vals[i]) unless vals[i].nil?
      elsif kd == "node[]"
        vals[i].each { |c| visit(c) }
      end
      i += 1
    end
  end
end
