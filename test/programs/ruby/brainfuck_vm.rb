# A Brainfuck interpreter: a tiny code generator writes programs from text,
# a compiler folds runs into [op, arg] pairs and pre-matches brackets, and
# the VM writes into a StringIO so the output can be inspected.
require "stringio"

class BFError < StandardError; end

class BF
  Instr = Struct.new(:op, :arg)

  attr_reader :code, :steps

  def initialize(source, tape_size: 300)
    @code = compile(source.delete("^+\\-<>.,[]"))
    @tape_size = tape_size
  end

  def run(input = "", out: StringIO.new, limit: 100_000)
    tape = Array.new(@tape_size, 0)
    ptr = pc = 0
    @steps = 0
    inp = StringIO.new(input)
    while pc < code.size
      @steps += 1
      raise BFError, "step limit #{limit} exceeded at pc=#{pc}" if @steps > limit
      ins = code[pc]
      case ins.op
      when :add then tape[ptr] = (tape[ptr] + ins.arg) % 256
      when :move
        ptr += ins.arg
        raise BFError, "pointer out of tape: #{ptr}" unless (0...@tape_size).cover?(ptr)
      when :out then ins.arg.times { out.putc(tape[ptr]) }
      when :in then tape[ptr] = inp.getbyte || 0
      when :open then pc = ins.arg if tape[ptr].zero?
      when :close then pc = ins.arg unless tape[ptr].zero?
      when :clear then tape[ptr] = 0
      end
      pc += 1
    end
    out
  end

  private

  def compile(src)
    out = []
    src.scan(/\[-\]|\+{1,}|-{1,}|>{1,}|<{1,}|\.+|,|\[|\]/) do |tok|
      out << case tok
             when "[-]" then Instr.new(:clear, 0)
             when /\A\+/ then Instr.new(:add, tok.size)
             when /\A-/ then Instr.new(:add, -tok.size)
             when /\A>/ then Instr.new(:move, tok.size)
             when /\A</ then Instr.new(:move, -tok.size)
             when /\A\./ then Instr.new(:out, tok.size)
             when "," then Instr.new(:in, 0)
             else Instr.new(tok == "[" ? :open : :close, nil)
             end
    end
    match_brackets(out)
  end

  def match_brackets(instrs)
    stack = []
    instrs.each_with_index do |ins, i|
      if ins.op == :open
        stack.push(i)
      elsif ins.op == :close
        j = stack.pop or raise BFError, "unmatched ] at #{i}"
        ins.arg = j
        instrs[j].arg = i
      end
    end
    raise BFError, "unmatched [ at #{stack.last}" unless stack.empty?
    instrs
  end
end

# Generates BF that prints text: for each char, move the cell by the
# difference using a 10x multiplication loop when the jump is large.
def generate(text)
  cur = 0
  text.each_byte.map do |b|
    diff = b - cur
    cur = b
    sign = diff.negative? ? "-" : "+"
    tens, ones = diff.abs.divmod(10)
    loop_part = tens.zero? ? "" : ">#{'+' * 10}[<#{sign * tens}>-]<"
    "#{loop_part}#{sign * ones}."
  end.join
end

hello = generate("Hello, BF!\n")
puts "generated #{hello.size} chars: #{hello[0, 40]}..."
vm = BF.new(hello)
puts "compiled to #{vm.code.size} instructions; ops: #{vm.code.map(&:op).tally.sort.to_h}"
io = vm.run
print io.string
puts "steps: #{vm.steps}, bytes out: #{io.string.bytesize}, pos #{io.pos}"

rev = BF.new(">,[>,]<[.<]")
puts rev.run("stressed").string.inspect

upcase = BF.new(",[#{'-' * 32}.[-],]")
puts upcase.run("kiln").string

adder = BF.new(",>,[<+>-]<" + "------------------------------------------------.")
puts adder.run("34").string

squares = BF.new("digits: ++++++++++>++++++[>++++++++<-]<[>>.+<<-]++++++++++.")
out = squares.run
puts "digits program: #{out.string.inspect}, #{squares.steps} steps, #{squares.code.size} instructions"

["[[]", "+]", "+[]", "<"].each do |bad|
  BF.new(bad).run(limit: 500)
  puts "#{bad}: ran"
rescue BFError => e
  puts "#{bad}: #{e.message}"
end

buf = StringIO.new
buf.puts "line one"
buf.print "a", "b", 3
buf << "\n" << :sym
buf.printf("%05.1f|\n", 3.14159)
buf.write("x", "y")
p buf.string, buf.string.lines.size
reader = StringIO.new("alpha\nbeta\ngamma")
p reader.gets, reader.read(3), reader.readlines, reader.eof?
reader.rewind
p reader.each_line.map(&:chomp), reader.getc
