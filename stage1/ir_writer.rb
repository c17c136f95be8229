# frozen_string_literal: true
# ir_writer.rb: writes an IR::Program as text (docs/ir-format.md): prologue, pools, classes, index, bodies.

require_relative "ir"

module IRWriter
  HEX = "0123456789abcdef"

  # Pool escaping: printable ASCII as is; \\ \n \t \r; \xHH for every other byte.
  def self.escape(s)
    plain = true
    s.bytes.each do |b|
      if b < 32 || b > 126 || b == 92
        plain = false
        break
      end
    end
    return s if plain
    out = "".dup
    s.bytes.each do |b|
      if b == 92
        out << "\\\\"
      elsif b == 10
        out << "\\n"
      elsif b == 9
        out << "\\t"
      elsif b == 13
        out << "\\r"
      elsif b < 32 || b > 126
        out << "\\x" << HEX[b / 16] << HEX[b % 16]
      else
        out << b.chr
      end
    end
    out
  end

  def self.operand(kind, v)
    return "_" if v < 0 && kind == "r?"
    IR::OPERAND_PREFIX[kind] + v.to_s
  end

  def self.ref_list(prefix, list)
    return "_" if list.empty?
    list.map { |x| prefix + x.to_s }.join(",")
  end

  def self.instr(out, ins)
    if ins.op == IR::LABEL
      out << "L" << ins.a[0].to_s << ":\n"
      return
    end
    spec = IR::OPCODES[ins.op]
    Errors.bug("IR writer: unknown opcode #{ins.op}") if spec.nil?
    kinds = spec[0]
    Errors.bug("IR writer: #{ins.op} takes #{kinds.size} operands, has #{ins.a.size}") if kinds.size != ins.a.size
    out << "  " << ins.op
    i = 0
    while i < kinds.size
      out << " " << operand(kinds[i], ins.a[i])
      i += 1
    end
    out << "\n"
  end

  # The text of one function section, from `func` to `end`.
  def self.function(f)
    out = "".dup
    name = f.name < 0 ? "_" : "y" + f.name.to_s
    owner = f.owner < 0 ? "_" : "c" + f.owner.to_s
    out << "func f" << f.id.to_s << " " << f.kind << " " << name << " s" << f.frame.to_s << " " << f.file.to_s << " " <<
      f.line.to_s << " " << owner << " " << ref_list("c", f.cref) << " " << f.arity.to_s << " " <<
      f.regs.size.to_s << " " << f.body.size.to_s << "\n"
    out << "regs"
    f.regs.each { |t| out << " " << t }
    out << "\n"
    f.body.each { |ins| instr(out, ins) }
    out << "end\n"
    out
  end

  # Lines from the version line through `index`.
  def self.prologue_lines(prog)
    n = 2 + prog.files.size + prog.strings.size + prog.symbols.size + prog.floats.size + prog.bigints.size + 2
    prog.classes.each { |c| n += 1 + c.ivars.size }
    n
  end

  def self.write(prog)
    out = "".dup
    out << IR::FORMAT << " " << IR::VERSION << "\n"
    out << "counts " << prog.files.size.to_s << " " << prog.strings.size.to_s << " " << prog.symbols.size.to_s << " " <<
      prog.floats.size.to_s << " " << prog.bigints.size.to_s << " " << prog.classes.size.to_s << " " <<
      prog.functions.size.to_s << "\n"
    prog.files.each { |f| out << "F " << escape(f) << "\n" }
    prog.strings.items.each { |s| out << "S " << escape(s) << "\n" }
    prog.symbols.items.each { |s| out << "Y " << escape(s) << "\n" }
    prog.floats.items.each { |s| out << "D " << s << "\n" }
    prog.bigints.items.each { |s| out << "B " << s << "\n" }
    prog.classes.each do |c|
      sup = c.super_id < 0 ? "_" : "c" + c.super_id.to_s
      out << "class c" << c.id.to_s << " " << c.kind << " " << escape(c.name) << " " << sup << " " << c.ivars.size.to_s << "\n"
      i = 0
      while i < c.ivars.size
        out << "ivar y" << c.ivars[i].to_s << " " << c.ivar_types[i] << "\n"
        i += 1
      end
    end
    bodies = prog.functions.map { |f| function(f) }
    out << "main f" << prog.main.to_s << "\n"
    out << "index\n"
    # Offsets are in bytes from the start of the bodies section; every body
    # is ASCII (pools are escaped), so a String's size is its byte size.
    offset = 0
    line = prologue_lines(prog) + bodies.size + 2
    i = 0
    while i < bodies.size
      out << "fn f" << prog.functions[i].id.to_s << " " << offset.to_s << " " << bodies[i].size.to_s << " " << line.to_s << "\n"
      offset += bodies[i].size
      line += prog.functions[i].body.size + 3
      i += 1
    end
    out << "bodies\n"
    bodies.each { |b| out << b }
    out
  end
end
