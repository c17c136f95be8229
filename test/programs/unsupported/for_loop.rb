# kiln: no-record
# for loops
for i in [1, 2]
  puts i
end
