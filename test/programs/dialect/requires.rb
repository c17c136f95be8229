# require_relative: a library file runs once; its classes, methods and constants are visible.
require_relative "lib/helper"
require_relative "lib/helper.rb"
p Helper.shout("hi"), HELPER_VERSION, helper_top_method
p(require_relative("lib/helper"))
