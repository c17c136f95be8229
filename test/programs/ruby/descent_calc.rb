# Tokenizer + recursive-descent parser + evaluator for arithmetic with variables.
Token = Struct.new(:type, :value, :pos) do
  def to_s = "#{type}(#{value})"
end

class ParseError < StandardError
  attr_reader :pos

  def initialize(msg, pos)
    super("#{msg} at #{pos}")
    @pos = pos
  end
end

class Lexer
  RULES = [
    [:num, /\A\d+(\.\d+)?/],
    [:ident, /\A[a-z_]\w*/],
    [:op, %r{\A(\*\*|[-+*/%^()=,])}],
    [:space, /\A\s+/],
  ].freeze

  def initialize(src) = @src = src

  def tokens
    out = []
    pos = 0
    rest = @src
    until rest.empty?
      type, m = RULES.lazy.map { |t, re| [t, re.match(rest)] }.find { |_, md| md }
      raise ParseError.new("unexpected #{rest[0].inspect}", pos) unless m

      text = m[0]
      out << Token.new(type, type == :num ? (text.include?(".") ? text.to_f : text.to_i) : text, pos) unless type == :space
      pos += text.length
      rest = m.post_match
    end
    out << Token.new(:eof, nil, pos)
  end
end

class Parser
  FUNCS = { "max" => ->(*a) { a.max }, "min" => ->(*a) { a.min }, "abs" => ->(x) { x.abs } }.freeze

  def initialize(tokens, env)
    @toks = tokens
    @i = 0
    @env = env
  end

  def parse
    v = statement
    expect_type(:eof)
    v
  end

  private

  def peek = @toks[@i]
  def advance = (@i += 1; @toks[@i - 1])

  def accept(value)
    return false unless peek.value == value

    advance
    true
  end

  def expect(value)
    accept(value) || raise(ParseError.new("expected #{value.inspect} got #{peek.value.inspect}", peek.pos))
  end

  def expect_type(t)
    raise ParseError.new("trailing #{peek}", peek.pos) unless peek.type == t
  end

  def statement
    if peek.type == :ident && @toks[@i + 1].value == "="
      name = advance.value
      advance
      @env[name] = expr
    else
      expr
    end
  end

  def expr
    v = term
    while %w[+ -].include?(peek.value)
      op = advance.value
      v = op == "+" ? v + term : v - term
    end
    v
  end

  def term
    v = power
    while %w[* / %].include?(peek.value)
      op = advance.value
      rhs = power
      raise ZeroDivisionError, "division by zero in expression" if rhs.zero? && op != "*"

      v = v.send(op, rhs)
    end
    v
  end

  def power
    base = unary
    return base unless accept("**") || accept("^")

    base**power
  end

  def unary = accept("-") ? -unary : primary

  def primary
    tok = advance
    case tok.type
    when :num then tok.value
    when :ident
      if accept("(")
        args = [expr]
        args << expr while accept(",")
        expect(")")
        fn = FUNCS.fetch(tok.value) { raise ParseError.new("unknown function #{tok.value}", tok.pos) }
        fn.call(*args)
      else
        @env.fetch(tok.value) { raise ParseError.new("undefined variable #{tok.value}", tok.pos) }
      end
    else
      if tok.value == "("
        v = expr
        expect(")")
        v
      else
        raise ParseError.new("unexpected #{tok}", tok.pos)
      end
    end
  end
end

env = {}
inputs = [
  "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 % 4", "y = x * 2.5",
  "max(x, y, 4) - min(1, -x)", "abs(-10) / 4", "10 / 4.0", "1 / 0", "2 +", "foo(1)",
  "z + 1", "3 $ 4", "(1 + 2", "1 2",
]
inputs.each do |src|
  result = Parser.new(Lexer.new(src).tokens, env).parse
  puts "#{src.ljust(26)} => #{result.inspect}"
rescue ParseError, ZeroDivisionError => e
  puts "#{src.ljust(26)} !! #{e.class.name}: #{e.message}"
end
p env
puts Lexer.new("a=1+22").tokens.join(" ")
