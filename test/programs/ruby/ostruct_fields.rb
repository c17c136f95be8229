# OpenStruct beyond the basics: string keys, writers, respond_to?, dig,
# delete_field with a block and its NameError, each_pair, equality, dup.
require "ostruct"

os = OpenStruct.new("name" => "kiln", :version => [0, 3])
p os, os.name, os[:version], os["name"], os.to_h
os.lang = "ruby"
os[:stars] = 42
p os.respond_to?(:lang), os.respond_to?(:lang=), os.respond_to?(:nope), os.respond_to?(:to_h)
p os.dig(:version, 1), os.dig("name"), os.dig(:missing, 3)
p os.delete_field(:stars), os.delete_field(:gone) { :default }
begin
  os.delete_field(:gone)
rescue NameError => e
  p e.message.lines.first.chomp, e.name
end
os.each_pair { |k, v| puts "#{k}: #{v.inspect}" }
p os.each_pair.to_a.size, os.to_h { |k, v| [k.to_s, v] }
copy = os.dup
copy.lang = "c"
p os.lang, copy.lang, os == copy, os == os.dup, os.eql?(os.dup), os.hash == os.dup.hash, os == 3
p OpenStruct.new, OpenStruct.new(nil).to_h, OpenStruct.new(a: nil).a
inner = OpenStruct.new(v: 1)
outer = OpenStruct.new(inner: inner, list: [inner])
puts outer.inspect, outer.to_s
begin
  os.no_such(1)
rescue NoMethodError => e
  puts e.message[0, 28]
end
begin
  os.dig(1)
rescue TypeError => e
  p e.message
end
frozen = OpenStruct.new(a: 1).freeze
begin
  frozen.a = 2
rescue => e
  p e.class
end
p frozen.a
