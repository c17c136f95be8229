# An uncaught exception: exit status 1, the message on stderr (not compared), stdout kept.
class Boom < StandardError
end
def explode
  raise Boom, "kaboom"
end
puts "about to fail"
explode
puts "never"
