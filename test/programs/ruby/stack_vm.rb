# a small stack-based bytecode VM with an assembler
class VM
  class VMError < StandardError; end
  OPS = {}

  def self.op(name, &body)
    OPS[name] = body
    define_method("op_#{name}", &body)
  end

  attr_reader :stack, :out

  def initialize(code)
    @code = code
    @pc = 0
    @stack = []
    @vars = {}
    @out = []
    @calls = []
  end

  op(:push) { |v| @stack.push(v) }
  op(:pop) { @stack.pop }
  op(:dup) { @stack.push(@stack.last) }
  op(:swap) { @stack[-2], @stack[-1] = @stack[-1], @stack[-2] }
  op(:add) { b, a = @stack.pop, @stack.pop; @stack.push(a + b) }
  op(:sub) { b, a = @stack.pop, @stack.pop; @stack.push(a - b) }
  op(:mul) { b, a = @stack.pop, @stack.pop; @stack.push(a * b) }
  op(:div) do
    b, a = @stack.pop, @stack.pop
    raise VMError, "division by zero at pc=#{@pc - 1}" if b.zero?
    @stack.push(a / b)
  end
  op(:lt) { b, a = @stack.pop, @stack.pop; @stack.push(a < b ? 1 : 0) }
  op(:store) { |name| @vars[name] = @stack.pop }
  op(:load) { |name| @stack.push(@vars.fetch(name) { raise VMError, "unset #{name}" }) }
  op(:jmp) { |t| @pc = t }
  op(:jz) { |t| @pc = t if @stack.pop.zero? }
  op(:call) { |t| @calls.push(@pc); @pc = t }
  op(:ret) { @pc = @calls.pop }
  op(:print) { @out << @stack.pop }
  op(:halt) { @pc = @code.size }

  def run(limit: 10_000)
    steps = 0
    while @pc < @code.size
      name, arg = @code[@pc]
      @pc += 1
      raise VMError, "unknown op #{name}" unless OPS.key?(name)
      arg.nil? ? send("op_#{name}") : send("op_#{name}", arg)
      steps += 1
      raise VMError, "step limit" if steps > limit
    end
    steps
  end
end

def assemble(src)
  labels = {}
  lines = src.lines.map(&:strip).reject { |l| l.empty? || l.start_with?("#") }
  instrs = []
  lines.each do |l|
    if l.end_with?(":") then labels[l.chomp(":")] = instrs.size
    else instrs << l.split
    end
  end
  instrs.map do |op, arg|
    val = if arg.nil? then nil
          elsif arg.match?(/\A-?\d+\z/) then arg.to_i
          elsif labels.key?(arg) then labels[arg]
          else arg
          end
    [op.to_sym, val]
  end
end

FACT = <<~ASM
  push 1
  store acc
  push 10
  store n
  loop:
  push 0
  load n
  lt
  jz done
  load acc
  load n
  mul
  store acc
  load n
  push 1
  sub
  store n
  jmp loop
  done:
  load acc
  print
  push 7
  call square
  print
  halt
  square:
  dup
  mul
  ret
ASM

code = assemble(FACT)
p code.first(5), code.size
vm = VM.new(code)
steps = vm.run
p vm.out, steps, vm.stack
p VM::OPS.keys.size, VM.instance_methods(false).grep(/\Aop_/).size
["push 1\npush 0\ndiv", "load x", "bogus", "loop:\njmp loop"].each do |src|
  VM.new(assemble(src)).run(limit: 50)
rescue VM::VMError => e
  puts "VMError: #{e.message}"
end
