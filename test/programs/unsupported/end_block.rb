# kiln: no-record
# END blocks
END { puts 1 }
