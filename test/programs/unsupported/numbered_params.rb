# kiln: no-record
# numbered block parameters
[1, 2].map { _1 * 2 }
