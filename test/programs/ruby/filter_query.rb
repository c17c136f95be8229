# A tiny query language: tokenizer with StringScanner-free regex scanning,
# a recursive-descent parser building an AST of Structs, and an evaluator
# that filters records. Syntax errors report the column.

Token = Struct.new(:type, :value, :pos)
Cmp = Struct.new(:field, :op, :value)
And = Struct.new(:left, :right)
Or = Struct.new(:left, :right)
Not = Struct.new(:expr)

class ParseError < StandardError; end

TOKEN_RE = /\s*(?:(?<num>-?\d+(?:\.\d+)?)|(?<str>"[^"]*")|(?<op>==|!=|<=|>=|<|>|~)|(?<lp>\()|(?<rp>\))|(?<word>[A-Za-z_]\w*))/

def tokenize(src)
  tokens = []
  pos = 0
  while pos < src.size
    break if src[pos..].strip.empty?

    m = TOKEN_RE.match(src, pos)
    raise ParseError, "unexpected #{src[pos..].strip[0].inspect} at column #{pos + 1}" unless m && m.begin(0) == pos

    start = m.begin(0) + m[0][/\A\s*/].size
    if m[:num] then tokens << Token.new(:num, m[:num].include?(".") ? m[:num].to_f : m[:num].to_i, start)
    elsif m[:str] then tokens << Token.new(:str, m[:str][1..-2], start)
    elsif m[:op] then tokens << Token.new(:op, m[:op], start)
    elsif m[:lp] then tokens << Token.new(:lparen, "(", start)
    elsif m[:rp] then tokens << Token.new(:rparen, ")", start)
    else
      word = m[:word]
      type = %w[and or not].include?(word.downcase) ? word.downcase.to_sym : :ident
      tokens << Token.new(type, word, start)
    end
    pos = m.end(0)
  end
  tokens << Token.new(:eof, nil, src.size)
end

class Parser
  def initialize(src)
    @tokens = tokenize(src)
    @i = 0
  end

  def parse
    expr = parse_or
    expect(:eof)
    expr
  end

  private

  def peek = @tokens[@i]
  def advance = (@i += 1; @tokens[@i - 1])

  def expect(type)
    tok = peek
    raise ParseError, "expected #{type} but found #{tok.value.inspect} at column #{tok.pos + 1}" unless tok.type == type

    advance
  end

  def parse_or
    left = parse_and
    left = Or.new(left, (advance; parse_and)) while peek.type == :or
    left
  end

  def parse_and
    left = parse_not
    left = And.new(left, (advance; parse_not)) while peek.type == :and
    left
  end

  def parse_not
    return Not.new((advance; parse_not)) if peek.type == :not

    parse_atom
  end

  def parse_atom
    if peek.type == :lparen
      advance
      inner = parse_or
      expect(:rparen)
      return inner
    end
    field = expect(:ident).value.to_sym
    op = expect(:op).value
    tok = advance
    raise ParseError, "expected a value at column #{tok.pos + 1}" unless %i[num str].include?(tok.type)

    Cmp.new(field, op, tok.value)
  end
end

def evaluate(node, rec)
  case node
  in Cmp[field, "~", String => pat] then rec[field].to_s.include?(pat)
  in Cmp[field, op, value] then rec[field].public_send(op, value)
  in And[l, r] then evaluate(l, rec) && evaluate(r, rec)
  in Or[l, r] then evaluate(l, rec) || evaluate(r, rec)
  in Not[e] then !evaluate(e, rec)
  end
end

def show(node)
  case node
  when Cmp then "#{node.field} #{node.op} #{node.value.inspect}"
  when And then "(#{show(node.left)} AND #{show(node.right)})"
  when Or then "(#{show(node.left)} OR #{show(node.right)})"
  when Not then "NOT #{show(node.expr)}"
  end
end

BOOKS = [
  { title: "Dune", author: "Herbert", year: 1965, rating: 4.3 },
  { title: "Neuromancer", author: "Gibson", year: 1984, rating: 3.9 },
  { title: "Hyperion", author: "Simmons", year: 1989, rating: 4.2 },
  { title: "Foundation", author: "Asimov", year: 1951, rating: 4.2 },
  { title: "The Left Hand of Darkness", author: "Le Guin", year: 1969, rating: 4.1 },
  { title: "Snow Crash", author: "Stephenson", year: 1992, rating: 4.0 },
]

queries = [
  'year < 1970 and rating >= 4.2',
  'author == "Gibson" or title ~ "Crash"',
  'not (year > 1980) and not title ~ "The"',
  '(rating > 4 or year >= 1990) and author != "Asimov"',
  'year <',
  'title ~ "x" or',
  'year == 1965 )',
  'rating > 4 & year',
]

queries.each do |q|
  ast = Parser.new(q).parse
  hits = BOOKS.select { |b| evaluate(ast, b) }.map { |b| b[:title] }
  puts "#{q}\n  => #{show(ast)}\n  => #{hits.inspect}"
rescue ParseError => e
  puts "#{q}\n  !! #{e.message}"
end
p tokenize('a >= -2.5 and b ~ "q"').map { |t| [t.type, t.value] }
