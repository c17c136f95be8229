# Squiggly heredocs for templated text: interpolation, method calls, several per line.
Order = Struct.new(:id, :customer, :lines, :notes)
Line = Struct.new(:sku, :qty, :price)

def money(cents) = format("%d.%02d", *cents.divmod(100))

def render_lines(lines)
  lines.map { |l| "  #{l.sku.ljust(8)} x#{l.qty.to_s.rjust(2)}  #{money(l.qty * l.price).rjust(8)}" }.join("\n")
end

def email(order)
  total = order.lines.sum { |l| l.qty * l.price }
  <<~MAIL
    Dear #{order.customer},

    Thank you for order ##{order.id}. You bought:
    #{render_lines(order.lines)}
      ----------------------
      Total:        #{money(total).rjust(8)}
    #{order.notes.empty? ? "" : "Notes:\n" + order.notes.map { |n| "  * #{n}" }.join("\n") + "\n"}
    Regards,
      The Shop
  MAIL
end

order = Order.new(1042, "Ann Lee", [Line.new("BOOK-1", 2, 1250), Line.new("PEN-9", 10, 99)], ["gift wrap", "leave at door"])
puts email(order)
puts email(Order.new(7, "Bob", [Line.new("MUG", 1, 800)], []))

sql = <<~SQL.gsub(/\s+/, " ").strip
  SELECT name, total
  FROM orders
  WHERE total > #{100}
  ORDER BY total DESC
SQL
p sql

first, second = <<~ONE, <<~TWO
  first block
    indented line
ONE
  second block
TWO
p first, second

raw = <<~'RAW'
  no #{interpolation} here\n
    keeps \t escapes literal
RAW
p raw

legacy = <<-OLD
    keeps leading spaces
    OLD
p legacy
plain = <<EOS
  unindented heredoc #{1 + 1}
EOS
p plain
p <<~A.lines.map(&:strip).reject(&:empty?)
  alpha

  beta
A
def banner(title, width: 30)
  <<~TEXT
    #{"=" * width}
    #{title.center(width)}
    #{"=" * width}
  TEXT
end
print banner("Report"), banner("Wide title here", width: 20)
html = <<~HTML
  <ul>
  #{%w[one two].map { |i| "  <li>#{i}</li>" }.join("\n")}
  </ul>
HTML
puts html
mixed = <<~X
    four spaces
  two spaces
	tab line
X
p mixed
text = <<~EOT.upcase.split("\n").map(&:reverse)
  abc
  def
EOT
p text
p [<<~ONE.chomp, "middle", <<~TWO.chomp]
  one
ONE
  two
TWO
