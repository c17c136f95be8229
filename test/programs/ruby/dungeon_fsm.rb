# A text adventure driven by a scripted list of commands, written as a state machine.
class Room
  attr_reader :name, :description, :exits, :items

  def initialize(name, description, exits: {}, items: [])
    @name = name
    @description = description
    @exits = exits
    @items = items
  end

  def to_s = "#{name.to_s.tr('_', ' ').capitalize}: #{description}"
end

class Game
  STATES = %i[exploring fighting won dead].freeze

  attr_reader :state, :log

  def initialize(rooms)
    @rooms = rooms.to_h { |r| [r.name, r] }
    @here = @rooms.fetch(:hall)
    @inventory = []
    @state = :exploring
    @hp = 10
    @log = []
    @handlers = Hash.new { |_, verb| ->(*) { say "I don't know how to #{verb}." } }
    @handlers.update(
      "go" => method(:go), "take" => method(:take), "look" => ->(*) { say @here.to_s },
      "inventory" => ->(*) { say "You carry: #{@inventory.empty? ? 'nothing' : @inventory.join(', ')}" },
      "attack" => method(:attack)
    )
  end

  def say(msg) = @log << msg

  def command(line)
    return say("(the game is over: #{@state})") if %i[won dead].include?(@state)
    verb, *args = line.split
    @handlers[verb].call(*args)
    self
  end

  private

  def go(dir = nil)
    return say("Go where?") unless dir
    return say("The troll blocks the way!") if @state == :fighting
    target = @here.exits[dir.to_sym]
    return say("You can't go #{dir}.") unless target
    @here = @rooms[target]
    say "You walk #{dir}. #{@here}"
    if @here.name == :cave
      @state = :fighting
      say "A troll attacks!"
    elsif @here.name == :vault
      @state = :won
      say "You found the treasure!"
    end
  end

  def take(item = nil)
    if @here.items.delete(item)
      @inventory << item
      say "Taken: #{item}."
    else
      say "There is no #{item || 'thing'} here."
    end
  end

  def attack(*)
    return say("There is nothing to attack.") unless @state == :fighting
    if @inventory.include?("sword")
      @state = :exploring
      @here.exits[:north] = :vault
      say "You slay the troll. A passage opens to the north."
    else
      @hp -= 6
      say "You punch the troll and it hits back (hp #{@hp})."
      if @hp <= 0
        @state = :dead
        say "You died."
      end
    end
  end
end

rooms = [
  Room.new(:hall, "a dusty entrance hall", exits: { east: :armory, south: :cave }),
  Room.new(:armory, "racks of old weapons", exits: { west: :hall }, items: %w[sword shield]),
  Room.new(:cave, "damp and dark", exits: { north: nil, up: :hall }),
  Room.new(:vault, "glittering gold everywhere")
]

script = ["look", "go", "go west", "go east", "take axe", "take sword", "inventory",
          "dance", "go west", "go south", "go up", "attack", "go north", "look"]
game = Game.new(rooms)
script.each { |line| game.command(line) }
game.log.each_with_index { |msg, i| puts format("%2d. %s", i + 1, msg) }
puts "final state: #{game.state}"

weak = Game.new(rooms.map { |r| Room.new(r.name, r.description, exits: r.exits.dup, items: []) })
%w[go\ south attack attack look].each { |c| weak.command(c) }
puts weak.log
p Game::STATES.frozen?, Game::STATES.index(weak.state)
