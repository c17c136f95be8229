# FizzBuzz six ways: the kind of code interview candidates write.
def classic(n)
  (1..n).map do |i|
    if i % 15 == 0 then "FizzBuzz"
    elsif i % 3 == 0 then "Fizz"
    elsif i % 5 == 0 then "Buzz"
    else i.to_s
    end
  end
end

def with_case(n)
  (1..n).map do |i|
    case [i % 3, i % 5]
    in [0, 0] then "FizzBuzz"
    in [0, _] then "Fizz"
    in [_, 0] then "Buzz"
    else i.to_s
    end
  end
end
def concat(n) = (1..n).map { |i| s = ""; s += "Fizz" if (i % 3).zero?; s += "Buzz" if (i % 5).zero?; s.empty? ? i.to_s : s }
def lookup(n) = (1..n).map { |i| { 0 => "FizzBuzz", 3 => "Fizz", 6 => "Fizz", 9 => "Fizz", 12 => "Fizz", 5 => "Buzz", 10 => "Buzz" }.fetch(i % 15, i.to_s) }

RULES = [[3, "Fizz"], [5, "Buzz"], [7, "Bazz"]].freeze
def rules(n, rules = RULES) = (1..n).map { |i| rules.filter_map { |d, w| w if (i % d).zero? }.join.then { |s| s.empty? ? i.to_s : s } }

def lazy_cycle(n)
  fizz = ["", "", "Fizz"].cycle
  buzz = ["", "", "", "", "Buzz"].cycle
  (1..).lazy.map { |i| [fizz.next + buzz.next, i] }.map { |s, i| s.empty? ? i.to_s : s }.first(n)
end

n = 20
results = { classic: classic(n), with_case: with_case(n), concat: concat(n), lookup: lookup(n), lazy_cycle: lazy_cycle(n) }
puts classic(n).join(" ")
results.each { |name, r| puts "#{name.to_s.ljust(10)} #{r == results[:classic] ? 'agrees' : 'DIFFERS'}" }
puts rules(21).last(7).join(",")
puts rules(35, [[2, "Even"], [5, "Five"]]).each_slice(10).map { |s| s.join(" ") }
counts = classic(100).grep(/\A\D/).tally
p counts, classic(100).count { |s| s =~ /\A\d+\z/ }
p (1..100).sum { |i| (i % 3).zero? || (i % 5).zero? ? i : 0 }, (1...1000).select { |i| i % 3 == 0 || i % 5 == 0 }.sum
puts (1..15).map { |i| [i, classic(15)[i - 1]] }.reject { |i, s| s == i.to_s }.map { |i, s| "#{i}=#{s}" }.join(" ")
