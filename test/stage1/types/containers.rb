# Allocation sites: a push through an alias widens the element type; blocks get elements.
xs = [1, 2]
ys = xs
ys << "s"
n = xs.map { |e| e.to_s }
h = { :a => 1 }
h[:b] = nil
h.each { |k, v| k }
(1..3).each { |i| i * 2.0 }
