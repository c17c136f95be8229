# Bank accounts with custom exceptions and transaction history.
class InsufficientFunds < StandardError
  attr_reader :needed
  def initialize(needed)
    @needed = needed
    super("insufficient funds: need #{needed} more")
  end
end

class AccountFrozen < StandardError; end

class Account
  attr_reader :owner, :balance, :history

  def initialize(owner, balance = 0)
    @owner = owner
    @balance = balance
    @history = []
    @frozen = false
  end

  def freeze!
    @frozen = true
  end

  def deposit(amount)
    raise ArgumentError, "amount must be positive" unless amount.positive?
    raise AccountFrozen, "#{owner}'s account is frozen" if @frozen
    @balance += amount
    @history << [:deposit, amount]
    self
  end

  def withdraw(amount)
    raise AccountFrozen, "#{owner}'s account is frozen" if @frozen
    raise InsufficientFunds.new(amount - @balance) if amount > @balance
    @balance -= amount
    @history << [:withdraw, amount]
    self
  end

  def transfer(to, amount)
    withdraw(amount)
    to.deposit(amount)
  end

  def to_s
    "#{owner}: $#{'%.2f' % (balance / 100.0)}"
  end
end

alice = Account.new("Alice", 10_000)
bob = Account.new("Bob")
alice.deposit(2_550).withdraw(1_000)
alice.transfer(bob, 4_000)
puts alice
puts bob

begin
  bob.withdraw(5_000)
rescue InsufficientFunds => e
  puts "Error: #{e.message} (needed=#{e.needed})"
end

begin
  alice.deposit(-5)
rescue ArgumentError => e
  puts "Error: #{e.message}"
end

bob.freeze!
[100, 200].each do |amt|
  begin
    bob.deposit(amt)
  rescue AccountFrozen => e
    puts "Frozen: #{e.message}"
  ensure
    puts "attempted #{amt}"
  end
end

alice.history.each do |kind, amt|
  puts "#{kind.to_s.ljust(8)} #{amt.to_s.rjust(6)}"
end

totals = alice.history.each_with_object(Hash.new(0)) { |(k, a), acc| acc[k] += a }
p totals
puts [alice, bob].map(&:balance).sum
p InsufficientFunds.ancestors.take(3)
