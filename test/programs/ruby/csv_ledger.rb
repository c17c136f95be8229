# Parse CSV-like data from a heredoc and print aligned reports.
DATA_TEXT = <<~CSV
  date,account,category,amount,memo
  2024-01-03,checking,groceries,-54.20,"Market, weekly"
  2024-01-05,checking,salary,2500.00,January pay
  2024-01-09,savings,transfer,500,
  2024-01-09,checking,transfer,-500,to savings
  2024-01-14,credit,dining,-38.75,"Pizza ""Napoli"""
  2024-01-20,checking,groceries,-61.05,Market
  2024-01-28,credit,travel,-220.40,train tickets
CSV

def parse_line(line)
  fields = []
  field = +""
  quoted = false
  i = 0
  while i < line.length
    ch = line[i]
    if quoted
      if ch == '"' && line[i + 1] == '"'
        field << '"'
        i += 1
      elsif ch == '"'
        quoted = false
      else
        field << ch
      end
    elsif ch == '"'
      quoted = true
    elsif ch == ","
      fields << field
      field = +""
    else
      field << ch
    end
    i += 1
  end
  fields << field
end

header, *rows = DATA_TEXT.lines(chomp: true).map { |l| parse_line(l) }
keys = header.map(&:to_sym)
records = rows.map { |r| keys.zip(r).to_h }
records.each { |r| r[:amount] = Float(r[:amount]) }

puts "Parsed #{records.size} rows with columns #{keys.join('|')}"
puts records.first.inspect
puts

widths = { date: 10, account: 8, category: 10, amount: 9, memo: 16 }
puts widths.map { |k, w| k.to_s.upcase.center(w) }.join(" | ")
puts widths.values.map { |w| "-" * w }.join("-+-")
records.each do |r|
  cells = widths.map do |k, w|
    v = r[k]
    case k
    when :amount then format("%#{w}.2f", v)
    when :memo then (v.empty? ? "(none)" : v)[0, w].ljust(w)
    else v.to_s.ljust(w)
    end
  end
  puts cells.join(" | ")
end
puts

by_cat = records.group_by { |r| r[:category] }
             .transform_values { |rs| rs.sum { |r| r[:amount] }.round(2) }
             .sort_by { |cat, total| [total, cat] }
by_cat.each { |cat, total| puts "#{cat.rjust(10, '.')} #{format('%+10.2f', total)}" }
puts

balances = Hash.new(0.0)
records.each { |r| balances[r[:account]] += r[:amount] }
balances.each do |acct, bal|
  bar = "#" * (bal.abs / 100).ceil
  printf("%-9s %9.2f %s\n", acct, bal, bar)
end
income, spend = records.map { |r| r[:amount] }.partition(&:positive?)
puts "income=%.2f spend=%.2f net=%.2f" % [income.sum, spend.sum, (income + spend).sum]
puts "largest expense: %<memo>s on %<date>s" % records.min_by { |r| r[:amount] }
puts "months: #{records.map { |r| r[:date][0, 7] }.uniq.inspect}"
puts "days: #{records.map { |r| r[:date].split('-').last.to_i }.each_cons(2).map { |a, b| b - a }.inspect}"
puts "%-5s|%5s|%s" % %w[ab cd ef]
puts "[" + "title".center(21, "*") + "]"
