def each_twice(list)
  n = 0
  list.each { |x| n += 1; yield x; yield x }
  [1].each { |y| break y }
  n
end
