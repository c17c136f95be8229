# $+: the highest-numbered group that matched
if "key=value" =~ /(\w+)=(\w+)/
  p $+
end
"ab" =~ /(a)|(z)/
p $+
"zzz" =~ /q/
p $+
p $+ if "x" =~ /x/
