# kiln: no-record
# send with a computed method name
name = :upcase
"a".send(name)
