# exit with a status: at_exit-free; output before exit is flushed, ensure blocks run on exit.
puts "before"
begin
  exit 3
ensure
  puts "ensure on exit"
end
puts "never"
