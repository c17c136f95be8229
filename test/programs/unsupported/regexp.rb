# kiln: no-record
# regular expressions
s = "abc"
s =~ /b/
