# frozen_string_literal: true
# stats.rb: --emit-stats: counts and times per pass, printed on stderr.

require_relative "ir"

class Stats
  def initialize(enabled)
    @enabled = enabled
    @lines = []
  end

  def enabled?
    @enabled
  end

  def now
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  # Runs the block as pass `name`, recording its time; returns its value.
  def pass(name)
    return yield unless @enabled
    t = now
    v = yield
    ms = ((now - t) * 1000.0).round
    @lines << "pass #{name}: #{ms} ms, peak memory #{peak_kb} kB"
    v
  end

  # The process's peak resident size so far (Linux), or 0 when unknown.
  def peak_kb
    text = nil
    begin
      text = File.read("/proc/self/status")
    rescue SystemCallError
      return 0
    end
    text.split("\n").each do |l|
      next unless l.start_with?("VmHWM:")
      return l.split(" ")[1].to_i
    end
    0
  end

  def count(name, n)
    @lines << "  #{name}: #{n}" if @enabled
  end

  # Counts over functions: instructions, call sites by kind, registers
  # boxed and unboxed. add_function takes one at a time (codegen drops
  # each function after emitting it); report_functions prints the totals.
  def add_function(f)
    return unless @enabled
    @nfuncs = 0 if @nfuncs.nil?
    if @nfuncs == 0
      @instrs = 0
      @dynamic = 0
      @direct = 0
      @switch = 0
      @boxed = 0
      @unboxed = 0
      @typed_ops = 0
    end
    @nfuncs += 1
    arm_fns = []
    f.body.each do |ins|
      op = ins.op
      next if op == IR::LABEL
      @instrs += 1
      if op == "send" || op == "sendself" || op == "vcall" || op == "sendsplat" || op == "sendselfsplat" ||
         op == "super" || op == "supersplat" || op == "dmsuper"
        @dynamic += 1
      elsif op == "arm"
        arm_fns << ins.a[2] unless arm_fns.include?(ins.a[2])
      elsif op == "call" || op == "callself" || op == "callv"
        if arm_fns.size == 1
          @direct += 1
        else
          @switch += 1
        end
        arm_fns = []
      elsif IR::TYPED_OPS.key?(op)
        @typed_ops += 1
      elsif op == "getattr" || op == "setattr" || op == "selfattr"
        @direct += 1
      end
    end
    f.regs.each { |t| t == "val" ? @boxed += 1 : @unboxed += 1 }
  end

  def report_functions
    return unless @enabled
    return count("functions", 0) if @nfuncs.nil? || @nfuncs == 0
    count("functions", @nfuncs)
    count("instructions", @instrs)
    count("call sites direct", @direct)
    count("call sites class-switch", @switch)
    count("call sites dynamic", @dynamic)
    count("typed operators", @typed_ops)
    count("registers boxed", @boxed)
    count("registers unboxed", @unboxed)
    @nfuncs = 0
  end

  def functions(funcs)
    funcs.each { |f| add_function(f) }
    report_functions
  end

  def print
    return unless @enabled
    @lines.each { |l| $stderr.puts(l) }
  end
end
