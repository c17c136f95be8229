# A small double-entry style ledger that keeps money as integer cents.
class Money
  include Comparable
  attr_reader :cents, :currency

  def self.parse(str, currency = "USD")
    negative = str.start_with?("-")
    whole, frac = str.delete("-$,").split(".")
    frac = (frac || "0").ljust(2, "0")[0, 2]
    cents = whole.to_i * 100 + frac.to_i
    new(negative ? -cents : cents, currency)
  end

  def initialize(cents, currency = "USD")
    @cents = Integer(cents)
    @currency = currency
    freeze
  end

  def +(other) = Money.new(cents + other.cents, currency)
  def -(other) = Money.new(cents - other.cents, currency)
  def *(factor) = Money.new((cents * factor).round, currency)
  def -@ = Money.new(-cents, currency)
  def <=>(other) = cents <=> other.cents
  def zero? = cents.zero?

  def allocate(ratios)
    total = ratios.sum
    shares = ratios.map { |r| cents * r / total }
    remainder = cents - shares.sum
    remainder.times { |i| shares[i % shares.size] += 1 }
    shares.map { |c| Money.new(c, currency) }
  end

  def to_s
    sign = cents.negative? ? "-" : ""
    whole, frac = cents.abs.divmod(100)
    grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
    format("%s$%s.%02d", sign, grouped, frac)
  end

  def inspect = "#<Money #{self} #{currency}>"
end

Entry = Struct.new(:date, :account, :memo, :amount)

class Ledger
  def initialize
    @entries = []
  end

  def post(date, account, memo, amount)
    @entries << Entry.new(date, account, memo, Money.parse(amount))
    self
  end

  def balance(account = nil)
    scope = account ? @entries.select { |e| e.account == account } : @entries
    scope.map(&:amount).reduce(Money.new(0), :+)
  end

  def accounts = @entries.map(&:account).uniq.sort

  def statement(account)
    running = Money.new(0)
    @entries.select { |e| e.account == account }.map do |e|
      running += e.amount
      [e.date, e.memo.ljust(18), e.amount.to_s.rjust(12), running.to_s.rjust(12)].join(" ")
    end
  end

  def largest(n) = @entries.max_by(n) { |e| e.amount.cents.abs }
end

ledger = Ledger.new
ledger.post("2024-01-02", "checking", "opening deposit", "1,250.00")
      .post("2024-01-03", "checking", "groceries", "-84.37")
      .post("2024-01-05", "savings", "transfer in", "500")
      .post("2024-01-05", "checking", "transfer out", "-500.00")
      .post("2024-01-09", "checking", "rent", "-1,100.5")
      .post("2024-01-15", "checking", "salary", "3,402.19")
      .post("2024-01-20", "savings", "interest", "0.42")

ledger.accounts.each do |acct|
  puts "== #{acct} =="
  puts ledger.statement(acct)
  puts "balance: #{ledger.balance(acct)}"
end
puts "total: #{ledger.balance}"
p Money.parse("-12.5")
p Money.parse("$1,000,000.999")
puts ledger.largest(3).map { |e| "#{e.memo}=#{e.amount}" }.join("; ")

bill = Money.parse("100.00")
parts = bill.allocate([1, 1, 1])
puts parts.map(&:to_s).inspect
puts parts.sum(Money.new(0)) { |m| m }.to_s rescue puts "sum failed: #{$!.class}"
p parts.reduce(:+) == bill
p Money.parse("19.99") * 3, -Money.parse("5")
p [Money.parse("3"), Money.parse("1.5"), Money.parse("2")].sort.map(&:to_s)
p Money.parse("2").between?(Money.parse("1"), Money.parse("3"))
p Money.parse("7").clamp(Money.parse("1"), Money.parse("5")).to_s
begin
  Money.new("abc")
rescue ArgumentError => e
  puts "bad amount: #{e.message}"
end
m = Money.parse("1")
begin
  m.instance_variable_set(:@cents, 5)
rescue => e
  puts "#{e.class}: #{e.message}"
end
