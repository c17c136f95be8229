# heredocs and template rendering
Item = Struct.new(:name, :price, :qty)

items = [Item.new("Widget", 2.5, 4), Item.new("Gadget", 10.0, 1), Item.new("Doohickey", 0.75, 12)]

def render(template, vars)
  template.gsub(/\{\{\s*(\w+)\s*\}\}/) do
    key = Regexp.last_match(1).to_sym
    vars.fetch(key) { "<#{key}?>" }.to_s
  end
end

header = <<~TEXT
  Invoice for {{ customer }}
  Date: {{date}}
  Missing: {{ nope }}
TEXT
puts render(header, customer: "ACME Corp", date: "2024-01-15")

lines = items.map do |it|
  <<~ROW.chomp
    | #{it.name.ljust(10)} | #{format('%6.2f', it.price)} | #{it.qty.to_s.rjust(3)} | #{format('%7.2f', it.price * it.qty)} |
  ROW
end
puts lines

total = items.sum { |it| it.price * it.qty }
footer = <<~EOS
  #{'-' * 40}
  Total: #{'%.2f' % total}
    indented line stays indented
  Items: #{items.size}
EOS
print footer

raw = <<-OLD
    keeps leading spaces
    OLD
p raw

sql = <<~'SQL'
  SELECT * FROM t WHERE name = '#{not_interpolated}'
SQL
p sql

a, b = <<~A, <<~B
  first
A
  second
B
p a, b

def greet(name) = <<~MSG.upcase.strip
  hello, #{name}!
MSG
puts greet("world")

text = "The quick brown fox"
puts text.gsub(/o/) { |m| m.upcase }
puts text.gsub(/(\w+)/) { $1.capitalize }
puts text.sub(/quick/, "slow")
puts text.gsub("o", "0")
puts text.gsub(/[aeiou]/, "a" => "4", "e" => "3", "o" => "0", "u" => "|_|")
puts text.tr("a-y", "b-z")
puts text.split.map(&:reverse).join(" ")
puts text.scan(/\b\w/).join
