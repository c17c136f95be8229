# Form letters and reports with squiggly heredocs, printf/format widths and String#%.
Customer = Struct.new(:name, :balance, :due_days, :items)

customers = [
  Customer.new("Ada Lovelace", 1234.5, 3, [["Analytical engine", 1, 999.99], ["Punch cards", 50, 4.69]]),
  Customer.new("Grace Hopper", -20.0, 0, [["Compiler", 1, 0.0]]),
  Customer.new("Al", 0.125, 45, [])
]

def letter(c)
  status = if c.balance.negative? then "in credit by #{format('$%.2f', -c.balance)}"
           elsif c.due_days > 30 then "OVERDUE by #{c.due_days - 30} days"
           else "due in #{c.due_days} day#{c.due_days == 1 ? '' : 's'}"
           end
  <<~LETTER
    Dear #{c.name.split.first},

      Your balance of #{format('%.2f', c.balance)} is #{status}.
    #{c.items.empty? ? "  (no items this month)" : item_table(c.items).gsub(/^/, "  ")}
    Regards,
      The Billing Team
  LETTER
end

def item_table(items)
  rows = items.map { |name, qty, price| format("%-20.20s %4d x %8.2f = %9.2f", name, qty, price, qty * price) }
  total = items.sum { |_, q, pr| q * pr }
  <<~TABLE.chomp
    #{'Item'.ljust(20)} #{'Qty'.rjust(4)}   #{'Price'.rjust(8)}   #{'Total'.rjust(9)}
    #{rows.join("\n")}
    #{'-' * 52}
    #{format('%52.2f', total)}
  TABLE
end

customers.each { |c| puts letter(c), "=" * 40 }

sql = <<~SQL.lines.map(&:strip).join(" ")
  SELECT name, balance
  FROM customers
  WHERE balance > #{0}
  ORDER BY name
SQL
p sql
raw = <<~'RAW'
  no #{interpolation} here\n
    indented line
RAW
p raw
a, b = <<~ONE, <<~TWO
  first
ONE
  second
TWO
p a, b
def help_text(cmd) = <<~EOS.strip
  Usage: #{cmd} [options]
    -h    show help
    -v    verbose
EOS
puts help_text("kiln")
legacy = <<-OLD
    keeps indentation
    OLD
p legacy
printf("%-10s|%10s|\n", "left", "right")
printf("%05.1f|%+.2e|%x|%X|%#o|%b|%08b\n", 3.14159, -1234.5, 255, 255, 8, 10, 5)
printf("%s and %p\n", "str", "str")
puts format("%-8s%3d%%", "done:", 75), format("%3$s %1$s %2$s", "a", "b", "c")
puts format("%<name>s is %<age>d", name: "Bob", age: 42), format("%{x}-%{y}", x: 1, y: 2)
puts "%.3f" % 2.0 / 3 rescue puts "precedence: #{$!.class}"
puts "%.3f" % (2.0 / 3), "%5s|%-5s|" % %w[ab cd], "%c%c" % [72, "i"], "%e" % 0.0
puts "%10.4s|" % "abcdefgh", "%-+6d|" % 42, "% d" % 7, "%.0f %.0f %.0f" % [0.5, 1.5, 2.5]
puts format("%d items at %.2f each = %.2f", 3, 1.1, 3 * 1.1), format("%s", [1, :a, nil])
puts format("%*d|%-*d|", 6, 42, 4, 7), format("%.10g|%g|%g", 1.0 / 3, 1e20, 0.0001)
