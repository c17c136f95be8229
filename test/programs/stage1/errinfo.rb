# $! is restored when a rescue clause ends (and rescue modifiers), so later exceptions get no stale cause.
begin; raise "first"; rescue; end
p $!
begin; raise "second"; rescue => e; p e.cause; end
x = (raise "m" rescue $!.message)
p x, $!
begin
  begin; raise "a"; rescue => e1
    begin; raise "b"; rescue => e2; p $!.message; end
    p $!.message
  end
end
p $!
