# interpreter: a tokenizer, recursive-descent parser and tree-walking evaluator for a tiny language.
Token = Struct.new(:type, :value, :line)

class Lexer
  KEYWORDS = %w[fn let if else while return print].freeze
  OPERATORS = %w[== != <= >= && || + - * / % < > = ( ) { } , ;].freeze

  def initialize(source)
    @source = source
    @pos = 0
    @line = 1
  end

  def tokens
    result = []
    while (token = next_token)
      result << token
    end
    result << Token.new(:eof, nil, @line)
  end

  private

  def next_token
    skip_space
    return nil if @pos >= @source.size

    char = @source[@pos]
    if char.match?(/\d/)
      start = @pos
      @pos += 1 while @pos < @source.size && @source[@pos].match?(/\d/)
      Token.new(:int, @source[start...@pos].to_i, @line)
    elsif char.match?(/[a-z_]/)
      start = @pos
      @pos += 1 while @pos < @source.size && @source[@pos].match?(/\w/)
      word = @source[start...@pos]
      Token.new(KEYWORDS.include?(word) ? word.to_sym : :ident, word, @line)
    else
      op = OPERATORS.find { |candidate| @source[@pos, candidate.size] == candidate }
      raise "line #{@line}: unexpected #{char.inspect}" unless op

      @pos += op.size
      Token.new(:op, op, @line)
    end
  end

  def skip_space
    while @pos < @source.size
      char = @source[@pos]
      if char == "\n"
        @line += 1
      elsif char == "#"
        @pos += 1 while @pos < @source.size && @source[@pos] != "\n"
        next
      elsif char != " "
        break
      end
      @pos += 1
    end
  end
end

# AST nodes: each knows how to evaluate itself in an environment.
class Num
  def initialize(value)
    @value = value
  end

  def evaluate(_env) = @value
end

class Var
  def initialize(name)
    @name = name
  end

  def evaluate(env) = env.lookup(@name)
end

class BinOp
  def initialize(op, left, right)
    @op = op
    @left = left
    @right = right
  end

  def evaluate(env)
    case @op
    when "&&" then truthy(@left.evaluate(env)) && truthy(@right.evaluate(env)) ? 1 : 0
    when "||" then truthy(@left.evaluate(env)) || truthy(@right.evaluate(env)) ? 1 : 0
    else
      a = @left.evaluate(env)
      b = @right.evaluate(env)
      case @op
      when "+" then a + b
      when "-" then a - b
      when "*" then a * b
      when "/" then a / b
      when "%" then a % b
      when "<" then a < b ? 1 : 0
      when ">" then a > b ? 1 : 0
      when "<=" then a <= b ? 1 : 0
      when ">=" then a >= b ? 1 : 0
      when "==" then a == b ? 1 : 0
      when "!=" then a != b ? 1 : 0
      end
    end
  end

  private

  def truthy(value) = value != 0
end

class Call
  def initialize(name, args)
    @name = name
    @args = args
  end

  def evaluate(env)
    function = env.function(@name)
    values = @args.map { |arg| arg.evaluate(env) }
    function.invoke(values, env)
  end
end

class ReturnSignal < StandardError
  attr_reader :value

  def initialize(value)
    @value = value
    super("return")
  end
end

Let = Struct.new(:name, :expr) do
  def execute(env) = env.define(name, expr.evaluate(env))
end

Assign = Struct.new(:name, :expr) do
  def execute(env) = env.assign(name, expr.evaluate(env))
end

If = Struct.new(:cond, :then_body, :else_body) do
  def execute(env)
    if cond.evaluate(env) != 0
      then_body.each { |stmt| stmt.execute(env) }
    elsif else_body
      else_body.each { |stmt| stmt.execute(env) }
    end
  end
end

While = Struct.new(:cond, :body) do
  def execute(env)
    body.each { |stmt| stmt.execute(env) } while cond.evaluate(env) != 0
  end
end

Return = Struct.new(:expr) do
  def execute(env) = raise(ReturnSignal.new(expr.evaluate(env)))
end

Print = Struct.new(:expr) do
  def execute(env) = env.output << expr.evaluate(env).to_s
end

ExprStmt = Struct.new(:expr) do
  def execute(env) = expr.evaluate(env)
end

Function = Struct.new(:params, :body) do
  def invoke(args, caller_env)
    env = Environment.new(caller_env.globals)
    params.each_with_index { |param, i| env.define(param, args[i]) }
    body.each { |stmt| stmt.execute(env) }
    0
  rescue ReturnSignal => signal
    signal.value
  end
end

class Environment
  attr_reader :globals, :output

  def initialize(globals = nil)
    @vars = {}
    @globals = globals || self
    @functions = globals ? nil : {}
    @output = globals ? globals.output : []
  end

  def define(name, value) = @vars[name] = value
  def function(name) = @globals.functions.fetch(name)
  def functions = @functions
  def define_function(name, function) = @functions[name] = function

  def lookup(name)
    @vars.fetch(name) { @globals.equal?(self) ? raise("undefined variable #{name}") : @globals.lookup(name) }
  end

  def assign(name, value)
    if @vars.key?(name) || @globals.equal?(self)
      @vars[name] = value
    else
      @globals.assign(name, value)
    end
  end
end

class Parser
  PRECEDENCE = {
    "||" => 1, "&&" => 2, "==" => 3, "!=" => 3, "<" => 4, ">" => 4, "<=" => 4, ">=" => 4,
    "+" => 5, "-" => 5, "*" => 6, "/" => 6, "%" => 6
  }.freeze

  def initialize(tokens)
    @tokens = tokens
    @pos = 0
  end

  def parse_program(env)
    statements = []
    until peek.type == :eof
      if peek.type == :fn
        advance
        name = expect(:ident).value
        params = parse_list("(", ")") { expect(:ident).value }
        env.define_function(name, Function.new(params, parse_block))
      else
        statements << parse_statement
      end
    end
    statements
  end

  private

  def peek = @tokens[@pos]

  def advance
    token = @tokens[@pos]
    @pos += 1
    token
  end

  def expect(type, value = nil)
    token = advance
    if token.type != type || (value && token.value != value)
      raise "line #{token.line}: expected #{value || type}, got #{token.value.inspect}"
    end

    token
  end

  def op?(value) = peek.type == :op && peek.value == value

  def parse_list(open, close)
    expect(:op, open)
    items = []
    until op?(close)
      items << yield
      expect(:op, ",") unless op?(close)
    end
    expect(:op, close)
    items
  end

  def parse_block
    expect(:op, "{")
    body = []
    body << parse_statement until op?("}")
    expect(:op, "}")
    body
  end

  def parse_statement
    case peek.type
    when :let
      advance
      name = expect(:ident).value
      expect(:op, "=")
      finish(Let.new(name, parse_expression))
    when :if
      advance
      cond = parse_expression
      then_body = parse_block
      else_body = nil
      if peek.type == :else
        advance
        else_body = peek.type == :if ? [parse_statement] : parse_block
      end
      If.new(cond, then_body, else_body)
    when :while
      advance
      While.new(parse_expression, parse_block)
    when :return
      advance
      finish(Return.new(parse_expression))
    when :print
      advance
      finish(Print.new(parse_expression))
    else
      if peek.type == :ident && @tokens[@pos + 1].value == "="
        name = advance.value
        advance
        finish(Assign.new(name, parse_expression))
      else
        finish(ExprStmt.new(parse_expression))
      end
    end
  end

  def finish(statement)
    expect(:op, ";")
    statement
  end

  def parse_expression(min_precedence = 1)
    left = parse_primary
    loop do
      token = peek
      precedence = token.type == :op && PRECEDENCE[token.value]
      break unless precedence && precedence >= min_precedence

      advance
      left = BinOp.new(token.value, left, parse_expression(precedence + 1))
    end
    left
  end

  def parse_primary
    token = advance
    case token.type
    when :int then Num.new(token.value)
    when :ident
      op?("(") ? Call.new(token.value, parse_list("(", ")") { parse_expression }) : Var.new(token.value)
    when :op
      if token.value == "("
        expr = parse_expression
        expect(:op, ")")
        expr
      elsif token.value == "-"
        BinOp.new("-", Num.new(0), parse_primary)
      else
        raise "line #{token.line}: unexpected #{token.value}"
      end
    else
      raise "line #{token.line}: unexpected #{token.type}"
    end
  end
end

SOURCE = <<~PROGRAM
  # recursive Fibonacci
  fn fib(n) {
    if n < 2 { return n; }
    return fib(n - 1) + fib(n - 2);
  }

  # trial-division primality test
  fn is_prime(n) {
    if n < 2 { return 0; }
    let d = 2;
    while d * d <= n {
      if n % d == 0 { return 0; }
      d = d + 1;
    }
    return 1;
  }

  fn gcd(a, b) {
    while b != 0 {
      let t = b;
      b = a % b;
      a = t;
    }
    return a;
  }

  print fib(21);

  let count = 0;
  let i = 0;
  while i < 30000 {
    count = count + is_prime(i);
    i = i + 1;
  }
  print count;

  let total = 0;
  let a = 1;
  while a <= 200 {
    let b = 1;
    while b <= 200 {
      if gcd(a, b) == 1 && (a + b) % 2 == 1 { total = total + 1; }
      b = b + 1;
    }
    a = a + 1;
  }
  print total;
PROGRAM

globals = Environment.new
statements = Parser.new(Lexer.new(SOURCE).tokens).parse_program(globals)
statements.each { |statement| statement.execute(globals) }
puts globals.output.join("\n")
