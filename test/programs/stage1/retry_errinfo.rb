# A rescue clause that ends in `retry` restores $! as one that ends normally
# does, so a later raise gets no stale cause.
tries = 0
begin
  tries += 1
  raise "transient #{tries}" if tries < 3
rescue
  p $!.message
  retry
end
p $!, tries
begin
  raise ArgumentError, "later"
rescue => e
  p e.cause
end

def fetch_with_retry
  attempts = 0
  begin
    attempts += 1
    raise IOError, "flaky" if attempts == 1
    "ok after #{attempts}"
  rescue IOError
    retry
  end
end
p fetch_with_retry, $!
begin
  begin
    raise "outer"
  rescue
    n = 0
    begin
      n += 1
      raise "inner" if n < 2
    rescue
      retry
    end
    p $!.message
  end
end
