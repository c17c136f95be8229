# Rendering an invoice and a letter with squiggly heredocs: interpolation,
# method calls on heredocs, several heredocs on one line, nested
# interpolated heredocs, and a raw (single-quoted) heredoc.

LineItem = Struct.new(:sku, :desc, :qty, :unit)

class Invoice
  TAX = 0.0825

  def initialize(number, customer, items)
    @number, @customer, @items = number, customer, items
  end

  def subtotal = @items.sum { |i| i.qty * i.unit }
  def tax = (subtotal * TAX).round(2)
  def total = subtotal + tax

  def lines
    @items.map do |i|
      format("%-8s %-22s %3d x %8.2f = %9.2f", i.sku, i.desc, i.qty, i.unit, i.qty * i.unit)
    end
  end

  def render
    <<~TEXT
      INVOICE ##{@number}
      Bill to: #{@customer[:name]}
               #{@customer[:street]}
               #{@customer[:city]}

      #{lines.join("\n")}
      #{"-" * 58}
      #{"Subtotal:".rjust(46)} #{format("%11.2f", subtotal)}
      #{"Tax (#{(TAX * 100).round(2)}%):".rjust(46)} #{format("%11.2f", tax)}
      #{"TOTAL:".rjust(46)} #{format("%11.2f", total)}
    TEXT
  end
end

items = [
  LineItem.new("W-100", "Widget, large", 4, 19.99),
  LineItem.new("G-220", "Gadget (blue)", 1, 149.5),
  LineItem.new("S-005", "Shipping", 1, 12),
]
customer = { name: "Ada Lovelace", street: "12 Analytical Way", city: "London" }
inv = Invoice.new(1042, customer, items)
puts inv.render

letter = <<~LETTER.lines.map(&:rstrip).reject(&:empty?).map { |l| "> #{l}" }.join("\n")
  Dear #{customer[:name].split.first},

    Thank you for order ##{1042}.
  Your total comes to $#{"%.2f" % inv.total}.
LETTER
puts letter

def section(title, body)
  <<~SEC
    == #{title.upcase} ==
    #{body}
  SEC
end

a, b = <<~ONE, <<~TWO
  first heredoc
    indented line
ONE
  second heredoc
TWO
p a, b

raw = <<~'RAW'
  no #{interpolation} here\n
  backslashes \t stay
RAW
p raw

nested = section("notes", <<~NOTES.chomp)
  * #{items.size} items
  * heaviest: #{items.max_by(&:unit).desc}
NOTES
puts nested

sql = <<-SQL.strip.gsub(/\s+/, " ")
    SELECT sku, qty
      FROM line_items
     WHERE invoice = #{1042}
    SQL
p sql

table = items.map.with_index(1) do |it, n|
  <<~ROW.chomp
    #{n}. #{it.desc.ljust(16, ".")}#{it.qty.to_s.rjust(3)}
  ROW
end
puts table
puts <<~EOS.tr("a-z", "A-Z")
  shouted
    and indented
EOS
p <<~X.length, <<~Y.lines.size
  abc
X
  1
  2

  3
Y
