# A tiny language: tokenizer, precedence-climbing parser to an AST, tree-walking evaluator.
class LangError < StandardError; end
class ParseFailure < LangError; end
class UndefinedVariable < LangError; end

class Lexer
  TOKEN = /\s*(?:(\d+)|(let|print|if|then|else|end|while|do)\b|([a-z_]\w*)|(==|!=|<=|>=|[-+*\/%<>=();]))/

  def initialize(src)
    @src = src
  end

  def tokens
    out = []
    pos = 0
    while pos < @src.size
      m = TOKEN.match(@src, pos)
      break if m.nil? || m.begin(0) != pos
      if m[1] then out << [:num, m[1].to_i]
      elsif m[2] then out << [:kw, m[2]]
      elsif m[3] then out << [:id, m[3]]
      else out << [:op, m[4]]
      end
      pos = m.end(0)
    end
    rest = @src[pos..].strip
    raise ParseFailure, "unexpected #{rest[0, 10].inspect}" unless rest.empty?
    out
  end
end

class Parser
  PREC = { "==" => 1, "!=" => 1, "<" => 2, ">" => 2, "<=" => 2, ">=" => 2, "+" => 3, "-" => 3, "*" => 4, "/" => 4, "%" => 4 }.freeze

  def initialize(tokens)
    @toks = tokens
    @i = 0
  end

  def peek = @toks[@i]
  def advance = (@i += 1; @toks[@i - 1])

  def expect(type, val)
    t = advance
    raise ParseFailure, "expected #{val}, got #{t ? t[1] : 'EOF'}" unless t && t[0] == type && t[1] == val
  end

  def program(stop = [])
    stmts = []
    while peek && !stop.include?(peek[1])
      stmts << statement
      advance if peek == [:op, ";"]
    end
    [:block, stmts]
  end

  def statement
    case peek
    when [:kw, "let"]
      advance
      name = advance[1]
      expect(:op, "=")
      [:assign, name, expr]
    when [:kw, "print"]
      advance
      [:print, expr]
    when [:kw, "if"]
      advance
      cond = expr
      expect(:kw, "then")
      yes = program(%w[else end])
      no = [:block, []]
      no = (advance; program(%w[end])) if peek == [:kw, "else"]
      expect(:kw, "end")
      [:if, cond, yes, no]
    when [:kw, "while"]
      advance
      cond = expr
      expect(:kw, "do")
      body = program(%w[end])
      expect(:kw, "end")
      [:while, cond, body]
    else
      expr
    end
  end

  def expr(min = 1)
    left = atom
    while (t = peek) && t[0] == :op && PREC[t[1]] && PREC[t[1]] >= min
      op = advance[1]
      left = [:bin, op, left, expr(PREC[op] + 1)]
    end
    left
  end

  def atom
    t = advance
    case t
    in [:num, n] then [:num, n]
    in [:id, name] then [:var, name]
    in [:op, "("]
      e = expr
      expect(:op, ")")
      e
    in [:op, "-"] then [:bin, "-", [:num, 0], atom]
    else raise ParseFailure, "unexpected #{t.inspect}"
    end
  end
end

class Evaluator
  def initialize(out) = (@env = {}; @out = out)

  def run(node)
    type, *args = node
    case type
    when :block then args[0].reduce(nil) { |_, s| run(s) }
    when :num then args[0]
    when :var then @env.fetch(args[0]) { raise UndefinedVariable, "undefined variable #{args[0]}" }
    when :assign then @env[args[0]] = run(args[1])
    when :print then @out << run(args[0]).to_s
    when :if then run(args[0]) != 0 ? run(args[1]) : run(args[2])
    when :while
      run(args[1]) while run(args[0]) != 0
    when :bin
      a = run(args[1])
      b = run(args[2])
      r = a.public_send(args[0], b)
      r == true ? 1 : r == false ? 0 : r
    end
  end
end

PROGRAMS = [
  "let x = 6; let y = 7; print x * y",
  "let n = 10; let a = 0; let b = 1; while n > 0 do let t = a + b; let a = b; let b = t; let n = n - 1 end; print a",
  "let i = 1; while i <= 15 do if i % 15 == 0 then print 0 else if i % 3 == 0 then print 3 else print i end end; let i = i + 1 end",
  "print (2 + 3) * -4 - 10 / 3",
  "print undefined_thing",
  "let = 5",
  "print 3 $ 4",
]
PROGRAMS.each do |src|
  out = []
  begin
    ast = Parser.new(Lexer.new(src).tokens).program
    Evaluator.new(out).run(ast)
    puts "ok:    #{out.join(' ')}"
  rescue LangError => e
    puts "error: #{e.class}: #{e.message}"
  end
end
