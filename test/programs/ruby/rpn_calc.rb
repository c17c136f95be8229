# Reverse Polish notation calculator and infix-to-RPN (shunting yard).
class RPNError < StandardError; end

OPS = {
  "+" => [1, :left, ->(a, b) { a + b }],
  "-" => [1, :left, ->(a, b) { a - b }],
  "*" => [2, :left, ->(a, b) { a * b }],
  "/" => [2, :left, ->(a, b) { raise RPNError, "division by zero" if b.zero?; a / b }],
  "^" => [3, :right, ->(a, b) { a**b }],
}.freeze

def tokenize(expr)
  expr.scan(%r{\d+\.\d+|\d+|[-+*/^()]})
end

def to_rpn(tokens)
  out = []
  stack = []
  tokens.each do |tok|
    case tok
    when /\A\d/
      out << tok
    when "("
      stack.push(tok)
    when ")"
      out << stack.pop while stack.any? && stack.last != "("
      raise RPNError, "mismatched parens" if stack.empty?
      stack.pop
    else
      prec, assoc, = OPS[tok]
      while (top = stack.last) && top != "(" &&
            (OPS[top][0] > prec || (OPS[top][0] == prec && assoc == :left))
        out << stack.pop
      end
      stack.push(tok)
    end
  end
  until stack.empty?
    op = stack.pop
    raise RPNError, "mismatched parens" if op == "("
    out << op
  end
  out
end

def eval_rpn(tokens)
  stack = tokens.each_with_object([]) do |tok, st|
    if OPS.key?(tok)
      b = st.pop
      a = st.pop
      raise RPNError, "stack underflow at #{tok}" if a.nil? || b.nil?
      st << OPS[tok][2].call(a, b)
    else
      st << (tok.include?(".") ? tok.to_f : tok.to_i)
    end
  end
  raise RPNError, "leftover operands: #{stack.inspect}" unless stack.size == 1
  stack.first
end

[
  "3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3",
  "(1 + 2) * (3 + 4)",
  "2 ^ 10 - 24",
  "10 / 4",
  "10.0 / 4",
  "2 ^ 3 ^ 2",
  "7 / (3 - 3)",
  "(1 + 2",
  "1 + 2)",
  "100 - 99 - 1",
].each do |expr|
  rpn = to_rpn(tokenize(expr))
  puts "#{expr.ljust(32)} => #{rpn.join(' ').ljust(30)} = #{eval_rpn(rpn)}"
rescue RPNError => e
  puts "#{expr.ljust(32)} => error: #{e.message}"
end

puts eval_rpn(%w[5 1 2 + 4 * + 3 -])
begin
  eval_rpn(%w[1 +])
rescue RPNError => e
  puts "error: #{e.message}"
end
begin
  eval_rpn(%w[1 2 3])
rescue => e
  puts "#{e.class}: #{e.message}"
end
