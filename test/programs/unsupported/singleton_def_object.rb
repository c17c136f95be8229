# kiln: no-record
# def on an object other than self
s = "x"
def s.shout = upcase
