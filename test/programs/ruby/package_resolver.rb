# A package dependency resolver: version constraints (~>, >=, <, =),
# picking the newest matching version, topological install order with
# Kahn's algorithm and TSort-free DFS cycle detection, custom errors.
class ResolveError < StandardError
  def initialize(msg = "resolution failed") = super
end

class MissingPackage < ResolveError
  attr_reader :package

  def initialize(package, wanted_by)
    @package = package
    super("#{package} (wanted by #{wanted_by}) is not in the index")
  end
end

class NoMatchingVersion < ResolveError; end

class CycleError < ResolveError
  attr_reader :cycle

  def initialize(cycle)
    @cycle = cycle
    super("dependency cycle: #{cycle.join(' -> ')}")
  end
end

class Version
  include Comparable
  attr_reader :parts

  def initialize(str) = @parts = str.split(".").map(&:to_i)

  def <=>(other) = pad(parts) <=> pad(other.parts)

  def bump_for_pessimistic
    head = parts[0...-1]
    head[-1] += 1
    Version.new(head.join("."))
  end

  def to_s = parts.join(".")

  private

  def pad(list) = list + [0] * [4 - list.size, 0].max
end

class Constraint
  PATTERN = /\A\s*(~>|>=|<=|!=|>|<|=)?\s*(\d+(?:\.\d+)*)\s*\z/

  def self.parse(spec)
    spec.split(",").map do |piece|
      m = PATTERN.match(piece) or raise ArgumentError, "bad constraint #{piece.inspect}"
      new(m[1] || "=", Version.new(m[2]))
    end
  end

  def initialize(op, version)
    @op = op
    @version = version
  end

  def ===(v)
    case @op
    when "~>" then v >= @version && v < @version.bump_for_pessimistic
    when "=" then v == @version
    else v.public_send(@op, @version)
    end
  end

  def to_s = "#{@op} #{@version}"
end

INDEX = {
  "app"     => { "1.0.0" => { "web" => "~> 2.1", "db" => ">= 1.2, < 2" } },
  "web"     => { "2.0.5" => { "rack" => ">= 1" }, "2.1.0" => { "rack" => "~> 1.4", "log" => ">= 0.3" },
                 "2.1.7" => { "rack" => "~> 1.4", "log" => ">= 0.3" }, "3.0.0" => { "rack" => ">= 2" } },
  "db"      => { "1.1.0" => {}, "1.2.3" => { "log" => "~> 0.4.1" }, "1.9.0" => { "log" => "~> 0.4.1", "pool" => "= 1.0" }, "2.0.0" => {} },
  "rack"    => { "1.3.9" => {}, "1.4.2" => {}, "1.6.0" => { "log" => ">= 0.1" }, "2.2.0" => {} },
  "log"     => { "0.3.0" => {}, "0.4.1" => {}, "0.4.8" => {}, "0.5.0" => {} },
  "pool"    => { "1.0" => {}, "1.1" => {} },
  "loopy"   => { "1.0" => { "loopier" => ">= 1" } },
  "loopier" => { "1.0" => { "loopiest" => ">= 1" } },
  "loopiest" => { "1.0" => { "loopy" => "~> 1.0" } },
  "broken"  => { "0.1" => { "ghost" => ">= 1" } },
  "picky"   => { "1.0" => { "log" => "> 9" } }
}.freeze

class Resolver
  def initialize(index) = @index = index

  # Greedy: newest version satisfying every constraint seen so far.
  def resolve(root)
    chosen = {}
    wants = Hash.new { |h, k| h[k] = [] }
    queue = [[root, ">= 0", "(root)"]]
    until queue.empty?
      name, spec, by = queue.shift
      versions = @index[name] or raise MissingPackage.new(name, by)
      wants[name].concat(Constraint.parse(spec))
      pick = versions.keys.map { Version.new(_1) }.sort.reverse.find { |v| wants[name].all? { |c| c === v } }
      raise NoMatchingVersion, "no version of #{name} matches #{wants[name].join(', ')}" unless pick
      next if chosen[name] == pick.to_s
      chosen[name] = pick.to_s
      versions[pick.to_s].each { |dep, dspec| queue << [dep, dspec, "#{name} #{pick}"] }
    end
    chosen
  end

  def install_order(chosen)
    deps = chosen.to_h { |name, v| [name, @index[name][v].keys] }
    check_cycles(deps)
    indegree = deps.transform_values(&:size)
    ready = indegree.select { |_, d| d.zero? }.keys.sort
    order = []
    until ready.empty?
      name = ready.shift
      order << name
      deps.each { |other, ds| ready.push(other).sort! if ds.include?(name) && (indegree[other] -= 1).zero? }
    end
    order
  end

  private

  def check_cycles(deps)
    state = {}
    visit = lambda do |node, path|
      return if state[node] == :done
      raise CycleError.new(path[path.index(node)..] + [node]) if state[node] == :active
      state[node] = :active
      deps.fetch(node, []).each { |d| visit.(d, path + [node]) }
      state[node] = :done
    end
    deps.each_key { |n| visit.(n, []) }
  end
end

resolver = Resolver.new(INDEX)
%w[app web rack loopy broken picky nothing].each do |root|
  puts "== #{root}"
  begin
    chosen = resolver.resolve(root)
    chosen.sort.each { |n, v| puts "  #{n.ljust(6)} #{v}" }
    puts "  order: #{resolver.install_order(chosen).join(', ')}"
  rescue CycleError => e
    puts "  cycle! #{e.message} (#{e.cycle.size - 1} packages)"
  rescue MissingPackage => e
    puts "  missing #{e.package}: #{e.message}"
  rescue ResolveError => e
    puts "  #{e.class}: #{e.message}"
  end
end

puts Version.new("1.10") > Version.new("1.9"), Version.new("2") == Version.new("2.0.0")
p %w[1.2 1.10.1 0.9 1.2.0.1 1.3].map { Version.new(_1) }.sort.map(&:to_s)
puts Constraint.parse("~> 1.4, != 1.4.2").map(&:to_s).inspect
p %w[1.3.9 1.4.0 1.4.2 1.5 2.0].select { |s| Constraint.parse("~> 1.4").all? { |c| c === Version.new(s) } }
begin
  Constraint.parse("about 3")
rescue ArgumentError => e
  puts e.message
end
p ResolveError.new.message, NoMatchingVersion.ancestors.take(3)
