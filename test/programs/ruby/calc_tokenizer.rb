# Tokenizer plus recursive-descent parser for arithmetic with variables and functions.
class CalcError < StandardError; end

Token = Struct.new(:type, :text, :pos) do
  def to_s = "#{type}(#{text})"
end

class Lexer
  RULES = [
    [:number, /\A\d+(?:\.\d+)?(?:e[+-]?\d+)?/i],
    [:ident,  /\A[a-z_]\w*/i],
    [:op,     /\A(?:\*\*|[-+*\/%^(),=])/],
    [:space,  /\A\s+/]
  ].freeze

  def initialize(src) = @src = src

  def tokens
    pos = 0
    out = []
    rest = @src
    until rest.empty?
      type, m = RULES.lazy.map { |t, re| [t, re.match(rest)] }.find { |_, md| md }
      raise CalcError, "unexpected #{rest[0].inspect} at #{pos}" unless m
      out << Token.new(type, m[0], pos) unless type == :space
      pos += m[0].size
      rest = m.post_match
    end
    out << Token.new(:eof, "", pos)
  end
end

class Parser
  FUNCS = {
    "sqrt" => ->(x) { Math.sqrt(x) }, "max" => ->(*xs) { xs.max },
    "min" => ->(*xs) { xs.min }, "abs" => :abs.to_proc
  }.freeze

  def initialize(env) = @env = env

  def evaluate(src)
    @toks = Lexer.new(src).tokens
    @i = 0
    value = statement
    expect(:eof)
    value
  end

  private

  def peek = @toks[@i]
  def advance = (@i += 1; @toks[@i - 1])
  def accept(text) = (peek.text == text ? advance : nil)

  def expect(type_or_text)
    t = peek
    ok = type_or_text.is_a?(Symbol) ? t.type == type_or_text : t.text == type_or_text
    raise CalcError, "expected #{type_or_text} but got #{t} at #{t.pos}" unless ok
    advance
  end

  def statement
    if peek.type == :ident && @toks[@i + 1].text == "="
      name = advance.text
      advance
      @env[name] = expr
    else
      expr
    end
  end

  def expr
    v = term
    while (op = accept("+") || accept("-"))
      v = op.text == "+" ? v + term : v - term
    end
    v
  end

  def term
    v = unary
    while (op = accept("*") || accept("/") || accept("%"))
      rhs = unary
      raise CalcError, "division by zero" if op.text != "*" && rhs.zero?
      v = case op.text
          when "*" then v * rhs
          when "/" then v.is_a?(Integer) && rhs.is_a?(Integer) && (v % rhs).zero? ? v / rhs : v.fdiv(rhs)
          else v % rhs
          end
    end
    v
  end

  def unary = accept("-") ? -unary : power

  def power
    base = primary
    accept("**") || accept("^") ? base**unary : base
  end

  def primary
    t = advance
    case t.type
    when :number then t.text.match?(/[.e]/i) ? Float(t.text) : Integer(t.text)
    when :ident
      if accept("(")
        args = []
        args << expr while accept(",") || (args.empty? && peek.text != ")")
        expect(")")
        fn = FUNCS.fetch(t.text) { raise CalcError, "unknown function #{t.text}" }
        fn.call(*args)
      else
        @env.fetch(t.text) { raise CalcError, "undefined variable #{t.text}" }
      end
    else
      if t.text == "("
        v = expr
        expect(")")
        v
      else
        raise CalcError, "unexpected #{t} at #{t.pos}"
      end
    end
  end
end

p Lexer.new("x = 3.5e2 + foo(1, 2)").tokens.map(&:to_s)
env = { "pi" => 3.14159 }
calc = Parser.new(env)
["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 / 2", "8 / 2", "7 % 3",
 "x = 4", "y = x * x - 1", "sqrt(y + 1) + max(1, x, 3)", "abs(-7) + min(5, 2)",
 "2 * pi", "1.5e1 / 4", "1 / 0", "foo(1)", "z + 1", "3 +", "(1", "4 $ 4", "2 ** -1"].each do |src|
  puts "#{src.ljust(28)} => #{calc.evaluate(src).inspect}"
rescue CalcError => e
  puts "#{src.ljust(28)} !! #{e.message}"
end
p env
