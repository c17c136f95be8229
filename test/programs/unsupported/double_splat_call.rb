# kiln: no-record
# ** in a call
def f(**kw) = kw
h = { a: 1 }
f(**h)
