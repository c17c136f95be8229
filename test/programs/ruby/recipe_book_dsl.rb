# A recipe DSL: `recipe "name" do ... end` blocks are evaluated with
# instance_eval against a builder; quantities are Comparable value objects
# with unit conversion; scaling returns new frozen recipes.

class Quantity
  include Comparable
  UNITS = { g: 1.0, kg: 1000.0, ml: 1.0, l: 1000.0, tsp: 5.0, tbsp: 15.0, cup: 240.0, pc: 1.0 }.freeze
  BASE = { g: :g, kg: :g, ml: :ml, l: :ml, tsp: :ml, tbsp: :ml, cup: :ml, pc: :pc }.freeze

  attr_reader :amount, :unit

  def initialize(amount, unit)
    raise ArgumentError, "unknown unit #{unit.inspect}" unless UNITS.key?(unit)
    @amount = amount
    @unit = unit
    freeze
  end

  def base_amount = amount * UNITS[unit]
  def dimension = BASE[unit]

  def <=>(other)
    return nil unless other.is_a?(Quantity) && other.dimension == dimension
    base_amount <=> other.base_amount
  end

  def *(factor) = Quantity.new(amount * factor, unit)

  def +(other)
    raise TypeError, "cannot add #{other.unit} to #{unit}" unless (self <=> other)
    Quantity.new(amount + other.base_amount / UNITS[unit], unit)
  end

  def to_s
    n = case amount
        when Rational then amount.denominator == 1 ? amount.to_i : amount.to_f.round(2)
        when Float then amount == amount.floor ? amount.to_i : amount.round(2)
        else amount
        end
    "#{n} #{unit}"
  end
end

class Numeric
  Quantity::UNITS.each_key do |u|
    define_method(u) { Quantity.new(self, u) }
  end
end

class Recipe
  attr_reader :name, :serves, :ingredients, :steps, :tags

  def initialize(name, serves, ingredients, steps, tags)
    @name, @serves, @ingredients, @steps, @tags = name, serves, ingredients.freeze, steps.freeze, tags.freeze
    freeze
  end

  def scale(people)
    factor = Rational(people, serves)
    scaled = ingredients.transform_values { |q| q * factor }
    Recipe.new(name, people, scaled, steps, tags)
  end

  def to_s
    lines = ["#{name} (serves #{serves}) [#{tags.join(', ')}]"]
    ingredients.each { |item, q| lines << "  - #{q.to_s.rjust(10)}  #{item}" }
    steps.each.with_index(1) { |s, i| lines << "  #{i}. #{s}" }
    lines.join("\n")
  end
end

class RecipeBuilder
  def initialize(name)
    @name = name
    @serves = 1
    @ingredients = {}
    @steps = []
    @tags = []
  end

  def serves(n) = @serves = n
  def tag(*names) = @tags.concat(names)
  def step(text) = @steps << text

  def add(item, quantity)
    @ingredients[item] = @ingredients.key?(item) ? @ingredients[item] + quantity : quantity
  end

  def build = Recipe.new(@name, @serves, @ingredients, @steps, @tags)
end

BOOK = {}

def recipe(name, &block)
  builder = RecipeBuilder.new(name)
  builder.instance_eval(&block)
  BOOK[name] = builder.build
end

recipe "Pancakes" do
  serves 4
  tag :breakfast, :sweet
  add "flour", 200.g
  add "milk", 0.5.l
  add "eggs", 2.pc
  add "sugar", 2.tbsp
  add "sugar", 1.tsp
  step "Whisk everything together"
  step "Fry in a hot pan"
end

recipe "Tea" do
  tag :drink
  add "water", 1.cup
  add "leaves", 1.tsp
  step "Steep for three minutes"
end

BOOK.each_value { |r| puts r, "" }
big = BOOK["Pancakes"].scale(6)
puts big
p big.frozen?, big.ingredients.frozen?, BOOK["Pancakes"].serves

p 1.cup > 200.ml, 1.kg == 1000.g, 3.tsp == 1.tbsp, [2.tbsp, 1.cup, 20.ml].max.to_s
p [250.g, 1.kg, 0.5.kg].sort.map(&:to_s), 1.l.between?(900.ml, 1.cup * 5)
p (1.g <=> 1.ml), 500.g.clamp(1.g, 200.g).to_s
begin
  1.g + 1.ml
rescue TypeError => e
  puts "TypeError: #{e.message}"
end
begin
  3.oz
rescue NoMethodError => e
  puts "NoMethodError: #{e.name}"
end
begin
  1.g < 1.ml
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
