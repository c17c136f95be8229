# Processing that ends with an uncaught custom exception: exit status 1, message on stderr.
class ValidationError < StandardError; end

Order = Struct.new(:id, :qty, :unit_price)

def validate(order)
  raise ValidationError, "order #{order.id}: quantity must be positive" unless order.qty.positive?
  order
end

orders = [Order.new(1, 2, 9.99), Order.new(2, 1, 25.0), Order.new(3, 0, 4.5), Order.new(4, 3, 1.0)]
total = 0.0
orders.each do |o|
  validate(o)
  line = o.qty * o.unit_price
  total += line
  puts format("order %d: %d x %.2f = %.2f", o.id, o.qty, o.unit_price, line)
end
puts "total: #{total}"
