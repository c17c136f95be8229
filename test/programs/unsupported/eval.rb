# kiln: no-record
# eval runs code from a string
x = 1
eval("x + 1")
