# kiln: no-record
# regexp match globals
p $1
