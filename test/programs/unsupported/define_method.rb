# kiln: no-record
# define_method defines methods at run time
class Foo
  define_method(:bar) { 1 }
end
