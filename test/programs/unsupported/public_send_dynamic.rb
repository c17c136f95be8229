# kiln: no-record
# public_send with a computed method name
m = "size"
[].public_send(m)
