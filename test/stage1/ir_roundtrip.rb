# ir_roundtrip.rb: reads an IR file and writes it again; exits 1 if the bytes differ.
require_relative "../../stage1/ir_reader"
require_relative "../../stage1/ir_writer"

text = File.binread(ARGV[0])
prog = IRReader.new(ARGV[0], text).read_all
again = IRWriter.write(prog)
if again != text
  File.write(ARGV[0] + ".again", again)
  $stderr.puts("#{ARGV[0]}: round trip differs (see #{ARGV[0]}.again)")
  exit 1
end
