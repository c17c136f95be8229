# kiln: no-record
# case/in pattern matching
case [1, 2]
in [a, b] then p a
end
