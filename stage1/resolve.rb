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
#   methods assign, in first-seen order (the class layout);
# - which `X = Struct.new(:a, :b) do ... end` define program class X: a
#   Struct class whose layout starts with its members (runtime-c/struct.c
#   keeps them in slots named by the bare member name) and whose block
#   lowers as X's class body.

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
  attr_reader :scopes, :class_of_node, :def_names, :struct_defs

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
    @struct_defs = {}  # ConstantWriteNode id => class id of the Struct class it defines
    @const_writes = {} # constant name => how many places assign it
    @singleton = 0     # class << self bodies open around the current node
  end

  def run
    count_constant_writes
    visit_scope(@ast.root, :top, nil)
    self
  end

  CONST_WRITES = { :ConstantWriteNode => true, :ConstantOrWriteNode => true, :ConstantAndWriteNode => true,
                   :ConstantOperatorWriteNode => true, :ConstantTargetNode => true,
                   :ConstantPathTargetNode => true }.freeze
  CONST_PATH_WRITES = { :ConstantPathWriteNode => true, :ConstantPathOrWriteNode => true,
                        :ConstantPathAndWriteNode => true, :ConstantPathOperatorWriteNode => true }.freeze

  # Constants by their last name: a Struct class is known only when its
  # name is assigned in one place (infer.rb looks constants up by name too).
  def count_constant_writes
    @ast.nodes.each do |n|
      name = nil
      if CONST_WRITES[n.kind]
        name = n[:name]
      elsif CONST_PATH_WRITES[n.kind]
        name = n[:target][:name]
      end
      @const_writes[name] = (@const_writes[name] || 0) + 1 unless name.nil?
    end
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
      # class X < Struct.new(:a, :b): the anonymous superclass's members come first
      sup = kind == "class" ? n[:superclass] : nil
      if @const_writes[name].nil? && !sup.nil? && sup.kind == :CallNode && sup[:block].nil?
        members = struct_members(sup)
        add_members(id, members) unless members.nil?
      end
    end
    if kind == "class" && n[:superclass]
      sup_id = superclass_id(n[:superclass])
      @prog.classes[id].super_id = sup_id unless sup_id.nil?
    end
    @class_of_node[n.id] = id
    id
  end

  # The program class a superclass expression names, found as Ruby finds a
  # constant from the class statement: `Base` inside `module Shapes` is
  # Shapes::Base when that is defined, else the top-level Base; `A::B`
  # likewise from each enclosing scope; `::A::B` from the top only. nil for
  # anything else (a core class, a call).
  def superclass_id(sup)
    path = constant_path_name(sup)
    return nil if path.nil?
    return @class_ids[path[2, path.size - 2]] if path[0, 2] == "::"
    i = @names.size - 1
    while i >= 0
      id = @class_ids[@names[i] + "::" + path]
      return id unless id.nil?
      i -= 1
    end
    @class_ids[path]
  end

  # "A::B" for a chain of constant reads, "::A::B" from the top, else nil.
  def constant_path_name(n)
    return n[:name] if n.kind == :ConstantReadNode
    return nil if n.kind != :ConstantPathNode
    return "::" + n[:name] if n[:parent].nil?
    parent = constant_path_name(n[:parent])
    parent.nil? ? nil : parent + "::" + n[:name]
  end

  def add_members(id, members)
    c = @prog.classes[id]
    members.each do |m|
      c.ivars << @prog.symbols.add(m)
      c.ivar_types << "val"
    end
  end

  # `Struct.new(:a, :b [, keyword_init: true|false|nil])`, its block aside:
  # the member names, else nil (Struct.new("Name", ...), computed or
  # repeated members, other options).
  def struct_members(call)
    return nil if call.kind != :CallNode || call[:name] != "new" || call[:arguments].nil?
    recv = call[:receiver]
    return nil if recv.nil? || !(recv.kind == :ConstantReadNode || (recv.kind == :ConstantPathNode && recv[:parent].nil?))
    return nil if recv[:name] != "Struct"
    args = call[:arguments][:arguments]
    out = []
    args.each_with_index do |x, i|
      if x.kind == :SymbolNode && !out.include?(x[:unescaped])
        out << x[:unescaped]
      elsif i != args.size - 1 || !keyword_init_literal?(x)
        return nil
      end
    end
    out.empty? ? nil : out
  end

  LITERALS = { :TrueNode => true, :FalseNode => true, :NilNode => true }.freeze

  def keyword_init_literal?(x)
    return false if x.kind != :KeywordHashNode || x[:elements].size != 1
    e = x[:elements][0]
    e.kind == :AssocNode && e[:key].kind == :SymbolNode && e[:key][:unescaped] == "keyword_init" &&
      LITERALS[e[:value].kind] == true
  end

  # `X = Struct.new(...) [do BODY end]` at the top level or in a class
  # body: X becomes a program class (lower.rb writes it as `X =
  # Struct.new(...); class X; BODY; end`) when X is assigned nowhere else,
  # no class X came before and BODY means the same as a class body.
  def struct_def(n)
    call = n[:value]
    return nil if current.block? || current.kind == :method || @singleton > 0 || @const_writes[n[:name]] != 1
    members = struct_members(call)
    return nil if members.nil?
    blk = call[:block]
    return nil if !blk.nil? && (blk.kind != :BlockNode || !blk[:parameters].nil? || !class_like?(blk[:body], 0, n[:name]))
    full = @names.empty? ? n[:name] : @names[@names.size - 1] + "::" + n[:name]
    return nil if @class_ids.key?(full)
    id = @prog.classes.size
    @prog.classes << IR::ClassInfo.new(id, full, "class")
    @class_ids[full] = id
    add_members(id, members)
    id
  end

  # Nodes a Struct block may not hold outside its defs for it to mean the
  # same as a class body: they define constants or classes in the
  # enclosing scope, or reach its method (yield, return, super, break).
  NOT_CLASS_LIKE = { :ClassNode => true, :ModuleNode => true, :YieldNode => true, :ReturnNode => true,
                     :SuperNode => true, :ForwardingSuperNode => true, :RedoNode => true,
                     :ConstantWriteNode => true, :ConstantPathWriteNode => true, :ConstantOrWriteNode => true,
                     :ConstantAndWriteNode => true, :ConstantOperatorWriteNode => true,
                     :ConstantTargetNode => true, :ConstantPathTargetNode => true,
                     :ConstantPathOrWriteNode => true, :ConstantPathAndWriteNode => true,
                     :ConstantPathOperatorWriteNode => true }.freeze
  # Calls that see the block's own frame.
  FRAME_CALLS = { "block_given?" => true, "binding" => true, "local_variables" => true, "__method__" => true }.freeze

  # n (depth blocks inside the Struct block) reads no local of the scopes
  # around the block, and means the same in a class body; the class's own
  # name X is not yet assigned while the block runs.
  def class_like?(n, depth, name)
    return true if n.nil?
    k = n.kind
    return n[:receiver].nil? || n[:receiver].kind == :SelfNode if k == :DefNode # a def sees no outer local
    return false if NOT_CLASS_LIKE[k] || (n.has?(:depth) && n[:depth] > depth)
    return false if (k == :BreakNode || k == :NextNode) && depth == 0
    return false if k == :ConstantReadNode && n[:name] == name
    return false if k == :CallNode && n[:receiver].nil? && FRAME_CALLS[n[:name]]
    inner = k == :BlockNode || k == :LambdaNode ? depth + 1 : depth
    kinds = n.type.kinds
    vals = n.values
    i = 0
    while i < kinds.size
      kd = kinds[i]
      return false if (kd == "node" || kd == "node?") && !class_like?(vals[i], inner, name)
      return false if kd == "node[]" && !vals[i].all? { |c| class_like?(c, inner, name) }
      i += 1
    end
    true
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
      @singleton += 1
      visit_scope(n, :class, nil)
      @singleton -= 1
    elsif k == :ConstantWriteNode && !struct_def(n).nil?
      visit_struct_def(n, @prog.classes.size - 1) # the class struct_def made
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

  # X = Struct.new(...) [do BODY end] that struct_def made class id: BODY
  # is X's class body.
  def visit_struct_def(n, id)
    call = n[:value]
    @struct_defs[n.id] = id
    visit(call[:receiver])
    visit(call[:arguments])
    blk = call[:block]
    return if blk.nil?
    @names << @prog.classes[id].name
    @classes << id
    visit_scope(blk, :class, nil)
    @classes.pop
    @names.pop
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
