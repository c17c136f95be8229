# tokenizer + recursive-descent arithmetic evaluator
class Lexer
  Token = Struct.new(:type, :value)
  PATTERNS = [
    [:num, /\A\d+(\.\d+)?/],
    [:ident, /\A[a-z_]\w*/],
    [:op, /\A(\*\*|[-+*\/%^(),=])/],
    [:space, /\A\s+/]
  ].freeze

  def initialize(src) = @src = src

  def tokens
    out = []
    rest = @src
    until rest.empty?
      type, md = PATTERNS.lazy.map { |t, re| [t, re.match(rest)] }.find { |_, m| m }
      raise ArgumentError, "bad input at #{rest[0, 5].inspect}" unless md
      text = md[0]
      out << Token.new(type, type == :num ? (text.include?(".") ? text.to_f : text.to_i) : text) unless type == :space
      rest = rest[text.size..]
    end
    out
  end
end

class Parser
  FUNCS = { "max" => ->(*a) { a.max }, "min" => ->(*a) { a.min }, "abs" => ->(x) { x.abs }, "sqrt" => ->(x) { Math.sqrt(x) } }

  def initialize(tokens, env) = (@t, @i, @env = tokens, 0, env)

  def parse
    v = statement
    raise ArgumentError, "trailing #{peek.value}" if peek
    v
  end

  private

  def peek = @t[@i]
  def advance = (@i += 1; @t[@i - 1])
  def accept(v) = peek&.value == v ? advance : nil
  def expect(v) = accept(v) || raise(ArgumentError, "expected #{v}")

  def statement
    if peek&.type == :ident && @t[@i + 1]&.value == "="
      name = advance.value
      advance
      @env[name] = expr
    else
      expr
    end
  end

  def expr
    v = term
    while (op = accept("+") || accept("-"))
      v = op.value == "+" ? v + term : v - term
    end
    v
  end

  def term
    v = power
    while (op = accept("*") || accept("/") || accept("%"))
      r = power
      v = case op.value
          when "*" then v * r
          when "/" then r.is_a?(Integer) && v.is_a?(Integer) && (v % r).nonzero? ? v.fdiv(r) : v / r
          else v % r
          end
    end
    v
  end

  def power
    base = unary
    accept("**") || accept("^") ? base**power : base
  end

  def unary = accept("-") ? -unary : primary

  def primary
    tok = advance or raise ArgumentError, "unexpected end"
    case tok.type
    when :num then tok.value
    when :ident
      if accept("(")
        args = [expr]
        args << expr while accept(",")
        expect(")")
        FUNCS.fetch(tok.value) { raise ArgumentError, "unknown function #{tok.value}" }.call(*args)
      else
        @env.fetch(tok.value) { raise ArgumentError, "undefined #{tok.value}" }
      end
    else
      raise ArgumentError, "unexpected #{tok.value}" unless tok.value == "("
      v = expr
      expect(")")
      v
    end
  end
end

env = {}
[
  "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-4 + 10 / 4", "10 / 5", "7 % 3",
  "x = 5", "y = x * 2 + 1", "max(x, y, 3) - min(4, 2)", "sqrt(16) + abs(-3)",
  "1.5 * 4", "2 ^ 10", "(1 + 2", "1 + * 2", "foo(1)", "z + 1", "3 $ 4", "1 2"
].each do |src|
  val = Parser.new(Lexer.new(src).tokens, env).parse
  puts "#{src.ljust(26)} => #{val}"
rescue ArgumentError, ZeroDivisionError => e
  puts "#{src.ljust(26)} !! #{e.message}"
end
p env
p Lexer.new("a=1").tokens.map(&:to_a)
