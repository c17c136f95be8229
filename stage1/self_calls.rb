# frozen_string_literal: true
# self_calls.rb: proves which self-recursive calls need no receiver test (docs/performance.md, "Self calls").
#
# A call `name(...)` with implicit self inside the method `name` itself
# (fib calling fib) finds that same method again when:
# - the method was entered by looking `name` up on self: nothing in the
#   program names it by a Symbol or String (method(:fib),
#   instance_method(:fib).bind(x), alias_method, send, Symbol#to_proc) nor
#   aliases it, so no Method object or other name leads into it with
#   another self;
# - no lookup of `name` can change while it runs: the program has one
#   `def name` (no override, singleton method or module method of that
#   name), and no call that edits method tables (define_method, attr_*,
#   alias_method, remove_method, visibility changes, Struct.new, send of
#   those...) takes a name that is not a literal; the only mixins are
#   program modules named by constants (a core module's methods could come
#   in front of the def).
# The caller adds its own condition (no definition kiln cannot name:
# Infer#breadth_unresolvable?). Calls in blocks are left alone: a block's
# self can be rebound (instance_eval, define_method).

require_relative "ir"

class SelfCalls
  # Calls that can add, remove or copy a method given its name as an argument.
  TABLE_EDITS = ["attr", "attr_reader", "attr_writer", "attr_accessor", "define_method", "define_singleton_method",
                 "alias_method", "remove_method", "undef_method", "instance_method", "public_instance_method",
                 "method", "public_method", "singleton_method", "module_function", "private", "public",
                 "protected", "private_class_method", "public_class_method"].freeze
  SENDS = ["send", "__send__", "public_send"].freeze
  MIXINS = ["include", "extend", "prepend"].freeze

  def initialize(prog)
    @prog = prog
    @named = {}  # names some literal or alias mentions
    @ndefs = {}  # name => number of def instructions
    @open = false
    @modules = {}
    prog.classes.each { |c| @modules[c.name.split("::").last] = true if c.kind == "module" }
    prog.functions.each { |f| scan(f) }
  end

  # May the self call of `name` in function f (with these arms) skip its
  # receiver test?
  def free?(f, name, arms)
    fn = @prog.functions[f]
    return false if @open || fn.kind != "method" || fn.name < 0 || sym(fn.name) != name
    return false if @named[name] || @ndefs[name] != 1
    arms.all? { |arm| arm[0] <= 2 && arm[2] == f }
  end

  private

  def sym(i)
    @prog.symbols.items[i]
  end

  def scan(f)
    defs = {}
    pending = []
    used = used_regs(f)
    f.body.each do |ins|
      op = ins.op
      a = ins.a
      if op == "arg"
        pending << a[0]
        next
      end
      # (a def's value, the Symbol, names nothing while no one reads it)
      note(op, a, defs, pending) unless (op == "sym" || op == "str") && !used[a[0]]
      defs[a[0]] = ins if IR::DEST.key?(op)
      pending = [] unless op == "line" || op == IR::LABEL
    end
  end

  def used_regs(f)
    used = {}
    f.body.each do |ins|
      idx = IR::READS[ins.op]
      next if idx.nil?
      idx.each { |i| used[ins.a[i]] = true if ins.a[i] >= 0 }
    end
    used
  end

  def note(op, a, defs, pending)
    if op == "sym"
      @named[sym(a[1])] = true
    elsif op == "str"
      @named[@prog.strings.items[a[1]]] = true
    elsif op == "alias"
      @named[sym(a[1])] = true
      @named[sym(a[2])] = true
    elsif op == "defn" || op == "defs"
      n = sym(a[1])
      @ndefs[n] = @ndefs[n].to_i + 1
    elsif op == "send" || op == "sendself" || op == "vcall"
      name = sym(a[op == "send" ? 2 : 1])
      argc = op == "vcall" ? 0 : a[op == "send" ? 3 : 2]
      recv = op == "send" ? defs[a[1]] : nil
      # (arguments not all pushed right before: assume the worst)
      @open = true if pending.size != argc || !call_known?(name, recv, pending, defs)
    elsif op == "sendsplat" || op == "sendselfsplat"
      name = sym(a[op == "sendsplat" ? 2 : 1])
      recv = op == "sendsplat" ? defs[a[1]] : nil
      @open = true if TABLE_EDITS.include?(name) || MIXINS.include?(name) || SENDS.include?(name) ||
                      (name == "new" && struct?(recv))
    end
  end

  # Does this call leave every method table as the program's defs make it,
  # or edit it only under literal names?
  def call_known?(name, recv, pending, defs)
    if SENDS.include?(name)
      # send(:foo, ...) is a call of foo; only the name must be known
      d = pending.empty? ? nil : defs[pending[0]]
      return false unless literal?(d)
      name = d.op == "sym" ? sym(d.a[1]) : @prog.strings.items[d.a[1]]
      return false if SENDS.include?(name)
      pending = pending[1, pending.size - 1]
    end
    if TABLE_EDITS.include?(name) || (name == "new" && struct?(recv))
      return pending.all? { |r| literal?(defs[r]) }
    end
    return true unless MIXINS.include?(name)
    pending.all? { |r| !defs[r].nil? && defs[r].op == "constget" && @modules[sym(defs[r].a[1])] }
  end

  def struct?(d)
    !d.nil? && d.op == "constget" && (sym(d.a[1]) == "Struct" || sym(d.a[1]) == "Data")
  end

  def literal?(d)
    !d.nil? && (d.op == "sym" || d.op == "str")
  end
end
