# a small DSL with instance_eval, method_missing, define_method
class Recipe
  attr_reader :name, :ingredients, :steps

  def self.define(name, &block)
    r = new(name)
    r.instance_eval(&block)
    r
  end

  def initialize(name)
    @name = name
    @ingredients = []
    @steps = []
    @meta = {}
  end

  def ingredient(name, qty, unit = nil) = @ingredients << [name, qty, unit]
  def step(text) = @steps << text

  %w[serves time difficulty].each do |attr|
    define_method(attr) { |v = nil| v.nil? ? @meta[attr.to_sym] : @meta[attr.to_sym] = v }
  end

  def method_missing(name, *args)
    if name.end_with?("!")
      step("#{name.to_s.chomp('!').tr('_', ' ').capitalize} #{args.join(' ')}".strip)
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false) = name.end_with?("!") || super

  def scale(factor)
    copy = Recipe.new("#{name} x#{factor}")
    ingredients.each { |n, q, u| copy.ingredient(n, q * factor, u) }
    steps.each { |s| copy.step(s) }
    copy
  end

  def to_s
    out = ["== #{name} (serves #{serves || '?'}, #{time || '?'} min) =="]
    ingredients.each { |n, q, u| out << format("  - %-8s %6s %s", n, q.is_a?(Float) ? q.round(2) : q, u).rstrip }
    steps.each.with_index(1) { |s, i| out << "  #{i}. #{s}" }
    out.join("\n")
  end
end

pancakes = Recipe.define("Pancakes") do
  serves 4
  time 20
  ingredient "flour", 200, "g"
  ingredient "milk", 0.3, "l"
  ingredient "eggs", 2
  whisk! "everything together"
  rest!
  step "Fry in a hot pan"
end
puts pancakes
puts pancakes.scale(1.5)
p pancakes.respond_to?(:flip!), pancakes.respond_to?(:flip), pancakes.difficulty
begin
  pancakes.bake
rescue NoMethodError => e
  puts "NoMethodError: #{e.message[0, 30]}"
end
config = Object.new
config.instance_eval do
  @settings = {}
  def set(k, v) = @settings[k] = v
  def settings = @settings
end
config.set(:debug, true)
p config.settings
klass = Class.new do
  attr_accessor :v
  define_method(:double) { v * 2 }
end
o = klass.new
o.v = 21
p o.double
