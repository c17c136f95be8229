# frozen_string_literal: true
# analyze.rb: kiln-analyze, AST file in, IR file out: read, resolve, lower, write.
#
#   ruby stage1/analyze.rb [--emit-stats] [--dump-types] APP.ast APP.ir
#
# --dump-types prints the inferred types (docs/types.md) on stdout.

require_relative "errors"
require_relative "ast_reader"
require_relative "resolve"
require_relative "lower"
require_relative "infer"
require_relative "specialize"
require_relative "inline"
require_relative "ir_writer"
require_relative "stats"

# Literal blocks of core iterators become loops (inline.rb); inference
# then runs again on the rewritten program.
def inline_blocks(prog, inf, stats)
  inl = nil
  stats.pass("inline") { inl = BlockInliner.new(prog, inf).run }
  stats.count("blocks inlined", inl.inlined)
  stats.count("envs promoted to registers", inl.envs_promoted)
  # hash_index.rb's rewrites move instructions too: types kept per site
  # would describe the wrong sites.
  return inf if inl.inlined == 0 && inl.hash_sites.to_i == 0
  again = nil
  stats.pass("infer again") { again = Infer.new(prog).run }
  again
end

def analyze_main(argv)
  stats = Stats.new(argv.include?("--emit-stats"))
  dump = argv.include?("--dump-types")
  files = argv.reject { |a| a == "--emit-stats" || a == "--dump-types" }
  if files.size != 2
    $stderr.puts("usage: analyze.rb [--emit-stats] [--dump-types] APP.ast APP.ir")
    return 2
  end
  begin
    # Each pass's result is assigned inside its block: values returned through
    # Stats#pass would all share one type (the union of every pass's).
    ast = nil
    stats.pass("read-ast") { ast = AstReader.read_file(files[0]) }
    stats.count("nodes", ast.nodes.size)
    prog = IR::Program.new
    resolver = nil
    stats.pass("resolve") { resolver = Resolver.new(ast, prog).run }
    stats.pass("lower") { Lowerer.new(ast, prog, resolver).run }
    inf = nil
    stats.pass("infer") { inf = Infer.new(prog).run }
    stats.count("fixpoint iterations", inf.iterations)
    stats.count("allocation sites", inf.sites.size)
    inf = inline_blocks(prog, inf, stats)
    $stdout.print(inf.dump) if dump
    stats.pass("specialize") { Specializer.new(prog, inf).run }
    stats.functions(prog.functions)
    text = nil
    stats.pass("write-ir") { text = IRWriter.write(prog) }
    stats.count("bytes", text.size)
    File.write(files[1], text)
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

exit(analyze_main(ARGV))
