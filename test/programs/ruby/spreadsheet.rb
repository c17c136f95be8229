# a spreadsheet with formulas, dependency tracking, and cycle detection
class Sheet
  class CycleError < StandardError; end
  REF = /\b([A-Z])(\d+)\b/

  def initialize = (@cells, @cache = {}, {})

  def []=(ref, raw)
    @cells[ref] = raw
    @cache.clear
  end

  def [](ref) = evaluate(ref, [])

  def evaluate(ref, stack)
    raise CycleError, "cycle: #{(stack + [ref]).join(' -> ')}" if stack.include?(ref)
    return @cache[ref] if @cache.key?(ref)
    raw = @cells.fetch(ref, "")
    @cache[ref] = if raw.is_a?(Numeric) then raw
                  elsif raw.start_with?("=") then formula(raw[1..], stack + [ref])
                  elsif raw.match?(/\A-?\d+(\.\d+)?\z/) then raw.include?(".") ? raw.to_f : raw.to_i
                  else raw
                  end
  end

  def formula(expr, stack)
    expr = expr.gsub(/(SUM|AVG|MAX|MIN)\(([A-Z]\d+):([A-Z]\d+)\)/) do
      fn, from, to = $1, $2, $3
      vals = range(from, to).map { |r| evaluate(r, stack) }.grep(Numeric)
      res = case fn
            when "SUM" then vals.sum
            when "AVG" then vals.empty? ? 0 : vals.sum.fdiv(vals.size)
            when "MAX" then vals.max
            else vals.min
            end
      res.to_s
    end
    tokens = expr.gsub(REF) { v = evaluate($&, stack); v.is_a?(Numeric) ? v.to_s : "0" }
    calc(tokens)
  end

  def range(a, b)
    (a[0]..b[0]).flat_map { |col| (a[1..].to_i..b[1..].to_i).map { |row| "#{col}#{row}" } }
  end

  def calc(s)
    toks = s.scan(/\d+\.\d+|\d+|[-+*\/()]/)
    pos = 0
    expr = nil
    factor = lambda do
      t = toks[pos]
      pos += 1
      if t == "(" then v = expr.(); pos += 1; v
      elsif t == "-" then -factor.()
      else t.include?(".") ? t.to_f : t.to_i
      end
    end
    term = lambda do
      v = factor.()
      while %w[* /].include?(toks[pos])
        op = toks[pos]
        pos += 1
        r = factor.()
        v = op == "*" ? v * r : v.fdiv(r)
      end
      v
    end
    expr = lambda do
      v = term.()
      while %w[+ -].include?(toks[pos])
        op = toks[pos]
        pos += 1
        v = op == "+" ? v + term.() : v - term.()
      end
      v
    end
    expr.()
  end

  def render(cols, rows)
    puts "    " + cols.map { |c| c.center(9) }.join("|")
    rows.each do |r|
      cells = cols.map do |c|
        v = self["#{c}#{r}"]
        (v.is_a?(Float) ? format("%.2f", v) : v.to_s).rjust(9)
      rescue CycleError
        "#CYCLE".rjust(9)
      end
      puts "#{r.to_s.rjust(3)} " + cells.join("|")
    end
  end
end

s = Sheet.new
s["A1"] = "Item"; s["B1"] = "Qty"; s["C1"] = "Price"; s["D1"] = "Total"
[["apple", 3, "0.5"], ["pear", 2, "0.75"], ["melon", 1, "3"]].each.with_index(2) do |(name, q, pr), row|
  s["A#{row}"] = name
  s["B#{row}"] = q
  s["C#{row}"] = pr
  s["D#{row}"] = "=B#{row}*C#{row}"
end
s["A5"] = "sum"; s["B5"] = "=SUM(B2:B4)"; s["D5"] = "=SUM(D2:D4)"
s["A6"] = "avg"; s["C6"] = "=AVG(C2:C4)"; s["D6"] = "=(D5 - 1) / 2 + -1"
s.render(%w[A B C D], 1..6)
s["B3"] = 10
puts "after edit: D5=#{s['D5']} B5=#{s['B5']}"
s["E1"] = "=E2+1"; s["E2"] = "=E1*2"
begin
  s["E1"]
rescue Sheet::CycleError => e
  puts e.message
end
s.render(%w[D E], 5..6)
p s["Z9"], s["A2"], s.range("A1", "B2")
