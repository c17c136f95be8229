# inventory report: grouping, sums, sorting on several keys, formatted output
Product = Struct.new(:sku, :name, :category, :price, :stock, :sold, keyword_init: true) do
  def revenue = price * sold
  def low? = stock < 10
end

RAW = <<~DATA
  A100|Widget|tools|4.99|120|340
  A101|Gizmo|tools|12.50|8|45
  B200|Tea|food|3.20|300|1200
  B201|Coffee|food|7.80|5|980
  B202|Cocoa|food|6.10|0|210
  C300|Novel|books|14.99|42|77
  C301|Atlas|books|29.00|3|12
  C302|Comic|books|4.50|67|300
DATA

products = RAW.lines.map do |line|
  sku, name, cat, price, stock, sold = line.chomp.split("|")
  Product.new(sku: sku, name: name, category: cat.to_sym, price: price.to_f, stock: stock.to_i, sold: sold.to_i)
end

puts format("%-6s %-8s %-6s %8s %6s %6s %10s", "SKU", "Name", "Cat", "Price", "Stock", "Sold", "Revenue")
puts "-" * 56
products.sort_by { |p| [p.category, -p.revenue] }.each do |p|
  flag = p.stock.zero? ? " OUT" : (p.low? ? " low" : "")
  puts format("%-6s %-8s %-6s %8.2f %6d %6d %10.2f%s", p.sku, p.name, p.category, p.price, p.stock, p.sold, p.revenue, flag)
end
puts "-" * 56

by_cat = products.group_by(&:category)
by_cat.sort.each do |cat, ps|
  rev = ps.sum(&:revenue)
  best = ps.max_by(&:sold)
  puts format("%-6s items=%d revenue=%10.2f best=%s avg_price=%.3f", cat, ps.size, rev, best.name, ps.sum(&:price) / ps.size)
end
total = products.sum(&:revenue)
puts "Total revenue: #{total.round(2)}"
shares = by_cat.transform_values { |ps| (100 * ps.sum(&:revenue) / total).round(1) }
p shares, shares.values.sum.round(1)
p products.select(&:low?).map(&:sku), products.partition { |p| p.price > 10 }.map { |g| g.map(&:name) }
p products.minmax_by(&:price).map(&:name), products.sum(&:stock), products.map(&:category).tally
p products.each_slice(3).map { |g| g.map(&:sku).join("/") }, products.find { |p| p.name.start_with?("Co") }&.to_h
restock = products.select(&:low?).to_h { |p| [p.sku, [50 - p.stock, 0].max] }
p restock, restock.sum { |_, v| v }
price_bands = products.group_by { |p| case p.price when 0...5 then :cheap when 5...15 then :mid else :premium end }
p price_bands.transform_values { |ps| ps.map(&:name).sort }.sort.to_h
p products.sort_by { |p| [-p.sold, p.name] }.first(3).map { |p| "#{p.name}:#{p.sold}" }
p products.inject(0) { |acc, p| acc + p.stock * p.price }.round(2), products.count { |p| p.revenue > 1000 }
