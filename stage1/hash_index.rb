# frozen_string_literal: true
# hash_index.rb: `h[k]` and `h[k] = v` on receivers inference proves Hashes become sends of `[]`/`[]=`, which specialize.rb turns into Hash prims.
#
# The index operators `varef`/`vaset` go through kn_op_aref/kn_op_aset:
# an inline path for Arrays, then a generic one that tests the receiver's
# class and whether `[]` is still the core method before calling hash.c.
# A receiver whose type is only Hash allocation sites (or nil: blocks read
# captured locals as possibly nil before the second inference) is better
# served by a psend: one class guard, then kn_hash_aref/kn_hash_aset under
# the method's backtrace frame (a default proc or a key's #hash may raise),
# the ordinary send for anything else (nil raises NoMethodError as the
# operator would).
#
# `vaset d h k v` is worth v whatever `[]=` returns; Hash#[]= returns its
# value argument, and a receiver that is not a Hash (nil) raises, so the
# send may write d itself.

require_relative "ir"

class HashIndex
  attr_reader :rewritten

  def initialize(prog, inf)
    @prog = prog
    @inf = inf
    @rewritten = 0
  end

  def run
    @prog.functions.each { |f| function(f) }
    self
  end

  def function(f)
    return unless f.body.any? { |ins| index_op?(ins) && hash?(f, ins.a[1]) }
    out = []
    f.body.each do |ins|
      if index_op?(ins) && hash?(f, ins.a[1])
        out.concat(as_send(ins))
        @rewritten += 1
      else
        out << ins
      end
    end
    f.body = out
  end

  def index_op?(ins)
    ins.op == "varef" || ins.op == "vaset"
  end

  def hash?(f, r)
    @inf.only_sites?(@inf.type_of(f.id, r).without_nil, "Hash")
  end

  def as_send(ins)
    a = ins.a
    # (the names join the symbol pool only when used: programs without Hash indexing keep their pools)
    if ins.op == "varef"
      return [IR::Instr.new("arg", [a[2]]), IR::Instr.new("send", [a[0], a[1], @prog.symbols.add("[]"), 1, -1])]
    end
    [IR::Instr.new("arg", [a[2]]), IR::Instr.new("arg", [a[3]]),
     IR::Instr.new("send", [a[0], a[1], @prog.symbols.add("[]="), 2, -1])]
  end
end
