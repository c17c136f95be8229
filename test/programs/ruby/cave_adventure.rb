# A small text adventure driven by a scripted command list: rooms as a
# graph, a state machine for the player (exploring/fighting/dead/won),
# inventory with Sets, command parsing with case/when and regexps.
require "set"

Room = Struct.new(:name, :description, :exits, :items, :monster, keyword_init: true)

ROOMS = {
  entrance: Room.new(name: "Cave Entrance", description: "Daylight fades behind you.",
                     exits: { north: :hall }, items: ["torch"], monster: nil),
  hall: Room.new(name: "Great Hall", description: "Pillars vanish into darkness.",
                 exits: { south: :entrance, east: :armory, north: :lair }, items: [], monster: nil),
  armory: Room.new(name: "Armory", description: "Rusty racks line the walls.",
                   exits: { west: :hall }, items: ["sword", "shield"], monster: "rat"),
  lair: Room.new(name: "Dragon's Lair", description: "Gold glitters everywhere.",
                 exits: { south: :hall }, items: ["crown"], monster: "dragon"),
}

class Game
  attr_reader :state, :log

  MONSTER_HP = { "rat" => 1, "dragon" => 3 }

  def initialize(rooms)
    @rooms = rooms.transform_values { |r| r.dup.tap { |c| c.items = c.items.dup } }
    @here = :entrance
    @inventory = Set.new
    @hp = 5
    @state = :exploring
    @monster_hp = {}
    @log = []
  end

  def room = @rooms[@here]

  def say(msg) = @log << msg

  def handle(input)
    return say("(the game is over: #{@state})") if %i[dead won].include?(@state)

    case input.strip.downcase
    when /\A(?:go\s+)?(north|south|east|west|n|s|e|w)\z/ then move($1)
    when /\Atake (\w+)\z/ then take($1)
    when "look", "l" then look
    when "inventory", "i" then say("You carry: #{@inventory.empty? ? "nothing" : @inventory.sort.join(", ")}")
    when /\A(?:attack|fight|hit)(?: (\w+))?\z/ then attack($1)
    when "" then say("Say something.")
    else say("I don't understand #{input.inspect}.")
    end
  end

  private

  def move(dir)
    dir = { "n" => "north", "s" => "south", "e" => "east", "w" => "west" }.fetch(dir, dir).to_sym
    return say("Something blocks your way!") if @state == :fighting && dir != :south

    target = room.exits[dir]
    return say("You can't go #{dir}.") unless target
    return say("It is too dark to go on without a torch.") if target == :lair && !@inventory.include?("torch")

    @here = target
    @state = room.monster ? :fighting : :exploring
    look
  end

  def look
    say("== #{room.name} == #{room.description}")
    say("You see: #{room.items.join(", ")}") unless room.items.empty?
    say("A #{room.monster} blocks the way!") if room.monster
    say("Exits: #{room.exits.keys.join(", ")}")
  end

  def take(item)
    return say("The #{room.monster} won't let you.") if @state == :fighting
    return say("There is no #{item} here.") unless room.items.delete(item)

    @inventory << item
    say("Taken: #{item}.")
    if item == "crown"
      @state = :won
      say("You won with #{@inventory.size} items and #{@hp} hp!")
    end
  end

  def attack(target)
    monster = room.monster
    return say("There is nothing to attack.") unless monster
    return say("There is no #{target} here.") if target && target != monster

    @monster_hp[@here] ||= MONSTER_HP.fetch(monster)
    damage = @inventory.include?("sword") ? 1 : 0
    @monster_hp[@here] -= damage
    say(damage.zero? ? "Your fists do nothing to the #{monster}." : "You hit the #{monster}.")
    if @monster_hp[@here] <= 0
      say("The #{monster} is defeated.")
      room.monster = nil
      @state = :exploring
    else
      @hp -= @inventory.include?("shield") ? 1 : 2
      say("The #{monster} strikes back (hp #{@hp}).")
      if @hp <= 0
        @state = :dead
        say("You died.")
      end
    end
  end
end

script = ["look", "take torch", "north", "east", "take sword", "hit", "attack rat", "take sword",
          "take shield", "i", "w", "n", "fight goblin", "attack", "attack", "n", "attack",
          "take crown", "dance", "go south"]
game = Game.new(ROOMS)
script.each do |cmd|
  before = game.log.size
  game.handle(cmd)
  puts "> #{cmd}"
  game.log[before..].each { |line| puts "  #{line}" }
end
p game.state, ROOMS[:armory].items

weak = Game.new(ROOMS)
%w[n n e attack attack attack attack].each { |c| weak.handle(c) }
puts weak.log.last(4), weak.state
