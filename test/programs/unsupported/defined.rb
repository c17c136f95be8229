# kiln: no-record
# defined?
x = 1
p defined?(x)
