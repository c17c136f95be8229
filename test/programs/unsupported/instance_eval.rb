# kiln: no-record
# instance_eval
o = Object.new
o.instance_eval { 1 }
