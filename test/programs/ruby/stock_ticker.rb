# A stock ticker built from the standard library's small patterns:
# Singleton for the exchange clock, Observable for price feeds, and
# SimpleDelegator to decorate a portfolio with reporting helpers.
require "singleton"
require "observer"
require "delegate"

class MarketClock
  include Singleton

  attr_reader :tick

  def initialize = @tick = 0
  def advance = @tick += 1
  def stamp = format("T%03d", @tick)
end

class Ticker
  include Observable

  attr_reader :symbol, :price

  def initialize(symbol, price_cents)
    @symbol = symbol
    @price = price_cents
  end

  def update_price(new_price)
    return if new_price == @price
    old = @price
    @price = new_price
    changed
    notify_observers(MarketClock.instance.stamp, symbol, old, new_price)
  end
end

class AlertLog
  attr_reader :lines

  def initialize(threshold_pct) = (@threshold = threshold_pct; @lines = [])

  def update(stamp, symbol, old, new)
    pct = (new - old) * 100.0 / old
    return if pct.abs < @threshold
    @lines << format("%s %-4s %+6.2f%% (%s -> %s)", stamp, symbol, pct, money(old), money(new))
  end

  private

  def money(cents) = format("$%d.%02d", *cents.divmod(100))
end

class Portfolio
  def initialize = @holdings = Hash.new(0)
  def buy(symbol, qty) = @holdings[symbol] += qty
  def sell(symbol, qty)
    raise ArgumentError, "only #{@holdings[symbol]} #{symbol}" if qty > @holdings[symbol]
    @holdings[symbol] -= qty
    @holdings.delete(symbol) if @holdings[symbol].zero?
  end
  def holdings = @holdings.dup
  def each(&) = @holdings.each(&)
  def update(_stamp, symbol, _old, new) = (@last ||= {})[symbol] = new
  def last_prices = @last || {}
end

class PortfolioReport < SimpleDelegator
  def value = last_prices.sum { |sym, price| holdings.fetch(sym, 0) * price }

  def lines
    holdings.sort.map do |sym, qty|
      price = last_prices.fetch(sym, 0)
      format("%-4s %4d x %8.2f = %10.2f", sym, qty, price / 100.0, qty * price / 100.0)
    end
  end
end

clock = MarketClock.instance
puts "same clock: #{clock.equal?(MarketClock.instance)}"
begin
  MarketClock.new
rescue NoMethodError => e
  puts "MarketClock.new: #{e.message[/private method `new'/]}"
end

tickers = { "ACME" => 12_500, "INIT" => 4_020, "ZED" => 99 }.to_h { |s, p| [s, Ticker.new(s, p)] }
alerts = AlertLog.new(2.0)
book = Portfolio.new
tickers.each_value { |t| t.add_observer(alerts); t.add_observer(book) }
puts "observers on ACME: #{tickers['ACME'].count_observers}"

book.buy("ACME", 10)
book.buy("ZED", 500)
book.buy("INIT", 25)
book.sell("INIT", 5)

moves = [[12_600, 4_020, 101], [12_100, 3_950, 120], [12_100, 4_200, 95], [13_000, 4_150, 95]]
moves.each do |acme, init, zed|
  clock.advance
  tickers["ACME"].update_price(acme)
  tickers["INIT"].update_price(init)
  tickers["ZED"].update_price(zed)
end

puts "alerts:", alerts.lines
report = PortfolioReport.new(book)
puts report.lines
puts format("total %.2f at %s", report.value / 100.0, clock.stamp)
puts "delegates: #{report.respond_to?(:buy)} #{report.__getobj__.equal?(book)} #{report.is_a?(Portfolio)}"
report.sell("ZED", 200)
p report.holdings, book.holdings
tickers["ZED"].delete_observer(alerts)
clock.advance
tickers["ZED"].update_price(50)
puts "after unsubscribe: #{alerts.lines.size} alerts, ZED last #{book.last_prices['ZED']}"
begin
  report.sell("ACME", 99)
rescue ArgumentError => e
  puts "refused: #{e.message}"
end
