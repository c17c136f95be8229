# kiln: no-record
# rational literals
p 3r
