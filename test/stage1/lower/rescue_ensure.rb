def f(x)
  begin
    return x if x > 1
    g(x)
  rescue ArgumentError => e
    retry if x == 0
    e
  ensure
    h
  end
end
