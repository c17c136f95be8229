# A vending machine as a state machine with symbols and case/when.
class VendingMachine
  PRICES = { cola: 150, chips: 100, candy: 65 }.freeze
  COINS = { "Q" => 25, "D" => 10, "N" => 5, "$" => 100 }.freeze

  attr_reader :state, :log

  def initialize(stock)
    @stock = stock
    @state = :idle
    @credit = 0
    @log = []
  end

  def insert(coin)
    value = COINS[coin]
    return note("rejected coin #{coin.inspect}") unless value
    @credit += value
    @state = :has_credit
    note("inserted #{value}, credit #{@credit}")
  end

  def select(item)
    case @state
    when :idle
      note("insert coins first")
    when :has_credit
      price = PRICES.fetch(item) { return note("unknown item #{item}") }
      if @stock[item].to_i.zero?
        note("#{item} sold out")
      elsif @credit < price
        note("#{item} costs #{price}, credit #{@credit}")
      else
        @stock[item] -= 1
        @credit -= price
        note("vend #{item}")
        refund if @credit > 0
        @state = :idle
      end
    end
    self
  end

  def refund
    change = []
    COINS.values.sort.reverse.each do |c|
      while @credit >= c
        change << c
        @credit -= c
      end
    end
    @state = :idle
    note("change: #{change.join('+')}")
  end

  private

  def note(msg)
    @log << "[#{@state}] #{msg}"
    self
  end
end

vm = VendingMachine.new(cola: 1, chips: 5, candy: 0)
vm.select(:cola)
vm.insert("Q").insert("Q").insert("X").select(:cola)
vm.insert("$").select(:cola)
vm.insert("$").insert("D").select(:cola)
vm.select(:candy)
vm.insert("$").insert("Q").select(:chips)
vm.insert("D").insert("N").refund
vm.insert("Q").select(:gum)
puts vm.log
puts "final state: #{vm.state.inspect}"
puts VendingMachine::PRICES.frozen?
puts VendingMachine::PRICES.map { |k, v| "#{k}=#{v}" }.join(" ")
puts %i[idle has_credit].include?(vm.state)
puts :cola.to_proc.call({ cola: 1 }) rescue puts "no"
puts :abc <=> :abd, :abc.length, :abc.upcase.inspect, "x y".to_sym.inspect
