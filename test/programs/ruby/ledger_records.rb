# A small ledger: Struct records, Comparable, default procs, formatting, heredocs, retry and ensure.
Entry = Struct.new(:date, :account, :amount, keyword_init: true) do
  include Comparable
  def <=>(other) = [date, amount] <=> [other.date, other.amount]
  def to_s = format("%-10s %-8s %8.2f", date, account, amount)
end

entries = [
  Entry.new(date: "2024-01-03", account: "food", amount: -12.5),
  Entry.new(date: "2024-01-01", account: "salary", amount: 2500),
  Entry.new(date: "2024-01-02", account: "rent", amount: -900),
  Entry.new(date: "2024-01-03", account: "food", amount: -3.25),
]
puts entries.sort.map(&:to_s)
p entries.min.account, entries.max.amount, entries.sort.first.between?(entries[2], entries[0])

totals = Hash.new { |h, k| h[k] = 0 }
entries.each { |e| totals[e.account] += e.amount }
p totals, totals.fetch("food"), totals.key?("travel"), totals["travel"], totals.keys.size

report = <<~TEXT
  Ledger for #{entries.map(&:date).uniq.size} days
  Balance: #{format("%.2f", entries.sum(&:amount))}
  Largest expense: #{entries.select { |e| e.amount.negative? }.min_by(&:amount).account}
TEXT
puts report
template = "Dear {name}, you owe {amount}."
p template.gsub(/\{(\w+)\}/) { { "name" => "Ann", "amount" => "$5" }[$1] }
p "cat hat bat".gsub(/[chb]at/, "cat" => "dog", "hat" => "cap"), "2024-01-03".tr("-", "/")
p "%05.1f|%-6s|%+d|%x|%o|%e" % [3.14159, "ab", 5, 255, 8, 12345.678]

attempts = 0
log = []
begin
  attempts += 1
  raise IOError, "flaky" if attempts < 3
  log << "ok after #{attempts}"
rescue IOError => e
  log << "retry #{attempts}: #{e.message}"
  retry
ensure
  log << "ensure ran"
end
p log

def parse_amount(s)
  Float(s)
rescue ArgumentError => e
  e.message
else
  :never
ensure
  :ignored
end
p parse_amount("12.5"), parse_amount("x1")
begin
  { a: 1 }.fetch(:b)
rescue KeyError => e
  p e.key, e.receiver, e.message
end
e2 = entries.first.dup
e2.amount = 0
p e2.to_h, entries.first.amount, Entry.members, e2 == entries.first, entries.count { |e| e.account == "food" }
