# frozen_string_literal: true
# fn_builder.rb: builds one IR function: registers, labels, basic blocks, and the stacks lowering needs.

require_relative "ir"

# An open protected region, as lowering tracks it to leave it correctly.
class Region
  attr_reader :slot, :kind, :ensure_node

  def initialize(slot, kind, ensure_node)
    @slot = slot              # region slot number (t operand)
    @kind = kind              # :rescue, :ensure, :break, :return
    @ensure_node = ensure_node # for :ensure, the statements to run on a local exit
  end
end

# A while/until loop: where break and next go, and how many regions were
# open outside it (those stay open on break and next).
class Loop
  attr_reader :break_label, :next_label, :result, :depth

  def initialize(break_label, next_label, result, depth)
    @break_label = break_label
    @next_label = next_label
    @result = result
    @depth = depth
  end
end

# Pattern-matching state of one case/in, `=>` or `in`: when `single` (one
# pattern, no else) a failure records Ruby's detailed message in register
# `err` (and register `keyerr` becomes true for a missing hash key, whose
# key and Hash registers `key` and `matchee` then hold).
class PatternCtx
  attr_reader :single, :err, :keyerr, :key, :matchee

  def initialize(single, err, keyerr, key, matchee)
    @single = single
    @err = err
    @keyerr = keyerr
    @key = key
    @matchee = matchee
  end
end

class FnBuilder
  attr_reader :fn, :scope, :parent, :regions, :loops, :locals
  attr_accessor :visibility, :module_function, :retry_targets, :ret_region, :zsuper, :definee, :rebound,
                :method_body

  def initialize(fn, scope, parent)
    @fn = fn
    @scope = scope       # resolve.rb's Scope
    @parent = parent     # builder of the enclosing function (blocks), or nil
    @locals = {}         # local name => register (locals not captured)
    @nlabels = 0
    @nslots = 0
    @dead = false        # after a terminator, until the next label
    @line = -1
    @regions = []        # open Regions, innermost last
    @loops = []          # open Loops, innermost last
    @retry_targets = []  # per open rescue handler: [label, region depth, register holding $! before it]
    @visibility = 0      # class bodies: default visibility of the next def
    @module_function = false
    @ret_region = nil    # the region catching returns from procs, if any
    @zsuper = nil        # methods: [parameter names, too complex for implicit super]
    # Where a `def` here defines its method: :object (top level), :self_class
    # (self is the class: class bodies, class_eval and Struct.new blocks),
    # :singleton (instance_eval blocks), :method (the method's own class).
    @definee = parent.nil? ? :object : parent.definee
    # inside a block given to define_method, instance_eval, class_eval...: self
    # or the method may not be the enclosing method's
    @rebound = parent.nil? ? false : parent.rebound
    # the block given to define_method itself (not its inner blocks): the
    # symbol index of the method's name, or -1 when the name is computed
    @method_body = nil
  end

  def reg
    @fn.regs << "val"
    @fn.regs.size - 1
  end

  def label
    @nlabels += 1
    @nlabels - 1
  end

  def slot
    @nslots += 1
    @nslots - 1
  end

  def dead?
    @dead
  end

  def emit(op, a)
    return if @dead
    @fn.body << IR::Instr.new(op, a)
    @dead = true if IR::TERMINATORS.key?(op)
  end

  # Starts the basic block at label l; falling into it is an explicit jump.
  def place(l)
    emit("jump", [l]) unless @dead
    @fn.body << IR::Instr.new(IR::LABEL, [l])
    @dead = false
    @line = -1
  end

  def line(n)
    return if n == @line || @dead
    emit("line", [n])
    @line = n
  end

  def local(name)
    r = @locals[name]
    if r.nil?
      r = reg
      @locals[name] = r
    end
    r
  end
end
