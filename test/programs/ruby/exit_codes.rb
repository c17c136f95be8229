# at_exit-free: exit with a status chosen by the program, after ensure blocks run.
def process(items)
  errors = 0
  items.each do |item|
    begin
      value = Integer(item)
      puts "#{item} -> #{value * value}"
    rescue ArgumentError
      errors += 1
      puts "skipping #{item.inspect}"
    end
  end
  errors
end

begin
  errors = process(%w[1 2 x 4 0x1f y])
  puts "errors: #{errors}"
  exit(errors > 0 ? 3 : 0)
ensure
  puts "cleanup"
end
puts "not reached"
