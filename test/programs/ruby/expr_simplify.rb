# Symbolic algebra on nested arrays: simplification rules written as
# case/in patterns (array, find, alternative, pin, guard), symbolic
# differentiation, and printing with minimal parentheses.
module Sym
  PREC = { :+ => 1, :- => 1, :* => 2, :/ => 2, :^ => 3 }.freeze

  module_function

  def simplify(e)
    return e unless e.is_a?(Array)
    e = [e[0], *e[1..].map { simplify(_1) }]
    case e
    in [:+, 0, x] then x
    in [:+ | :-, x, 0] then x
    in [:*, 1, x] then x
    in [:* | :/ | :^, x, 1] then x
    in [:*, 0, _] | [:*, _, 0] then 0
    in [:^, _, 0] then 1
    in [:-, x, ^x] then 0
    in [:/, x, ^x] if x != 0 then 1
    in [:+ | :- | :* => op, Integer => a, Integer => b] then a.send(op, b)
    in [:/, Integer => a, Integer => b] if b != 0 && (a % b).zero? then a / b
    in [:^, Integer => a, Integer => b] if b >= 0 then a**b
    in [:+, x, ^x] then [:*, 2, x]
    in [:*, x, ^x] then [:^, x, 2]
    in [:*, Integer => a, [:*, Integer => b, x]] then simplify([:*, a * b, x])
    in [:*, x, Integer => n] then [:*, n, x]
    in [:*, [:^, x, Integer => a], [:^, ^x, Integer => b]] then simplify([:^, x, a + b])
    in [:*, x, [:^, ^x, Integer => b]] then simplify([:^, x, b + 1])
    in [:-, 0, [:-, 0, x]] then x
    else e
    end
  end

  def fix(e)
    loop do
      nxt = simplify(e)
      return e if nxt == e
      e = nxt
    end
  end

  def d(e, v)
    case e
    in Integer then 0
    in ^v then 1
    in Symbol then 0
    in [:+ | :- => op, a, b] then [op, d(a, v), d(b, v)]
    in [:*, a, b] then [:+, [:*, d(a, v), b], [:*, a, d(b, v)]]
    in [:/, a, b] then [:/, [:-, [:*, d(a, v), b], [:*, a, d(b, v)]], [:^, b, 2]]
    in [:^, a, Integer => n] then [:*, [:*, n, [:^, a, n - 1]], d(a, v)]
    in [:sin, a] then [:*, [:cos, a], d(a, v)]
    in [:cos, a] then [:*, [:-, 0, [:sin, a]], d(a, v)]
    end
  end

  def show(e, parent = 0, right = false)
    case e
    in [:-, 0, x] then "-#{show(x, 4)}"
    in [Symbol => fn, x] then "#{fn}(#{show(x)})"
    in [op, a, b]
      p = PREC.fetch(op)
      s = "#{show(a, p, false)} #{op} #{show(b, p, true)}"
      p < parent || (p == parent && right && op != :+ && op != :*) ? "(#{s})" : s
    in Integer | Symbol then e.to_s
    end
  end

  def eval(e, env)
    case e
    in Integer then e
    in Symbol then env.fetch(e)
    in [:sin, x] then Math.sin(eval(x, env))
    in [:cos, x] then Math.cos(eval(x, env))
    in [:^, a, b] then eval(a, env)**eval(b, env)
    in [op, a, b] then eval(a, env).send(op, eval(b, env))
    end
  end

  def vars(e) = e.is_a?(Array) ? e.drop(1).flat_map { vars(_1) }.uniq.sort : (e.is_a?(Symbol) ? [e] : [])
end

EXPRS = [
  [:+, [:*, 1, :x], 0],
  [:*, [:+, 2, 3], [:-, :y, :y]],
  [:+, [:*, :x, :x], [:*, :x, :x]],
  [:*, 3, [:*, 4, :z]],
  [:*, [:^, :x, 2], [:^, :x, 3]],
  [:/, [:+, :a, :b], [:+, :a, :b]],
  [:-, :a, [:-, :b, :c]],
  [:^, [:+, :x, 1], [:-, 5, 3]],
  [:/, 12, 4],
  [:/, 7, 2],
  [:*, [:/, :a, :b], [:/, :c, :d]]
]

EXPRS.each do |e|
  s = Sym.fix(e)
  puts format("%-32s => %-16s vars=%s", Sym.show(e), Sym.show(s), Sym.vars(e).inspect)
end

FUNCS = [
  [:^, :x, 3],
  [:*, :x, [:sin, :x]],
  [:/, 1, :x],
  [:+, [:*, 3, [:^, :x, 2]], [:*, 5, :x]],
  [:cos, [:*, 2, :x]],
  [:*, :y, :x]
]
FUNCS.each do |f|
  df = Sym.fix(Sym.d(f, :x))
  val = Sym.eval(df, { x: 2, y: 10 })
  puts "d/dx #{Sym.show(f)} = #{Sym.show(df)}  at x=2: #{val.is_a?(Float) ? val.round(5) : val}"
end

deep = [:+, :x, [:+, :x, [:+, :x, [:+, :x, 0]]]]
puts Sym.show(Sym.fix(deep))

case [[:+, 1, :q], [:*, :q, 2], [:^, :r, 3]]
in [*, [:*, sym, Integer => k], *rest]
  puts "found product #{sym}*#{k}, #{rest.size} after it"
end
case { op: :+, args: [1, [:*, 2, 3]] }
in { op: :+ | :-, args: [Integer => first, [_, *inner]] } then puts "first #{first}, inner #{inner}"
end
result = ([:pow, 2, 10] in [:pow, Integer => base, Integer => exp]) && exp > 8 && base
puts "matched with guard: #{result}"
begin
  Sym.d([:tan, :x], :x)
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end
