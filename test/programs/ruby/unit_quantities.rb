# Physical quantities with units: method_missing conversions, coerce, Comparable, to_proc.
class Quantity
  include Comparable
  FACTORS = {
    length: { m: 1.0, km: 1000.0, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048 },
    mass: { kg: 1.0, g: 0.001, lb: 0.45359237 },
    time: { s: 1.0, min: 60.0, h: 3600.0 },
  }.freeze
  UNIT_DIM = FACTORS.flat_map { |dim, units| units.keys.map { |u| [u, dim] } }.to_h.freeze

  attr_reader :value, :unit

  def initialize(value, unit)
    raise ArgumentError, "unknown unit #{unit.inspect}" unless UNIT_DIM.key?(unit)

    @value = value
    @unit = unit
  end

  def dimension = UNIT_DIM.fetch(unit)
  def base_value = value * FACTORS[dimension][unit]

  def to(target)
    raise TypeError, "cannot convert #{dimension} to #{UNIT_DIM[target]}" unless UNIT_DIM[target] == dimension

    Quantity.new(base_value / FACTORS[dimension][target], target)
  end

  def method_missing(name, *args)
    if (m = name.to_s.match(/\Ain_(\w+)\z/)) && UNIT_DIM.key?(m[1].to_sym)
      to(m[1].to_sym)
    else
      super
    end
  end

  def respond_to_missing?(name, include_all = false)
    name.to_s.start_with?("in_") && UNIT_DIM.key?(name.to_s.delete_prefix("in_").to_sym) || super
  end

  def +(other) = Quantity.new(value + other.to(unit).value, unit)
  def -(other) = Quantity.new(value - other.to(unit).value, unit)
  def *(k) = Quantity.new(value * k, unit)
  def /(other) = other.is_a?(Quantity) ? base_value / other.base_value : Quantity.new(value / other.to_f, unit)
  def coerce(n) = [self, n]

  def <=>(other)
    return nil unless other.is_a?(Quantity) && other.dimension == dimension

    base_value <=> other.base_value
  end

  def to_s
    v = value.round(3)
    v = v.to_i if v == v.to_i
    "#{v} #{unit}"
  end
  def inspect = "#<Quantity #{self}>"
end

class Numeric
  Quantity::UNIT_DIM.each_key do |u|
    define_method(u) { Quantity.new(self, u) }
  end
end

run = 5.km
p run, run.in_mi, run.in_m.to_s, run.to(:ft).to_s
puts 3.mi + 2.km, 1.h - 15.min, 250.g + 1.lb, 2.5.kg * 4
puts (10.km / 1.mi).round(4), (90.min / 1.h), 3.km / 2
puts 1.km > 1.mi, 1000.m == 1.km, 100.cm.between?(1.m, 2.m), [3.ft, 1.m, 50.cm].max
puts [5.min, 1.h, 90.s, 0.5.h].sort.join(", "), [1.km, 800.m, 1.mi].min_by(&:base_value)
puts [1.km, 2.km, 300.m].sum(0.m), [2.lb, 1.kg].inject(:+).in_g
puts 2 * 3.m rescue puts "coerce: #{$!.message}"
p 1.km.respond_to?(:in_mi), 1.km.respond_to?(:in_parsecs), 1.km.respond_to?(:to)
begin
  1.km.in_parsecs
rescue NoMethodError => e
  puts "NoMethodError: #{e.name}"
end
begin
  1.km + 1.kg
rescue TypeError => e
  puts "TypeError: #{e.message}"
end
begin
  Quantity.new(1, :furlong)
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
begin
  [1.km, 1.kg].sort
rescue ArgumentError => e
  puts "ArgumentError: #{e.message}"
end
p 1.km.clamp(10.m, 500.m), 1.km <=> 1.kg
legs = [[12, :km], [3.5, :mi], [800, :m]].map { |v, u| Quantity.new(v, u) }
total = legs.reduce(:+)
puts "total #{total} = #{total.in_mi} (#{legs.map(&:to_s).join(' + ')})"
puts legs.map(&:in_km).map(&:to_s).inspect
pace = 52.min / total.in_km.value
puts "pace #{pace.in_s.value.round} s/km"
