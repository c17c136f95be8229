# Banking with module_function helpers, extend self, nested modules, constants and hooks.
module Bank
  VERSION = "1.4"
  class Error < StandardError; end
  class InsufficientFunds < Error
    def initialize(needed, available)
      super(format("need %s, have %s", Bank::Fmt.money(needed), Bank::Fmt.money(available)))
    end
  end

  module Fmt
    module_function

    def money(cents)
      whole, frac = cents.abs.divmod(100)
      grouped = whole.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
      "#{'-' if cents.negative?}$#{grouped}.#{frac.to_s.rjust(2, '0')}"
    end
  end

  module Ids
    extend self
    @next = 1000

    def next_id
      @next += 1
      "AC#{@next}"
    end
  end

  module Interest
    RATES = { savings: 0.025, checking: 0.001 }.freeze
    def apply_interest(months = 1)
      rate = RATES.fetch(kind) / 12
      months.times { deposit((balance * rate).round, memo: "interest") }
      self
    end
  end

  class Account
    include Comparable
    include Interest
    attr_reader :id, :owner, :kind, :transactions

    @count = 0
    class << self
      attr_reader :count

      def open(owner, kind = :checking, initial: 0)
        @count += 1
        new(owner, kind).tap { |a| a.deposit(initial, memo: "opening") if initial.positive? }
      end
    end

    def initialize(owner, kind)
      @id = Ids.next_id
      @owner = owner
      @kind = kind
      @transactions = []
    end

    def balance = transactions.sum { |t| t[:amount] }
    def <=>(other) = balance <=> other.balance

    def deposit(cents, memo: "deposit")
      raise ArgumentError, "amount must be positive" unless cents.positive?

      @transactions << { amount: cents, memo: memo }
      self
    end

    def withdraw(cents, memo: "withdrawal")
      raise InsufficientFunds.new(cents, balance) if cents > balance

      @transactions << { amount: -cents, memo: memo }
      self
    end

    def transfer(to, cents)
      withdraw(cents, memo: "to #{to.id}")
      to.deposit(cents, memo: "from #{id}")
    end

    def statement
      lines = transactions.map { |t| format("  %-16s %12s", t[:memo], Fmt.money(t[:amount])) }
      (["#{id} #{owner} (#{kind})"] + lines + [format("  %-16s %12s", "balance", Fmt.money(balance))]).join("\n")
    end
  end
end

include Bank
a = Account.open("Ann", :savings, initial: 1_250_000)
b = Account.open("Bob", initial: 5_000)
c = Account.open("Cy")
a.transfer(b, 20_050)
b.withdraw(1_999, memo: "coffee beans")
a.apply_interest(3)
b.apply_interest
puts a.statement, b.statement, c.statement
begin
  c.withdraw(100)
rescue Bank::Error => e
  puts "#{e.class.name}: #{e.message}"
end
begin
  c.deposit(-5)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
accounts = [a, b, c]
puts accounts.sort.map(&:owner).inspect, accounts.max.owner, b.between?(c, a), c.clamp(b, a).owner
puts Account.count, Bank::VERSION, Bank::Ids.next_id, Fmt.money(-123_456_789), Fmt.money(5)
puts Bank::Fmt.respond_to?(:money), Bank::Interest::RATES[:savings], Bank.constants.sort.inspect
puts Account.ancestors.take(4).inspect, Account.singleton_methods.sort.inspect
puts Bank::InsufficientFunds.ancestors.take_while { |k| k != StandardError }.inspect
puts accounts.sum(&:balance).then { |t| Fmt.money(t) }, Bank::Account.instance_method(:transfer).arity
