# kiln: no-record
# backticks
x = `ls`
