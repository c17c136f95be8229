# elevator simulation with a request queue
class Elevator
  attr_reader :floor, :log

  def initialize(floors:, start: 0)
    @floors = floors
    @floor = start
    @direction = :idle
    @stops = []
    @log = []
  end

  def request(floor)
    raise ArgumentError, "no floor #{floor}" unless (0...@floors).cover?(floor)
    @stops << floor unless @stops.include?(floor) || floor == @floor
  end

  def step
    return @direction = :idle if @stops.empty?
    target = choose_target
    @direction = target > @floor ? :up : :down
    @floor += @direction == :up ? 1 : -1
    if @stops.delete(@floor)
      @log << "stop at #{@floor}"
    end
    @direction
  end

  def idle? = @stops.empty?

  def status = format("floor %2d %-5s pending=%s", @floor, @direction, @stops.sort.inspect)

  private

  def choose_target
    ahead = case @direction
            when :up then @stops.select { |s| s > @floor }
            when :down then @stops.select { |s| s < @floor }
            else []
            end
    return (@direction == :up ? ahead.min : ahead.max) unless ahead.empty?
    @stops.min_by { |s| [(s - @floor).abs, s] }
  end
end

e = Elevator.new(floors: 10, start: 3)
schedule = { 0 => [7, 1], 2 => [9], 5 => [2, 4], 9 => [0] }
tick = 0
until tick > 40 || (e.idle? && tick > schedule.keys.max)
  (schedule[tick] || []).each do |f|
    e.request(f)
    puts "t=#{tick}: request #{f}"
  end
  e.step
  puts "t=#{tick}: #{e.status}"
  tick += 1
end
puts e.log
begin
  e.request(12)
rescue ArgumentError => ex
  puts "error: #{ex.message}"
end
p e.floor, tick
