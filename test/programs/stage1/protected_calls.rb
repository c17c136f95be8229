# Protected methods: callable with an explicit receiver only from a kind of their class.

class Account
  def initialize(balance) = @balance = balance

  def >(other) = balance > other.balance

  def transfer_from(other, amount)
    other.take(amount)
    @balance += amount
  end

  def report = "balance #{balance}"

  protected

  def balance = @balance

  def take(amount) = @balance -= amount
end

class Savings < Account
  def compare(other) = other.balance <=> balance
end

a = Account.new(10)
b = Account.new(5)
p a > b, b > a
a.transfer_from(b, 2)
p a.report, b.report
p Savings.new(3).compare(a)
begin
  a.balance
rescue NoMethodError => e
  puts e.message.lines.first.chomp.sub(/0x\h+/, "0x")
end
p a.respond_to?(:balance)
p [a, b].map(&:report)
