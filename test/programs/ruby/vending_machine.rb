# vending machine state machine with change making
class VendingMachine
  class Error < StandardError; end
  class SoldOut < Error; end
  class InsufficientFunds < Error
    def initialize(need) = super("insert #{format('%.2f', need / 100.0)} more")
  end

  COINS = [200, 100, 25, 10, 5].freeze
  Product = Struct.new(:name, :price, :count)

  attr_reader :balance

  def initialize
    @slots = {}
    @balance = 0
    @bank = Hash.new(0)
    @sales = []
  end

  def stock(code, name, price, count)
    @slots[code] = Product.new(name, price, count)
    self
  end

  def insert(coin)
    raise Error, "rejected coin #{coin}" unless COINS.include?(coin)
    @bank[coin] += 1
    @balance += coin
  end

  def select(code)
    product = @slots.fetch(code) { raise Error, "no slot #{code}" }
    raise SoldOut, "#{product.name} sold out" if product.count.zero?
    raise InsufficientFunds.new(product.price - @balance) if @balance < product.price
    product.count -= 1
    @sales << product.name
    change = make_change(@balance - product.price)
    @balance = 0
    [product.name, change]
  end

  def refund
    c = make_change(@balance)
    @balance = 0
    c
  end

  def report
    @sales.tally.sort_by { |n, c| [-c, n] }.map { |n, c| "#{n} x#{c}" }.join(", ")
  end

  def inventory = @slots.map { |code, p| "#{code}:#{p.name}(#{p.count})" }.join(" ")

  private

  def make_change(amount)
    COINS.each_with_object([]) do |c, out|
      while amount >= c
        out << c
        amount -= c
      end
    end
  end
end

vm = VendingMachine.new
vm.stock("A1", "Chips", 125, 2).stock("B2", "Soda", 150, 1).stock("C3", "Gum", 35, 5)
actions = [
  [:insert, 100], [:insert, 25], [:select, "A1"], [:insert, 200], [:select, "B2"],
  [:insert, 100], [:select, "B2"], [:select, "A1"], [:insert, 25], [:select, "A1"],
  [:insert, 3], [:select, "Z9"], [:insert, 10], [:insert, 5], [:insert, 25], [:select, "C3"], [:refund]
]
actions.each do |action, arg|
  result = arg.nil? ? vm.public_send(action) : vm.public_send(action, arg)
  puts "#{action} #{arg.inspect} -> #{result.inspect} (balance #{vm.balance})"
rescue VendingMachine::Error => e
  puts "#{action} #{arg.inspect} !! #{e.class.name.split('::').last}: #{e.message}"
end
puts vm.report
puts vm.inventory
