# frozen_string_literal: true
# ir_reader.rb: reads IR text: the prologue at once, then one function at a time through the index.

require_relative "ir"
require_relative "pool_escape"

class IRReader
  attr_reader :program

  def self.read_file(path)
    text = nil
    begin
      text = File.binread(path)
    rescue SystemCallError
      raise KilnError.new(path, "cannot read IR file")
    end
    IRReader.new(path, text)
  end

  # Reads the prologue (pools, classes, index); bodies are read on demand.
  def initialize(path, text)
    @path = path
    @text = text
    @lines = nil
    @pos = 0      # byte offset of the next line in text
    @lineno = 0   # number of the line last read
    @program = IR::Program.new
    @index = []   # per function: [offset, length, line], or nil when the index says `-`
    read_prologue
  end

  def function_count
    @index.size
  end

  def error(msg)
    raise KilnError.new("#{@path}:#{@lineno}", msg)
  end

  def next_line
    error("unexpected end of file") if @pos >= @text.size
    nl = @text.index("\n", @pos)
    error("last line does not end in a newline") if nl.nil?
    line = @text[@pos, nl - @pos]
    @pos = nl + 1
    @lineno += 1
    line
  end

  def fields(line, n, what)
    parts = line.split(" ")
    error("expected #{what}") if parts.size != n
    parts
  end

  def num(tok)
    error("bad number '#{tok}'") unless IRReader.integer?(tok)
    tok.to_i
  end

  def self.integer?(tok)
    return false if tok.empty?
    bytes = tok.bytes
    i = bytes[0] == 45 && bytes.size > 1 ? 1 : 0
    while i < bytes.size
      return false if bytes[i] < 48 || bytes[i] > 57
      i += 1
    end
    true
  end

  # "c12" with prefix "c" -> 12, checked against limit.
  def ref(tok, prefix, limit)
    error("expected #{prefix}N, got '#{tok}'") unless tok.start_with?(prefix) && tok.size > prefix.size
    n = num(tok[prefix.size, tok.size - prefix.size])
    error("#{tok} out of range") if n < 0 || (limit >= 0 && n >= limit)
    n
  end

  def record(prefix)
    line = next_line
    error("expected a '#{prefix.strip}' record") unless line.start_with?(prefix)
    line[prefix.size, line.size - prefix.size]
  end

  def read_prologue
    head = next_line.split(" ")
    error("not an IR file (expected '#{IR::FORMAT} #{IR::VERSION}')") if head.size != 2 || head[0] != IR::FORMAT
    error("IR format version #{head[1]} is not supported (expected #{IR::VERSION})") if head[1] != IR::VERSION
    c = fields(next_line, 8, "'counts FILES STRINGS SYMBOLS FLOATS BIGINTS CLASSES FUNCTIONS'")
    error("expected counts") if c[0] != "counts"
    p = @program
    num(c[1]).times { p.files << unescape(record("F ")) }
    num(c[2]).times { p.strings.add_unchecked(unescape(record("S "))) }
    num(c[3]).times { p.symbols.add_unchecked(unescape(record("Y "))) }
    num(c[4]).times { p.floats.add_unchecked(record("D ")) }
    num(c[5]).times { p.bigints.add_unchecked(record("B ")) }
    nclasses = num(c[6])
    nclasses.times do |i|
      t = fields(next_line, 6, "'class cN KIND NAME SUPER NIVARS'")
      error("expected class c#{i}") if t[0] != "class" || t[1] != "c#{i}"
      error("class kind must be class or module") if t[2] != "class" && t[2] != "module"
      ci = IR::ClassInfo.new(i, unescape(t[3]), t[2])
      ci.super_id = t[4] == "_" ? -1 : ref(t[4], "c", nclasses)
      num(t[5]).times do
        v = fields(next_line, 3, "'ivar yN TYPE'")
        error("expected ivar") if v[0] != "ivar"
        ci.ivars << ref(v[1], "y", p.symbols.size)
        ci.ivar_types << type(v[2])
      end
      p.classes << ci
    end
    nfuncs = num(c[7])
    m = fields(next_line, 2, "'main fN'")
    error("expected main") if m[0] != "main"
    p.main = ref(m[1], "f", nfuncs)
    error("expected 'index'") if next_line != "index"
    nfuncs.times do |i|
      t = fields(next_line, 5, "'fn fN OFFSET LENGTH LINE'")
      error("expected fn f#{i}") if t[0] != "fn" || t[1] != "f#{i}"
      if t[2] == "-"
        @index << nil
      else
        @index << [num(t[2]), num(t[3]), num(t[4])]
      end
    end
    error("expected 'bodies'") if next_line != "bodies"
    @bodies_pos = @pos
    @bodies_line = @lineno
  end

  def type(tok)
    return tok if IR::TYPES.include?(tok)
    error("unknown register type '#{tok}'")
  end

  # Reads function i. A hand-written index may say `fn fN - - -`; the
  # function is then found by scanning the bodies for `func fN`.
  def function(i)
    entry = @index[i]
    entry = locate(i) if entry.nil?
    @pos = @bodies_pos + entry[0]
    @lineno = entry[2] - 1
    error("function f#{i}: offset past the end of the file") if @pos > @text.size
    limit = @pos + entry[1]
    f = read_function(i)
    error("function f#{i} does not end where the index says") if @pos != limit
    f
  end

  def locate(i)
    @pos = @bodies_pos
    @lineno = @bodies_line
    want = "func f#{i} "
    while @pos < @text.size
      start = @pos
      line = next_line
      if line.start_with?(want)
        start_line = @lineno
        while next_line != "end"
        end
        return [start - @bodies_pos, @pos - start, start_line]
      end
    end
    error("no body for function f#{i}")
  end

  def read_function(i)
    p = @program
    h = fields(next_line, 12, "'func fN KIND NAME FRAME FILE LINE OWNER CREF ARITY NREGS NINSTRS'")
    error("expected func f#{i}") if h[0] != "func" || h[1] != "f#{i}"
    error("unknown function kind '#{h[2]}'") unless IR::FUNCTION_KINDS.include?(h[2])
    f = IR::Function.new(i, h[2])
    f.name = h[3] == "_" ? -1 : ref(h[3], "y", p.symbols.size)
    f.frame = ref(h[4], "s", p.strings.size)
    f.file = num(h[5])
    error("file #{f.file} out of range") if f.file < 0 || f.file >= p.files.size
    f.line = num(h[6])
    f.owner = h[7] == "_" ? -1 : ref(h[7], "c", p.classes.size)
    f.cref = h[8] == "_" ? [] : h[8].split(",").map { |t| ref(t, "c", p.classes.size) }
    f.arity = num(h[9])
    nregs = num(h[10])
    ninstrs = num(h[11])
    regs = next_line.split(" ")
    error("expected 'regs' with #{nregs} types") if regs.size != nregs + 1 || regs[0] != "regs"
    f.regs = Array.new(nregs)
    k = 0
    while k < nregs
      f.regs[k] = type(regs[k + 1])
      k += 1
    end
    body = Array.new(ninstrs)
    n = 0
    while true
      line = next_line
      break if line == "end"
      error("more than #{ninstrs} instructions") if n >= ninstrs
      body[n] = instr(line, f, nregs)
      n += 1
    end
    error("expected #{ninstrs} instructions, found #{n}") if n != ninstrs
    check_blocks(body)
    f.body = body
    f
  end

  # Explicit control flow: every basic block ends in a terminator, so no
  # label is fallen into and no function runs off its end.
  def check_blocks(body)
    error("function has no instructions") if body.empty?
    k = 1
    while k < body.size
      if body[k].op == IR::LABEL && !IR::TERMINATORS.key?(body[k - 1].op)
        error("label L#{body[k].a[0]} is fallen into: the block before it must end in a jump")
      end
      k += 1
    end
    error("function ends without a terminator (ret, jump...)") unless IR::TERMINATORS.key?(body[body.size - 1].op)
  end

  def instr(line, f, nregs)
    if line.end_with?(":")
      return IR::Instr.new(IR::LABEL, [ref(line[0, line.size - 1], "L", -1)])
    end
    error("instructions are indented two spaces") unless line.start_with?("  ")
    parts = line.split(" ")
    spec = IR::OPCODES[parts[0]]
    error("unknown opcode '#{parts[0]}'") if spec.nil?
    kinds = spec[0]
    error("#{parts[0]} takes #{kinds.size} operands, got #{parts.size - 1}") if parts.size != kinds.size + 1
    a = Array.new(kinds.size)
    p = @program
    j = 0
    while j < kinds.size
      k = kinds[j]
      t = parts[j + 1]
      if k == "i"
        a[j] = num(t)
      elsif k == "r?" && t == "_"
        a[j] = -1
      elsif k == "r" || k == "r?"
        a[j] = ref(t, "r", nregs)
      elsif k == "y"
        a[j] = ref(t, "y", p.symbols.size)
      elsif k == "s"
        a[j] = ref(t, "s", p.strings.size)
      elsif k == "d"
        a[j] = ref(t, "d", p.floats.size)
      elsif k == "b"
        a[j] = ref(t, "b", p.bigints.size)
      elsif k == "f"
        a[j] = ref(t, "f", @index.size)
      elsif k == "c"
        a[j] = ref(t, "c", p.classes.size)
      else
        a[j] = ref(t, k, -1)
      end
      j += 1
    end
    IR::Instr.new(parts[0], a)
  end

  # Decodes one pool line (docs/ast-format.md's escapes).
  def unescape(s)
    PoolEscape.unescape(s) || error("bad escape in string")
  end

  # The whole program with every body loaded (round-trip tests, tools).
  def read_all
    i = 0
    while i < @index.size
      @program.functions << function(i)
      i += 1
    end
    @program
  end
end
