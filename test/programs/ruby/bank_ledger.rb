# bank with transactions and rollback
class InsufficientFunds < StandardError; end

class Account
  attr_reader :id, :owner, :balance, :history

  def initialize(id, owner, balance = 0)
    @id, @owner, @balance = id, owner, balance
    @history = []
  end

  def deposit(amount, memo: "deposit")
    raise ArgumentError, "amount must be positive" unless amount.positive?
    @balance += amount
    @history << [memo, amount]
    self
  end

  def withdraw(amount, memo: "withdraw")
    raise ArgumentError, "amount must be positive" unless amount.positive?
    raise InsufficientFunds, "#{owner} has #{balance}, needs #{amount}" if amount > balance
    @balance -= amount
    @history << [memo, -amount]
    self
  end

  def snapshot = [@balance, @history.dup]
  def restore((bal, hist)) = (@balance, @history = bal, hist)
  def to_s = format("%-3s %-6s %8.2f", id, owner, balance)
end

class Bank
  def initialize = @accounts = {}
  def open(owner, initial = 0)
    id = "A#{@accounts.size + 1}"
    @accounts[id] = Account.new(id, owner, initial)
  end
  def [](id) = @accounts.fetch(id)

  def transaction(*ids)
    snaps = ids.to_h { |i| [i, self[i].snapshot] }
    yield(*ids.map { |i| self[i] })
    :committed
  rescue InsufficientFunds, ArgumentError => e
    snaps.each { |i, s| self[i].restore(s) }
    "rolled back (#{e.message})"
  end

  def transfer(from, to, amount)
    transaction(from, to) do |a, b|
      b.deposit(amount, memo: "from #{a.id}")
      a.withdraw(amount, memo: "to #{b.id}")
    end
  end

  def statement = @accounts.values.map(&:to_s)
  def total = @accounts.values.sum(&:balance)
end

bank = Bank.new
alice = bank.open("alice", 100)
bob = bank.open("bob")
carol = bank.open("carol", 250.5)
p bank.transfer("A1", "A2", 30)
p bank.transfer("A2", "A3", 50)
p bank.transfer("A3", "A1", 0.5)
p bank.transfer("A1", "A2", -5)
p(bank.transaction("A1", "A2", "A3") do |a, b, c|
  a.deposit(10)
  b.withdraw(5)
  c.withdraw(1000)
end)
puts bank.statement
puts "total: #{bank.total}"
alice.history.each { |memo, amt| puts format("  %-10s %+8.2f", memo, amt) }
p bob.history, carol.balance
interest = ->(acct, rate) { acct.deposit((acct.balance * rate).round(2), memo: "interest") }
[alice, carol].each { |a| interest.(a, 0.015) }
puts bank.statement
begin
  bank["A9"]
rescue KeyError => e
  puts "KeyError: #{e.message}"
end
