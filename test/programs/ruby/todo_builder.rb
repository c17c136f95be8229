# A todo-list DSL built on instance_eval, method_missing and define_method.
class Task
  PRIORITIES = %i[low normal high urgent].freeze
  attr_accessor :title, :priority, :tags, :done, :notes

  def initialize(title)
    @title = title
    @priority = :normal
    @tags = []
    @done = false
    @notes = []
  end

  PRIORITIES.each do |level|
    define_method("#{level}?") { priority == level }
  end

  def <=>(other)
    [-PRIORITIES.index(priority), title] <=> [-PRIORITIES.index(other.priority), other.title]
  end

  def to_s
    mark = done ? "x" : " "
    tag_s = tags.empty? ? "" : " " + tags.map { |t| "##{t}" }.join(" ")
    "[#{mark}] #{title} (#{priority})#{tag_s}"
  end
end

class TaskBuilder
  def initialize(task) = @task = task

  def priority(level)
    raise ArgumentError, "unknown priority #{level.inspect}" unless Task::PRIORITIES.include?(level)

    @task.priority = level
  end

  def tag(*names) = @task.tags.concat(names.map(&:to_s))
  def note(text) = @task.notes << text
  def done! = @task.done = true

  def method_missing(name, *args)
    if name.end_with?("!") && Task::PRIORITIES.include?(name.to_s.chomp("!").to_sym)
      priority(name.to_s.chomp("!").to_sym)
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false)
    Task::PRIORITIES.include?(name.to_s.chomp("!").to_sym) || super
  end
end

class TodoList
  attr_reader :name, :tasks

  def self.define(name, &block)
    list = new(name)
    list.instance_eval(&block)
    list
  end

  def initialize(name)
    @name = name
    @tasks = []
  end

  def task(title, &block)
    t = Task.new(title)
    TaskBuilder.new(t).instance_eval(&block) if block
    @tasks << t
    t
  end

  def section(label)
    before = @tasks.size
    yield
    @tasks[before..].each { |t| t.tags.unshift(label) }
  end

  def pending = tasks.reject(&:done)

  def report
    lines = ["== #{name} (#{pending.size}/#{tasks.size} open)"]
    lines.concat(tasks.sort.map(&:to_s))
    lines.join("\n")
  end
end

list = TodoList.define("Weekend") do
  task "buy milk"
  task "fix bike" do
    high!
    tag :garage, :tools
    note "chain is rusty"
  end
  section "home" do
    task("clean kitchen") { priority :low }
    task("pay rent") do
      urgent!
      done!
    end
  end
  task "call mom" do
    tag "family"
    done!
  end
end

puts list.report
puts list.tasks.select(&:high?).map(&:title).inspect
puts list.tasks.count(&:urgent?)
puts list.tasks.flat_map(&:notes).inspect
puts list.tasks.map(&:tags).inspect
builder = TaskBuilder.new(Task.new("probe"))
p builder.respond_to?(:low!), builder.respond_to?(:fly!), builder.respond_to?(:tag)
begin
  builder.fly!
rescue NoMethodError => e
  puts "NoMethodError: #{e.name}"
end
begin
  TodoList.define("bad") { task("x") { priority :whenever } }
rescue ArgumentError => e
  puts e.message
end
grouped = list.tasks.group_by(&:priority).transform_values { |ts| ts.map(&:title) }
p grouped
p list.tasks.sort.first.title, list.tasks.max.title
