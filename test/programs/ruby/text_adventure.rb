# A tiny text adventure driven by a scripted list of commands.
class Room
  attr_reader :name, :description, :exits, :items

  def initialize(name, description)
    @name = name
    @description = description
    @exits = {}
    @items = []
  end

  def connect(direction, room)
    @exits[direction] = room
  end

  def to_s
    "#{name}: #{description}"
  end
end

class Game
  DIRECTIONS = %i[north south east west].freeze

  attr_reader :state, :log

  def initialize
    @rooms = build_world
    @current = @rooms[:hall]
    @inventory = []
    @state = :playing
    @moves = 0
    @log = []
  end

  def build_world
    hall = Room.new("Hall", "a dusty entrance hall")
    library = Room.new("Library", "shelves of crumbling books")
    vault = Room.new("Vault", "a locked steel vault")
    garden = Room.new("Garden", "an overgrown garden")
    hall.connect(:north, library)
    library.connect(:south, hall)
    library.connect(:east, vault)
    hall.connect(:west, garden)
    garden.connect(:east, hall)
    vault.connect(:west, library)
    library.items << "key"
    garden.items.push("lamp", "rope")
    vault.items << "treasure"
    { hall: hall, library: library, vault: vault, garden: garden }
  end

  def say(msg)
    @log << msg
    puts msg
  end

  def handle(line)
    return say("The game is over.") unless @state == :playing

    verb, noun = line.split(" ", 2)
    @moves += 1
    case verb
    when "look" then look
    when "go" then go(noun.to_sym)
    when "take" then take(noun)
    when "drop" then drop(noun)
    when "inv", "inventory" then say("You carry: #{@inventory.empty? ? 'nothing' : @inventory.sort.join(', ')}")
    when "quit" then @state = :quit
    else say("I don't understand '#{line}'.")
    end
  end

  def look
    say(@current.to_s)
    say("  Items: #{@current.items.join(', ')}") unless @current.items.empty?
    say("  Exits: #{@current.exits.keys.map(&:to_s).sort.join(' ')}")
  end

  def go(dir)
    unless DIRECTIONS.include?(dir)
      return say("#{dir} is not a direction.")
    end
    target = @current.exits[dir]
    if target.nil?
      say("You can't go #{dir} from the #{@current.name}.")
    elsif target.name == "Vault" && !@inventory.include?("key")
      say("The vault is locked.")
    else
      @current = target
      say("You walk #{dir} to the #{target.name}.")
    end
  end

  def take(item)
    if @current.items.delete(item)
      @inventory << item
      say("Taken: #{item}.")
      @state = :won if item == "treasure"
    else
      say("There is no #{item} here.")
    end
  end

  def drop(item)
    return say("You don't have #{item}.") unless @inventory.include?(item)

    @inventory.delete(item)
    @current.items << item
    say("Dropped #{item}.")
  end

  def summary
    format("State: %-8s moves: %3d  messages: %d", @state, @moves, @log.size)
  end
end

script = [
  "look", "go north", "go east", "take key", "go up", "go east",
  "look", "take treasure", "inv", "go west", "dance",
]
game = Game.new
script.each do |cmd|
  puts "> #{cmd}"
  game.handle(cmd)
end
puts game.summary
game2 = Game.new
["go west", "take lamp", "take rope", "drop lamp", "inventory", "look", "quit", "look"].each { |c| game2.handle(c) }
puts game2.summary
puts game2.log.group_by(&:size).keys.minmax.inspect
