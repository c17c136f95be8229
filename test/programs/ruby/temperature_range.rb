# A Comparable Temperature value object: unit conversion, clamp, between?,
# ranges of custom objects, hashing and sorting.
class Temperature
  include Comparable

  SCALES = { c: "°C", f: "°F", k: "K" }.freeze

  attr_reader :kelvin

  def self.celsius(v) = new(v + 273.15)
  def self.fahrenheit(v) = new((v - 32) * 5.0 / 9 + 273.15)

  def initialize(kelvin)
    raise ArgumentError, "below absolute zero: #{kelvin}" if kelvin.negative?
    @kelvin = kelvin.round(6)
  end

  def celsius = (kelvin - 273.15).round(2)
  def fahrenheit = ((kelvin - 273.15) * 9 / 5 + 32).round(2)

  def <=>(other)
    return nil unless other.is_a?(Temperature)
    kelvin <=> other.kelvin
  end

  def succ = Temperature.new(kelvin + 1)
  def +(degrees) = Temperature.new(kelvin + degrees)
  def -(other) = other.is_a?(Temperature) ? (kelvin - other.kelvin).round(2) : self + -other

  def eql?(other) = other.is_a?(Temperature) && kelvin == other.kelvin
  def hash = kelvin.hash

  def to_s(scale = :c)
    value = { c: celsius, f: fahrenheit, k: kelvin.round(2) }.fetch(scale)
    "#{value}#{SCALES[scale]}"
  end

  def inspect = "#<Temperature #{to_s}>"
end

freezing = Temperature.celsius(0)
boiling = Temperature.celsius(100)
body = Temperature.fahrenheit(98.6)
room = Temperature.celsius(21)

[freezing, boiling, body, room].each do |t|
  puts "#{t.to_s.rjust(9)} = #{t.to_s(:f).rjust(9)} = #{t.to_s(:k).rjust(9)}"
end

puts "\nbody > room: #{body > room}; freezing == 32F: #{freezing == Temperature.fahrenheit(32)}"
puts "room between freezing and boiling: #{room.between?(freezing, boiling)}"
puts "clamp: #{Temperature.celsius(150).clamp(freezing, boiling)} #{Temperature.celsius(-5).clamp(freezing, boiling)} #{room.clamp(freezing..boiling)}"
puts "min/max/minmax: #{[boiling, body, room].min} #{[boiling, body, room].max} #{[boiling, body, room].minmax.inspect}"
puts "sort: #{[boiling, freezing, body, room].sort.map(&:to_s).join(' < ')}"
puts "sort_by desc: #{[boiling, freezing, body, room].sort_by { |t| -t.kelvin }.map { |t| t.to_s(:f) }.join(', ')}"
puts "difference: #{boiling - freezing} degrees; room + 5: #{room + 5}; room - 30: #{room - 30}"
puts "compare with number: #{(freezing <=> 273.15).inspect}"
begin
  freezing < 5
rescue ArgumentError => e
  puts "freezing < 5: #{e.message}"
end

comfort = freezing + 18..freezing + 24
puts "\nrange: #{comfort.inspect}"
[Temperature.celsius(16), room, Temperature.celsius(25)].each do |t|
  verdict = case t
            when ...comfort.begin then "too cold"
            when comfort then "comfortable"
            else "too hot"
            end
  puts "  #{t}: #{verdict} (cover? #{comfort.cover?(t)})"
end
puts "  steps: #{(Temperature.celsius(20)..Temperature.celsius(23)).map(&:to_s).join(' ')}"

readings = [21, 19.5, 21, 23, 19.5, 30].map { |c| Temperature.celsius(c) }
puts "\nuniq: #{readings.uniq.map(&:to_s).inspect}"
puts "tally: #{readings.tally.map { |t, n| "#{t}x#{n}" }.join(' ')}"
puts "hash key lookup: #{{ Temperature.celsius(21) => 'room' }[room]}"
puts "group: #{readings.group_by { |t| t.celsius >= 21 ? :warm : :cool }.transform_values { |ts| ts.map(&:celsius) }}"
puts "sum via kelvin: #{(readings.sum(&:kelvin) / readings.size - 273.15).round(3)}°C average"
puts "frozen? #{room.frozen?} dup == #{room.dup == room} equal? #{room.dup.equal?(room)}"

begin
  Temperature.celsius(-300)
rescue ArgumentError => e
  puts "error: #{e.message}"
end
