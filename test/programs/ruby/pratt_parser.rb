# A Pratt (top-down operator precedence) parser for arithmetic with
# variables, function calls, unary minus, right-associative ** and a ternary.
Token = Struct.new(:type, :text, :pos) do
  def to_s = "#{type}(#{text})"
end

class Lexer
  RULES = [
    [:space,  /\A\s+/],
    [:number, /\A\d+(?:\.\d+)?/],
    [:ident,  /\A[a-z_]\w*/i],
    [:op,     /\A(?:\*\*|==|!=|<=|>=|[-+*\/%^<>?:(),=])/]
  ].freeze

  def initialize(src)
    @src = src
  end

  def tokens
    pos = 0
    out = []
    until pos >= @src.size
      rest = @src[pos..]
      type, m = RULES.lazy.map { |t, re| [t, re.match(rest)] }.find { |_, md| md }
      raise ArgumentError, "unexpected #{rest[0].inspect} at #{pos}" unless m
      out << Token.new(type, m[0], pos) unless type == :space
      pos += m[0].size
    end
    out << Token.new(:eof, "", pos)
  end
end

class Parser
  class Error < StandardError; end

  INFIX = {
    "="  => [1, :right], "?" => [2, :right],
    "==" => [3, :left], "!=" => [3, :left],
    "<" => [4, :left], ">" => [4, :left], "<=" => [4, :left], ">=" => [4, :left],
    "+" => [5, :left], "-" => [5, :left],
    "*" => [6, :left], "/" => [6, :left], "%" => [6, :left],
    "**" => [8, :right], "^" => [8, :right],
    "(" => [9, :left]
  }.freeze
  PREFIX_POWER = 7

  def initialize(src)
    @tokens = Lexer.new(src).tokens
    @i = 0
  end

  def parse
    expr = expression(0)
    raise Error, "trailing #{peek.text.inspect}" unless peek.type == :eof
    expr
  end

  private

  def peek = @tokens[@i]

  def advance
    tok = @tokens[@i]
    @i += 1
    tok
  end

  def expect(text)
    tok = advance
    raise Error, "expected #{text.inspect}, got #{tok.text.inspect} at #{tok.pos}" unless tok.text == text
    tok
  end

  def expression(min_power)
    left = prefix(advance)
    loop do
      tok = peek
      power, assoc = INFIX[tok.text]
      break if tok.type != :op || power.nil? || power <= min_power
      advance
      left = infix(left, tok, assoc == :right ? power - 1 : power)
    end
    left
  end

  def prefix(tok)
    case tok
    in { type: :number, text: } then text.include?(".") ? text.to_f : text.to_i
    in { type: :ident, text: } then [:var, text.to_sym]
    in { type: :op, text: "-" } then [:neg, expression(PREFIX_POWER)]
    in { type: :op, text: "(" }
      inner = expression(0)
      expect(")")
      inner
    else
      raise Error, "unexpected #{tok.text.empty? ? 'end of input' : tok.text.inspect} at #{tok.pos}"
    end
  end

  def infix(left, tok, power)
    case tok.text
    when "(" then [:call, left, arguments]
    when "?"
      yes = expression(0)
      expect(":")
      [:if, left, yes, expression(power)]
    when "="
      raise Error, "cannot assign to #{show(left)}" unless left in [:var, Symbol]
      [:set, left[1], expression(power)]
    else [tok.text.to_sym, left, expression(power)]
    end
  end

  def arguments
    args = []
    until peek.text == ")"
      args << expression(0)
      break unless peek.text == ","
      advance
    end
    expect(")")
    args
  end

  def show(node) = Parser.show(node)

  def self.show(node)
    case node
    in [:var, name] then name.to_s
    in [:neg, x] then "(- #{show(x)})"
    in [:call, f, args] then "(#{show(f)} #{args.map { show(_1) }.join(' ')})".sub(/ \)\z/, ")")
    in [:set, name, x] then "(set #{name} #{show(x)})"
    in [:if, c, a, b] then "(if #{show(c)} #{show(a)} #{show(b)})"
    in [op, a, b] then "(#{op} #{show(a)} #{show(b)})"
    in Numeric then node.to_s
    end
  end
end

class Evaluator
  FUNCS = {
    max: ->(*xs) { xs.max }, min: ->(*xs) { xs.min },
    abs: ->(x) { x.abs }, sqrt: ->(x) { Math.sqrt(x) }
  }.freeze

  def initialize
    @env = Hash.new { |_, k| raise KeyError, "undefined variable #{k}" }
  end

  def run(node)
    case node
    in Numeric then node
    in [:var, name] then @env[name]
    in [:neg, x] then -run(x)
    in [:set, name, x] then @env[name] = run(x)
    in [:if, c, a, b] then truthy(run(c)) ? run(a) : run(b)
    in [:call, [:var, fname], args]
      fn = FUNCS.fetch(fname) { raise KeyError, "no function #{fname}" }
      fn.call(*args.map { run(_1) })
    in [:"^" | :**, a, b] then run(a)**run(b)
    in [:/, a, b]
      d = run(b)
      raise ZeroDivisionError, "division by zero in #{Parser.show(node)}" if d.zero?
      run(a) / d
    in [:== | :!= | :< | :> | :<= | :>= => op, a, b] then run(a).send(op, run(b)) ? 1 : 0
    in [op, a, b] then run(a).send(op, run(b))
    end
  end

  def truthy(v) = v != 0
end

SOURCES = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "2 ** 3 ** 2",
  "-2 ** 2",
  "10 - 4 - 3",
  "x = y = 4",
  "x * y + 1.5",
  "max(1, x, 3) + min(7, 2)",
  "abs(-7) % 4",
  "x > 3 ? 100 : 200",
  "x < 3 ? 1 : x == 4 ? 2 : 3",
  "sqrt(16) / 2",
  "7 / (y - 4)",
  "z + 1",
  "1 +",
  "3 = 4",
  "(1 + 2",
  "2 $ 3",
  "foo(1)",
  "1 2"
]

ev = Evaluator.new
SOURCES.each_with_index do |src, i|
  print format("%2d. %-28s ", i + 1, src)
  begin
    tree = Parser.new(src).parse
    print Parser.show(tree).ljust(34)
    result = ev.run(tree)
    puts "=> #{result.inspect}"
  rescue Parser::Error, ArgumentError => e
    puts "syntax error: #{e.message}"
  rescue ZeroDivisionError, KeyError => e
    puts "runtime error (#{e.class}): #{e.message}"
  end
end

puts Lexer.new("a1 <= 3.25**b").tokens.map(&:to_s).join(" ")
