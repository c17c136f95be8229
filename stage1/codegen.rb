# frozen_string_literal: true
# codegen.rb: kiln-codegen, IR file in, C file out, one function at a time.
#
#   ruby stage1/codegen.rb [--emit-stats] [-g] APP.ir APP.c   (-g: `#line` directives)

require_relative "errors"
require_relative "ir_reader"
require_relative "codegen_c"
require_relative "stats"

def codegen_main(argv)
  stats = Stats.new(argv.include?("--emit-stats"))
  debug = argv.include?("-g")
  files = argv.reject { |a| a == "--emit-stats" || a == "-g" }
  if files.size != 2
    $stderr.puts("usage: codegen.rb [--emit-stats] [-g] APP.ir APP.c")
    return 2
  end
  begin
    reader = stats.pass("read-ir-prologue") { IRReader.read_file(files[0]) }
    c = stats.pass("emit-c") { CodegenC.new(reader, debug).run { |f| stats.add_function(f) } }
    stats.report_functions
    stats.count("bytes of C", c.size)
    File.write(files[1], c)
  rescue KilnError => e
    $stderr.puts(e.report)
    return 1
  rescue KilnBug => e
    $stderr.puts(files[0] + ": " + e.message)
    return 3
  end
  stats.print
  0
end

exit(codegen_main(ARGV))
