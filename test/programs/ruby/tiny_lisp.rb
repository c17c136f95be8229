# a tiny Lisp interpreter
class Lisp
  class LispError < StandardError; end
  class Lambda
    def initialize(params, body, env, interp) = (@params, @body, @env, @interp = params, body, env, interp)
    def call(*args) = @interp.eval(@body, Env.new(@params.zip(args).to_h, @env))
  end

  class Env
    def initialize(vars = {}, outer = nil) = (@vars, @outer = vars, outer)
    def find(k)
      return self if @vars.key?(k)
      raise LispError, "unbound symbol #{k}" unless @outer
      @outer.find(k)
    end
    def [](k) = find(k).vars[k]
    def []=(k, v)
      @vars[k] = v
    end
    def set!(k, v) = find(k).vars[k] = v
    protected
    def vars = @vars
  end

  def initialize
    @global = Env.new({
      :+ => ->(*a) { a.sum }, :- => ->(a, *b) { b.empty? ? -a : a - b.sum },
      :* => ->(*a) { a.inject(1, :*) }, :/ => ->(a, b) { a / b },
      :< => ->(a, b) { a < b }, :> => ->(a, b) { a > b }, :"=" => ->(a, b) { a == b },
      :<= => ->(a, b) { a <= b }, :car => ->(l) { l.first }, :cdr => ->(l) { l.drop(1) },
      :cons => ->(a, l) { [a] + l }, :list => ->(*a) { a }, :null? => ->(l) { l.empty? },
      :length => ->(l) { l.size }, :display => ->(x) { puts to_s(x) }
    })
  end

  def tokenize(s) = s.gsub("(", " ( ").gsub(")", " ) ").split

  def read(tokens)
    t = tokens.shift
    case t
    when "(" then
      list = []
      list << read(tokens) until tokens.first == ")"
      tokens.shift
      list
    when /\A-?\d+\z/ then t.to_i
    when /\A-?\d+\.\d+\z/ then t.to_f
    when "#t" then true
    when "#f" then false
    else t.to_sym
    end
  end

  def parse_all(src)
    toks = tokenize(src)
    forms = []
    forms << read(toks) until toks.empty?
    forms
  end

  def eval(x, env = @global)
    case x
    when Symbol then env[x]
    when Array
      op, *args = x
      case op
      when :quote then args[0]
      when :if then eval(eval(args[0], env) ? args[1] : args[2], env)
      when :define then env[args[0]] = eval(args[1], env)
      when :set! then env.set!(args[0], eval(args[1], env))
      when :lambda then Lambda.new(args[0], args[1], env, self)
      when :begin then args.map { |a| eval(a, env) }.last
      when :let
        names = args[0].map(&:first)
        vals = args[0].map { |(_, e)| eval(e, env) }
        eval(args[1], Env.new(names.zip(vals).to_h, env))
      else
        f = eval(op, env)
        f.call(*args.map { |a| eval(a, env) })
      end
    else x
    end
  end

  def to_s(x)
    case x
    when Array then "(#{x.map { |e| to_s(e) }.join(' ')})"
    when true then "#t"
    when false then "#f"
    when Lambda then "#<lambda>"
    else x.to_s
    end
  end

  def run(src) = parse_all(src).map { |f| eval(f) }.last
end

lisp = Lisp.new
programs = [
  "(+ 1 2 3)", "(define sq (lambda (x) (* x x))) (sq 12)",
  "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1)))))) (fact 25)",
  "(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l)))))) (map sq (list 1 2 3 4))",
  "(let ((a 3) (b 4)) (+ (sq a) (sq b)))",
  "(define counter 0) (define inc (lambda () (set! counter (+ counter 1)))) (begin (inc) (inc) (inc) counter)",
  "(define make-adder (lambda (n) (lambda (x) (+ x n)))) ((make-adder 10) 5)",
  "(quote (a b (c d)))", "(length (list 1 2 3))", "(= 3 3)", "(< 5 2)", "(- 5)", "(/ 7 2.0)",
  "(display (list 1 #t (quote x)))", "(undefined-thing 1)", "(car (cdr (list 1 2 3)))"
]
programs.each do |src|
  puts "#{src[0, 40].ljust(40)} => #{lisp.to_s(lisp.run(src))}"
rescue Lisp::LispError => e
  puts "error: #{e.message}"
end
