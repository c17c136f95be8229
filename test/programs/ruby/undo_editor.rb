# A line editor with undoable commands (command pattern), macros and
# catch/throw to abort a macro early.

class Buffer
  attr_reader :lines

  def initialize(text = "")
    @lines = text.lines(chomp: true)
  end

  def to_s = @lines.each_with_index.map { |l, i| format("%3d| %s", i + 1, l) }.join("\n")
end

class Command
  def self.command_name = name.sub(/Command\z/, "").gsub(/(?<!^)([A-Z])/, '_\1').downcase

  def describe = "#{self.class.command_name}(#{details})"
  def details = ""
end

class InsertCommand < Command
  def initialize(at, text)
    @at = at
    @text = text
  end

  def apply(buf) = buf.lines.insert(@at, @text)
  def undo(buf) = buf.lines.delete_at(@at)
  def details = "#{@at}, #{@text.inspect}"
end

class DeleteCommand < Command
  def initialize(at)
    @at = at
  end

  def apply(buf)
    raise IndexError, "no line #{@at + 1}" unless @at < buf.lines.size
    @removed = buf.lines.delete_at(@at)
  end

  def undo(buf) = buf.lines.insert(@at, @removed)
  def details = @at.to_s
end

class ReplaceAllCommand < Command
  def initialize(pattern, replacement)
    @pattern = pattern
    @replacement = replacement
  end

  def apply(buf)
    @before = buf.lines.map(&:dup)
    buf.lines.map! { |l| l.gsub(@pattern, @replacement) }
  end

  def undo(buf) = buf.lines.replace(@before)
  def details = "#{@pattern.inspect} -> #{@replacement.inspect}"
end

class UpcaseLineCommand < Command
  def initialize(at) = @at = at
  def apply(buf) = buf.lines[@at] = buf.lines[@at].upcase.tap { @old = buf.lines[@at] }
  def undo(buf) = buf.lines[@at] = @old
  def details = @at.to_s
end

class Editor
  attr_reader :buffer

  def initialize(text)
    @buffer = Buffer.new(text)
    @done = []
    @undone = []
  end

  def run(cmd)
    cmd.apply(@buffer)
    @done.push(cmd)
    @undone.clear
    self
  rescue IndexError => e
    puts "  ! #{cmd.describe} failed: #{e.message}"
    self
  end

  def undo
    cmd = @done.pop or return puts("  ! nothing to undo")
    cmd.undo(@buffer)
    @undone.push(cmd)
    self
  end

  def redo
    cmd = @undone.pop or return puts("  ! nothing to redo")
    cmd.apply(@buffer)
    @done.push(cmd)
    self
  end

  def history = @done.map(&:describe)

  def macro(steps)
    catch(:abort) do
      steps.each_with_index do |(name, *args), i|
        throw :abort, "aborted at step #{i + 1} (#{name})" if name == :stop
        klass = Object.const_get("#{name.to_s.split('_').map(&:capitalize).join}Command")
        run(klass.new(*args))
      end
      "macro finished (#{steps.size} steps)"
    end
  end
end

ed = Editor.new(<<~TEXT)
  The quick brown fox
  jumps over
  the lazy dog
TEXT

ed.run(InsertCommand.new(1, "-- middle --"))
ed.run(ReplaceAllCommand.new(/o/, "0"))
ed.run(UpcaseLineCommand.new(0))
puts ed.buffer
p ed.history
ed.undo.undo
puts ed.buffer
ed.redo
puts ed.buffer
ed.run(DeleteCommand.new(10))
ed.run(DeleteCommand.new(0))
ed.redo
p ed.history
3.times { ed.undo }
ed.undo
puts ed.buffer
puts ed.macro([[:insert, 0, "# title"], [:replace_all, /[aeiou]/, "*"], [:stop], [:delete, 0]])
puts ed.buffer
puts ed.macro([[:upcase_line, 1], [:delete, 3]])
puts ed.buffer
p ed.history
p [InsertCommand, ReplaceAllCommand, UpcaseLineCommand].map(&:command_name)

r = catch(:found) do
  [[1, 2], [3, 4], [5, 6]].each do |row|
    row.each { |v| throw :found, v * 100 if v > 3 }
  end
  :none
end
p r
p catch { |tag| throw tag }
p catch(:x) { 42 }
begin
  throw :nobody
rescue UncaughtThrowError => e
  p e.message, e.tag
end
